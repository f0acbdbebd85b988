// SPDX-License-Identifier: Apache-2.0
// FleetFilterProxy's status and flavor filters under QAbstractItemModelTester: they offer the
// values the fleet has, keep exactly the rows a plain loop over the servers keeps (alone, with
// each other, with the text filter and the chips), count chips over what they keep, and sort
// by any column.
#include "fleet_filter_proxy.h"
#include "fleet_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace liteops;
using namespace liteops::fleet;

namespace {

constexpr qint64 kNow = 1'760'000'000'000;

const QStringList kStatuses{QStringLiteral("RUNNING"), QStringLiteral("STOPPED"), QStringLiteral("ERROR")};
const QStringList kFlavors{QStringLiteral("Snt9b.8xlarge"), QStringLiteral("Snt9.16xlarge"),
                           QStringLiteral("Snt9b.32xlarge")};

// Status and flavor cycle at different periods (3 and 6), so every pair occurs.
Server server(int n)
{
    Server s;
    s.id = QStringLiteral("id-%1").arg(n, 3, 10, QLatin1Char('0'));
    s.name = QStringLiteral("node-%1").arg(n, 3, 10, QLatin1Char('0'));
    s.status = kStatuses.at(n % 3);
    s.flavor = kFlavors.at((n / 2) % 3);
    s.privateIps = {QStringLiteral("10.0.0.%1").arg(n)};
    return s;
}

ServerFacts facts(int n)
{
    ServerFacts f;
    f.serverId = server(n).id;
    f.driver = n % 4 ? QStringLiteral("24.1.0.3") : QStringLiteral("23.0.6");
    f.queriedAtMs = kNow - n * 1000;
    f.recentTasks = 10;
    f.failuresRecent = n % 5;
    return f;
}

QStringList namesIn(const QAbstractItemModel &m)
{
    QStringList names;
    for (int r = 0; r < m.rowCount(); ++r)
        names << m.index(r, FleetModel::NameColumn).data().toString();
    return names;
}

// What the filters should keep, by a loop over the servers (in name order: the proxy's sort).
QStringList expectedNames(int servers, const QString &status, const QString &flavor, const QString &text = {})
{
    QStringList names;
    for (int n = 0; n < servers; ++n) {
        const Server s = server(n);
        if ((status.isEmpty() || s.status == status) && (flavor.isEmpty() || s.flavor == flavor)
            && (text.isEmpty() || s.name.contains(text)))
            names << s.name;
    }
    return names;
}

} // namespace

class FleetFiltersTest : public QObject
{
    Q_OBJECT

    static constexpr int kServers = 60;
    FleetModel *m_model = nullptr;
    FleetFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

private slots:
    void init()
    {
        m_model = new FleetModel(this);
        m_proxy = new FleetFilterProxy(this);
        m_proxy->setSourceModel(m_model);
        m_proxy->sort(FleetModel::NameColumn);
        m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        CompliancePolicy policy;
        policy.fleet.driver = QStringLiteral("24.1.0.3");
        m_model->setPolicy(policy, kNow);
        QHash<QString, ServerFacts> all;
        QList<Server> servers;
        for (int n = 0; n < kServers; ++n) {
            servers << server(n);
            all.insert(server(n).id, facts(n));
        }
        m_model->setAllFacts(all);
        m_model->setServers(servers);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_proxy;
        delete m_model;
    }

    void offersTheValuesTheFleetHas()
    {
        QCOMPARE(m_proxy->statusValues(),
                 (QStringList{QStringLiteral("ERROR"), QStringLiteral("RUNNING"), QStringLiteral("STOPPED")}));
        QCOMPARE(m_proxy->flavorValues(),
                 (QStringList{QStringLiteral("Snt9.16xlarge"), QStringLiteral("Snt9b.32xlarge"),
                              QStringLiteral("Snt9b.8xlarge")}));
        // Filtering does not shrink the offer: the other values stay choosable.
        m_proxy->setStatusFilter(QStringLiteral("STOPPED"));
        QCOMPARE(m_proxy->statusValues().size(), 3);
        // A server gone with the only one of its flavor takes the flavor out of the offer.
        QList<Server> servers;
        for (int n = 0; n < kServers; ++n) {
            if (server(n).flavor != kFlavors.at(2))
                servers << server(n);
        }
        m_model->setServers(servers);
        QCOMPARE(m_proxy->flavorValues(),
                 (QStringList{QStringLiteral("Snt9.16xlarge"), QStringLiteral("Snt9b.8xlarge")}));
    }

    void statusAndFlavorKeepWhatALoopKeeps_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<QString>("text");
        QTest::newRow("all") << QString() << QString() << QString();
        for (const QString &status : kStatuses)
            QTest::addRow("status %s", qPrintable(status)) << status << QString() << QString();
        for (const QString &flavor : kFlavors)
            QTest::addRow("flavor %s", qPrintable(flavor)) << QString() << flavor << QString();
        QTest::newRow("both") << kStatuses.at(1) << kFlavors.at(0) << QString();
        QTest::newRow("both and text") << kStatuses.at(0) << kFlavors.at(1) << QStringLiteral("node-01");
    }

    void statusAndFlavorKeepWhatALoopKeeps()
    {
        QFETCH(QString, status);
        QFETCH(QString, flavor);
        QFETCH(QString, text);
        m_proxy->setStatusFilter(status);
        m_proxy->setFlavorFilter(flavor);
        m_proxy->setTextFilter(text);
        const QStringList expected = expectedNames(kServers, status, flavor, text);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(namesIn(*m_proxy), expected);
        // The chips count over the rows these filters keep.
        QCOMPARE(m_proxy->chipCounts().total, expected.size());
        // Back to every row.
        m_proxy->setStatusFilter({});
        m_proxy->setFlavorFilter({});
        m_proxy->setTextFilter({});
        QCOMPARE(m_proxy->rowCount(), kServers);
    }

    void filtersCombineWithChips()
    {
        m_proxy->setFlavorFilter(kFlavors.at(0));
        m_proxy->setComplianceFilter({Compliance::Outdated});
        int expected = 0;
        for (int n = 0; n < kServers; ++n)
            expected += server(n).flavor == kFlavors.at(0) && n % 4 == 0 ? 1 : 0;
        QVERIFY(expected > 0);
        QCOMPARE(m_proxy->rowCount(), expected);
        QCOMPARE(m_proxy->chipCounts().of(Compliance::Outdated), expected);
    }

    // Every column sorts, both ways, by its raw value: the proxy's order is the model's
    // RawValueRole order.
    void sortsByAnyColumn()
    {
        for (int column = 0; column < FleetModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m_proxy->sort(column, order);
                QCOMPARE(m_proxy->rowCount(), kServers);
                for (int r = 1; r < m_proxy->rowCount(); ++r) {
                    const QVariant a = m_proxy->index(r - 1, column).data(RawValueRole);
                    const QVariant b = m_proxy->index(r, column).data(RawValueRole);
                    // Text sorts without regard to case, as the proxy is set up to.
                    const int cmp = a.typeId() == QMetaType::QString
                                        ? a.toString().compare(b.toString(), Qt::CaseInsensitive)
                                        : (QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                                           : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                                  : 0);
                    const bool inOrder = order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0;
                    QVERIFY2(inOrder, qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(r)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(FleetFiltersTest)
#include "tst_fleet_filters.moc"
