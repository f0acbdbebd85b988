// SPDX-License-Identifier: Apache-2.0
// FleetModel and FleetFilterProxy under QAbstractItemModelTester: random servers-list and
// facts merges end in the same rows as a model built afresh from the final data, without a
// reset and with persistent indexes (selections) following their server; chip counts agree
// with a count of the rows.
#include "fleet_filter_proxy.h"
#include "fleet_model.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace liteops;
using namespace liteops::fleet;

namespace {

constexpr qint64 kNow = 1'760'000'000'000;
constexpr qint64 kDay = 24LL * 3600 * 1000;

Server server(int n, const QString &status = QStringLiteral("RUNNING"))
{
    Server s;
    s.id = QStringLiteral("id-%1").arg(n, 3, 10, QLatin1Char('0'));
    s.name = QStringLiteral("node-%1").arg(n, 3, 10, QLatin1Char('0'));
    s.status = status;
    s.flavor = n % 3 ? QStringLiteral("Snt9b.8xlarge") : QStringLiteral("Snt9.16xlarge");
    s.category = QStringLiteral("SERVER");
    s.privateIps = {QStringLiteral("192.168.0.%1").arg(n)};
    s.imageArch = QStringLiteral("aarch64");
    return s;
}

ServerFacts randomFacts(const QString &id, QRandomGenerator &rng)
{
    ServerFacts f;
    f.serverId = id;
    const QStringList drivers{QStringLiteral("23.0.6"), QStringLiteral("24.1.0.3"), QStringLiteral("24.1.rc3.10"),
                              QStringLiteral("25.0.0")};
    if (rng.bounded(5)) {
        f.driver = drivers.at(rng.bounded(int(drivers.size())));
        f.firmware = QStringLiteral("7.5.0.5.220");
        f.queriedAtMs = kNow - qint64(rng.bounded(10)) * kDay;
        f.queryJobId = QStringLiteral("q%1").arg(rng.bounded(50));
    }
    f.recentTasks = 10;
    f.failuresRecent = int(rng.bounded(5));
    f.failureStreak = int(rng.bounded(f.failuresRecent + 1));
    f.lastJobId = QStringLiteral("j%1").arg(rng.bounded(100));
    f.lastJobType = QStringLiteral("HDK_UPGRADE");
    f.lastOutcome = f.failureStreak ? State::Failed : State::Succeeded;
    f.lastAtMs = kNow - qint64(rng.bounded(1000));
    if (f.failuresRecent) {
        f.topErrorCluster = QStringLiteral("npu <n> timeout");
        f.topErrorCount = 1;
    }
    return f;
}

CompliancePolicy policy()
{
    CompliancePolicy p;
    p.fleet.driver = QStringLiteral("24.1.0.3");
    p.byFlavor.insert(QStringLiteral("Snt9.16xlarge"), {QStringLiteral("23.0.6"), {}});
    return p;
}

void compareCells(const FleetModel &a, const FleetModel &b)
{
    QCOMPARE(a.rowCount(), b.rowCount());
    for (int r = 0; r < a.rowCount(); ++r) {
        QCOMPARE(a.rowAt(r), b.rowAt(r));
        for (int c = 0; c < FleetModel::ColumnCount; ++c)
            QCOMPARE(a.index(r, c).data(), b.index(r, c).data());
    }
}

} // namespace

class TestFleetModel : public QObject
{
    Q_OBJECT

private slots:
    void randomMergesEqualAFreshModel()
    {
        FleetModel model;
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(FleetModel::NameColumn);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setPolicy(policy(), kNow);

        QRandomGenerator rng(4242);
        QList<Server> servers;
        QHash<QString, ServerFacts> facts;
        for (int round = 0; round < 40; ++round) {
            if (round % 2 == 0) {
                // A new servers list: some gone, some new, some changed status, order shuffled a bit.
                servers.clear();
                for (int n = 0; n < 50; ++n) {
                    if (rng.bounded(4) == 0)
                        continue;
                    servers << server(n, rng.bounded(6) ? QStringLiteral("RUNNING") : QStringLiteral("STOPPED"));
                }
                if (rng.bounded(2))
                    std::swap(servers[0], servers[servers.size() - 1]);
                model.setServers(servers);
            } else {
                // A job finished on a few servers: only their facts are read again.
                QStringList touched;
                for (int k = 0; k < 8; ++k) {
                    const QString id = server(int(rng.bounded(56))).id;
                    touched << id;
                    if (rng.bounded(6))
                        facts.insert(id, randomFacts(id, rng));
                    else
                        facts.remove(id);
                }
                QHash<QString, ServerFacts> changed;
                for (const QString &id : std::as_const(touched)) {
                    if (facts.contains(id))
                        changed.insert(id, facts.value(id));
                }
                model.updateFacts(touched, changed);
            }
            FleetModel fresh;
            fresh.setPolicy(policy(), kNow);
            fresh.setAllFacts(facts);
            fresh.setServers(servers);
            compareCells(model, fresh);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(resets.count(), 0);
    }

    void aSelectedServerStaysSelectedThroughMerges()
    {
        FleetModel model;
        model.setPolicy(policy(), kNow);
        model.setServers({server(1), server(2), server(3)});
        QPersistentModelIndex selected(model.index(2, FleetModel::NameColumn));
        QCOMPARE(selected.data().toString(), QStringLiteral("node-003"));
        model.setServers({server(0), server(3), server(2)});
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 1);
        QCOMPARE(selected.data().toString(), QStringLiteral("node-003"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QRandomGenerator rng(7);
        model.updateFacts({server(3).id}, {{server(3).id, randomFacts(server(3).id, rng)}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.rowOf(server(3).id), 1);
    }

    void chipsFilterAndCount()
    {
        FleetModel model;
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPolicy(policy(), kNow);
        QRandomGenerator rng(99);
        QList<Server> servers;
        QHash<QString, ServerFacts> facts;
        for (int n = 0; n < 120; ++n) {
            servers << server(n, n % 7 ? QStringLiteral("RUNNING") : QStringLiteral("STOPPED"));
            if (n % 11)
                facts.insert(servers.last().id, randomFacts(servers.last().id, rng));
        }
        model.setServers(servers);
        model.setAllFacts(facts);

        proxy.setStatusFilter(QStringLiteral("running"));
        const ChipCounts counts = proxy.chipCounts();
        int running = 0;
        for (const Server &s : std::as_const(servers))
            running += s.status == QLatin1String("RUNNING") ? 1 : 0;
        QCOMPARE(counts.total, running);
        QCOMPARE(proxy.rowCount(), running);
        int sum = 0;
        for (int c = 0; c < kComplianceCount; ++c) {
            proxy.setComplianceFilter({Compliance(c)});
            QCOMPARE(proxy.rowCount(), counts.of(Compliance(c)));
            for (int r = 0; r < proxy.rowCount(); ++r)
                QCOMPARE(proxy.index(r, 0).data(ComplianceRole).toInt(), c);
            sum += counts.of(Compliance(c));
        }
        QCOMPARE(sum, counts.total);
        QVERIFY(counts.of(Compliance::Outdated) > 0);
        QVERIFY(counts.of(Compliance::Stale) > 0);
        QVERIFY(counts.of(Compliance::Unknown) > 0);
        proxy.setComplianceFilter({});
        proxy.setFlakyOnly(true);
        QCOMPARE(proxy.rowCount(), counts.flaky);
        QVERIFY(counts.flaky > 0);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, 0).data(FlakyRole).toBool());
        proxy.setFlakyOnly(false);

        proxy.setStatusFilter({});
        proxy.setTextFilter(QStringLiteral("192.168.0.42"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, FleetModel::NameColumn).data().toString(), QStringLiteral("node-042"));
        proxy.setTextFilter({});
        proxy.setFlavorFilter(QStringLiteral("Snt9.16xlarge"));
        QCOMPARE(proxy.rowCount(), 40);

        // Sorting on failures follows the number, not the text.
        proxy.setFlavorFilter({});
        proxy.sort(FleetModel::FailuresColumn, Qt::DescendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, FleetModel::FailuresColumn).data(RawValueRole).toInt()
                    >= proxy.index(r, FleetModel::FailuresColumn).data(RawValueRole).toInt());
    }

    // New servers go in as one insertion per run: a first load of the fleet is one
    // rowsInserted for the proxy and the view, not one per server.
    void runsOfNewServersAreOneInsertionEach()
    {
        FleetModel model;
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(FleetModel::NameColumn);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<Server> first;
        for (int n = 0; n < 100; ++n)
            first << server(n);
        model.setServers(first);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 100);

        // Three runs of new servers among the kept ones: before, between, after.
        QList<Server> next{server(200), server(201)};
        next << first.mid(0, 50) << server(202) << first.mid(50) << server(203) << server(204);
        inserted.clear();
        model.setServers(next);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(inserted.at(1).at(1).toInt(), 52);
        QCOMPARE(inserted.at(1).at(2).toInt(), 52);
        QCOMPARE(inserted.at(2).at(1).toInt(), 103);
        QCOMPARE(inserted.at(2).at(2).toInt(), 104);
        QCOMPARE(model.rowCount(), int(next.size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.rowAt(r).server.id, next.at(r).id);
            QCOMPARE(model.rowOf(next.at(r).id), r);
        }
        QCOMPARE(proxy.rowCount(), int(next.size()));
    }

    void headersAndRolesAreThere()
    {
        FleetModel model;
        for (int c = 0; c < FleetModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        model.setServers({server(5)});
        QCOMPARE(model.index(0, 0).data(ServerIdRole).toString(), server(5).id);
        QCOMPARE(model.index(0, FleetModel::ComplianceColumn).data(ComplianceRole).toInt(), int(Compliance::Unknown));
    }
};

QTEST_GUILESS_MAIN(TestFleetModel)
#include "tst_fleet_model.moc"
