// SPDX-License-Identifier: Apache-2.0
// Submission History against runs the engine really made on the in-process simulator: the
// tree's runs, waves, outcomes and totals; double-click opens jobs; Continue… after a gate
// (as after a restart) sends each remaining wave once; Submit again… prefills the wizard;
// the history moves out of the doubled ".../LiteOps/LiteOps/" folder. With
// LITEOPS_SCREENSHOT_DIR set, the window with a gated run is written there.
#include "history_location.h"
#include "run_outcome.h"
#include "submissionhistory.h"
#include "wavesubmitter.h"
#include "wizard/history_tree.h"
#include "wizard/historydialog.h"
#include "wizard_gui_helpers.h"
#include "wizard_sim_fixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>

using namespace liteops;
using namespace liteops::wizardtest;
using ui::CreateJobWizard;
using ui::HistoryDialog;
using RunState = WaveSubmitter::RunState;
namespace H = liteops::ui::history;

namespace {

constexpr int kPollMs = 60;

// 30 servers whose tasks finish in 40 ms and never fail, unless their job's name matches.
sim::SimOptions quickSim(const QString &failJobNames = {})
{
    sim::SimOptions so;
    so.servers = 30;
    so.taskDurationMs = 40;
    so.failureRate = 0;
    so.failJobNames = failJobNames;
    return so;
}

WaveOptions fast()
{
    WaveOptions o;
    o.pollIntervalMs = kPollMs;
    return o;
}

// Runs `sizes` waves of a HDK_QUERY named `name` on `servers` through the engine until it
// reaches `until`; the submitter is gone afterwards, as after a restart.
QString runUntil(CloudClient *client, const QString &name, const QStringList &servers, const QString &sizes,
                 WaveOptions options, RunState until)
{
    CreateJobRequest r;
    r.name = name;
    r.type = QStringLiteral("HDK_QUERY");
    r.serverIds = servers;
    r.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
    WaveSubmitter submitter(client, SubmissionHistory(), QStringLiteral("test"));
    [&] {
        QVERIFY(submitter.start(planSubmission(r, *WavePlan::parse(sizes)), options));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), until, 20000);
        }();
    return submitter.submissionId();
}

QTreeWidgetItem *runRow(HistoryDialog *dialog, const QString &name)
{
    QTreeWidget *tree = dialog->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(H::NameColumn) == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QStringList namesOf(const QList<QByteArray> &bodies)
{
    QStringList names;
    for (const QByteArray &body : bodies)
        names << QJsonDocument::fromJson(body).object().value(u"name").toString();
    return names;
}

// Answers the confirmation Continue… asks for.
bool confirmContinue(HistoryDialog *dialog)
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (box = dialog->findChild<QMessageBox *>(QStringLiteral("continueRunQuestion"))); }, 5000))
        return false;
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    return true;
}

} // namespace

class WizardHistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { clearAppData(); }

    void treeShowsRunsWavesOutcomesAndTotals()
    {
        auto simulator = startSimulator(quickSim(QStringLiteral("^bad-w01$")));
        auto client = clientFor(*simulator);
        const QStringList servers = runningServerIds(*simulator, 16);
        runUntil(client.get(), QStringLiteral("good"), servers.mid(0, 6), QStringLiteral("2"), fast(),
                 RunState::Finished);
        WaveOptions gated = fast();
        gated.gate = GateMode::AfterFirst;
        runUntil(client.get(), QStringLiteral("gated"), servers.mid(6, 6), QStringLiteral("1, 5"), gated,
                 RunState::AtGate);
        WaveOptions budget = fast();
        budget.budgetFailedTasks = 1;
        runUntil(client.get(), QStringLiteral("bad"), servers.mid(12, 4), QStringLiteral("2"), budget,
                 RunState::BudgetExceeded);

        HistoryDialog dialog(SubmissionHistory(), QStringLiteral("test"));
        QCOMPARE(dialog.tree()->topLevelItemCount(), 3);
        QCOMPARE(dialog.tree()->topLevelItem(0)->text(H::NameColumn), QStringLiteral("bad")); // newest first
        QTreeWidgetItem *good = runRow(&dialog, QStringLiteral("good"));
        QCOMPARE(good->text(H::OutcomeColumn), QStringLiteral("succeeded"));
        QCOMPARE(good->text(H::ServersColumn), QStringLiteral("6"));
        QCOMPARE(good->text(H::SucceededColumn), QStringLiteral("6"));
        QCOMPARE(good->text(H::FailedColumn), QStringLiteral("0"));
        QCOMPARE(good->text(H::VerifiedColumn), QString()); // not verified: not known
        QCOMPARE(good->childCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(good->child(i)->text(H::OutcomeColumn), QStringLiteral("finished"));
            QCOMPARE(good->child(i)->text(H::SucceededColumn), QStringLiteral("2"));
        }

        QTreeWidgetItem *gate = runRow(&dialog, QStringLiteral("gated"));
        QVERIFY2(gate->text(H::OutcomeColumn).startsWith(QLatin1String("waiting at the gate: wave 1: 1 server")),
                 qPrintable(gate->text(H::OutcomeColumn)));
        QCOMPARE(gate->text(H::ServersColumn), QStringLiteral("6"));
        QCOMPARE(gate->text(H::SucceededColumn), QStringLiteral("1"));
        QCOMPARE(gate->childCount(), 2);
        QVERIFY(gate->child(0)->text(H::OutcomeColumn).contains(QLatin1String("waits at its gate")));
        QCOMPARE(gate->child(1)->text(H::OutcomeColumn), QStringLiteral("not sent"));

        QTreeWidgetItem *bad = runRow(&dialog, QStringLiteral("bad"));
        QVERIFY2(bad->text(H::OutcomeColumn).startsWith(QLatin1String("stopped on the error budget")),
                 qPrintable(bad->text(H::OutcomeColumn)));
        QCOMPARE(bad->text(H::FailedColumn), QStringLiteral("2"));
        QCOMPARE(bad->child(1)->text(H::OutcomeColumn), QStringLiteral("not sent"));

        // Double-click: a wave opens its job; a run the job it got to last.
        QSignalSpy opened(&dialog, &HistoryDialog::openJobRequested);
        emit dialog.tree()->itemDoubleClicked(good->child(1), 0);
        emit dialog.tree()->itemDoubleClicked(gate, 0);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(0).at(0).toString(), good->child(1)->text(H::JobColumn));
        QVERIFY(!opened.at(0).at(0).toString().isEmpty());
        QCOMPARE(opened.at(1).at(0).toString(), gate->child(0)->text(H::JobColumn));

        // Continue… only where waves are left, and only on the profile that ran it.
        auto *continueButton = child<QPushButton>(&dialog, QStringLiteral("historyContinue"));
        dialog.tree()->setCurrentItem(good);
        QVERIFY(!continueButton->isEnabled());
        dialog.tree()->setCurrentItem(gate->child(1));
        QVERIFY(continueButton->isEnabled());
        dialog.tree()->setCurrentItem(bad);
        QVERIFY(continueButton->isEnabled());
        // The window as the README shows it: the gated run open, its waiting wave selected.
        gate->setExpanded(true);
        dialog.tree()->setCurrentItem(gate->child(0));
        dialog.resize(1100, 420);
        dialog.show();
        const QPixmap shot = dialog.grab();
        QVERIFY(!shot.isNull());
        if (const QString dir = qEnvironmentVariable("LITEOPS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("history-gated-run.png"))));
        }

        HistoryDialog elsewhere(SubmissionHistory(), QStringLiteral("prod"));
        elsewhere.tree()->setCurrentItem(runRow(&elsewhere, QStringLiteral("gated")));
        auto *refused = child<QPushButton>(&elsewhere, QStringLiteral("historyContinue"));
        QVERIFY(!refused->isEnabled());
        QVERIFY(refused->toolTip().contains(QLatin1String("test")));
    }

    // A run stopped at its gate, its process gone: Continue… in the History window goes on
    // through the wizard's submit page, the engine's resume; each wave is sent exactly once.
    void continueAfterAGateSendsEachWaveOnce()
    {
        auto simulator = startSimulator(quickSim());
        auto client = clientFor(*simulator);
        WaveOptions gated = fast();
        gated.gate = GateMode::AfterFirst;
        runUntil(client.get(), QStringLiteral("canary"), runningServerIds(*simulator, 7), QStringLiteral("1, 3"), gated,
                 RunState::AtGate);
        QCOMPARE(namesOf(simulator->receivedCreateBodies()), QStringList{QStringLiteral("canary-w01")});

        HistoryDialog dialog(SubmissionHistory(), QStringLiteral("test"));
        std::unique_ptr<CreateJobWizard> wizard;
        // What the console does with the request (wizard_bridge), with quick polls.
        connect(&dialog, &HistoryDialog::continueRequested, this, [&](const SubmissionRecord &record) {
            QVERIFY(!wizard); // asked once
            wizard = std::make_unique<CreateJobWizard>(client.get(), QStringLiteral("test"));
            stateOf(wizard.get())->setPollIntervalMs(kPollMs);
            wizard->continueRun(record);
            wizard->show();
        });
        dialog.tree()->setCurrentItem(runRow(&dialog, QStringLiteral("canary")));
        auto *continueButton = child<QPushButton>(&dialog, QStringLiteral("historyContinue"));
        QVERIFY(continueButton->isEnabled());
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(confirmContinue(&dialog));
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(CreateJobWizard::SubmitPageId));
        // While that wizard drives the run, the History window offers no second Continue.
        QVERIFY(!continueButton->isEnabled());

        WaveSubmitter *submitter = stateOf(wizard.get())->submitter();
        QTRY_COMPARE_WITH_TIMEOUT(submitter->runState(), RunState::Finished, 20000);
        QCOMPARE(namesOf(simulator->receivedCreateBodies()),
                 (QStringList{QStringLiteral("canary-w01"), QStringLiteral("canary-w02"),
                              QStringLiteral("canary-w03")}));
        auto *table = child<QTreeWidget>(wizard.get(), QStringLiteral("waveTable"));
        QCOMPARE(table->topLevelItemCount(), 3);
        QVERIFY(!table->topLevelItem(0)->text(4).isEmpty()); // the job from before the restart

        // The window follows the file: the run now reads as done, nothing left to continue.
        QTRY_COMPARE_WITH_TIMEOUT(runRow(&dialog, QStringLiteral("canary"))->text(H::OutcomeColumn),
                                  QStringLiteral("succeeded"), 5000);
        dialog.tree()->setCurrentItem(runRow(&dialog, QStringLiteral("canary")));
        QVERIFY(!continueButton->isEnabled());
        QCOMPARE(simulator->receivedCreateBodies().size(), 3);
    }

    void submitAgainPrefillsTheWizard()
    {
        auto simulator = startSimulator(quickSim());
        auto client = clientFor(*simulator);
        const QStringList servers = runningServerIds(*simulator, 7);
        WaveOptions options = fast();
        options.gate = GateMode::AfterFirst;
        options.budgetFailedTasks = 3;
        runUntil(client.get(), QStringLiteral("again"), servers, QStringLiteral("1, 5"), options, RunState::AtGate);
        const qsizetype sent = simulator->receivedCreateBodies().size();

        HistoryDialog dialog(SubmissionHistory(), QStringLiteral("test"));
        std::unique_ptr<CreateJobWizard> wizard;
        connect(&dialog, &HistoryDialog::submitAgainRequested, this, [&](const SubmissionRecord &record) {
            wizard = openWizard(client.get());
            wizard->prefillSubmitAgain(record);
        });
        dialog.tree()->setCurrentItem(runRow(&dialog, QStringLiteral("again")));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("historySubmitAgain")), Qt::LeftButton);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(CreateJobWizard::ReviewPageId));
        WizardState *state = stateOf(wizard.get());
        QCOMPARE(state->name(), QStringLiteral("again"));
        QCOMPARE(state->jobType(), QStringLiteral("HDK_QUERY"));
        QCOMPARE(state->serverModel()->selectedIds(), servers);
        QCOMPARE(state->waveSizes(), QStringLiteral("1, 5"));
        QCOMPARE(state->gate(), GateMode::AfterFirst);
        QCOMPARE(state->budgetFailedTasks(), 3);
        const SubmissionRecord record = *SubmissionHistory().submission(
            runRow(&dialog, QStringLiteral("again"))->data(H::NameColumn, H::RunIdRole).toString());
        const SubmissionPlan plan = state->plan();
        QCOMPARE(plan.requests.size(), record.waves.size());
        for (qsizetype i = 0; i < plan.requests.size(); ++i)
            QCOMPARE(plan.requests.at(i), record.waves.at(i).request);
        QCOMPARE(simulator->receivedCreateBodies().size(), sent); // nothing sent before Submit
    }

    // An older version wrote to ".../LiteOps/LiteOps/"; the window reads it from ".../LiteOps/".
    void theWindowReadsAHistoryMovedFromTheOldFolder()
    {
        const QString org = QCoreApplication::organizationName();
        const QString app = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("LiteOps"));
        QCoreApplication::setApplicationName(QStringLiteral("LiteOps"));
        const auto restore = qScopeGuard([&] {
            QDir(historyFolder()).removeRecursively();
            QCoreApplication::setOrganizationName(org);
            QCoreApplication::setApplicationName(app);
        });
        QDir(historyFolder()).removeRecursively();
        const QString oldFile = legacyHistoryFolder() + QStringLiteral("/submission-history.jsonl");
        HistoryEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.profile = QStringLiteral("prod");
        e.submissionId = QStringLiteral("before-the-move");
        e.request = QJsonObject{{QStringLiteral("name"), QStringLiteral("old-run")},
                                {QStringLiteral("server_ids"), QJsonArray{QStringLiteral("a")}}};
        e.outcome = QStringLiteral("sending");
        QVERIFY(SubmissionHistory(oldFile).append(e));

        HistoryDialog dialog;
        QVERIFY(runRow(&dialog, QStringLiteral("old-run")));
        QVERIFY(!QFile::exists(oldFile));
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("historyStatus"))
                    ->text()
                    .endsWith(QDir::toNativeSeparators(QStringLiteral("/LiteOps/submission-history.jsonl"))));
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("historyStatus"))
                     ->text()
                     .contains(QLatin1String("LiteOps/LiteOps")));
    }
};

QTEST_MAIN(WizardHistoryTest)
#include "tst_wizard_history.moc"
