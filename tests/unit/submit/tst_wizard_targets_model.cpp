// SPDX-License-Identifier: Apache-2.0
// ServerResolver (paste and file import) and the server picking model and proxy.
#include "serverpickmodel.h"
#include "serverresolver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace liteops;

namespace {

QList<Server> fleet(int n)
{
    QList<Server> servers;
    for (int i = 0; i < n; ++i) {
        Server s;
        s.id = QStringLiteral("id-%1").arg(i, 4, 10, QLatin1Char('0'));
        s.name = QStringLiteral("node-%1").arg(i, 4, 10, QLatin1Char('0'));
        s.status = i % 10 == 9 ? QStringLiteral("STOPPED") : QStringLiteral("RUNNING");
        s.flavor = i % 2 ? QStringLiteral("snt9b") : QStringLiteral("snt9c");
        s.category = i % 3 ? QStringLiteral("SERVER") : QStringLiteral("HPS");
        s.privateIps = {QStringLiteral("192.168.0.%1").arg(i % 250)};
        servers.append(s);
    }
    return servers;
}

} // namespace

class WizardTargetsModelTest : public QObject
{
    Q_OBJECT
private slots:
    void parsesLinesAndCsv_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("entries");
        QTest::newRow("lines") << QStringLiteral("a\n\n b \r\n# comment\nc")
                               << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("csv header id") << QStringLiteral("name,id,status\nn1,i1,RUNNING\n\"n2\",\"i2\",STOPPED")
                                       << QStringList{QStringLiteral("i1"), QStringLiteral("i2")};
        QTest::newRow("csv header server_name")
            << QStringLiteral("status;server_name\nRUNNING;n1") << QStringList{QStringLiteral("n1")};
        QTest::newRow("csv no header: first column")
            << QStringLiteral("i1,RUNNING\ni2,STOPPED") << QStringList{QStringLiteral("i1"), QStringLiteral("i2")};
        QTest::newRow("task csv: server_id, not the task id")
            << QStringLiteral("id,server_id,server_name,status,state,message\r\nt1,s1,n1,FAILED,failed,\"a, b\"\r\n")
            << QStringList{QStringLiteral("s1")};
        QTest::newRow("one-column header")
            << QStringLiteral("server_id\ni1\ni2") << QStringList{QStringLiteral("i1"), QStringLiteral("i2")};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void parsesLinesAndCsv()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, entries);
        QCOMPARE(ServerResolver::parseEntries(text), entries);
    }

    void resolvesIdsAndNamesReportingUnknownDuplicatesAmbiguous()
    {
        QList<Server> servers = fleet(5);
        servers[4].name = servers[3].name; // two servers share a name
        ServerResolver resolver(servers);
        const ServerResolution r = resolver.resolve(
            {QStringLiteral("id-0000"), QStringLiteral("node-0001"), QStringLiteral("node-0000"),
             QStringLiteral("ghost"), QStringLiteral("ghost"), QStringLiteral("node-0003"), QStringLiteral("id-0001")});
        QCOMPARE(r.ids, (QStringList{QStringLiteral("id-0000"), QStringLiteral("id-0001")}));
        QCOMPARE(r.unknown, QStringList{QStringLiteral("ghost")});
        QCOMPARE(r.duplicates,
                 (QStringList{QStringLiteral("node-0000"), QStringLiteral("ghost"), QStringLiteral("id-0001")}));
        QCOMPARE(r.ambiguous, QStringList{QStringLiteral("node-0003")});
        QCOMPARE(r.entryCount, 7);
        QVERIFY(r.summary().contains(QLatin1String("ghost")));
    }

    void echoedEntriesAreSafeToShow()
    {
        // A right-to-left override and a control character become U+FFFD; a long entry is cut.
        QCOMPARE(entrySafeToShow(QStringLiteral("ab\u202Ecd\x01")), QStringLiteral("ab\uFFFDcd\uFFFD"));
        QCOMPARE(entrySafeToShow(QString(50, QLatin1Char('x'))), QString(40, QLatin1Char('x')) + QStringLiteral("…"));
        ServerResolution r;
        r.unknown = {QStringLiteral("a\nb")};
        r.duplicates = {QStringLiteral("c\u2028d")};
        r.ambiguous = {QStringLiteral("ok")};
        const ServerResolution shown = r.withEntriesSafeToShow();
        QCOMPARE(shown.unknown, QStringList{QStringLiteral("a\uFFFDb")});
        QCOMPARE(shown.duplicates, QStringList{QStringLiteral("c\uFFFDd")});
        QCOMPARE(shown.ambiguous, QStringList{QStringLiteral("ok")});
    }

    void resolvesPrivateIps()
    {
        QList<Server> servers = fleet(5);
        servers[4].privateIps = servers[3].privateIps; // two servers share an address
        ServerResolver resolver(servers);
        const ServerResolution r = resolver.resolve({QStringLiteral("192.168.0.1"), QStringLiteral("node-0002"),
                                                     QStringLiteral("192.168.0.3"), QStringLiteral("10.0.0.9")});
        QCOMPARE(r.ids, (QStringList{QStringLiteral("id-0001"), QStringLiteral("id-0002")}));
        QCOMPARE(r.ambiguous, QStringList{QStringLiteral("192.168.0.3")});
        QCOMPARE(r.unknown, QStringList{QStringLiteral("10.0.0.9")});
    }

    void modelPassesTheTesterAndChecksRows()
    {
        ServerPickModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServers(fleet(200));
        ServerFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);

        QSignalSpy changed(&model, &ServerPickModel::selectionChanged);
        QVERIFY(model.setData(model.index(3, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.selectedIds(), QStringList{QStringLiteral("id-0003")});
        QCOMPARE(model.data(model.index(3, 0), Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(changed.size(), 1);

        proxy.setStatus(QStringLiteral("STOPPED"));
        QCOMPARE(proxy.rowCount(), 20);
        proxy.setStatus({});
        proxy.setFlavor(QStringLiteral("snt9b"));
        proxy.setCategory(QStringLiteral("HPS"));
        proxy.setText(QStringLiteral("NODE-01"));
        // rows 100..199 with "node-01xx": odd (snt9b) and divisible by 3 (HPS).
        int expected = 0;
        for (int i = 100; i < 200; ++i)
            expected += (i % 2 == 1 && i % 3 == 0) ? 1 : 0;
        QCOMPARE(proxy.rowCount(), expected);
        model.setSelected(proxy.visibleSourceRows(), true);
        QCOMPARE(model.selectedCount(), expected + 1);
        model.setSelected(proxy.visibleSourceRows(), false);
        QCOMPARE(model.selectedCount(), 1);

        proxy.setFlavor({});
        proxy.setCategory({});
        proxy.setText(QStringLiteral("192.168.0.7"));
        QVERIFY(proxy.rowCount() >= 1);

        proxy.setText({});
        proxy.sort(ServerPickModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ServerPickModel::NameColumn).data().toString(), QStringLiteral("node-0199"));
    }

    void selectionKeepsUnknownIdsAndCountsNotRunning()
    {
        ServerPickModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServers(fleet(20));
        model.setSelectedIds(
            {QStringLiteral("id-0009"), QStringLiteral("gone"), QStringLiteral("id-0001"), QStringLiteral("id-0009")});
        QCOMPARE(model.selectedIds(),
                 (QStringList{QStringLiteral("id-0009"), QStringLiteral("gone"), QStringLiteral("id-0001")}));
        QCOMPARE(model.selectedUnknownIds(), QStringList{QStringLiteral("gone")});
        QCOMPARE(model.selectedNotRunningCount(), 1); // id-0009 is STOPPED
        QVERIFY(model.data(model.index(9, ServerPickModel::StatusColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("STOPPED")));
        model.addSelectedIds({QStringLiteral("id-0002"), QStringLiteral("id-0001")});
        QCOMPARE(model.selectedCount(), 4);
    }
};

QTEST_GUILESS_MAIN(WizardTargetsModelTest)
#include "tst_wizard_targets_model.moc"
