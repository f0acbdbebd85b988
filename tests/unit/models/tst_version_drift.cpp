// SPDX-License-Identifier: Apache-2.0
// parseVersions() over the spellings query jobs use, and VersionDriftModel.
#include "model_test_data.h"
#include "version_drift.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace liteops;
using namespace liteops::test;

class VersionDriftTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void countsServersPerPair();
    void serversWithoutAResultSayWhy();
    void jobsThatReportNoVersionsHaveNoRows();
    void fleetTargetMarksItsRow();
};

void VersionDriftTest::parse_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("firmware");
    QTest::addColumn<bool>("found");
    QTest::newRow("seed") << "Driver: 24.1.0.3 | Firmware: 7.5.0.5.220"
                          << "24.1.0.3"
                          << "7.5.0.5.220" << true;
    QTest::newRow("no spaces") << "driver:24.1.0.3|firmware:7.5.0.5.220"
                               << "24.1.0.3"
                               << "7.5.0.5.220" << true;
    QTest::newRow("reversed, version word") << "Firmware version: 7.5.0.5.220; Driver version: 24.1.RC2"
                                            << "24.1.RC2"
                                            << "7.5.0.5.220" << true;
    QTest::newRow("equals and comma") << "driver=23.0.6, firmware=7.1.0.11.220"
                                      << "23.0.6"
                                      << "7.1.0.11.220" << true;
    QTest::newRow("npu prefix, lines") << "NPU Driver Version: 24.1.0\nNPU Firmware Version: 7.5.0.1.129"
                                       << "24.1.0"
                                       << "7.5.0.1.129" << true;
    QTest::newRow("json-ish") << R"({"driver": "24.1.0.3", "firmware": "7.5.0.5.220"})"
                              << "24.1.0.3"
                              << "7.5.0.5.220" << true;
    QTest::newRow("upper case, trailing dot") << "DRIVER 24.1.0.3 FIRMWARE 7.5.0.5.220."
                                              << "24.1.0.3"
                                              << "7.5.0.5.220" << true;
    QTest::newRow("driver only") << "Driver: 24.1.0.3"
                                 << "24.1.0.3"
                                 << "" << true;
    QTest::newRow("chinese") << "驱动版本：24.1.0.3，固件版本：7.5.0.5.220"
                             << "24.1.0.3"
                             << "7.5.0.5.220" << true;
    QTest::newRow("no versions") << "driver not installed"
                                 << ""
                                 << "" << false;
    QTest::newRow("other words") << "drivers updated, firmwareupdate 3 pending"
                                 << ""
                                 << "" << false;
    QTest::newRow("empty") << ""
                           << ""
                           << "" << false;
}

void VersionDriftTest::parse()
{
    QFETCH(QString, message);
    QFETCH(QString, driver);
    QFETCH(QString, firmware);
    QFETCH(bool, found);
    const std::optional<VersionInfo> v = parseVersions(message);
    QCOMPARE(v.has_value(), found);
    if (v) {
        QCOMPARE(v->driver, driver);
        QCOMPARE(v->firmware, firmware);
    }
}

void VersionDriftTest::countsServersPerPair()
{
    VersionDriftModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString a = QStringLiteral("Driver: 24.1.0.3 | Firmware: 7.5.0.5.220");
    const QString b = QStringLiteral("Driver: 23.0.6 | Firmware: 7.1.0.11.220");
    QList<Task> tasks{makeTask(QStringLiteral("1"), QStringLiteral("SUCCESS"), a),
                      makeTask(QStringLiteral("2"), QStringLiteral("SUCCESS"), b),
                      makeTask(QStringLiteral("3"), QStringLiteral("SUCCESS"), a),
                      makeTask(QStringLiteral("4"), QStringLiteral("FAILED"), QStringLiteral("timeout"))};
    model.applyJob(makeJob(QStringLiteral("q"), tasks));
    QCOMPARE(model.rowCount(), 3); // two versions, then the failed server without a result
    QCOMPARE(model.versionRowCount(), 2);
    QVERIFY(model.hasDrift());
    QCOMPARE(model.serverCount(), 3);
    QCOMPARE(model.index(0, VersionDriftModel::Driver).data().toString(), QStringLiteral("24.1.0.3"));
    QCOMPARE(model.index(0, VersionDriftModel::Servers).data().toInt(), 2);
    QCOMPARE(model.index(0, 0).data(ServerIdsRole).toStringList(),
             QStringList({QStringLiteral("srv-1"), QStringLiteral("srv-3")}));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    tasks[1] = makeTask(QStringLiteral("2"), QStringLiteral("SUCCESS"), a);
    model.applyJob(makeJob(QStringLiteral("q"), tasks));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.versionRowCount(), 1);
    QVERIFY(!model.hasDrift());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, VersionDriftModel::Servers).data().toInt(), 3);
}

// Every server of a query job is on a row: the ones that reported nothing are grouped by the
// state of their task, after the versions, failed first; the rows merge as tasks finish.
void VersionDriftTest::serversWithoutAResultSayWhy()
{
    VersionDriftModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString a = QStringLiteral("Driver: 24.1.0.3 | Firmware: 7.5.0.5.220");
    QList<Task> tasks{makeTask(QStringLiteral("1"), QStringLiteral("RUNNING")),
                      makeTask(QStringLiteral("2"), QStringLiteral("SUCCESS"), a),
                      makeTask(QStringLiteral("3"), QStringLiteral("SKIPPED"), QStringLiteral("server not RUNNING")),
                      makeTask(QStringLiteral("4"), QStringLiteral("FAILED"), QStringLiteral("timeout")),
                      makeTask(QStringLiteral("5"), QStringLiteral("RUNNING"))};
    model.applyJob(makeJob(QStringLiteral("q"), tasks));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.versionRowCount(), 1);
    QCOMPARE(model.serverCount(), 1);
    QStringList states;
    int servers = 0;
    for (const VersionDriftModel::Row &row : model.rows()) {
        states << (row.noResultState ? QString(stateKey(*row.noResultState)) : QStringLiteral("version"));
        servers += int(row.serverIds.size());
    }
    QCOMPARE(states, QStringList({QStringLiteral("version"), QStringLiteral("failed"), QStringLiteral("skipped"),
                                  QStringLiteral("running")}));
    QCOMPARE(servers, int(tasks.size()));
    const QModelIndex running = model.index(3, VersionDriftModel::Driver);
    QCOMPARE(running.data().toString(), VersionDriftModel::noResultLabel(State::Running));
    QVERIFY(running.data().toString() != VersionDriftModel::noResultLabel(State::Failed));
    QCOMPARE(running.data(ServerIdsRole).toStringList(),
             QStringList({QStringLiteral("srv-1"), QStringLiteral("srv-5")}));
    QCOMPARE(State(running.data(StateRole).toInt()), State::Running);
    QVERIFY(running.data(Qt::ToolTipRole).toString().contains(QLatin1Char('2')));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).isNull());

    // The running servers finish with the same version: their row goes, the version row grows.
    QPersistentModelIndex failed(model.index(1, 0));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    tasks[0] = makeTask(QStringLiteral("1"), QStringLiteral("SUCCESS"), a);
    tasks[4] = makeTask(QStringLiteral("5"), QStringLiteral("SUCCESS"), a);
    model.applyJob(makeJob(QStringLiteral("q"), tasks));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, VersionDriftModel::Servers).data().toInt(), 3);
    QVERIFY(failed.isValid());
    QCOMPARE(failed.row(), 1);
}

// An upgrade's tasks report no versions: no rows (the Versions tab stays empty), while a query
// job whose every task failed still shows its servers.
// The Fleet page's target driver: its row says so, the others and the no-result rows do not.
void VersionDriftTest::fleetTargetMarksItsRow()
{
    VersionDriftModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString a = QStringLiteral("Driver: 24.1.0.3 | Firmware: 7.5.0.5.220");
    const QString b = QStringLiteral("Driver: 23.0.6 | Firmware: 7.1.0.11.220");
    model.applyJob(makeJob(QStringLiteral("q"), {makeTask(QStringLiteral("1"), QStringLiteral("SUCCESS"), a),
                                                 makeTask(QStringLiteral("2"), QStringLiteral("SUCCESS"), b),
                                                 makeTask(QStringLiteral("3"), QStringLiteral("SUCCESS"), b),
                                                 makeTask(QStringLiteral("4"), QStringLiteral("FAILED"), {})}));
    QCOMPARE(model.serversOnTarget(), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTargetDriver(QStringLiteral(" 24.1.0.3 "));
    QCOMPARE(changed.count(), 1);
    const int targetRow = model.rows().at(0).versions.driver == QLatin1String("24.1.0.3") ? 0 : 1;
    QVERIFY(model.isTargetRow(targetRow));
    QVERIFY(!model.isTargetRow(1 - targetRow));
    QVERIFY(!model.isTargetRow(2)); // the failed server's row
    QCOMPARE(model.serversOnTarget(), 1);
    QCOMPARE(model.index(targetRow, VersionDriftModel::Driver).data().toString(),
             QStringLiteral("24.1.0.3 (fleet target)"));
    QVERIFY(!model.index(targetRow, VersionDriftModel::Driver).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(1 - targetRow, VersionDriftModel::Driver).data().toString(), QStringLiteral("23.0.6"));
    // The raw value stays the version (export, the chart).
    QCOMPARE(model.index(targetRow, VersionDriftModel::Driver).data(RawValueRole).toString(),
             QStringLiteral("24.1.0.3"));
    model.setTargetDriver(QStringLiteral("24.1.0.3"));
    QCOMPARE(changed.count(), 1); // unchanged: no signal
    model.setTargetDriver({});
    QVERIFY(!model.isTargetRow(targetRow));
    QCOMPARE(model.index(targetRow, VersionDriftModel::Driver).data().toString(), QStringLiteral("24.1.0.3"));
}

void VersionDriftTest::jobsThatReportNoVersionsHaveNoRows()
{
    VersionDriftModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Task> tasks{makeTask(QStringLiteral("1"), QStringLiteral("FAILED"), QStringLiteral("timeout")),
                            makeTask(QStringLiteral("2"), QStringLiteral("SUCCESS"), QStringLiteral("upgraded"))};
    Job upgrade = makeJob(QStringLiteral("u"), tasks);
    upgrade.items = {JobItem{QStringLiteral("HDK_UPGRADE"), {}}};
    model.applyJob(upgrade);
    QCOMPARE(model.rowCount(), 0);

    Job query = makeJob(QStringLiteral("q"), tasks);
    query.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
    model.applyJob(query);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.versionRowCount(), 0);
    QVERIFY(!model.hasDrift());
    QCOMPARE(model.index(0, VersionDriftModel::Driver).data().toString(),
             VersionDriftModel::noResultLabel(State::Failed));
    QCOMPARE(model.index(1, VersionDriftModel::Driver).data().toString(),
             VersionDriftModel::noResultLabel(State::Succeeded));
}

QTEST_GUILESS_MAIN(VersionDriftTest)
#include "tst_version_drift.moc"
