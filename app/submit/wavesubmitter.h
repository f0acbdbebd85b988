// SPDX-License-Identifier: Apache-2.0
#pragma once
// Runs a SubmissionPlan through the CloudClient, one job per wave.
//
// The one submission engine: the console's wizard and `liteops-cli jobs create` both drive it
// (a plain QObject state machine: no widget, no event loop of its own).
//
// Safety rules it enforces (the wizard and any other caller get them for free):
//  * Exactly one create in flight per wave slot; start() twice does nothing the second time.
//  * A wave occupies its slot from the create until its job's tasks have settled; at most
//    `wavesInFlight` slots are busy, and a pause can separate a freed slot from the next wave.
//    (With waitForWaves off, a wave frees its slot once its job exists: the CLI without
//    --wait or a budget.)
//  * The error budget (N failed tasks, or X% of the plan's servers, or more than
//    maxFailedTasks) is checked on every poll of the created jobs; once spent, no further
//    wave starts.
//  * A create is never re-sent blindly. When its outcome is unknown (timeout, reset, no
//    answer) the jobs with that name are listed and compared with the list taken before the
//    create (the baseline). A job is taken for the wave only when it was absent from the
//    baseline, has the wave's name and exactly the wave's server ids; a same-named job someone
//    else created meanwhile is not. Only when that shows no such job is the wave offered
//    again, and only on resume(). The baseline is written to the history, so a later process
//    can reconcile the same way (resumeFrom()).
//  * A throttled create (429: refused before the service saw it) waits for Retry-After and is
//    sent again.
//  * An approval gate (WaveOptions::gate) pauses the run after the first wave, or after every
//    wave but the last, once that wave has settled within the budget: the run waits in
//    AtGate until resume() (Continue) or stop(). The gate is written to the history, so a
//    later process continues from it (resumeFrom()) without sending any wave twice.
//  * Verification (WaveOptions::verify) of an HDK_UPGRADE wave: once its job has settled, an
//    HDK_QUERY job named after the wave ("NAME-w01-verify") runs on the wave's succeeded
//    servers; each reported driver is compared with the requested version (HDK version
//    order). Mismatches, and servers whose query failed, count against the budget like
//    failed tasks. The query only reads, so it is not written to the history; a restarted
//    run verifies a wave again if it had not finished verifying.
//  * Every create is appended to the SubmissionHistory before it is sent and after its
//    outcome is known; when the history cannot be written, nothing is sent.
#include "cloud_error.h"
#include "submission_plan.h"
#include "submissionhistory.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

class QTimer;

namespace liteops {

class CloudClient;
class CloudCall;

// When a run waits for the user between waves.
enum class GateMode {
    None,       // never: the next wave goes when the previous one stayed within the budget
    AfterFirst, // after the first wave (a canary) has settled
    AfterEach,  // after every wave but the last
};

// "first", "each", "" (None): the words the history and liteops-cli use.
QString gateModeKey(GateMode mode);
GateMode gateModeFromKey(const QString &key);

struct WaveOptions
{
    int wavesInFlight = 1;
    int pauseBetweenWavesMs = 0;
    int budgetFailedTasks = 0;        // 0: no limit by count
    int budgetFailedPercent = 0;      // of the plan's servers; 0: no limit by share
    int pollIntervalMs = 5000;        // how often created jobs are polled until they settle
    int defaultThrottleWaitMs = 5000; // when a 429 carries no Retry-After
    int reconcileAttempts = 3;        // listing attempts before the outcome stays unknown
    int maxFailedTasks = -1;          // more failed tasks than this spends the budget; -1: no limit
    bool waitForWaves = true;         // false: a wave is done once its job exists (no polling)
    GateMode gate = GateMode::None;   // a gate implies waitForWaves and one wave in flight
    bool verify = false;              // verify HDK_UPGRADE waves with an HDK_QUERY (implies waitForWaves)
};

class WaveSubmitter : public QObject
{
    Q_OBJECT
public:
    enum class WaveState {
        Pending,     // not started
        Checking,    // listing jobs with the wave's name before the first create
        Sending,     // the create is in flight
        Throttled,   // waiting for Retry-After before sending again
        Reconciling, // outcome unknown: listing jobs with that name
        Running,     // created; its tasks are being polled
        Settled,     // created, every task finished
        NotCreated,  // the service refused it, or reconciliation found no job: resume re-sends
        Unknown,     // reconciliation failed: resume reconciles again before anything else
        Created,     // created, not waited for (WaveOptions::waitForWaves off)
        Verifying,   // settled; the HDK_QUERY that verifies it runs
    };
    Q_ENUM(WaveState)

    enum class RunState {
        Idle, // not started
        Running,
        Stopping,       // stop() asked; waiting for creates in flight to land
        Stopped,        // by the user; resume() continues
        Halted,         // a wave could not be created or its outcome is unknown; resume() retries
        BudgetExceeded, // the error budget is spent; resume() continues anyway
        Finished,       // every wave created and settled
        AtGate,         // an approval gate after a settled wave; resume() continues, stop() stops
    };
    Q_ENUM(RunState)

    struct Wave
    {
        CreateJobRequest request;
        WaveState state = WaveState::Pending;
        QStringList jobIds;                  // normally one; more only if the service made duplicates
        TaskCounts counts;                   // of the created job(s), from the latest poll
        QMap<QString, TaskCounts> jobCounts; // per created job
        QSet<QString> settledJobs;           // created jobs whose tasks have all finished
        QString error;                       // the last problem, translated
        QString requestId;                   // of the last answer about this wave
        QSet<QString> jobsBefore;            // ids with this name before the first create
        bool baselineTaken = false;
        bool budgetAccepted = false; // the user resumed past the budget: its failures no longer count
        int reconcileFailures = 0;
        bool gatePassed = false; // its gate was reached and continued (or it has none)
        // Verification (HDK_UPGRADE with WaveOptions::verify).
        bool verificationRan = false;
        QString verifyJobId;
        int verified = 0;       // servers that report the requested driver
        QStringList mismatches; // "server: reported X" (translated), one per server
        int mismatched() const { return int(mismatches.size()); }
        std::optional<CloudError> lastError; // of the last failed call about this wave
        QMap<QString, Job> jobs;             // the latest snapshot of each created job (with tasks)

        // The failed tasks of the latest snapshots, in job then task order.
        QList<Task> failedTasks() const;
    };

    WaveSubmitter(CloudClient *client, SubmissionHistory history, QString profile, QObject *parent = nullptr);
    ~WaveSubmitter() override;

    // The history this run writes to (the sandbox keeps its own). Call before start().
    void setHistory(const SubmissionHistory &history);
    const SubmissionHistory &history() const { return m_history; }
    // Whether a WaveSubmitter of this process has started or continued the submission and
    // still exists: another Continue of it would race with that one's creates.
    static bool isLive(const QString &submissionId);

    // Marks the history lines: "cli" for liteops-cli (empty: the console), and the job a rerun
    // repeats. Call before start().
    void setOrigin(const QString &source, const QString &rerunOf = {});
    QString rerunOf() const { return m_rerunOf; }

    // Starts the plan. Returns false (and does nothing) if already started or the plan is
    // empty. The plan's requests are validated by the caller.
    bool start(const SubmissionPlan &plan, const WaveOptions &options);
    // Continues a submission of the history (the same submission id, so its new lines join
    // the old ones): created waves count as accepted and, when waiting, are polled until they
    // settle; waves whose outcome is unknown are reconciled against their recorded baseline
    // first; the rest are sent. Its approval gate is the one it was started with unless
    // `options` names one; continuing a run that waits at a gate passes that gate. False
    // (nothing done) when already started or there is no wave to continue; *why says so.
    bool resumeFrom(const SubmissionRecord &record, const WaveOptions &options, QString *why = nullptr);
    void stop();
    void resume();

    RunState runState() const { return m_runState; }
    const QList<Wave> &waves() const { return m_waves; }
    QString submissionId() const { return m_submissionId; }
    QStringList createdJobIds() const;
    int failedTasks() const;
    int settledWaves() const;
    // Why the run is halted or over budget (translated), empty otherwise.
    QString haltReason() const { return m_haltReason; }
    // The driver version an HDK_UPGRADE request asks for; empty for other requests.
    static QString requestedDriver(const CreateJobRequest &request);
    // The verification job's request for `wave`: HDK_QUERY on `servers`, named after it.
    static CreateJobRequest verificationRequest(const CreateJobRequest &wave, const QStringList &servers);

    // The wave whose gate the run waits at (AtGate), or the last one reached; -1: none.
    int gateWave() const { return m_gateWave; }

signals:
    void runStateChanged(liteops::WaveSubmitter::RunState state);
    void waveChanged(int index);
    void jobCreated(int waveIndex, const QString &jobId);
    // A line for the user's log (translated).
    void logMessage(const QString &text);
    // The run waits at the gate after wave `waveIndex`; `reason` says why (translated).
    void gateReached(int waveIndex, const QString &reason);
    // A job this run created (or its verification query) has settled: `job` is its last
    // snapshot, with every task. The run polls it no more, so whoever keeps details (the
    // local store, wired by the console and the CLI) takes it here.
    void jobFinished(int waveIndex, const liteops::Job &job);

private:
    void setRunState(RunState state);
    void schedule();
    void startWave(int index);
    void takeBaseline(int index);
    void sendCreate(int index);
    void onCreateFinished(int index, CloudCall *call);
    void reconcile(int index);
    void reconcileCandidates(int index, const QStringList &candidates);
    void reconciledAbsent(int index);
    void reconcileFailed(int index, const CloudError &error);
    void adopt(int index, const QStringList &ids);
    void jobExists(int index);
    void poll();
    void checkBudget();
    void recordSettled(int index);
    void setSubmissionId(const QString &id);
    void maybeGate(int index);
    void waveSettled(int index);
    void startVerification(int index);
    void pollVerification(int index);
    void finishVerification(int index, const Job &job);
    QString gateReason(int index) const;
    void halt(const QString &reason);
    void maybeFinish();
    void maybeStopped();
    bool record(int index, HistoryEntry::Phase phase, const QString &outcome, const QString &jobId = {},
                const QString &error = {}, const QString &requestId = {}, const QString &message = {},
                const QJsonObject &counts = {});
    int lastCreatedWave() const;
    int busySlots() const;
    int failedTasksAgainstBudget() const;
    void setWave(int index, WaveState state, const QString &error = {});

    QPointer<CloudClient> m_client;
    SubmissionHistory m_history;
    QString m_profile;
    QString m_source;
    QString m_rerunOf;
    bool m_planRecorded = false;
    QString m_submissionId;
    WaveOptions m_options;
    QList<Wave> m_waves;
    qsizetype m_serverCount = 0;
    RunState m_runState = RunState::Idle;
    QString m_haltReason;
    int m_gateWave = -1;
    QDateTime m_nextWaveNotBefore;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_pauseTimer = nullptr;
    QSet<int> m_pollsInFlight;
};

} // namespace liteops
