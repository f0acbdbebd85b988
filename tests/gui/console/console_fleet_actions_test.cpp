// SPDX-License-Identifier: Apache-2.0
// The Fleet page's actions on the selected servers, with real widgets offscreen against the
// in-process simulator (no task failures): the closed loop (query versions, upgrade the
// outdated servers to the target through the wizard, query again: compliant), Reboot / Stop
// with their confirmation and each server's outcome (a refusal among them), and Copy ids.
#include "console_fixture.h"

#include "createjobwizard.h"
#include "fleet_actions.h"
#include "fleet_filter_proxy.h"
#include "fleet_loader.h"
#include "fleet_model.h"
#include "fleet_page.h"
#include "server_action_dialog.h"
#include "wavesubmitter.h"
#include "wizard_gui_helpers.h"
#include "wizardstate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace liteops;
using namespace liteops::ui;
using Id = FleetActions::Id;

namespace {

constexpr int kOutdatedChip = 1; // chips follow the Compliance order
const QString kTarget = QStringLiteral("24.1.0.3");

SandboxOptions smallFleet()
{
    SandboxOptions o;
    o.servers = 12;
    o.jobs = 6;
    o.taskDurationMs = 300;
    o.failureRate = 0; // every task succeeds: what the loop counts on
    return o;
}

// The Fleet page shown, with every sandbox server and its stored facts.
FleetPage *showFleet(test::Console &c)
{
    [&] { LITEOPS_WAIT_FOR_LIST(c); }();
    c.window->showPage(1);
    FleetPage *page = c.window->fleetPage();
    const int servers = int(c.sim()->servers().size());
    [&] { QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), servers, 20000); }();
    return page;
}

void setTarget(FleetPage *page, const QString &driver)
{
    page->targetDriverEdit()->setText(driver);
    QMetaObject::invokeMethod(page->targetDriverEdit(), "editingFinished");
}

// Selects the table rows of these servers as a user would (through the selection model).
void selectServers(FleetPage *page, const QStringList &ids)
{
    QTableView *table = page->table();
    table->clearSelection();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (ids.contains(index.data(fleet::ServerIdRole).toString()))
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QStringList shownServerIds(FleetPage *page)
{
    QStringList ids;
    for (int row = 0; row < page->table()->model()->rowCount(); ++row)
        ids << page->table()->model()->index(row, 0).data(fleet::ServerIdRole).toString();
    return ids;
}

// The model's row of a server (-1: none).
int rowOf(FleetPage *page, const QString &serverId)
{
    fleet::FleetModel *model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(fleet::ServerIdRole).toString() == serverId)
            return row;
    }
    return -1;
}

fleet::Compliance complianceOf(FleetPage *page, const QString &serverId)
{
    const QModelIndex index = page->model()->index(rowOf(page, serverId), 0);
    return index.isValid() ? fleet::Compliance(index.data(fleet::ComplianceRole).toInt()) : fleet::Compliance::NoTarget;
}

QString statusOf(FleetPage *page, const QString &serverId)
{
    return page->model()->index(rowOf(page, serverId), fleet::FleetModel::StatusColumn).data().toString();
}

template <typename T>
T *visible(MainWindow *window, const QString &objectName = {})
{
    for (T *w : window->findChildren<T *>()) {
        if (w->isVisible() && (objectName.isEmpty() || w->objectName() == objectName))
            return w;
    }
    return nullptr;
}

// Answers the confirmation `objectName` with `button`; returns its text.
QString answer(MainWindow *window, const QString &objectName, QMessageBox::StandardButton button)
{
    QMessageBox *box = nullptr;
    [&] { QTRY_VERIFY((box = visible<QMessageBox>(window, objectName)) != nullptr); }();
    if (!box)
        return {};
    const QString text = box->text();
    QTest::mouseClick(box->button(button), Qt::LeftButton);
    return text;
}

// Query versions now on the selected servers, confirmed; returns once the rows have the
// finished job's facts.
void queryVersions(test::Console &c, FleetPage *page, int expectedCount)
{
    FleetActions *actions = c.window->fleetActions();
    QVERIFY(actions->action(Id::QueryVersions)->isEnabled());
    actions->action(Id::QueryVersions)->trigger();
    const QString question = answer(c.window.get(), QStringLiteral("fleetQueryQuestion"), QMessageBox::Yes);
    QVERIFY2(question.contains(QStringLiteral("%1 server").arg(expectedCount)), qPrintable(question));
    QVERIFY(actions->versionQuery());
    QSignalSpy loaded(page->loader(), &fleet::FleetLoader::factsLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(!actions->versionQuery(), 20000);
    QVERIFY(loaded.count() > 0 || loaded.wait(5000));
}

// Upgrade to target on the selection: the wizard, prefilled, submitted; waits for the run.
void upgradeThroughWizard(test::Console &c, const QStringList &expectedServers)
{
    FleetActions *actions = c.window->fleetActions();
    QVERIFY(actions->action(Id::UpgradeToTarget)->isEnabled());
    actions->action(Id::UpgradeToTarget)->trigger();
    CreateJobWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = visible<CreateJobWizard>(c.window.get())) != nullptr);
    WizardState *state = wizardtest::stateOf(wizard);
    state->setPollIntervalMs(100);
    QTRY_VERIFY_WITH_TIMEOUT(state->serversLoad() == WizardState::Load::Loaded, 20000);
    QCOMPARE(state->jobType(), QStringLiteral("HDK_UPGRADE"));
    QCOMPARE(state->items().first().spec.value(QStringLiteral("version")), kTarget);
    QStringList prefilled = state->baseRequest().serverIds;
    QStringList expected = expectedServers;
    prefilled.sort();
    expected.sort();
    QCOMPARE(prefilled, expected);
    QCOMPARE(wizard->currentId(), int(CreateJobWizard::OptionsPageId));
    QVERIFY(wizardtest::clickNext(wizard)); // review
    QVERIFY(wizardtest::clickNext(wizard)); // submit
    QCOMPARE(wizard->currentId(), int(CreateJobWizard::SubmitPageId));
    QTRY_COMPARE_WITH_TIMEOUT(state->submitter()->runState(), WaveSubmitter::RunState::Finished, 20000);
    wizard->accept();
}

} // namespace

class ConsoleFleetActionsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase() { test::useTemporarySettings(&m_settings); }
    void cleanupTestCase() { test::removeTestData(); }

    // Query versions -> some outdated -> upgrade them to the target -> query again: compliant.
    void closedLoopQueryUpgradeQuery()
    {
        test::Console c(smallFleet());
        FleetPage *page = showFleet(c);
        FleetActions *actions = c.window->fleetActions();
        QVERIFY(actions->actionBar()->isVisible());
        page->table()->selectAll();
        // No target yet: nothing to upgrade to, and the tooltip says why.
        setTarget(page, QString());
        QTRY_VERIFY(!actions->action(Id::UpgradeToTarget)->isEnabled());
        QVERIFY(actions->action(Id::UpgradeToTarget)->toolTip().contains(QStringLiteral("target")));
        setTarget(page, kTarget);
        QTRY_VERIFY(actions->action(Id::UpgradeToTarget)->isEnabled());

        // Query every server: each has reported its versions now, some of them an old driver.
        const int servers = page->model()->rowCount();
        queryVersions(c, page, servers);
        QTRY_COMPARE(page->proxy()->chipCounts().of(fleet::Compliance::Unknown), 0);
        const int outdated = page->proxy()->chipCounts().of(fleet::Compliance::Outdated);
        QVERIFY2(outdated > 0, "the sandbox's fleet has servers on older drivers");

        // The Outdated chip, every row it keeps, Upgrade to target through the wizard.
        QTest::mouseClick(page->chips().at(kOutdatedChip), Qt::LeftButton);
        QCOMPARE(page->table()->model()->rowCount(), outdated);
        const QStringList upgraded = shownServerIds(page);
        page->table()->selectAll();
        upgradeThroughWizard(c, upgraded);

        // Query those servers again: now they report the target.
        QTest::mouseClick(page->chips().at(kOutdatedChip), Qt::LeftButton);
        selectServers(page, upgraded);
        queryVersions(c, page, int(upgraded.size()));
        for (const QString &id : upgraded)
            QTRY_COMPARE(complianceOf(page, id), fleet::Compliance::Compliant);
        QCOMPARE(page->proxy()->chipCounts().of(fleet::Compliance::Outdated), 0);
    }

    // Stop asks first (Cancel sends nothing), then each server's outcome; Reboot on a server
    // that is stopping is refused with the service's message while the other one reboots.
    void stopAndRebootShowEachOutcome()
    {
        test::Console c(smallFleet());
        FleetPage *page = showFleet(c);
        FleetActions *actions = c.window->fleetActions();
        QStringList running;
        QHash<QString, QString> names;
        for (const Server &s : c.sim()->servers()) {
            names.insert(s.id, s.name);
            if (s.status == QLatin1String("RUNNING"))
                running << s.id;
        }
        QVERIFY(running.size() >= 2);
        const QString stopped = running.at(0);
        const QString rebooted = running.at(1);

        selectServers(page, {stopped});
        actions->action(Id::Stop)->trigger();
        QString question = answer(c.window.get(), QStringLiteral("fleetServerActionQuestion"), QMessageBox::Cancel);
        QVERIFY2(question.contains(names.value(stopped)) && question.startsWith(QStringLiteral("Stop 1 server")),
                 qPrintable(question));
        QVERIFY(!actions->lastServerActionDialog());

        actions->action(Id::Stop)->trigger();
        answer(c.window.get(), QStringLiteral("fleetServerActionQuestion"), QMessageBox::Yes);
        ServerActionDialog *dialog = actions->lastServerActionDialog();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->isFinished(), 10000);
        QVERIFY(dialog->runner()->allSucceeded());
        QCOMPARE(dialog->results()->topLevelItem(0)->data(ServerActionDialog::OutcomeColumn, Qt::UserRole).toString(),
                 QStringLiteral("succeeded"));
        // The servers list is fetched again: the row shows the server stopping.
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(page, stopped).startsWith(QStringLiteral("STOP")), 5000);
        dialog->close();

        // Both: the stopping one is refused, the other reboots.
        selectServers(page, {stopped, rebooted});
        actions->action(Id::Reboot)->trigger();
        question = answer(c.window.get(), QStringLiteral("fleetServerActionQuestion"), QMessageBox::Yes);
        QVERIFY2(question.startsWith(QStringLiteral("Reboot 2 server")) && question.contains(names.value(rebooted)),
                 qPrintable(question));
        QTRY_VERIFY((dialog = actions->lastServerActionDialog()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->isFinished(), 10000);
        QCOMPARE(dialog->runner()->count(ServerActionRunner::Outcome::Refused), 1);
        QCOMPARE(dialog->runner()->count(ServerActionRunner::Outcome::Succeeded), 1);
        QTreeWidget *rows = dialog->results();
        QCOMPARE(rows->topLevelItemCount(), 2);
        for (int i = 0; i < rows->topLevelItemCount(); ++i) {
            QTreeWidgetItem *row = rows->topLevelItem(i);
            const bool isStopped = row->text(ServerActionDialog::IdColumn) == stopped;
            QCOMPARE(row->data(ServerActionDialog::OutcomeColumn, Qt::UserRole).toString(),
                     isStopped ? QStringLiteral("refused") : QStringLiteral("succeeded"));
            if (isStopped) // the service's own words
                QVERIFY2(row->text(ServerActionDialog::DetailColumn).contains(stopped),
                         qPrintable(row->text(ServerActionDialog::DetailColumn)));
        }
        QVERIFY(dialog->summary()->text().contains(QStringLiteral("1 refused")));
        dialog->close();
    }

    void copyIdsAndNames()
    {
        test::Console c(smallFleet());
        FleetPage *page = showFleet(c);
        FleetActions *actions = c.window->fleetActions();
        QVERIFY(!actions->action(Id::CopyIds)->isEnabled());
        const QStringList ids = shownServerIds(page).mid(0, 3);
        selectServers(page, ids);
        QVERIFY(actions->action(Id::CopyIds)->isEnabled());
        actions->action(Id::CopyIds)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), ids.join(QLatin1Char('\n')));
        QVERIFY2(c.window->statusBar()->currentMessage().startsWith(QStringLiteral("Copied 3 server id")),
                 qPrintable(c.window->statusBar()->currentMessage()));
        actions->action(Id::CopyNames)->trigger();
        QStringList names;
        for (const SelectedServer &s : page->selectedServers())
            names << s.name;
        QCOMPARE(QApplication::clipboard()->text(), names.join(QLatin1Char('\n')));
        QVERIFY(!names.contains(ids.first()));
    }
};

QTEST_MAIN(ConsoleFleetActionsTest)
#include "console_fleet_actions_test.moc"
