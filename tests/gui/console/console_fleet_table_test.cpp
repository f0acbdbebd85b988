// SPDX-License-Identifier: Apache-2.0
// The Fleet page's table conventions with real widgets offscreen: the status and flavor
// filters offer the fleet's values and filter the table; columns hidden from the header's
// menu, and the sort, come back in a page created afresh; Export writes the rows shown in
// the columns shown (CSV and JSON, through the save dialog too, and Ctrl+E in the window);
// the Targets… dialog sets per-flavor targets and the stale age, remembered for the profile.
#include "app_settings.h"
#include "compliance_settings.h"
#include "console_fixture.h"
#include "fleet_filter_proxy.h"
#include "fleet_loader.h"
#include "fleet_model.h"
#include "fleet_page.h"
#include "fleet_targets_dialog.h"
#include "value_filter_combo.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace liteops;
using M = fleet::FleetModel;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
const QStringList kStatuses{QStringLiteral("RUNNING"), QStringLiteral("STOPPED"), QStringLiteral("ERROR")};
const QStringList kFlavors{QStringLiteral("Snt9b.8xlarge"), QStringLiteral("Snt9.16xlarge")};

Server server(int n)
{
    Server s;
    s.id = QStringLiteral("srv-%1").arg(n, 2, 10, QLatin1Char('0'));
    s.name = QStringLiteral("node-%1").arg(n, 2, 10, QLatin1Char('0'));
    s.status = kStatuses.at(n % 3);
    s.flavor = kFlavors.at(n % 2);
    s.privateIps = {QStringLiteral("10.0.0.%1").arg(n)};
    return s;
}

constexpr int kServers = 12;

// Every server reported driver 24.1.0.3 three days ago.
void fillPage(ui::FleetPage &page)
{
    QList<Server> servers;
    QHash<QString, fleet::ServerFacts> facts;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int n = 0; n < kServers; ++n) {
        servers << server(n);
        fleet::ServerFacts f;
        f.serverId = server(n).id;
        f.driver = QStringLiteral("24.1.0.3");
        f.firmware = QStringLiteral("7.5.0.5.220");
        f.queriedAtMs = now - 3 * kDay;
        f.queryJobId = QStringLiteral("q1");
        facts.insert(f.serverId, f);
    }
    page.model()->setAllFacts(facts);
    page.loader()->setServers(servers);
}

QStringList column(const QAbstractItemModel *m, int col)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, col).data().toString();
    return out;
}

// Runs `act` on the popup menu the next event loop opens (the header's column menu).
void onNextPopup(std::function<void(QMenu *)> act)
{
    QTimer::singleShot(0, [act] {
        QMenu *menu = nullptr;
        QVERIFY(
            QTest::qWaitFor([&] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())); }, 5000));
        act(menu);
        menu->close();
    });
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class FleetTableTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase() { ui::test::useTemporarySettings(&m_settings); }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { ui::test::removeTestData(); }

    // The filter box of the fleet filters and the job list's type: a value chosen before any
    // row has it (a restored filter) is offered, and a new list of values keeps the choice
    // without announcing a change.
    void valueFilterComboKeepsTheChoice()
    {
        ui::ValueFilterCombo box(QStringLiteral("All"));
        QSignalSpy changed(&box, &ui::ValueFilterCombo::valueChanged);
        box.setValue(QStringLiteral("HDK_QUERY"));
        QCOMPARE(box.value(), QStringLiteral("HDK_QUERY"));
        QCOMPARE(changed.count(), 1);
        box.setValues({QStringLiteral("HDK_UPGRADE"), QStringLiteral("BMC_UPGRADE")});
        QCOMPARE(box.values(), (QStringList{QStringLiteral("BMC_UPGRADE"), QStringLiteral("HDK_QUERY"),
                                            QStringLiteral("HDK_UPGRADE")}));
        QCOMPARE(box.value(), QStringLiteral("HDK_QUERY"));
        QCOMPARE(changed.count(), 1);
        box.setValue(QStringLiteral("CUSTOM"));
        QCOMPARE(box.itemText(2), QStringLiteral("CUSTOM")); // in order, after "All" and BMC
        box.setCurrentIndex(0);
        QCOMPARE(box.value(), QString());
        QCOMPARE(changed.count(), 3);
    }

    void statusAndFlavorFiltersOfferTheFleetsValues()
    {
        ui::FleetPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProfile(QStringLiteral("table-test"), nullptr);
        fillPage(page);
        QStringList statuses = kStatuses, flavors = kFlavors;
        statuses.sort();
        flavors.sort();
        QTRY_COMPARE(page.statusFilter()->values(), statuses);
        QTRY_COMPARE(page.flavorFilter()->values(), flavors);
        QCOMPARE(page.statusFilter()->currentIndex(), 0); // "All" first

        QAbstractItemModel *shown = page.table()->model();
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findText(QStringLiteral("STOPPED")));
        QCOMPARE(shown->rowCount(), kServers / 3);
        QCOMPARE(column(shown, M::StatusColumn).removeDuplicates(), kServers / 3 - 1);
        QVERIFY(page.chips().constLast()->text().endsWith(QLatin1String(" 0")));
        page.flavorFilter()->setCurrentIndex(page.flavorFilter()->findText(kFlavors.at(1)));
        QStringList expected;
        for (int n = 0; n < kServers; ++n) {
            if (server(n).status == QLatin1String("STOPPED") && server(n).flavor == kFlavors.at(1))
                expected << server(n).name;
        }
        QCOMPARE(column(shown, M::NameColumn), expected);
        // The compliance chips count what these filters keep.
        QTRY_VERIFY(page.chips().at(int(fleet::Compliance::Stale))->text().endsWith(QLatin1String(" 0")));

        // The chosen status stays offered while no server has it.
        QList<Server> running;
        for (int n = 0; n < kServers; n += 3)
            running << server(n);
        page.loader()->setServers(running);
        QTRY_VERIFY(page.flavorFilter()->values().size() == 2);
        QVERIFY(page.statusFilter()->values().contains(QStringLiteral("STOPPED")));
        QCOMPARE(shown->rowCount(), 0);
        page.statusFilter()->setCurrentIndex(0);
        page.flavorFilter()->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), int(running.size()));
    }

    void columnChoiceAndSortComeBackInANewPage()
    {
        const QString flavorTitle = M().headerData(M::FlavorColumn, Qt::Horizontal).toString();
        const QString idTitle = M().headerData(M::IdColumn, Qt::Horizontal).toString();
        {
            ui::FleetPage page;
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QHeaderView *header = page.table()->horizontalHeader();
            // Without a saved layout, the columns of detail start hidden.
            QVERIFY(header->isSectionHidden(M::IdColumn));
            QVERIFY(!header->isSectionHidden(M::FlavorColumn));
            // The header's menu: hide Flavor, show Id.
            onNextPopup([&](QMenu *menu) {
                QAction *flavor = actionNamed(menu, flavorTitle);
                QAction *id = actionNamed(menu, idTitle);
                QVERIFY(flavor && id);
                QVERIFY(flavor->isChecked() && !id->isChecked());
                flavor->trigger();
                id->trigger();
            });
            emit header->customContextMenuRequested(QPoint(10, 5));
            QVERIFY(header->isSectionHidden(M::FlavorColumn));
            QVERIFY(!header->isSectionHidden(M::IdColumn));
            // Sort by the driver, newest first, by clicking its header twice.
            const int x = header->sectionViewportPosition(M::DriverColumn) + 5;
            QVERIFY(x > 0 && x < header->viewport()->width());
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
            if (header->sortIndicatorOrder() != Qt::DescendingOrder)
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
            QCOMPARE(header->sortIndicatorSection(), int(M::DriverColumn));
            QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
            page.saveSettings();
        }
        ui::FleetPage again;
        QHeaderView *header = again.table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(M::FlavorColumn));
        QVERIFY(!header->isSectionHidden(M::IdColumn));
        QCOMPARE(header->sortIndicatorSection(), int(M::DriverColumn));
        QCOMPARE(again.proxy()->sortColumn(), int(M::DriverColumn));
        QCOMPARE(again.proxy()->sortOrder(), Qt::DescendingOrder);
    }

    void exportWritesTheRowsAndColumnsShown()
    {
        QTemporaryDir dir;
        ui::FleetPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProfile(QStringLiteral("table-test"), nullptr);
        fillPage(page);
        page.statusFilter()->setValues(kStatuses);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findText(QStringLiteral("RUNNING")));
        QHeaderView *header = page.table()->horizontalHeader();
        header->setSectionHidden(M::PrivateIpColumn, true);
        header->moveSection(header->visualIndex(M::StatusColumn), 0); // Status first
        QStringList titles;
        for (int v = 0; v < header->count(); ++v) {
            const int logical = header->logicalIndex(v);
            if (!header->isSectionHidden(logical))
                titles << page.model()->headerData(logical, Qt::Horizontal).toString();
        }
        QCOMPARE(titles.first(), page.model()->headerData(M::StatusColumn, Qt::Horizontal).toString());
        const QStringList names = column(page.table()->model(), M::NameColumn);
        QCOMPARE(names.size(), kServers / 3);

        QString error;
        const QString csvPath = dir.filePath(QStringLiteral("fleet.csv"));
        QVERIFY2(page.exportTo(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + names.size());
        QCOMPARE(lines.first(), titles.join(QLatin1Char(',')));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("RUNNING,") + names.first() + QLatin1Char(',')));
        QVERIFY(!lines.join(QString()).contains(QStringLiteral("10.0.0.")));

        // Through the save dialog, as the Export button does; JSON by the file name.
        const QString jsonPath = dir.filePath(QStringLiteral("fleet.json"));
        QSignalSpy status(&page, &ui::FleetPage::statusMessage);
        QTimer::singleShot(0, [&] {
            QFileDialog *dialog = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] { return (dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())); }, 5000));
            dialog->selectFile(jsonPath);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        QTest::mouseClick(page.exportButton(), Qt::LeftButton);
        QTRY_COMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().contains(QStringLiteral("fleet.json")));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(rows.size(), names.size());
        const QString nameTitle = page.model()->headerData(M::NameColumn, Qt::Horizontal).toString();
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            QCOMPARE(row.keys().size(), titles.size());
            QCOMPARE(row.value(nameTitle).toString(), names.at(i));
        }
    }

    // In the window: Ctrl+E on the Fleet page exports the fleet (not the job list), the
    // status bar says where, and closing the window keeps the fleet table's header.
    void ctrlEOnTheFleetPageExportsTheFleet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sandbox-fleet.json"));
        ui::test::Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        QTest::keyClick(c.window.get(), Qt::Key_2, Qt::ControlModifier);
        ui::FleetPage *page = c.window->fleetPage();
        const int servers = int(c.sim()->servers().size());
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), servers, 30000);
        QTimer::singleShot(0, [&] {
            QFileDialog *dialog = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] { return (dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())); }, 5000));
            QCOMPARE(dialog->windowTitle(), ui::FleetPage::tr("Export Fleet"));
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        QTest::keyClick(c.window.get(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("sandbox-fleet.json")));
        QFile json(path);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), servers);
        // The next export of any view starts in this folder.
        QCOMPARE(AppSettings().exportDir(), QFileInfo(path).absolutePath());

        QVERIFY(!AppSettings().hasHeaderState(QStringLiteral("fleetTable")));
        c.window->close();
        QVERIFY(AppSettings().hasHeaderState(QStringLiteral("fleetTable")));
    }

    void targetsDialogSetsFlavorTargetsAndStaleAge()
    {
        const QString profile = QStringLiteral("targets-test");
        ui::FleetPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setProfile(profile, nullptr);
        fillPage(page);
        QTRY_COMPARE(page.flavorFilter()->values().size(), 2);

        // The fleet on 24.1.0.3; flavor 1 needs 25.0.0.
        QTest::mouseClick(page.targetsButton(), Qt::LeftButton);
        ui::FleetTargetsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<ui::FleetTargetsDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->staleDaysBox()->value(), 7);
        QTableWidget *flavors = dialog->flavorTable();
        QCOMPARE(flavors->rowCount(), 2);
        QTest::keyClicks(dialog->fleetDriverEdit(), QStringLiteral("24.1.0.3"));
        const int row = flavors->findItems(kFlavors.at(1), Qt::MatchExactly).first()->row();
        flavors->item(row, 1)->setText(QStringLiteral("25.0.0"));
        dialog->accept();

        auto countOf = [&](fleet::Compliance c) {
            int n = 0;
            for (const fleet::FleetRow &r : page.model()->rows())
                n += r.compliance.state == c ? 1 : 0;
            return n;
        };
        QCOMPARE(countOf(fleet::Compliance::Compliant), kServers / 2);
        QCOMPARE(countOf(fleet::Compliance::Outdated), kServers / 2);
        QCOMPARE(page.targetDriverEdit()->text(), QStringLiteral("24.1.0.3"));
        const fleet::CompliancePolicy saved = fleet::ComplianceSettings().load(profile);
        QCOMPARE(saved.fleet.driver, QStringLiteral("24.1.0.3"));
        QCOMPARE(saved.byFlavor.value(kFlavors.at(1)).driver, QStringLiteral("25.0.0"));
        QCOMPARE(saved.staleAfterMs, 7 * kDay);

        // Opened again it shows what was saved; a 2-day stale age makes every report stale.
        QTest::mouseClick(page.targetsButton(), Qt::LeftButton);
        QTRY_VERIFY((dialog = page.findChild<ui::FleetTargetsDialog *>()) && dialog->isVisible());
        flavors = dialog->flavorTable();
        QCOMPARE(flavors->item(flavors->findItems(kFlavors.at(1), Qt::MatchExactly).first()->row(), 1)->text(),
                 QStringLiteral("25.0.0"));
        dialog->staleDaysBox()->setValue(2);
        dialog->accept();
        QCOMPARE(countOf(fleet::Compliance::Stale), kServers);
        QCOMPARE(fleet::ComplianceSettings().load(profile).staleAfterMs, 2 * kDay);

        // Cancel changes nothing.
        QTest::mouseClick(page.targetsButton(), Qt::LeftButton);
        QTRY_VERIFY((dialog = page.findChild<ui::FleetTargetsDialog *>()) && dialog->isVisible());
        dialog->fleetDriverEdit()->setText(QStringLiteral("99"));
        dialog->reject();
        QCOMPARE(fleet::ComplianceSettings().load(profile).fleet.driver, QStringLiteral("24.1.0.3"));
    }
};

QTEST_MAIN(FleetTableTest)
#include "console_fleet_table_test.moc"
