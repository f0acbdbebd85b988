// SPDX-License-Identifier: Apache-2.0
// WaveSubmitter against the in-process simulator over loopback: waves, the error budget,
// stop/resume, an ambiguous create reconciled without a duplicate, a throttled create, and
// the history lines written before and after every call.
#include "cloud_call.h"
#include "core/encode.h"
#include "run_outcome.h"
#include "submissionhistory.h"
#include "wavesubmitter.h"
#include "wizard_sim_fixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;
using namespace liteops::wizardtest;
using RunState = WaveSubmitter::RunState;

namespace {

CreateJobRequest baseRequest(const QString &name, const QStringList &servers)
{
    CreateJobRequest r;
    r.name = name;
    r.type = QStringLiteral("HDK_QUERY");
    r.serverIds = servers;
    r.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
    return r;
}

WaveOptions fastOptions()
{
    WaveOptions o;
    o.pollIntervalMs = 60;
    o.defaultThrottleWaitMs = 200;
    return o;
}

QList<Job> jobsNamed(const sim::Simulator &simulator, const QString &name)
{
    QList<Job> found;
    for (const Job &j : simulator.jobs()) {
        if (j.name == name)
            found << j;
    }
    return found;
}

} // namespace

class WizardWavesTest : public QObject
{
    Q_OBJECT
private slots:
    void init() { clearAppData(); }

    void submitsOneJobPerWaveAndWaitsForEach()
    {
        sim::SimOptions so;
        so.servers = 200;
        so.taskDurationMs = 150;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        const SubmissionPlan plan = planSubmission(baseRequest(QStringLiteral("waves-120"),
                                                               runningServerIds(*simulator, 120)),
                                                   50);
        QCOMPARE(plan.waveCount(), 3);

        SubmissionHistory history;
        WaveSubmitter submitter(client.get(), history, QStringLiteral("test"));
        QSignalSpy created(&submitter, &WaveSubmitter::jobCreated);
        QSignalSpy finished(&submitter, &WaveSubmitter::jobFinished);
        // Waves in flight 1: a wave starts only when the previous job has settled, so there
        // can never be two created jobs that are both still running.
        int maxRunning = 0;
        connect(&submitter, &WaveSubmitter::waveChanged, this, [&]() {
            int running = 0;
            for (const auto &w : submitter.waves())
                running += (w.state == WaveSubmitter::WaveState::Running
                            || w.state == WaveSubmitter::WaveState::Sending)
                               ? 1
                               : 0;
            maxRunning = std::max(maxRunning, running);
        });
        QVERIFY(submitter.start(plan, fastOptions()));
        QVERIFY(!submitter.start(plan, fastOptions())); // a second start does nothing
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Finished, 30000);
        QCOMPARE(maxRunning, 1);
        QCOMPARE(created.size(), 3);
        // Each job's settled snapshot, once, with every task: what the store keeps.
        QCOMPARE(finished.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(finished.at(i).at(0).toInt(), i);
            const Job job = finished.at(i).at(1).value<Job>();
            QCOMPARE(job.id, submitter.waves().at(i).jobIds.first());
            QCOMPARE(job.tasks.size(), plan.requests.at(i).serverIds.size());
            QVERIFY(std::all_of(job.tasks.cbegin(), job.tasks.cend(),
                                [](const Task &t) { return isFinalState(t.state()); }));
        }

        const QList<QByteArray> bodies = simulator->receivedCreateBodies();
        QCOMPARE(bodies.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(bodies.at(i), encodeCreateRequest(plan.requests.at(i)));
        for (int i = 0; i < 3; ++i) {
            const QList<Job> jobs = jobsNamed(*simulator, plan.requests.at(i).name);
            QCOMPARE(jobs.size(), 1);
            QCOMPARE(submitter.waves().at(i).jobIds, QStringList{jobs.first().id});
            QCOMPARE(submitter.waves().at(i).counts.total, int(plan.requests.at(i).serverIds.size()));
        }

        // Two lines per wave about its create: before the call ("sending") and after it
        // ("created"); and one once its job has finished ("settled", with its task counts).
        QList<HistoryEntry> lines;
        QList<HistoryEntry> settled;
        for (const HistoryEntry &e : history.readAll())
            (e.outcome == QLatin1String("settled") ? settled : lines).append(e);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(settled.size(), 3);
        for (const HistoryEntry &e : std::as_const(settled)) {
            const std::optional<WaveTotals> totals = WaveTotals::fromJson(e.counts);
            QVERIFY(totals);
            QCOMPARE(totals->total, int(plan.requests.at(e.wave).serverIds.size()));
            QCOMPARE(totals->succeeded + totals->failed + totals->skipped, totals->total);
        }
        for (int i = 0; i < 3; ++i) {
            const HistoryEntry &before = lines.at(2 * i);
            const HistoryEntry &after = lines.at(2 * i + 1);
            QCOMPARE(before.phase, HistoryEntry::Phase::Sending);
            QCOMPARE(before.outcome, QStringLiteral("sending"));
            QCOMPARE(before.wave, i);
            QCOMPARE(before.profile, QStringLiteral("test"));
            QCOMPARE(before.request, QJsonDocument::fromJson(bodies.at(i)).object());
            QCOMPARE(after.phase, HistoryEntry::Phase::Done);
            QCOMPARE(after.outcome, QStringLiteral("created"));
            QCOMPARE(after.jobId, submitter.waves().at(i).jobIds.first());
            QCOMPARE(after.submissionId, before.submissionId);
        }
    }

    void wavesInFlightRunConcurrently()
    {
        sim::SimOptions so;
        so.servers = 100;
        so.taskDurationMs = 300;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        const SubmissionPlan plan = planSubmission(baseRequest(QStringLiteral("parallel"),
                                                               runningServerIds(*simulator, 40)),
                                                   10);
        WaveSubmitter submitter(client.get(), SubmissionHistory(), QStringLiteral("test"));
        int maxBusy = 0;
        connect(&submitter, &WaveSubmitter::waveChanged, this, [&]() {
            int busy = 0;
            for (const auto &w : submitter.waves())
                busy += w.state == WaveSubmitter::WaveState::Running ? 1 : 0;
            maxBusy = std::max(maxBusy, busy);
        });
        WaveOptions o = fastOptions();
        o.wavesInFlight = 2;
        QVERIFY(submitter.start(plan, o));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Finished, 30000);
        QCOMPARE(maxBusy, 2);
        QCOMPARE(simulator->receivedCreateBodies().size(), 4);
    }

    void errorBudgetStopsTheWaves_data()
    {
        QTest::addColumn<int>("budgetTasks");
        QTest::addColumn<int>("budgetPercent");
        QTest::newRow("5 failed tasks") << 5 << 0;
        QTest::newRow("10% of the servers") << 0 << 10;
    }
    void errorBudgetStopsTheWaves()
    {
        QFETCH(int, budgetTasks);
        QFETCH(int, budgetPercent);
        sim::SimOptions so;
        so.servers = 200;
        so.taskDurationMs = 100;
        so.failureRate = 0.9;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        const SubmissionPlan plan = planSubmission(baseRequest(QStringLiteral("budget"),
                                                               runningServerIds(*simulator, 150)),
                                                   50);
        QCOMPARE(plan.waveCount(), 3);
        WaveSubmitter submitter(client.get(), SubmissionHistory(), QStringLiteral("test"));
        WaveOptions o = fastOptions();
        o.budgetFailedTasks = budgetTasks;
        o.budgetFailedPercent = budgetPercent;
        QVERIFY(submitter.start(plan, o));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::BudgetExceeded, 30000);
        QVERIFY(submitter.failedTasks() >= 5);
        QVERIFY(submitter.haltReason().contains(QLatin1String("budget")));
        // Only the first wave went out; the others were never sent.
        QCOMPARE(simulator->receivedCreateBodies().size(), 1);
        QCOMPARE(submitter.waves().at(1).state, WaveSubmitter::WaveState::Pending);
        QCOMPARE(submitter.waves().at(2).state, WaveSubmitter::WaveState::Pending);

        // Resume means "go on anyway": the failures so far are accepted, the next wave goes.
        QSignalSpy created(&submitter, &WaveSubmitter::jobCreated);
        submitter.resume();
        QVERIFY(created.wait(10000));
        QCOMPARE(simulator->receivedCreateBodies().size(), 2);
    }

    void stopAndResume()
    {
        sim::SimOptions so;
        so.servers = 100;
        so.taskDurationMs = 150;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        const SubmissionPlan plan = planSubmission(baseRequest(QStringLiteral("stop-resume"),
                                                               runningServerIds(*simulator, 30)),
                                                   10);
        WaveSubmitter submitter(client.get(), SubmissionHistory(), QStringLiteral("test"));
        QSignalSpy created(&submitter, &WaveSubmitter::jobCreated);
        // Stop while the first create is in flight: it lands, nothing more goes.
        connect(&submitter, &WaveSubmitter::waveChanged, this, [&submitter](int index) {
            if (index == 0 && submitter.waves().at(0).state == WaveSubmitter::WaveState::Sending) {
                submitter.stop();
                QCOMPARE(submitter.runState(), RunState::Stopping);
            }
        });
        QVERIFY(submitter.start(plan, fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Stopped, 10000);
        QCOMPARE(created.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(submitter.waves().at(0).state, WaveSubmitter::WaveState::Settled, 10000);
        QCOMPARE(submitter.runState(), RunState::Stopped);
        QCOMPARE(submitter.waves().at(1).state, WaveSubmitter::WaveState::Pending);
        QCOMPARE(simulator->receivedCreateBodies().size(), 1);
        submitter.resume();
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Finished, 30000);
        QCOMPARE(simulator->receivedCreateBodies().size(), 3);
    }

    void ambiguousCreateIsReconciledWithoutDuplicate()
    {
        sim::SimOptions so;
        so.servers = 100;
        so.taskDurationMs = 150;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        QString error;
        QVERIFY2(simulator->addFault(QStringLiteral("POST .*/dev-servers/jobs$ truncate count=1"), &error),
                 qPrintable(error));
        auto client = clientFor(*simulator);
        const SubmissionPlan plan = planSubmission(baseRequest(QStringLiteral("ambiguous"),
                                                               runningServerIds(*simulator, 60)),
                                                   30);
        SubmissionHistory history;
        WaveSubmitter submitter(client.get(), history, QStringLiteral("test"));
        QVERIFY(submitter.start(plan, fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Finished, 30000);

        // The truncated answer left the outcome unknown; listing found the job, so the wave
        // was not sent again: one create per wave, one job per name.
        QCOMPARE(simulator->receivedCreateBodies().size(), 2);
        for (const CreateJobRequest &r : plan.requests)
            QCOMPARE(jobsNamed(*simulator, r.name).size(), 1);
        QCOMPARE(submitter.waves().at(0).jobIds,
                 QStringList{jobsNamed(*simulator, plan.requests.at(0).name).first().id});

        QStringList outcomes;
        for (const HistoryEntry &e : history.readAll()) {
            if (e.outcome != QLatin1String("settled")) // what the jobs did, not the creates
                outcomes << e.outcome;
        }
        QCOMPARE(outcomes, (QStringList{QStringLiteral("sending"), QStringLiteral("unknown"),
                                        QStringLiteral("reconciled-created"), QStringLiteral("sending"),
                                        QStringLiteral("created")}));
    }

    void anExistingJobWithTheSameNameIsNotMistakenForOurs()
    {
        sim::SimOptions so;
        so.servers = 100;
        so.taskDurationMs = 100;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        const QStringList servers = runningServerIds(*simulator, 10);
        // An earlier job with the very same name.
        {
            WaveSubmitter first(client.get(), SubmissionHistory(), QStringLiteral("test"));
            QVERIFY(first.start(planSubmission(baseRequest(QStringLiteral("same-name"), servers), 50), fastOptions()));
            QTRY_COMPARE_WITH_TIMEOUT(first.runState(), RunState::Finished, 20000);
        }
        // Now the create is refused by a gateway error page *before* reaching the service
        // is indistinguishable from one after: the listing decides. Here: a 502 HTML page.
        QString error;
        QVERIFY(simulator->addFault(QStringLiteral("POST .*/dev-servers/jobs$ html 502 count=1"), &error));
        WaveSubmitter submitter(client.get(), SubmissionHistory(), QStringLiteral("test"));
        QVERIFY(submitter.start(planSubmission(baseRequest(QStringLiteral("same-name"), servers), 50), fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Halted, 20000);
        // The old job was there before: it is not taken for this wave's.
        QCOMPARE(submitter.waves().at(0).state, WaveSubmitter::WaveState::NotCreated);
        QVERIFY(submitter.waves().at(0).jobIds.isEmpty());
        QCOMPARE(simulator->receivedCreateBodies().size(), 1); // the 502 one never got through
        // Resume sends it again, now that the listing proved it absent.
        submitter.resume();
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Finished, 20000);
        QCOMPARE(jobsNamed(*simulator, QStringLiteral("same-name")).size(), 2);
    }

    // The baseline rule: a job someone else creates with the same name after the list taken
    // before the create, but with other servers, is never taken for this wave's.
    void aSameNamedJobCreatedMeanwhileIsNotAdopted()
    {
        sim::SimOptions so;
        so.servers = 100;
        so.taskDurationMs = 100;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        auto other = clientFor(*simulator);
        const QStringList servers = runningServerIds(*simulator, 20);
        SubmissionHistory history;
        WaveSubmitter submitter(client.get(), history, QStringLiteral("test"));
        QString foreignId;
        connect(&submitter, &WaveSubmitter::waveChanged, this, [&](int index) {
            if (index != 0 || submitter.waves().at(0).state != WaveSubmitter::WaveState::Sending
                || !foreignId.isEmpty())
                return;
            // After the baseline, before our create: another user's job with the same name.
            CreateJobRequest theirs = baseRequest(QStringLiteral("contested"), servers.mid(10, 5));
            Call<Job> *call = other->createJob(theirs);
            call->setAutoDelete(false);
            QSignalSpy done(call, &CloudCall::finished);
            QVERIFY(done.wait(10000));
            QVERIFY(call->result().ok());
            foreignId = call->result().value().id;
            delete call;
            // Our create is then answered by a proxy error page: it never reached the service,
            // but the client cannot know that, so the wave is reconciled.
            QString error;
            QVERIFY(simulator->addFault(QStringLiteral("POST .*/dev-servers/jobs$ html 502 count=1"), &error));
        });
        QVERIFY(submitter.start(planSubmission(baseRequest(QStringLiteral("contested"), servers.mid(0, 10)), 50),
                                fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Halted, 20000);
        QVERIFY(!foreignId.isEmpty());
        QCOMPARE(submitter.waves().at(0).state, WaveSubmitter::WaveState::NotCreated);
        QVERIFY(submitter.waves().at(0).jobIds.isEmpty());
        QStringList outcomes;
        for (const HistoryEntry &e : history.readAll()) {
            if (e.outcome != QLatin1String("settled")) // what the jobs did, not the creates
                outcomes << e.outcome;
        }
        QCOMPARE(outcomes.last(), QStringLiteral("reconciled-absent"));
        // The baseline went into the history with the "sending" line.
        QVERIFY(history.readAll().first().baseline.has_value());

        // Resume sends ours; the foreign job stays someone else's.
        submitter.resume();
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Finished, 20000);
        const QList<Job> named = jobsNamed(*simulator, QStringLiteral("contested"));
        QCOMPARE(named.size(), 2);
        QCOMPARE(submitter.waves().at(0).jobIds.size(), 1);
        QVERIFY(submitter.waves().at(0).jobIds.first() != foreignId);
    }

    // The budget in failed tasks (the CLI's --max-failures): wave 1's tasks all fail, the run
    // stops with one job created; a new engine resumes the same submission from the history
    // and sends only the waves never sent.
    void budgetStopThenResumeFromTheHistory()
    {
        sim::SimOptions so;
        so.servers = 200;
        so.taskDurationMs = 100;
        so.failureRate = 0;
        so.failJobNames = QStringLiteral("-w01$");
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        const SubmissionPlan plan = planSubmission(baseRequest(QStringLiteral("resumable"),
                                                               runningServerIds(*simulator, 120)),
                                                   50);
        QCOMPARE(plan.waveCount(), 3);
        SubmissionHistory history;
        WaveOptions o = fastOptions();
        o.maxFailedTasks = 5;
        QString submissionId;
        {
            WaveSubmitter first(client.get(), history, QStringLiteral("test"));
            first.setOrigin(QStringLiteral("cli"));
            QVERIFY(first.start(plan, o));
            QTRY_COMPARE_WITH_TIMEOUT(first.runState(), RunState::BudgetExceeded, 20000);
            QVERIFY(first.failedTasks() > 5);
            QVERIFY(!first.waves().at(0).failedTasks().isEmpty());
            QCOMPARE(simulator->receivedCreateBodies().size(), 1);
            submissionId = first.submissionId();
        }
        const std::optional<SubmissionRecord> record = history.submission(submissionId);
        QVERIFY(record);
        QVERIFY(record->planComplete);
        QCOMPARE(record->source, QStringLiteral("cli"));
        QCOMPARE(record->waves.size(), 3);
        QCOMPARE(record->waves.at(0).status, SubmissionRecord::WaveStatus::Created);
        QCOMPARE(record->waves.at(1).status, SubmissionRecord::WaveStatus::NotSent);
        QCOMPARE(record->waves.at(2).request, plan.requests.at(2));

        WaveSubmitter second(client.get(), history, QStringLiteral("test"));
        QVERIFY(second.resumeFrom(*record, o));
        QCOMPARE(second.submissionId(), submissionId);
        QTRY_COMPARE_WITH_TIMEOUT(second.runState(), RunState::Finished, 30000);
        QCOMPARE(simulator->receivedCreateBodies().size(), 3);
        for (const CreateJobRequest &r : plan.requests)
            QCOMPARE(jobsNamed(*simulator, r.name).size(), 1);
        // The history now shows the whole submission created, still marked as from the CLI.
        const std::optional<SubmissionRecord> after = history.submission(submissionId);
        QVERIFY(after);
        for (const SubmissionRecord::Wave &w : after->waves)
            QCOMPARE(w.status, SubmissionRecord::WaveStatus::Created);
        QCOMPARE(after->source, QStringLiteral("cli"));
        QVERIFY(!second.resumeFrom(*after, o)); // nothing left, and it has started anyway
    }

    // Without waiting (the CLI without --wait or a budget) every wave is created in turn and
    // the run is done once the jobs exist.
    void createdWavesAreNotWaitedForWhenAsked()
    {
        sim::SimOptions so;
        so.servers = 100;
        so.taskDurationMs = 600000; // nothing settles during the test
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        WaveSubmitter submitter(client.get(), SubmissionHistory(), QStringLiteral("test"));
        WaveOptions o = fastOptions();
        o.waitForWaves = false;
        QVERIFY(submitter.start(planSubmission(baseRequest(QStringLiteral("no-wait"), runningServerIds(*simulator, 30)),
                                               10),
                                o));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Finished, 20000);
        QCOMPARE(simulator->receivedCreateBodies().size(), 3);
        for (const auto &w : submitter.waves())
            QCOMPARE(w.state, WaveSubmitter::WaveState::Created);
    }

    // A process that died right after sending wave 1 left only its "sending" line (with the
    // baseline and the plan). Resuming from the history reconciles that wave against the
    // recorded baseline: the job it made is adopted, not sent again, and wave 2 goes.
    void aCreateCutOffByACrashIsReconciledFromTheHistory()
    {
        sim::SimOptions so;
        so.servers = 100;
        so.taskDurationMs = 100;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        const SubmissionPlan plan = planSubmission(baseRequest(QStringLiteral("crashed"),
                                                               runningServerIds(*simulator, 20)),
                                                   10);
        QCOMPARE(plan.waveCount(), 2);
        // An older job with wave 1's name and servers: in the baseline, so never adopted.
        WaveSubmitter older(client.get(), SubmissionHistory(), QStringLiteral("test"));
        SubmissionPlan olderPlan;
        olderPlan.requests = {plan.requests.at(0)};
        QVERIFY(older.start(olderPlan, fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(older.runState(), RunState::Finished, 20000);
        const QString olderId = older.createdJobIds().first();

        // What the dead process wrote before its create, then the create that did land.
        QTemporaryDir dir;
        SubmissionHistory history(dir.filePath(QStringLiteral("h.jsonl")));
        HistoryEntry sending;
        sending.time = QDateTime::currentDateTimeUtc();
        sending.profile = QStringLiteral("test");
        sending.submissionId = QStringLiteral("crashed-run");
        sending.wave = 0;
        sending.request = QJsonDocument::fromJson(encodeCreateRequest(plan.requests.at(0))).object();
        sending.outcome = QStringLiteral("sending");
        sending.source = QStringLiteral("cli");
        sending.baseline = QStringList{olderId};
        for (const CreateJobRequest &r : plan.requests)
            sending.plan.append(QJsonDocument::fromJson(encodeCreateRequest(r)).object());
        QVERIFY(history.append(sending));
        Call<Job> *landed = client->createJob(plan.requests.at(0));
        landed->setAutoDelete(false);
        QSignalSpy done(landed, &CloudCall::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(landed->result().ok());
        const QString landedId = landed->result().value().id;
        delete landed;
        const int createsBefore = int(simulator->receivedCreateBodies().size());

        const std::optional<SubmissionRecord> record = history.submission(QStringLiteral("crashed"));
        QVERIFY(record); // a unique prefix
        QCOMPARE(record->waves.at(0).status, SubmissionRecord::WaveStatus::Unknown);
        WaveSubmitter submitter(client.get(), history, QStringLiteral("test"));
        QVERIFY(submitter.resumeFrom(*record, fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Finished, 20000);
        QCOMPARE(submitter.waves().at(0).jobIds, QStringList{landedId});
        QCOMPARE(int(simulator->receivedCreateBodies().size()), createsBefore + 1); // wave 2 only
        QCOMPARE(jobsNamed(*simulator, plan.requests.at(0).name).size(), 2);        // the older one and ours
        QCOMPARE(jobsNamed(*simulator, plan.requests.at(1).name).size(), 1);
        QStringList outcomes;
        for (const HistoryEntry &e : history.readAll()) {
            if (e.outcome != QLatin1String("settled")) // what the jobs did, not the creates
                outcomes << e.outcome;
        }
        QCOMPARE(outcomes, (QStringList{QStringLiteral("sending"), QStringLiteral("reconciled-created"),
                                        QStringLiteral("sending"), QStringLiteral("created")}));
    }

    void throttledCreateWaitsAndIsSentAgain()
    {
        sim::SimOptions so;
        so.servers = 50;
        so.taskDurationMs = 100;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        QString error;
        // More 429s than the client's own attempts, so the submitter has to wait too.
        QVERIFY(simulator->addFault(QStringLiteral("POST .*/dev-servers/jobs$ throttle 1 count=4"), &error));
        auto client = clientFor(*simulator);
        SubmissionHistory history;
        WaveSubmitter submitter(client.get(), history, QStringLiteral("test"));
        QSignalSpy states(&submitter, &WaveSubmitter::waveChanged);
        QVERIFY(
            submitter.start(planSubmission(baseRequest(QStringLiteral("throttled"), runningServerIds(*simulator, 5)),
                                           50),
                            fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Finished, 30000);
        QCOMPARE(jobsNamed(*simulator, QStringLiteral("throttled")).size(), 1);
        QStringList outcomes;
        for (const HistoryEntry &e : history.readAll()) {
            if (e.outcome != QLatin1String("settled")) // what the jobs did, not the creates
                outcomes << e.outcome;
        }
        QVERIFY2(outcomes.contains(QStringLiteral("throttled")), qPrintable(outcomes.join(u',')));
        QCOMPARE(outcomes.last(), QStringLiteral("created"));
    }

    void nothingIsSentWhenTheHistoryCannotBeWritten()
    {
        sim::SimOptions so;
        so.servers = 20;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        WaveSubmitter submitter(client.get(), SubmissionHistory(dir.filePath(QStringLiteral("file/h.jsonl"))),
                                QStringLiteral("test"));
        QVERIFY(
            submitter.start(planSubmission(baseRequest(QStringLiteral("no-history"), runningServerIds(*simulator, 3)),
                                           50),
                            fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Halted, 10000);
        QVERIFY(submitter.haltReason().contains(QLatin1String("h.jsonl")));
        QCOMPARE(simulator->receivedCreateBodies().size(), 0);
    }

    void aRefusedCreateHaltsAndSaysWhy()
    {
        sim::SimOptions so;
        so.servers = 20;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        WaveSubmitter submitter(client.get(), SubmissionHistory(), QStringLiteral("test"));
        QVERIFY(
            submitter.start(planSubmission(baseRequest(QStringLiteral("refused"), {QStringLiteral("no-such-server")}),
                                           50),
                            fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::Halted, 10000);
        QCOMPARE(submitter.waves().at(0).state, WaveSubmitter::WaveState::NotCreated);
        QVERIFY(!submitter.waves().at(0).error.isEmpty());
        QCOMPARE(simulator->receivedCreateBodies().size(), 1);
    }

    // A canary plan (1, then 2s) with a gate after the first wave: the run waits after one
    // server, says why, and the history knows it. A new process continues from the history:
    // wave 1 is not sent again, waves 2 and 3 go, and no second gate is met.
    void gateAfterFirstWaitsAndContinuesAfterARestart()
    {
        sim::SimOptions so;
        so.servers = 50;
        so.taskDurationMs = 80;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        const SubmissionPlan plan = planSubmission(baseRequest(QStringLiteral("canary"),
                                                               runningServerIds(*simulator, 5)),
                                                   *WavePlan::parse(QStringLiteral("1,2")));
        QCOMPARE(plan.waveCount(), 3);
        SubmissionHistory history;
        WaveOptions o = fastOptions();
        o.gate = GateMode::AfterFirst;
        o.wavesInFlight = 3; // a gate sends one wave at a time whatever this says
        QString submissionId;
        QString firstReason;
        {
            WaveSubmitter first(client.get(), history, QStringLiteral("test"));
            QSignalSpy gates(&first, &WaveSubmitter::gateReached);
            QVERIFY(first.start(plan, o));
            QTRY_COMPARE_WITH_TIMEOUT(first.runState(), RunState::AtGate, 20000);
            QCOMPARE(gates.size(), 1);
            QCOMPARE(gates.first().at(0).toInt(), 0);
            // (English plurals come from the en translation, which this test does not load.)
            const QString reason = gates.first().at(1).toString();
            QVERIFY2(reason.startsWith(QStringLiteral("wave 1: 1 server"))
                         && reason.endsWith(QStringLiteral("succeeded")),
                     qPrintable(reason));
            QCOMPARE(first.haltReason(), reason);
            firstReason = reason;
            QCOMPARE(first.gateWave(), 0);
            QCOMPARE(simulator->receivedCreateBodies().size(), 1);
            // It waits: nothing more is sent while nobody answers (a window in which a wrongly
            // sent wave would show; it ends early if one does).
            QVERIFY(!QTest::qWaitFor([&] { return simulator->receivedCreateBodies().size() != 1; }, 300));
            QCOMPARE(first.runState(), RunState::AtGate);
            submissionId = first.submissionId();
        } // the process ends at the gate

        std::optional<SubmissionRecord> record = history.submission(submissionId);
        QVERIFY(record);
        QVERIFY(record->atGate);
        QCOMPARE(record->gateWave, 0);
        QCOMPARE(record->gate, QStringLiteral("first"));
        QCOMPARE(record->gateReason, firstReason);
        QCOMPARE(record->waves.at(0).status, SubmissionRecord::WaveStatus::Created);
        QCOMPARE(record->waves.at(1).status, SubmissionRecord::WaveStatus::NotSent);

        WaveSubmitter second(client.get(), history, QStringLiteral("test"));
        QSignalSpy gates(&second, &WaveSubmitter::gateReached);
        QVERIFY(second.resumeFrom(*record, fastOptions())); // the gate comes from the history
        QTRY_COMPARE_WITH_TIMEOUT(second.runState(), RunState::Finished, 20000);
        QCOMPARE(gates.size(), 0);
        QCOMPARE(simulator->receivedCreateBodies().size(), 3);
        for (const CreateJobRequest &r : plan.requests)
            QCOMPARE(jobsNamed(*simulator, r.name).size(), 1);
        record = history.submission(submissionId);
        QVERIFY(!record->atGate);
        for (const SubmissionRecord::Wave &w : record->waves)
            QCOMPARE(w.status, SubmissionRecord::WaveStatus::Created);
    }

    // A gate after every wave but the last: Continue goes on, Stop at a gate stops there and
    // Continue later still goes on; a failed wave over the budget stops the run, not a gate.
    void gateAfterEachWaveContinuesOrStops()
    {
        sim::SimOptions so;
        so.servers = 50;
        so.taskDurationMs = 60;
        so.failureRate = 0;
        so.failJobNames = QStringLiteral("^each-w03$");
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        const SubmissionPlan plan = planSubmission(baseRequest(QStringLiteral("each"), runningServerIds(*simulator, 8)),
                                                   *WavePlan::parse(QStringLiteral("2")));
        QCOMPARE(plan.waveCount(), 4);
        SubmissionHistory history;
        WaveOptions o = fastOptions();
        o.gate = GateMode::AfterEach;
        o.maxFailedTasks = 0;
        WaveSubmitter submitter(client.get(), history, QStringLiteral("test"));
        QSignalSpy gates(&submitter, &WaveSubmitter::gateReached);
        QVERIFY(submitter.start(plan, o));
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::AtGate, 20000);
        QCOMPARE(submitter.gateWave(), 0);
        submitter.resume(); // Continue
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::AtGate, 20000);
        QCOMPARE(submitter.gateWave(), 1);
        QCOMPARE(simulator->receivedCreateBodies().size(), 2);
        submitter.stop(); // Stop at the gate: resumable
        QCOMPARE(submitter.runState(), RunState::Stopped);
        QVERIFY(history.submission(submitter.submissionId())->atGate);
        submitter.resume();
        // Wave 3 fails: the budget of 0 stops the run; no gate is offered for it.
        QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), RunState::BudgetExceeded, 20000);
        QCOMPARE(gates.size(), 2);
        QCOMPARE(simulator->receivedCreateBodies().size(), 3);
        QCOMPARE(jobsNamed(*simulator, QStringLiteral("each-w04")).size(), 0);
        const std::optional<SubmissionRecord> record = history.submission(submitter.submissionId());
        QVERIFY(!record->atGate);
        QCOMPARE(record->gateWave, 1);
        // The spent budget is written once; whether before or after wave 3's "settled" line
        // depends on whether a poll saw the failure before the job finished.
        QStringList outcomes;
        QStringList budget;
        for (const HistoryEntry &e : history.readAll())
            (e.outcome == QLatin1String("budget") ? budget : outcomes)
                << QStringLiteral("%1:%2").arg(e.wave + 1).arg(e.outcome);
        QCOMPARE(budget, QStringList{QStringLiteral("3:budget")});
        QCOMPARE(runOutcomeKey(summarizeRun(*history.submission(submitter.submissionId())).outcome),
                 QStringLiteral("budget-spent"));
        QCOMPARE(outcomes,
                 (QStringList{QStringLiteral("1:sending"), QStringLiteral("1:created"), QStringLiteral("1:settled"),
                              QStringLiteral("1:gate"), QStringLiteral("1:continued"), QStringLiteral("2:sending"),
                              QStringLiteral("2:created"), QStringLiteral("2:settled"), QStringLiteral("2:gate"),
                              QStringLiteral("2:continued"), QStringLiteral("3:sending"), QStringLiteral("3:created"),
                              QStringLiteral("3:settled")}));
    }
};

QTEST_GUILESS_MAIN(WizardWavesTest)
#include "tst_wizard_waves.moc"
