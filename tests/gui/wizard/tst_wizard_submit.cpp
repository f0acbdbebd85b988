// SPDX-License-Identifier: Apache-2.0
// The wizard from the first page to the last against the in-process simulator: 120 servers in
// waves of 50 create 3 jobs; the review page's JSON is byte for byte what the simulator
// received; a double click submits once; the error budget stops the waves; an ambiguous
// create creates no duplicate; the history has a line before and after every call and the
// History dialog lists it; "rerun failed nodes" opens on the options page.
#include "core/encode.h"
#include "submissionhistory.h"
#include "wavesubmitter.h"
#include "wizard/history_tree.h"
#include "wizard/historydialog.h"
#include "wizard_gui_helpers.h"
#include "wizard_sim_fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>

using namespace liteops;
using namespace liteops::wizardtest;
using liteops::WizardState;
using ui::CreateJobWizard;
using RunState = WaveSubmitter::RunState;
namespace H = liteops::ui::history;

class WizardSubmitTest : public QObject
{
    Q_OBJECT

    // The wizard polls its submitted jobs this often, so the waves finish quickly.
    static constexpr int kPollIntervalMs = 60;

    // Type, servers (pasted), parameters, options; returns with the review page shown and the
    // JSON of every wave as the page displays it.
    QList<QByteArray> fillToReview(CreateJobWizard *w, const QStringList &serverIds, const QString &name,
                                   int budgetTasks = 0)
    {
        QList<QByteArray> shown;
        [&] {
            QVERIFY(chooseType(w, QStringLiteral("HDK_QUERY")));
            QVERIFY(clickNext(w));
            child<QPlainTextEdit>(w, QStringLiteral("pasteBox"))->setPlainText(serverIds.join(u'\n'));
            QTest::mouseClick(child<QPushButton>(w, QStringLiteral("addPastedButton")), Qt::LeftButton);
            QVERIFY(clickNext(w));
            QVERIFY(clickNext(w)); // HDK_QUERY has no parameters
            QCOMPARE(w->currentId(), int(CreateJobWizard::OptionsPageId));
            child<QLineEdit>(w, QStringLiteral("nameEdit"))->setText(name);
            child<QSpinBox>(w, QStringLiteral("budgetTasksSpin"))->setValue(budgetTasks);
            QVERIFY(clickNext(w));
            QCOMPARE(w->currentId(), int(CreateJobWizard::ReviewPageId));
            auto *waves = child<QListWidget>(w, QStringLiteral("waveList"));
            auto *json = child<QPlainTextEdit>(w, QStringLiteral("reviewJson"));
            for (int i = 0; i < waves->count(); ++i) {
                waves->setCurrentRow(i);
                shown << json->toPlainText().toUtf8();
            }
            }();
        return shown;
    }

private slots:
    void init() { clearAppData(); }

    void submits120ServersInWavesOf50()
    {
        sim::SimOptions so;
        so.servers = 300;
        so.taskDurationMs = 150;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        auto w = openWizard(client.get(), kPollIntervalMs);
        const QStringList servers = runningServerIds(*simulator, 120);
        const QList<QByteArray> shown = fillToReview(w.get(), servers, QStringLiteral("gui-waves"));
        QCOMPARE(shown.size(), 3);
        QVERIFY(simulator->receivedCreateBodies().isEmpty());

        // A double click on Submit: one submission.
        QSignalSpy opened(w.get(), &CreateJobWizard::jobsCreated);
        QAbstractButton *submit = w->button(QWizard::CommitButton);
        QVERIFY(submit->isVisible() && submit->isEnabled());
        QTest::mouseDClick(submit, Qt::LeftButton);
        w->next(); // and a programmatic third press for good measure
        QCOMPARE(w->currentId(), int(CreateJobWizard::SubmitPageId));
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled()); // not while sending

        WaveSubmitter *submitter = stateOf(w.get())->submitter();
        QTRY_COMPARE_WITH_TIMEOUT(submitter->runState(), RunState::Finished, 60000);

        // Exactly three creates, each byte-identical to what the review page showed.
        QCOMPARE(simulator->receivedCreateBodies(), shown);
        auto *table = child<QTreeWidget>(w.get(), QStringLiteral("waveTable"));
        QCOMPARE(table->topLevelItemCount(), 3);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!table->topLevelItem(i)->text(4).isEmpty()); // the created job's id
            ids << table->topLevelItem(i)->text(4);
        }
        QCOMPARE(ids, submitter->createdJobIds());
        QVERIFY(plain(child<QLabel>(w.get(), QStringLiteral("submitState"))->text())
                    .contains(QLatin1String("3 jobs created")));
        QTRY_VERIFY(w->button(QWizard::FinishButton)->isEnabled());

        // History: a line before and after each create (and one when each wave's job finished).
        QList<HistoryEntry> lines = SubmissionHistory().readAll();
        lines.removeIf([](const HistoryEntry &e) { return e.outcome == QLatin1String("settled"); });
        QCOMPARE(lines.size(), 6);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(lines.at(2 * i).outcome, QStringLiteral("sending"));
            QCOMPARE(lines.at(2 * i + 1).outcome, QStringLiteral("created"));
            QCOMPARE(lines.at(2 * i + 1).jobId, ids.at(i));
            QCOMPARE(lines.at(2 * i).request, QJsonDocument::fromJson(shown.at(i)).object());
        }

        // Finish opens the created jobs in the console, and the draft is gone.
        QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toStringList(), ids);
        QVERIFY(!DraftStore().hasDraft());

        // The History dialog lists the run with its three waves nested, and what they did.
        ui::HistoryDialog history;
        auto *list = child<QTreeWidget>(&history, QStringLiteral("historyList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem *run = list->topLevelItem(0);
        QCOMPARE(run->text(H::NameColumn), QStringLiteral("gui-waves"));
        QCOMPARE(run->text(H::OutcomeColumn), QStringLiteral("succeeded"));
        QCOMPARE(run->text(H::ServersColumn), QStringLiteral("120"));
        QCOMPARE(run->text(H::SucceededColumn), QStringLiteral("120"));
        QCOMPARE(run->text(H::FailedColumn), QStringLiteral("0"));
        QCOMPARE(run->childCount(), 3);
        QVERIFY(run->child(2)->text(H::NameColumn).endsWith(QLatin1String("gui-waves-w03")));
        QCOMPARE(run->child(2)->text(H::OutcomeColumn), QStringLiteral("finished"));
        QCOMPARE(run->child(0)->text(H::JobColumn), ids.first());
        list->setCurrentItem(run->child(2));
        QVERIFY(child<QPlainTextEdit>(&history, QStringLiteral("historyJson"))
                    ->toPlainText()
                    .contains(QLatin1String("gui-waves-w03")));
    }

    void errorBudgetStopsTheWaves()
    {
        sim::SimOptions so;
        so.servers = 300;
        so.taskDurationMs = 100;
        so.failureRate = 0.9;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        auto w = openWizard(client.get(), kPollIntervalMs);
        const QList<QByteArray> shown = fillToReview(w.get(), runningServerIds(*simulator, 150),
                                                     QStringLiteral("gui-budget"), 5);
        QCOMPARE(shown.size(), 3);
        QVERIFY(clickNext(w.get()));
        WaveSubmitter *submitter = stateOf(w.get())->submitter();
        QTRY_COMPARE_WITH_TIMEOUT(submitter->runState(), RunState::BudgetExceeded, 30000);
        QCOMPARE(simulator->receivedCreateBodies().size(), 1);
        const QString text = child<QLabel>(w.get(), QStringLiteral("submitState"))->text();
        QVERIFY2(text.contains(QLatin1String("Error budget spent")), qPrintable(text));
        QVERIFY(child<QPushButton>(w.get(), QStringLiteral("resumeButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(w.get(), QStringLiteral("stopButton"))->isEnabled());
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
        // The waves after the first were never sent.
        auto *table = child<QTreeWidget>(w.get(), QStringLiteral("waveTable"));
        QVERIFY(table->topLevelItem(1)->text(4).isEmpty());
        QVERIFY(table->topLevelItem(2)->text(4).isEmpty());
    }

    void ambiguousFailureCreatesNoDuplicate()
    {
        sim::SimOptions so;
        so.servers = 200;
        so.taskDurationMs = 100;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        QString error;
        QVERIFY(simulator->addFault(QStringLiteral("POST .*/dev-servers/jobs$ truncate count=1"), &error));
        auto client = clientFor(*simulator);
        auto w = openWizard(client.get(), kPollIntervalMs);
        const QList<QByteArray> shown = fillToReview(w.get(), runningServerIds(*simulator, 80),
                                                     QStringLiteral("gui-ambiguous"));
        QCOMPARE(shown.size(), 2);
        QVERIFY(clickNext(w.get()));
        WaveSubmitter *submitter = stateOf(w.get())->submitter();
        QTRY_COMPARE_WITH_TIMEOUT(submitter->runState(), RunState::Finished, 30000);
        // One create per wave, even though the first answer never arrived whole.
        QCOMPARE(simulator->receivedCreateBodies(), shown);
        for (const QString &name : {QStringLiteral("gui-ambiguous-w01"), QStringLiteral("gui-ambiguous-w02")}) {
            int n = 0;
            for (const Job &j : simulator->jobs())
                n += j.name == name ? 1 : 0;
            QCOMPARE(n, 1);
        }
        QCOMPARE(submitter->createdJobIds().size(), 2);
        const QString log = child<QPlainTextEdit>(w.get(), QStringLiteral("submitLog"))->toPlainText();
        QVERIFY2(log.contains(QLatin1String("created after all")), qPrintable(log));
    }

    void stopAndResumeFromThePage()
    {
        sim::SimOptions so;
        so.servers = 200;
        so.taskDurationMs = 200;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        auto w = openWizard(client.get(), kPollIntervalMs);
        fillToReview(w.get(), runningServerIds(*simulator, 100), QStringLiteral("gui-stop"));
        QVERIFY(clickNext(w.get()));
        WaveSubmitter *submitter = stateOf(w.get())->submitter();
        QSignalSpy created(submitter, &WaveSubmitter::jobCreated);
        QVERIFY(created.wait(20000));
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("stopButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submitter->runState(), RunState::Stopped, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(submitter->settledWaves(), 1, 10000);
        QCOMPARE(simulator->receivedCreateBodies().size(), 1);
        auto *resume = child<QPushButton>(w.get(), QStringLiteral("resumeButton"));
        QVERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submitter->runState(), RunState::Finished, 30000);
        QCOMPARE(simulator->receivedCreateBodies().size(), 2);
        QSignalSpy opened(w.get(), &CreateJobWizard::jobsCreated);
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("openJobsButton")), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toStringList().size(), 2);
    }

    void historyDialogShowsACreateThatNeverGotAnAnswer()
    {
        // What a crash mid-call leaves: the line before the call, none after.
        HistoryEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.profile = QStringLiteral("prod");
        e.submissionId = QStringLiteral("s-crash");
        e.request = QJsonObject{{QStringLiteral("name"), QStringLiteral("crashed-w01")},
                                {QStringLiteral("server_ids"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
        e.outcome = QStringLiteral("sending");
        QVERIFY(SubmissionHistory().append(e));
        ui::HistoryDialog dialog;
        auto *list = child<QTreeWidget>(&dialog, QStringLiteral("historyList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem *run = list->topLevelItem(0);
        QCOMPARE(run->text(H::NameColumn), QStringLiteral("crashed-w01"));
        QCOMPARE(run->text(H::ServersColumn), QStringLiteral("2"));
        QVERIFY(run->text(H::OutcomeColumn).startsWith(QLatin1String("unknown")));
        QCOMPARE(run->childCount(), 1);
        QVERIFY(run->child(0)->text(H::OutcomeColumn).contains(QLatin1String("no answer recorded")));
        QCOMPARE(run->text(H::FromColumn), QStringLiteral("Console"));
    }

    void historyDialogMarksRunsFromTheCli()
    {
        // liteops-cli writes the same history; its lines say where they came from.
        HistoryEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.profile = QStringLiteral("prod");
        e.submissionId = QStringLiteral("s-cli");
        e.request = QJsonObject{{QStringLiteral("name"), QStringLiteral("from-cli")},
                                {QStringLiteral("server_ids"), QJsonArray{QStringLiteral("a")}}};
        e.outcome = QStringLiteral("sending");
        e.source = QStringLiteral("cli");
        e.rerunOf = QStringLiteral("job-0");
        QVERIFY(SubmissionHistory().append(e));
        e.phase = HistoryEntry::Phase::Done;
        e.outcome = QStringLiteral("created");
        e.jobId = QStringLiteral("job-1");
        QVERIFY(SubmissionHistory().append(e));
        ui::HistoryDialog dialog;
        auto *list = child<QTreeWidget>(&dialog, QStringLiteral("historyList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->child(0)->text(H::OutcomeColumn), QStringLiteral("created"));
        QCOMPARE(list->topLevelItem(0)->child(0)->text(H::JobColumn), QStringLiteral("job-1"));
        QCOMPARE(list->topLevelItem(0)->text(H::FromColumn), QStringLiteral("liteops-cli, rerun of job-0"));
    }

    void rerunOpensOnTheOptionsPage()
    {
        sim::SimOptions so;
        so.servers = 100;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        auto w = std::make_unique<CreateJobWizard>(client.get(), QStringLiteral("test"));
        const QStringList servers = runningServerIds(*simulator, 7);
        const QList<JobItem> items{
            JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1.rc3.10")}}}};
        w->prefillRerun(QStringLiteral("HDK_UPGRADE"), items, servers);
        w->show();
        QCOMPARE(w->currentId(), int(CreateJobWizard::OptionsPageId));
        WizardState *state = stateOf(w.get());
        QCOMPARE(state->serverModel()->selectedIds(), servers);
        QCOMPARE(state->items(), items);
        QCOMPARE(state->jobType(), QStringLiteral("HDK_UPGRADE"));
        // Back shows the servers and the parameters as filled in.
        QVERIFY(w->button(QWizard::BackButton)->isEnabled());
        w->back();
        QCOMPARE(w->currentId(), int(CreateJobWizard::ParametersPageId));
        w->back();
        QTRY_VERIFY_WITH_TIMEOUT(state->serversLoad() == WizardState::Load::Loaded, 20000);
        QCOMPARE(plain(child<QLabel>(w.get(), QStringLiteral("selectedCount"))->text()),
                 QStringLiteral("7 servers selected"));
    }

    // A progressive plan (the preset 1, 5, 25%, 50) on 12 servers with a gate after the
    // first wave: the Review page lists the four waves, the run waits after one server and
    // says why (on the page and as a notification), Continue sends the rest to the end.
    void progressivePlanThroughAGate()
    {
        sim::SimOptions so;
        so.servers = 60;
        so.taskDurationMs = 80;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        auto w = openWizard(client.get(), kPollIntervalMs);
        const QStringList servers = runningServerIds(*simulator, 12);
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        QVERIFY(clickNext(w.get()));
        child<QPlainTextEdit>(w.get(), QStringLiteral("pasteBox"))->setPlainText(servers.join(u'\n'));
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("addPastedButton")), Qt::LeftButton);
        QVERIFY(clickNext(w.get()));
        QVERIFY(clickNext(w.get()));
        QCOMPARE(w->currentId(), int(CreateJobWizard::OptionsPageId));
        child<QLineEdit>(w.get(), QStringLiteral("nameEdit"))->setText(QStringLiteral("gui-gate"));
        auto *preset = child<QComboBox>(w.get(), QStringLiteral("wavePlanPreset"));
        auto *sizes = child<QLineEdit>(w.get(), QStringLiteral("waveSizesEdit"));
        preset->setCurrentIndex(3);
        emit preset->activated(3); // what choosing it with the mouse sends
        QCOMPARE(sizes->text(), QStringLiteral("1, 5, 25%, 50"));
        // A size that is not one blocks Next and says why; a typed plan picks "Custom".
        sizes->setText(QStringLiteral("1, 0"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(w.get(), QStringLiteral("requestProblems"))->text().contains(QStringLiteral("\"0\"")));
        sizes->setText(QStringLiteral("1,5,25%,50"));
        QCOMPARE(preset->currentIndex(), 3);
        QVERIFY(child<QLabel>(w.get(), QStringLiteral("planSummary"))->text().contains(QStringLiteral("1, 5, 3, 3")));
        auto *gate = child<QComboBox>(w.get(), QStringLiteral("gateCombo"));
        gate->setCurrentIndex(gate->findData(int(GateMode::AfterFirst)));
        QVERIFY(child<QCheckBox>(w.get(), QStringLiteral("verifyCheck"))->isChecked()); // on by default
        QVERIFY(clickNext(w.get()));
        QCOMPARE(w->currentId(), int(CreateJobWizard::ReviewPageId));
        auto *waves = child<QListWidget>(w.get(), QStringLiteral("waveList"));
        QCOMPARE(waves->count(), 4);

        QSignalSpy notified(w.get(), &CreateJobWizard::gateReached);
        QVERIFY(clickNext(w.get())); // Submit
        WaveSubmitter *submitter = stateOf(w.get())->submitter();
        QTRY_COMPARE_WITH_TIMEOUT(submitter->runState(), RunState::AtGate, 30000);
        QCOMPARE(simulator->receivedCreateBodies().size(), 1);
        QCOMPARE(notified.size(), 1);
        QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("wave 1: 1 server")));
        const QString state = child<QLabel>(w.get(), QStringLiteral("submitState"))->text();
        QVERIFY2(state.contains(QStringLiteral("gate")) && state.contains(QStringLiteral("wave 1: 1 server")),
                 qPrintable(state));
        auto *resume = child<QPushButton>(w.get(), QStringLiteral("resumeButton"));
        QVERIFY(resume->isEnabled());
        QCOMPARE(resume->text(), QStringLiteral("&Continue"));
        QVERIFY(child<QPushButton>(w.get(), QStringLiteral("stopButton"))->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submitter->runState(), RunState::Finished, 30000);
        QCOMPARE(notified.size(), 1); // one gate only
        QList<int> sent;
        for (const QByteArray &body : simulator->receivedCreateBodies())
            sent << int(QJsonDocument::fromJson(body).object().value(u"server_ids").toArray().size());
        QCOMPARE(sent, (QList<int>{1, 5, 3, 3}));
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
        // Submission History shows where the gate was, and that it was passed.
        ui::HistoryDialog history;
        auto *rows = child<QTreeWidget>(&history, QStringLiteral("historyList"));
        QCOMPARE(rows->topLevelItemCount(), 1);
        QTreeWidgetItem *run = rows->topLevelItem(0);
        QStringList gated;
        for (int i = 0; i < run->childCount(); ++i) {
            if (run->child(i)->text(H::OutcomeColumn).contains(QStringLiteral("gate was passed")))
                gated << run->child(i)->text(H::NameColumn);
        }
        QCOMPARE(gated, QStringList{QStringLiteral("Wave 1 · gui-gate-w01")});
        QCOMPARE(run->text(H::OutcomeColumn), QStringLiteral("succeeded"));
    }
};

QTEST_MAIN(WizardSubmitTest)
#include "tst_wizard_submit.moc"
