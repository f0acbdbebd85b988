// SPDX-License-Identifier: Apache-2.0
// The Fleet page with real widgets offscreen over a real store file: facts arrive from the
// store, the chips count and filter, the target driver changes compliance and is remembered
// for the profile, selecting a server shows its history, and a history row opens its job.
#include "compliance_settings.h"
#include "console_fixture.h"
#include "fleet_filter_proxy.h"
#include "fleet_loader.h"
#include "fleet_model.h"
#include "fleet_page.h"
#include "local_store.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace liteops;

namespace {

constexpr int kOutdatedChip = 1; // chips follow the Compliance order: compliant, outdated, ...
constexpr int kFlakyChip = 5;

Server server(int n)
{
    Server s;
    s.id = QStringLiteral("srv-%1").arg(n);
    s.name = QStringLiteral("node-%1").arg(n);
    s.status = QStringLiteral("RUNNING");
    s.flavor = QStringLiteral("Snt9b.8xlarge");
    return s;
}

Task task(int n, const QString &status, qint64 at, const QString &message)
{
    return Task::Builder()
        .id(QString::number(n))
        .targetId(server(n).id)
        .targetName(server(n).name)
        .status(status)
        .message(message)
        .createdAtMs(at)
        .build();
}

Job finishedJob(const QString &id, const QString &type, qint64 at, QList<Task> tasks)
{
    Job job;
    job.id = id;
    job.name = id;
    job.type = type;
    job.status = QStringLiteral("FINISHED");
    job.state = State::Succeeded;
    job.createdAtMs = at;
    job.tasks = std::move(tasks);
    return job;
}

} // namespace

class FleetPageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase() { ui::test::useTemporarySettings(&m_settings); }
    void cleanupTestCase() { ui::test::removeTestData(); }

    // Ctrl+2 shows the Fleet page with every sandbox server and the facts of its seeded
    // history; Ctrl+1 goes back to the job list.
    void ctrl2ShowsTheSandboxFleet()
    {
        ui::test::Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        QTest::keyClick(c.window.get(), Qt::Key_2, Qt::ControlModifier);
        ui::FleetPage *page = c.window->fleetPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), 5000);
        const int servers = int(c.sim()->servers().size());
        QVERIFY(servers > 0);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), servers, 30000);
        QTest::keyClick(c.window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(c.list()->isVisible() && !page->isVisible(), 5000);
    }

    void factsChipsTargetAndHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        store::LocalStore localStore(dir.filePath(QStringLiteral("fleet.sqlite")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Servers 0-2 queried (0 on the old driver), server 3 failed its last two tasks and
        // was never queried, server 4 has no task at all.
        localStore.putJobDetail(finishedJob(
            QStringLiteral("q1"), QStringLiteral("HDK_QUERY"), now - 60000,
            {task(0, QStringLiteral("SUCCESS"), now - 60000, QStringLiteral("Driver: 23.0.6 | Firmware: 7.1.0.11.220")),
             task(1, QStringLiteral("SUCCESS"), now - 60000,
                  QStringLiteral("Driver: 24.1.0.3 | Firmware: 7.5.0.5.220")),
             task(2, QStringLiteral("SUCCESS"), now - 60000,
                  QStringLiteral("Driver: 24.1.0.3 | Firmware: 7.5.0.5.220")),
             task(3, QStringLiteral("FAILED"), now - 60000, QStringLiteral("npu 3 timeout"))}));
        localStore.putJobDetail(
            finishedJob(QStringLiteral("u1"), QStringLiteral("HDK_UPGRADE"), now - 30000,
                        {task(3, QStringLiteral("FAILED"), now - 30000, QStringLiteral("npu 3 timeout"))}));

        ui::FleetPage page;
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy loaded(page.loader(), &fleet::FleetLoader::factsLoaded);
        page.setProfile(QStringLiteral("fleet-gui-test"), &localStore);
        page.loader()->setServers({server(0), server(1), server(2), server(3), server(4)});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.table()->model()->rowCount(), 5);

        // No target yet: nothing is outdated; flaky server 3 is counted.
        QTRY_VERIFY(page.chips().at(kFlakyChip)->text().endsWith(QLatin1String(" 1")));
        QVERIFY2(page.chips().at(kOutdatedChip)->text().endsWith(QLatin1String(" 0")),
                 qPrintable(page.chips().at(kOutdatedChip)->text()));

        // A target: server 0 is outdated; the chip says so and filters.
        page.targetDriverEdit()->setText(QStringLiteral("24.1.0.3"));
        QMetaObject::invokeMethod(page.targetDriverEdit(), "editingFinished");
        QTRY_VERIFY(page.chips().at(kOutdatedChip)->text().endsWith(QLatin1String(" 1")));
        QTest::mouseClick(page.chips().at(kOutdatedChip), Qt::LeftButton);
        QCOMPARE(page.table()->model()->rowCount(), 1);
        QCOMPARE(page.table()->model()->index(0, fleet::FleetModel::NameColumn).data().toString(),
                 QStringLiteral("node-0"));
        QTest::mouseClick(page.chips().at(kOutdatedChip), Qt::LeftButton);
        QCOMPARE(page.table()->model()->rowCount(), 5);
        // Remembered for the profile.
        QCOMPARE(fleet::ComplianceSettings().load(QStringLiteral("fleet-gui-test")).fleet.driver,
                 QStringLiteral("24.1.0.3"));

        // Server 3's history: its two tasks, newest first; double-click opens the job.
        QTest::mouseClick(page.chips().at(kFlakyChip), Qt::LeftButton);
        QCOMPARE(page.table()->model()->rowCount(), 1);
        page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(page.history()->topLevelItemCount(), 2, 5000);
        QCOMPARE(page.history()->topLevelItem(0)->text(1), QStringLiteral("u1"));
        QSignalSpy open(&page, &ui::FleetPage::openJobRequested);
        QTreeWidgetItem *newest = page.history()->topLevelItem(0);
        emit page.history()->itemDoubleClicked(newest, 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("u1"));

        // A job finishing on server 0 updates that row by merge.
        QTest::mouseClick(page.chips().at(kFlakyChip), Qt::LeftButton);
        const Job upgraded = finishedJob(QStringLiteral("q2"), QStringLiteral("HDK_QUERY"), now,
                                         {task(0, QStringLiteral("SUCCESS"), now,
                                               QStringLiteral("Driver: 24.1.0.3 | Firmware: 7.5.0.5.220"))});
        localStore.putJobDetail(upgraded);
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        page.loader()->jobStored(upgraded);
        QTRY_VERIFY_WITH_TIMEOUT(page.chips().at(kOutdatedChip)->text().endsWith(QLatin1String(" 0")), 5000);
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_MAIN(FleetPageTest)
#include "console_fleet_page_test.moc"
