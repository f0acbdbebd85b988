// SPDX-License-Identifier: Apache-2.0
// normaliseMessage, ErrorClusterer and FailureSummaryModel.
#include "error_clusterer.h"
#include "failure_summary_model.h"
#include "model_test_data.h"
#include "task_tree_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace liteops;
using namespace liteops::test;

class ErrorClustersTest : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data();
    void normalise();
    void sameShapeIsOneCluster_data();
    void sameShapeIsOneCluster();
    void clustersFailedTasksOnly();
    void summaryModelMerges();
    void summaryIdsSelectTreeRows();
    void skippedTasksClusterByReasonApartFromFailures();
};

void ErrorClustersTest::normalise_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("percent and path") << "disk /var full (97%)"
                                      << "disk <path> full (<pct>)";
    QTest::newRow("decimal percent") << "usage 97.5% too high"
                                     << "usage <pct> too high";
    QTest::newRow("uuid") << "server 3384bdb0-2d31-4fe9-946e-09e776701d78 not found"
                          << "server <uuid> not found";
    QTest::newRow("ip and port") << "connect to 192.168.0.12:22 refused"
                                 << "connect to <ip>:<n> refused";
    QTest::newRow("hex") << "checksum 0x1F2e mismatch, got deadbeef42"
                         << "checksum <hex> mismatch, got <hex>";
    QTest::newRow("device names") << "davinci3 offline; npu 7 lost"
                                  << "davinci<dev> offline; npu <dev> lost";
    QTest::newRow("device path") << "open /dev/davinci3: busy"
                                 << "open <path>: busy";
    QTest::newRow("numbers and units") << "retry 3 times in 10GB after 2.5 s"
                                       << "retry <n> times in <n>GB after <n> s";
    QTest::newRow("whitespace") << "  a \t  b\n c  "
                                << "a b c";
    QTest::newRow("error code kept") << "ModelArts.6404: server gone"
                                     << "ModelArts.<n>: server gone";
    QTest::newRow("letters with digits kept") << "E1001 failed"
                                              << "E1001 failed";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("unicode") << "节点 12 升级失败"
                             << "节点 <n> 升级失败";
}

void ErrorClustersTest::normalise()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(normaliseMessage(message), expected);
}

void ErrorClustersTest::sameShapeIsOneCluster_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("pct") << "disk /var full (97%)"
                         << "disk /var full (98%)";
    QTest::newRow("paths") << "cannot read /etc/hdk/a.conf"
                           << "cannot read /opt/x/b.conf.";
    QTest::newRow("ips") << "ssh 10.0.0.1 timed out after 30 s"
                         << "ssh 10.0.3.254 timed out after 31 s";
    QTest::newRow("devices") << "chip 3 of card2 not ready"
                             << "chip 0 of card7 not ready";
    QTest::newRow("uuids") << "task 0319470a-2524-4b1e-bb91-09e776701d78 failed"
                           << "task 1a2b3c4d-0000-4b1e-bb91-ffffffffffff failed";
}

void ErrorClustersTest::sameShapeIsOneCluster()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(normaliseMessage(a), normaliseMessage(b));
    QVERIFY(normaliseMessage(a) != normaliseMessage(u"something else entirely"));
}

void ErrorClustersTest::clustersFailedTasksOnly()
{
    const QList<Task> tasks{
        makeTask(QStringLiteral("a"), QStringLiteral("FAILED"), QStringLiteral("disk /var full (97%)")),
        makeTask(QStringLiteral("b"), QStringLiteral("SUCCESS"), QStringLiteral("disk /var full (97%)")),
        makeTask(QStringLiteral("c"), QStringLiteral("FAILED"), QStringLiteral("disk /var full (98%)")),
        makeTask(QStringLiteral("d"), QStringLiteral("FAILED"), QStringLiteral("  ")),
        makeTask(QStringLiteral("e"), QStringLiteral("FAILED"), QString()),
        makeTask(QStringLiteral("f"), QStringLiteral("FAILED"), QStringLiteral("npu 3 lost")),
    };
    const QList<ErrorCluster> clusters = ErrorClusterer::cluster(tasks);
    QCOMPARE(clusters.size(), 3);
    QCOMPARE(clusters[0].count, 2);
    QCOMPARE(clusters[0].sampleMessage, QStringLiteral("disk /var full (97%)"));
    QCOMPARE(clusters[0].taskIds, QStringList({QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(clusters[0].serverIds, QStringList({QStringLiteral("srv-a"), QStringLiteral("srv-c")}));
    // Empty (and blank) messages form their own cluster with id "".
    QCOMPARE(clusters[1].id, QString());
    QVERIFY(!clusters[1].id.isNull());
    QCOMPARE(clusters[1].count, 2);
    QCOMPARE(clusters[1].pattern, ErrorClusterer::patternLabel(QString()));
    QVERIFY(!clusters[1].pattern.isEmpty());
    QCOMPARE(clusters[2].count, 1);
}

void ErrorClustersTest::summaryModelMerges()
{
    FailureSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Task> tasks{
        makeTask(QStringLiteral("a"), QStringLiteral("FAILED"), QStringLiteral("x 1")),
        makeTask(QStringLiteral("b"), QStringLiteral("FAILED"), QStringLiteral("y")),
        makeTask(QStringLiteral("c"), QStringLiteral("FAILED"), QStringLiteral("x 2")),
        makeTask(QStringLiteral("d"), QStringLiteral("PROCESSING")),
    };
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, FailureSummaryModel::Count).data().toInt(), 2);
    QCOMPARE(model.index(0, FailureSummaryModel::Pattern).data().toString(), QStringLiteral("x <n>"));
    QCOMPARE(model.totalTasks(), 3);
    QPersistentModelIndex y(model.index(1, FailureSummaryModel::Sample));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // "y" grows past "x": the rows swap places, the persistent index follows.
    tasks << makeTask(QStringLiteral("e"), QStringLiteral("FAILED"), QStringLiteral("y"))
          << makeTask(QStringLiteral("f"), QStringLiteral("FAILED"), QStringLiteral("y"));
    tasks[3] = makeTask(QStringLiteral("d"), QStringLiteral("FAILED"), QStringLiteral("z 9"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(y.row(), 0);
    QCOMPARE(y.data(ClusterIdRole).toString(), QStringLiteral("y"));
    QCOMPARE(model.index(0, FailureSummaryModel::Count).data().toInt(), 3);
    QCOMPARE(model.index(2, 0).data(ClusterIdRole).toString(), QStringLiteral("z <n>"));

    model.applyJob(makeJob(QStringLiteral("j"), {}));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!y.isValid());
}

void ErrorClustersTest::summaryIdsSelectTreeRows()
{
    const Job job =
        makeJob(QStringLiteral("j"),
                {makeTask(QStringLiteral("a"), QStringLiteral("FAILED"), QStringLiteral("disk /data full (97%)")),
                 makeTask(QStringLiteral("b"), QStringLiteral("FAILED"), QString()),
                 makeTask(QStringLiteral("c"), QStringLiteral("FAILED"), QStringLiteral("disk /data full (91%)"))});
    FailureSummaryModel summary;
    summary.applyJob(job);
    TaskTreeModel tree;
    tree.applyJob(job);
    for (int r = 0; r < summary.rowCount(); ++r) {
        const QString id = summary.index(r, 0).data(ClusterIdRole).toString();
        const QModelIndexList rows = tree.indexesForCluster(id);
        QCOMPARE(rows.size(), summary.index(r, FailureSummaryModel::Count).data().toInt());
        QStringList ids;
        for (const QModelIndex &i : rows)
            ids << i.data(TaskIdRole).toString();
        QCOMPARE(ids, summary.index(r, 0).data(TaskIdsRole).toStringList());
    }
}

// The skipped model groups only skipped tasks, by the same normalisation, largest first, and
// merges like the failure model (a growing reason moves up, its persistent index follows).
void ErrorClustersTest::skippedTasksClusterByReasonApartFromFailures()
{
    FailureSummaryModel failed;
    FailureSummaryModel skipped(nullptr, State::Skipped);
    QAbstractItemModelTester failedTester(&failed, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester skippedTester(&skipped, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Task> tasks{
        makeTask(QStringLiteral("a"), QStringLiteral("SKIPPED"), QStringLiteral("server 10.0.0.1 not RUNNING")),
        makeTask(QStringLiteral("b"), QStringLiteral("FAILED"), QStringLiteral("disk full (97%)")),
        makeTask(QStringLiteral("c"), QStringLiteral("SKIPPED"), QStringLiteral("previous wave failed")),
        makeTask(QStringLiteral("d"), QStringLiteral("SKIPPED"), QStringLiteral("server 10.0.0.9 not RUNNING")),
        makeTask(QStringLiteral("e"), QStringLiteral("SUCCESS"), QStringLiteral("previous wave failed")),
    };
    failed.applyJob(makeJob(QStringLiteral("j"), tasks));
    skipped.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(failed.rowCount(), 1);
    QCOMPARE(failed.totalTasks(), 1);
    QCOMPARE(skipped.rowCount(), 2);
    QCOMPARE(skipped.totalTasks(), 3);
    QCOMPARE(skipped.clusteredState(), State::Skipped);
    QCOMPARE(skipped.index(0, FailureSummaryModel::Pattern).data().toString(),
             QStringLiteral("server <ip> not RUNNING"));
    QCOMPARE(skipped.index(0, FailureSummaryModel::Count).data().toInt(), 2);
    QCOMPARE(skipped.index(0, 0).data(TaskIdsRole).toStringList(),
             QStringList({QStringLiteral("a"), QStringLiteral("d")}));
    QCOMPARE(State(skipped.index(0, 0).data(StateRole).toInt()), State::Skipped);
    QVERIFY(skipped.headerData(FailureSummaryModel::Pattern, Qt::Horizontal)
            != failed.headerData(FailureSummaryModel::Pattern, Qt::Horizontal));

    QPersistentModelIndex wave(skipped.index(1, FailureSummaryModel::Sample));
    QSignalSpy reset(&skipped, &QAbstractItemModel::modelReset);
    tasks << makeTask(QStringLiteral("f"), QStringLiteral("SKIPPED"), QStringLiteral("previous wave failed"))
          << makeTask(QStringLiteral("g"), QStringLiteral("SKIPPED"), QStringLiteral("previous wave failed"));
    skipped.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(wave.row(), 0);
    for (int r = 1; r < skipped.rowCount(); ++r)
        QVERIFY(skipped.clusterAt(r - 1)->count >= skipped.clusterAt(r)->count);
    QCOMPARE(skipped.totalTasks(), 5);
}

QTEST_GUILESS_MAIN(ErrorClustersTest)
#include "tst_error_clusters.moc"
