// SPDX-License-Identifier: Apache-2.0
#include "wavesubmitter.h"

#include "cloud_client.h"
#include "fleet_jobs.h"
#include "core/encode.h"
#include "hdk_version.h"
#include "run_options.h"
#include "versions.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <memory>

namespace liteops {

namespace {

bool isBusy(WaveSubmitter::WaveState s)
{
    using S = WaveSubmitter::WaveState;
    return s == S::Checking || s == S::Sending || s == S::Throttled || s == S::Reconciling || s == S::Running
           || s == S::Verifying;
}

// A call that reaches the service and could have created the job before failing: the job may
// exist, so the wave must be reconciled, never re-sent as is.
bool mayHaveCreated(CloudError::Kind kind)
{
    using K = CloudError::Kind;
    switch (kind) {
    case K::Client:
    case K::Auth:
    case K::Tls:
    case K::NotFound:
    case K::Throttled: return false;
    case K::Network:
    case K::Timeout:
    case K::Server:
    case K::Decode:
    case K::TooLarge:
    case K::Cancelled:
    case K::UnknownOutcome: return true;
    }
    return true;
}

// A wave that needs nothing more: settled, or created when not waited for.
bool isDone(WaveSubmitter::WaveState s)
{
    return s == WaveSubmitter::WaveState::Settled || s == WaveSubmitter::WaveState::Created;
}

// The wave's server ids and the job's task targets are the same set.
bool sameServers(const Job &job, const QStringList &serverIds)
{
    QSet<QString> targets;
    for (const Task &t : job.tasks)
        targets.insert(t.targetId().toString());
    return targets == QSet<QString>(serverIds.cbegin(), serverIds.cend());
}

bool jobSettled(const Job &job)
{
    if (isFinalState(job.state))
        return true;
    if (job.tasks.isEmpty())
        return false;
    return std::all_of(job.tasks.cbegin(), job.tasks.cend(), [](const Task &t) { return isFinalState(t.state()); });
}

// A gate needs each wave's outcome before the next one goes.
WaveOptions normalised(WaveOptions o)
{
    o.wavesInFlight = std::max(1, o.wavesInFlight);
    o.pollIntervalMs = std::max(50, o.pollIntervalMs);
    if (o.gate != GateMode::None) {
        o.wavesInFlight = 1;
        o.waitForWaves = true;
    }
    if (o.verify)
        o.waitForWaves = true;
    return o;
}

// The submissions driven by a WaveSubmitter of this process (started and not destroyed).
// Only touched from the thread the submitters live on (the GUI thread, or the CLI's main).
QSet<QString> &liveSubmissions()
{
    static QSet<QString> ids;
    return ids;
}

} // namespace

QString gateModeKey(GateMode mode)
{
    switch (mode) {
    case GateMode::None: return {};
    case GateMode::AfterFirst: return QStringLiteral("first");
    case GateMode::AfterEach: return QStringLiteral("each");
    }
    return {};
}

GateMode gateModeFromKey(const QString &key)
{
    if (key == QLatin1String("first"))
        return GateMode::AfterFirst;
    if (key == QLatin1String("each"))
        return GateMode::AfterEach;
    return GateMode::None;
}

WaveSubmitter::WaveSubmitter(CloudClient *client, SubmissionHistory history, QString profile, QObject *parent)
    : QObject(parent), m_client(client), m_history(std::move(history)), m_profile(std::move(profile)),
      m_pollTimer(new QTimer(this)), m_pauseTimer(new QTimer(this))
{
    connect(m_pollTimer, &QTimer::timeout, this, &WaveSubmitter::poll);
    m_pauseTimer->setSingleShot(true);
    connect(m_pauseTimer, &QTimer::timeout, this, &WaveSubmitter::schedule);
}

WaveSubmitter::~WaveSubmitter()
{
    liveSubmissions().remove(m_submissionId);
}

void WaveSubmitter::setHistory(const SubmissionHistory &history)
{
    if (m_runState == RunState::Idle)
        m_history = history;
}

bool WaveSubmitter::isLive(const QString &submissionId)
{
    return !submissionId.isEmpty() && liveSubmissions().contains(submissionId);
}

void WaveSubmitter::setSubmissionId(const QString &id)
{
    liveSubmissions().remove(m_submissionId);
    m_submissionId = id;
    liveSubmissions().insert(id);
}

QList<Task> WaveSubmitter::Wave::failedTasks() const
{
    QList<Task> out;
    for (const QString &id : jobIds) {
        for (const Task &t : jobs.value(id).tasks) {
            if (t.state() == State::Failed)
                out.append(t);
        }
    }
    return out;
}

void WaveSubmitter::setOrigin(const QString &source, const QString &rerunOf)
{
    if (m_runState != RunState::Idle)
        return;
    m_source = source;
    m_rerunOf = rerunOf;
}

bool WaveSubmitter::resumeFrom(const SubmissionRecord &record, const WaveOptions &options, QString *why)
{
    auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (m_runState != RunState::Idle || !m_client)
        return refuse(tr("The submission has already started."));
    if (record.waves.isEmpty())
        return refuse(tr("Submission %1 has no wave.").arg(record.id));
    for (const SubmissionRecord::Wave &w : record.waves) {
        if (w.request.name.isEmpty() || w.request.serverIds.isEmpty())
            return refuse(tr("Submission %1: the history does not hold every wave's request.").arg(record.id));
    }
    m_options = options;
    if (m_options.gate == GateMode::None) // the gate the run was started with
        m_options.gate = gateModeFromKey(record.gate);
    m_options = normalised(m_options);
    setSubmissionId(record.id);
    m_source = record.source;
    m_rerunOf = record.rerunOf;
    m_planRecorded = true; // its first line holds the plan already
    m_serverCount = 0;
    m_waves.clear();
    bool anyLeft = false;
    using S = SubmissionRecord::WaveStatus;
    m_gateWave = record.gateWave;
    for (const SubmissionRecord::Wave &r : record.waves) {
        Wave w;
        w.request = r.request;
        // Continuing from a gate passes it, and every gate before it.
        w.gatePassed = m_waves.size() <= record.gateWave;
        m_serverCount += r.request.serverIds.size();
        switch (r.status) {
        case S::NotSent:
            w.state = WaveState::Pending;
            anyLeft = true;
            break;
        case S::NotCreated:
            w.state = WaveState::NotCreated;
            w.error = r.error;
            anyLeft = true;
            break;
        case S::Created:
            w.jobIds = r.jobIds;
            // Resuming goes on past what those jobs did: their failures are accepted.
            w.budgetAccepted = true;
            w.state = m_options.waitForWaves ? WaveState::Running : WaveState::Created;
            anyLeft = anyLeft || m_options.waitForWaves;
            break;
        case S::Unknown:
            w.state = WaveState::Unknown;
            w.error = r.error;
            if (r.baseline) {
                w.jobsBefore = QSet<QString>(r.baseline->cbegin(), r.baseline->cend());
                w.baselineTaken = true;
            }
            anyLeft = true;
            break;
        }
        m_waves.append(w);
    }
    if (!anyLeft)
        return refuse(tr("Every wave of submission %1 was created already.").arg(record.id));
    m_pollTimer->setInterval(m_options.pollIntervalMs);
    m_runState = RunState::Halted; // as if this process had halted it: resume() continues
    emit logMessage(tr("Resuming submission %1 from the history.").arg(record.id));
    if (record.atGate) {
        this->record(record.gateWave, HistoryEntry::Phase::Done, QStringLiteral("continued"));
        emit logMessage(tr("Continuing after the gate of wave %1.").arg(record.gateWave + 1));
    }
    for (int i = 0; i < m_waves.size(); ++i) {
        if (m_waves.at(i).state == WaveState::Running && !m_pollTimer->isActive()) {
            m_pollTimer->start();
            QTimer::singleShot(0, this, &WaveSubmitter::poll);
        }
    }
    resume();
    return true;
}

bool WaveSubmitter::start(const SubmissionPlan &plan, const WaveOptions &options)
{
    if (m_runState != RunState::Idle || plan.requests.isEmpty() || !m_client)
        return false;
    m_options = normalised(options);
    setSubmissionId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_serverCount = plan.serverCount();
    m_waves.clear();
    for (const CreateJobRequest &r : plan.requests) {
        Wave w;
        w.request = r;
        m_waves.append(w);
    }
    m_pollTimer->setInterval(m_options.pollIntervalMs);
    setRunState(RunState::Running);
    emit logMessage(tr("Submitting %n wave(s).", nullptr, int(m_waves.size())));
    schedule();
    return true;
}

void WaveSubmitter::stop()
{
    if (m_runState == RunState::AtGate) {
        // Nothing is in flight at a gate; the history still shows it, so Continue stays possible.
        setRunState(RunState::Stopped);
        emit logMessage(tr("Stopped at the gate of wave %1. Continue goes on with the next wave.").arg(m_gateWave + 1));
        return;
    }
    if (m_runState != RunState::Running)
        return;
    m_pauseTimer->stop();
    setRunState(RunState::Stopping);
    emit logMessage(tr("Stopping: no further wave will start."));
    for (int i = 0; i < m_waves.size(); ++i) {
        if (m_waves.at(i).state == WaveState::Throttled)
            setWave(i, WaveState::Pending);
    }
    maybeStopped();
}

void WaveSubmitter::resume()
{
    if (m_runState != RunState::Stopped && m_runState != RunState::Halted && m_runState != RunState::BudgetExceeded
        && m_runState != RunState::AtGate)
        return;
    if (m_gateWave >= 0 && m_gateWave < m_waves.size() && !m_waves.at(m_gateWave).gatePassed) {
        // Continue at a gate (or after a stop there): written first, so a restart does not
        // wait at the same gate again.
        m_waves[m_gateWave].gatePassed = true;
        record(m_gateWave, HistoryEntry::Phase::Done, QStringLiteral("continued"));
        emit logMessage(tr("Continuing after the gate of wave %1.").arg(m_gateWave + 1));
    }
    if (m_runState == RunState::BudgetExceeded) {
        // The user accepts the failures of every job created so far, including those still
        // to come from jobs that are running: only later waves count against the budget.
        for (Wave &w : m_waves) {
            if (!w.jobIds.isEmpty())
                w.budgetAccepted = true;
        }
    }
    m_haltReason.clear();
    setRunState(RunState::Running);
    emit logMessage(tr("Resuming."));
    for (int i = 0; i < m_waves.size(); ++i) {
        Wave &w = m_waves[i];
        if (w.state == WaveState::NotCreated) {
            setWave(i, WaveState::Pending);
        } else if (w.state == WaveState::Unknown) {
            // Never re-send without knowing: find out first.
            w.reconcileFailures = 0;
            setWave(i, WaveState::Reconciling);
            reconcile(i);
        }
    }
    schedule();
}

QStringList WaveSubmitter::createdJobIds() const
{
    QStringList ids;
    for (const Wave &w : m_waves)
        ids += w.jobIds;
    return ids;
}

int WaveSubmitter::failedTasks() const
{
    int n = 0;
    for (const Wave &w : m_waves)
        n += w.counts.failed;
    return n;
}

int WaveSubmitter::failedTasksAgainstBudget() const
{
    int n = 0;
    for (const Wave &w : m_waves)
        n += w.budgetAccepted ? 0 : w.counts.failed + w.mismatched();
    return n;
}

int WaveSubmitter::settledWaves() const
{
    return int(
        std::count_if(m_waves.cbegin(), m_waves.cend(), [](const Wave &w) { return w.state == WaveState::Settled; }));
}

void WaveSubmitter::setRunState(RunState state)
{
    if (m_runState == state)
        return;
    m_runState = state;
    emit runStateChanged(state);
}

void WaveSubmitter::setWave(int index, WaveState state, const QString &error)
{
    Wave &w = m_waves[index];
    w.state = state;
    if (!error.isEmpty())
        w.error = error;
    else if (state == WaveState::Running || state == WaveState::Settled)
        w.error.clear();
    emit waveChanged(index);
}

int WaveSubmitter::busySlots() const
{
    return int(std::count_if(m_waves.cbegin(), m_waves.cend(), [](const Wave &w) { return isBusy(w.state); }));
}

void WaveSubmitter::schedule()
{
    while (m_runState == RunState::Running && busySlots() < m_options.wavesInFlight) {
        int next = -1;
        for (int i = 0; i < m_waves.size(); ++i) {
            if (m_waves.at(i).state == WaveState::Pending) {
                next = i;
                break;
            }
        }
        if (next < 0)
            break;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_nextWaveNotBefore.isValid() && now < m_nextWaveNotBefore) {
            m_pauseTimer->start(int(std::max<qint64>(1, now.msecsTo(m_nextWaveNotBefore))));
            emit logMessage(tr("Pausing %1 s before wave %2.")
                                .arg(std::max<qint64>(1, (now.msecsTo(m_nextWaveNotBefore) + 999) / 1000))
                                .arg(next + 1));
            break;
        }
        startWave(next);
    }
    maybeFinish();
}

void WaveSubmitter::startWave(int index)
{
    if (m_waves.at(index).baselineTaken)
        sendCreate(index);
    else
        takeBaseline(index);
}

void WaveSubmitter::takeBaseline(int index)
{
    setWave(index, WaveState::Checking);
    JobQuery query;
    query.name = m_waves.at(index).request.name;
    auto *call = m_client->listJobs(query);
    call->then(this, [this, index](const Result<QList<Job>> &result) {
        if (const CloudError *e = result.errorOrNull()) {
            // Nothing was sent: it is safe to offer the wave again.
            m_waves[index].lastError = *e;
            setWave(index, WaveState::NotCreated,
                    tr("Could not list the jobs named %1 before creating it: %2")
                        .arg(m_waves.at(index).request.name, e->message()));
            halt(m_waves.at(index).error);
            maybeStopped();
            return;
        }
        Wave &w = m_waves[index];
        for (const Job &j : result.value()) {
            if (j.name == w.request.name) // the filter may match more loosely than equality
                w.jobsBefore.insert(j.id);
        }
        w.baselineTaken = true;
        if (m_runState != RunState::Running) {
            setWave(index, WaveState::Pending);
            maybeStopped();
            return;
        }
        sendCreate(index);
    });
}

void WaveSubmitter::sendCreate(int index)
{
    if (!record(index, HistoryEntry::Phase::Sending, QStringLiteral("sending")))
        return;
    setWave(index, WaveState::Sending);
    emit logMessage(
        tr("Wave %1: creating %2 with %n server(s).", nullptr, int(m_waves.at(index).request.serverIds.size()))
            .arg(index + 1)
            .arg(m_waves.at(index).request.name));
    Call<Job> *call = m_client->createJob(m_waves.at(index).request);
    connect(call, &CloudCall::finished, this, [this, index, call]() { onCreateFinished(index, call); });
}

void WaveSubmitter::onCreateFinished(int index, CloudCall *base)
{
    auto *call = static_cast<Call<Job> *>(base);
    const Result<Job> &result = call->result();
    Wave &w = m_waves[index];
    if (result.ok()) {
        const QString id = result.value().id;
        record(index, HistoryEntry::Phase::Done, QStringLiteral("created"), id);
        w.jobIds = QStringList{id};
        w.jobs.insert(id, result.value());
        w.lastError.reset();
        emit logMessage(tr("Wave %1: created job %2.").arg(index + 1).arg(id));
        jobExists(index);
        emit jobCreated(index, id);
        maybeStopped();
        schedule();
        return;
    }

    const CloudError &e = result.error();
    w.requestId = e.requestId;
    w.lastError = e;
    if (e.kind == CloudError::Kind::Throttled) {
        record(index, HistoryEntry::Phase::Done, QStringLiteral("throttled"), {}, e.message(), e.requestId);
        const int waitMs = e.retryAfterSeconds > 0 ? e.retryAfterSeconds * 1000 : m_options.defaultThrottleWaitMs;
        if (m_runState != RunState::Running) {
            setWave(index, WaveState::Pending);
            maybeStopped();
            return;
        }
        setWave(index, WaveState::Throttled, e.message());
        emit logMessage(
            tr("Wave %1: throttled by the service, sending again in %2 s.").arg(index + 1).arg((waitMs + 999) / 1000));
        QTimer::singleShot(waitMs, this, [this, index]() {
            if (m_waves.at(index).state != WaveState::Throttled)
                return; // stopped meanwhile
            if (m_runState == RunState::Running)
                sendCreate(index);
            else
                setWave(index, WaveState::Pending);
        });
        return;
    }

    if (!mayHaveCreated(e.kind)) {
        record(index, HistoryEntry::Phase::Done, QStringLiteral("failed"), {}, e.message(), e.requestId);
        setWave(index, WaveState::NotCreated, e.message());
        halt(tr("Wave %1 was refused: %2").arg(index + 1).arg(e.message()));
        maybeStopped();
        return;
    }

    record(index, HistoryEntry::Phase::Done, QStringLiteral("unknown"), {}, e.message(), e.requestId);
    emit logMessage(tr("Wave %1: no clear answer (%2). Checking whether the job exists before "
                       "anything is sent again.")
                        .arg(index + 1)
                        .arg(e.message()));
    w.reconcileFailures = 0;
    setWave(index, WaveState::Reconciling, e.message());
    reconcile(index);
}

void WaveSubmitter::jobExists(int index)
{
    if (m_options.waitForWaves) {
        setWave(index, WaveState::Running);
        if (!m_pollTimer->isActive())
            m_pollTimer->start();
    } else {
        setWave(index, WaveState::Created);
    }
}

void WaveSubmitter::reconcile(int index)
{
    if (!m_waves.at(index).baselineTaken) {
        // Without the list taken before the create, an older job of the same name cannot be
        // told from this wave's: nothing is adopted and nothing is sent.
        Wave &w = m_waves[index];
        const QString why = tr("Cannot tell whether wave %1 (%2) was created: no list of the jobs "
                               "with that name was kept from before its create. Check the job list.")
                                .arg(index + 1)
                                .arg(w.request.name);
        setWave(index, WaveState::Unknown, why);
        halt(why);
        maybeStopped();
        return;
    }
    JobQuery query;
    query.name = m_waves.at(index).request.name;
    auto *call = m_client->listJobs(query);
    call->then(this, [this, index](const Result<QList<Job>> &result) {
        Wave &w = m_waves[index];
        if (w.state != WaveState::Reconciling)
            return;
        if (const CloudError *e = result.errorOrNull()) {
            reconcileFailed(index, *e);
            return;
        }
        QStringList candidates;
        for (const Job &j : result.value()) {
            if (j.name == w.request.name && !w.jobsBefore.contains(j.id) && !candidates.contains(j.id))
                candidates.append(j.id);
        }
        if (!candidates.isEmpty()) {
            reconcileCandidates(index, candidates);
            return;
        }
        reconciledAbsent(index);
    });
}

// The baseline method found no job of this wave: it was not created, and Resume may send it.
void WaveSubmitter::reconciledAbsent(int index)
{
    record(index, HistoryEntry::Phase::Done, QStringLiteral("reconciled-absent"));
    const QString why =
        tr("Wave %1 (%2) was not created. Resume sends it again.").arg(index + 1).arg(m_waves.at(index).request.name);
    setWave(index, WaveState::NotCreated, why);
    halt(why);
    maybeStopped();
}

void WaveSubmitter::reconcileFailed(int index, const CloudError &error)
{
    Wave &w = m_waves[index];
    ++w.reconcileFailures;
    if (w.reconcileFailures < m_options.reconcileAttempts) {
        QTimer::singleShot(m_options.pollIntervalMs, this, [this, index]() {
            if (m_waves.at(index).state == WaveState::Reconciling)
                reconcile(index);
        });
        return;
    }
    const QString why = tr("Cannot tell whether wave %1 (%2) was created: listing jobs "
                           "failed: %3. Resume checks again before sending anything.")
                            .arg(index + 1)
                            .arg(w.request.name, error.message());
    w.lastError = error;
    record(index, HistoryEntry::Phase::Done, QStringLiteral("unknown"), {}, why, error.requestId);
    setWave(index, WaveState::Unknown, why);
    halt(why);
    maybeStopped();
}

// New jobs with the wave's name: each one's detail says whether it has exactly the wave's
// servers. Only those are the wave's; the others were created by someone else meanwhile.
void WaveSubmitter::reconcileCandidates(int index, const QStringList &candidates)
{
    struct Pending
    {
        int left = 0;
        QList<Job> jobs;
        std::optional<CloudError> error;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = int(candidates.size());
    for (const QString &id : candidates) {
        m_client->getJob(id)->then(this, [this, index, pending](const Result<Job> &result) {
            if (result.ok())
                pending->jobs.append(result.value());
            else if (result.error().kind != CloudError::Kind::NotFound) // deleted: not ours to run
                pending->error = result.error();
            if (--pending->left > 0)
                return;
            Wave &w = m_waves[index];
            if (w.state != WaveState::Reconciling)
                return;
            QStringList mine;
            bool undecided = bool(pending->error);
            for (const Job &j : std::as_const(pending->jobs)) {
                if (j.tasks.isEmpty()) {
                    undecided = true; // its tasks are not listed yet: ask again later
                } else if (sameServers(j, w.request.serverIds)) {
                    mine.append(j.id);
                    w.jobs.insert(j.id, j);
                } else {
                    w.jobsBefore.insert(j.id); // someone else's: never this wave's
                    emit logMessage(tr("Wave %1: job %2 has the same name but other servers; it "
                                       "was not created by this submission and is left alone.")
                                        .arg(index + 1)
                                        .arg(j.id));
                }
            }
            if (!mine.isEmpty()) {
                adopt(index, mine);
                return;
            }
            if (undecided) {
                reconcileFailed(index, pending->error.value_or(CloudError::make(
                                           CloudError::Kind::UnknownOutcome,
                                           tr("a job named %1 has no tasks listed yet").arg(w.request.name))));
                return;
            }
            reconciledAbsent(index);
        });
    }
}

void WaveSubmitter::adopt(int index, const QStringList &ids)
{
    Wave &w = m_waves[index];
    record(index, HistoryEntry::Phase::Done, QStringLiteral("reconciled-created"), ids.join(QLatin1Char(',')));
    w.jobIds = ids;
    w.lastError.reset();
    emit logMessage(
        tr("Wave %1: the job was created after all: %2.").arg(index + 1).arg(ids.join(QLatin1String(", "))));
    jobExists(index);
    for (const QString &id : ids)
        emit jobCreated(index, id);
    maybeStopped();
    schedule();
}

void WaveSubmitter::poll()
{
    bool anyRunning = false;
    for (int i = 0; i < m_waves.size(); ++i) {
        const Wave &w = m_waves.at(i);
        if (w.state != WaveState::Running)
            continue;
        anyRunning = true;
        for (const QString &id : w.jobIds) {
            if (w.settledJobs.contains(id) || m_pollsInFlight.contains(i))
                continue;
            m_pollsInFlight.insert(i);
            auto *call = m_client->getJob(id);
            call->then(this, [this, i, id](const Result<Job> &result) {
                m_pollsInFlight.remove(i);
                Wave &wave = m_waves[i];
                if (wave.state != WaveState::Running)
                    return;
                bool settled = false;
                if (result.ok()) {
                    wave.jobCounts.insert(id, result.value().counts());
                    wave.jobs.insert(id, result.value());
                    settled = jobSettled(result.value());
                    if (settled)
                        emit jobFinished(i, result.value());
                } else if (result.error().kind == CloudError::Kind::NotFound) {
                    settled = true; // deleted meanwhile: nothing more will happen to it
                } else {
                    return; // a failed poll is tried again on the next tick
                }
                TaskCounts sum;
                for (const TaskCounts &c : std::as_const(wave.jobCounts)) {
                    sum.total += c.total;
                    sum.pending += c.pending;
                    sum.running += c.running;
                    sum.succeeded += c.succeeded;
                    sum.failed += c.failed;
                    sum.skipped += c.skipped;
                    sum.cancelled += c.cancelled;
                    sum.other += c.other;
                }
                wave.counts = sum;
                if (settled)
                    wave.settledJobs.insert(id);
                const bool allSettled = std::all_of(wave.jobIds.cbegin(), wave.jobIds.cend(),
                                                    [&wave](const QString &j) { return wave.settledJobs.contains(j); });
                if (allSettled) {
                    emit logMessage(tr("Wave %1 finished: %2 succeeded, %3 failed, %4 skipped.")
                                        .arg(i + 1)
                                        .arg(sum.succeeded)
                                        .arg(sum.failed)
                                        .arg(sum.skipped));
                    if (m_options.verify && !requestedDriver(wave.request).isEmpty()) {
                        checkBudget(); // failures stop the run before anything is verified
                        startVerification(i);
                        return;
                    }
                    waveSettled(i);
                    return;
                }
                emit waveChanged(i);
                checkBudget();
                schedule();
            });
            break; // one poll per wave at a time
        }
    }
    if (!anyRunning)
        m_pollTimer->stop();
}

void WaveSubmitter::checkBudget()
{
    if (m_runState != RunState::Running && m_runState != RunState::Stopping)
        return;
    const int failed = failedTasksAgainstBudget();
    QString why;
    if (m_options.maxFailedTasks >= 0 && failed > m_options.maxFailedTasks) {
        why = tr("Error budget spent: %n task(s) failed, more than the %1 allowed. No further "
                 "wave starts.",
                 nullptr, failed)
                  .arg(m_options.maxFailedTasks);
    } else if (m_options.budgetFailedTasks > 0 && failed >= m_options.budgetFailedTasks) {
        why = tr("Error budget spent: %n task(s) failed (limit %1). No further wave starts.", nullptr, failed)
                  .arg(m_options.budgetFailedTasks);
    } else if (m_options.budgetFailedPercent > 0 && m_serverCount > 0
               && qint64(failed) * 100 >= qint64(m_options.budgetFailedPercent) * m_serverCount) {
        why = tr("Error budget spent: %1 of %2 servers failed (limit %3%). No further wave "
                 "starts.")
                  .arg(failed)
                  .arg(m_serverCount)
                  .arg(m_options.budgetFailedPercent);
    }
    if (why.isEmpty())
        return;
    m_pauseTimer->stop();
    m_haltReason = why;
    // Written, so Submission History can tell a run stopped on its budget from one stopped by hand.
    record(lastCreatedWave(), HistoryEntry::Phase::Done, QStringLiteral("budget"), {}, {}, {}, why);
    setRunState(RunState::BudgetExceeded);
    emit logMessage(why);
}

// The wave is over (and verified, when asked): the pause before the next one, the budget,
// then the gate.
void WaveSubmitter::waveSettled(int index)
{
    m_nextWaveNotBefore = QDateTime::currentDateTimeUtc().addMSecs(m_options.pauseBetweenWavesMs);
    recordSettled(index);
    setWave(index, WaveState::Settled);
    checkBudget();
    maybeGate(index);
    schedule();
}

// What the wave's jobs did, for Submission History's outcome and totals.
void WaveSubmitter::recordSettled(int index)
{
    const Wave &w = m_waves.at(index);
    WaveTotals totals;
    totals.total = w.counts.total;
    totals.succeeded = w.counts.succeeded;
    totals.failed = w.counts.failed;
    totals.skipped = w.counts.skipped;
    if (w.verificationRan) {
        totals.verified = w.verified;
        totals.mismatched = w.mismatched();
    }
    record(index, HistoryEntry::Phase::Done, QStringLiteral("settled"), {}, {}, {}, {}, totals.toJson());
}

int WaveSubmitter::lastCreatedWave() const
{
    for (int i = int(m_waves.size()) - 1; i >= 0; --i) {
        if (!m_waves.at(i).jobIds.isEmpty())
            return i;
    }
    return 0;
}

QString WaveSubmitter::requestedDriver(const CreateJobRequest &request)
{
    for (const JobItem &item : request.items) {
        if (item.type == QLatin1String("HDK_UPGRADE"))
            return item.spec.value(QStringLiteral("version")).trimmed();
    }
    return {};
}

CreateJobRequest WaveSubmitter::verificationRequest(const CreateJobRequest &wave, const QStringList &servers)
{
    static const QString suffix = QStringLiteral("-verify");
    CreateJobRequest r;
    r.name = wave.name.left(64 - suffix.size()) + suffix;
    r.type = QStringLiteral("HDK_QUERY");
    r.description = wave.description;
    r.serverIds = servers;
    r.items = {hdkQueryItem()};
    return r;
}

void WaveSubmitter::startVerification(int index)
{
    Wave &w = m_waves[index];
    w.verificationRan = true;
    w.verified = 0;
    w.mismatches.clear();
    QStringList succeeded;
    for (const QString &id : std::as_const(w.jobIds)) {
        for (const Task &t : w.jobs.value(id).tasks) {
            if (t.state() == State::Succeeded)
                succeeded << t.targetId().toString();
        }
    }
    if (succeeded.isEmpty() || m_runState == RunState::BudgetExceeded) {
        waveSettled(index); // nothing to verify, or the run stops anyway
        return;
    }
    setWave(index, WaveState::Verifying);
    const CreateJobRequest request = verificationRequest(w.request, succeeded);
    emit logMessage(tr("Wave %1: verifying the driver on %n server(s) with %2.", nullptr, int(succeeded.size()))
                        .arg(index + 1)
                        .arg(request.name));
    m_client->createJob(request)->then(this, [this, index, succeeded](const Result<Job> &result) {
        Wave &wave = m_waves[index];
        if (wave.state != WaveState::Verifying)
            return;
        if (const CloudError *e = result.errorOrNull()) {
            // Not verified is not verified: each server counts like a mismatch.
            for (const QString &server : succeeded)
                wave.mismatches << tr("%1: not verified (%2)").arg(server, e->message());
            emit logMessage(
                tr("Wave %1: the verification query could not be created: %2").arg(index + 1).arg(e->message()));
            waveSettled(index);
            return;
        }
        wave.verifyJobId = result.value().id;
        QTimer::singleShot(m_options.pollIntervalMs, this, [this, index]() { pollVerification(index); });
    });
}

void WaveSubmitter::pollVerification(int index)
{
    if (m_waves.at(index).state != WaveState::Verifying)
        return;
    m_client->getJob(m_waves.at(index).verifyJobId)->then(this, [this, index](const Result<Job> &result) {
        if (m_waves.at(index).state != WaveState::Verifying)
            return;
        if (result.ok() && jobSettled(result.value())) {
            emit jobFinished(index, result.value());
            finishVerification(index, result.value());
            return;
        }
        if (!result.ok() && result.error().kind == CloudError::Kind::NotFound) {
            finishVerification(index, Job{}); // deleted meanwhile: nothing verified
            return;
        }
        QTimer::singleShot(m_options.pollIntervalMs, this, [this, index]() { pollVerification(index); });
    });
}

void WaveSubmitter::finishVerification(int index, const Job &job)
{
    Wave &w = m_waves[index];
    const QString wanted = requestedDriver(w.request);
    QSet<QString> answered;
    for (const Task &t : job.tasks) {
        const QString server = t.targetName().isEmpty()
                                   ? t.targetId().toString()
                                   : QStringLiteral("%1 (%2)").arg(t.targetName().toString(), t.targetId().toString());
        answered.insert(t.targetId().toString());
        if (t.state() != State::Succeeded) {
            w.mismatches << tr("%1: the query did not succeed (%2)").arg(server, t.message().toString());
            continue;
        }
        const std::optional<VersionInfo> versions = parseVersions(t.message());
        const QString driver = versions ? versions->driver : QString();
        if (!driver.isEmpty() && compareHdkVersions(driver, wanted).order == 0)
            ++w.verified;
        else
            w.mismatches << tr("%1: reports driver %2").arg(server, driver.isEmpty() ? tr("(none)") : driver);
    }
    if (job.id.isEmpty())
        w.mismatches << tr("wave %1: the verification job %2 is gone").arg(index + 1).arg(w.verifyJobId);
    emit logMessage(tr("Wave %1 verified: %2 on the requested driver %3, %n mismatched.", nullptr, w.mismatched())
                        .arg(index + 1)
                        .arg(w.verified)
                        .arg(wanted));
    waveSettled(index);
}

void WaveSubmitter::maybeGate(int index)
{
    Wave &w = m_waves[index];
    if (m_runState != RunState::Running || w.gatePassed || m_options.gate == GateMode::None)
        return;
    if (m_options.gate == GateMode::AfterFirst && index != 0) {
        w.gatePassed = true;
        return;
    }
    // No gate once nothing is left to send.
    const bool waveLeft = std::any_of(m_waves.cbegin(), m_waves.cend(), [](const Wave &x) {
        return x.state == WaveState::Pending || x.state == WaveState::NotCreated;
    });
    if (!waveLeft) {
        w.gatePassed = true;
        return;
    }
    m_pauseTimer->stop();
    m_gateWave = index;
    m_haltReason = gateReason(index);
    record(index, HistoryEntry::Phase::Done, QStringLiteral("gate"), {}, {}, {}, m_haltReason);
    setRunState(RunState::AtGate);
    emit logMessage(tr("Gate: %1. Continue to send the next wave, or stop.").arg(m_haltReason));
    emit gateReached(index, m_haltReason);
}

QString WaveSubmitter::gateReason(int index) const
{
    const Wave &w = m_waves.at(index);
    QString text = tr("wave %1: %n server(s) succeeded", nullptr, w.counts.succeeded).arg(index + 1);
    if (w.counts.failed > 0)
        text += tr(", %n failed", nullptr, w.counts.failed);
    if (w.counts.skipped > 0)
        text += tr(", %n skipped", nullptr, w.counts.skipped);
    if (w.verificationRan && w.mismatched() == 0 && w.verified > 0)
        text += tr(", verified %1").arg(requestedDriver(w.request));
    else if (w.verificationRan && w.mismatched() > 0)
        text += tr(", %n mismatched", nullptr, w.mismatched());
    return text;
}

void WaveSubmitter::halt(const QString &reason)
{
    if (m_runState == RunState::Running) {
        m_pauseTimer->stop();
        m_haltReason = reason;
        setRunState(RunState::Halted);
    }
    emit logMessage(reason);
}

void WaveSubmitter::maybeStopped()
{
    if (m_runState != RunState::Stopping)
        return;
    const bool inFlight = std::any_of(m_waves.cbegin(), m_waves.cend(), [](const Wave &w) {
        return w.state == WaveState::Checking || w.state == WaveState::Sending || w.state == WaveState::Reconciling;
    });
    if (!inFlight) {
        setRunState(RunState::Stopped);
        emit logMessage(tr("Stopped. Resume continues with the next wave."));
    }
    maybeFinish();
}

void WaveSubmitter::maybeFinish()
{
    if (m_runState == RunState::Idle || m_runState == RunState::Finished || m_waves.isEmpty())
        return;
    const bool all = std::all_of(m_waves.cbegin(), m_waves.cend(), [](const Wave &w) { return isDone(w.state); });
    if (!all)
        return;
    m_pollTimer->stop();
    m_haltReason.clear();
    setRunState(RunState::Finished);
    emit logMessage(tr("All %n wave(s) finished.", nullptr, int(m_waves.size())));
}

bool WaveSubmitter::record(int index, HistoryEntry::Phase phase, const QString &outcome, const QString &jobId,
                           const QString &error, const QString &requestId, const QString &message,
                           const QJsonObject &counts)
{
    HistoryEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.profile = m_profile;
    e.submissionId = m_submissionId;
    e.wave = index;
    e.phase = phase;
    e.request = QJsonDocument::fromJson(encodeCreateRequest(m_waves.at(index).request)).object();
    e.outcome = outcome;
    e.jobId = jobId;
    e.error = error;
    e.requestId = requestId;
    e.source = m_source;
    e.rerunOf = m_rerunOf;
    e.message = message;
    e.counts = counts;
    if (phase == HistoryEntry::Phase::Sending) {
        const QSet<QString> &before = m_waves.at(index).jobsBefore;
        QStringList baseline(before.cbegin(), before.cend());
        baseline.sort();
        e.baseline = baseline;
        if (!m_planRecorded) {
            e.gate = gateModeKey(m_options.gate);
            e.options = recordedOptions(m_options);
            for (const Wave &w : std::as_const(m_waves))
                e.plan.append(QJsonDocument::fromJson(encodeCreateRequest(w.request)).object());
        }
    }
    QString problem;
    if (m_history.append(e, &problem)) {
        if (phase == HistoryEntry::Phase::Sending)
            m_planRecorded = true;
        return true;
    }
    if (phase == HistoryEntry::Phase::Sending) {
        // Nothing may be sent that the history does not show.
        setWave(index, WaveState::NotCreated, problem);
        halt(tr("Wave %1 was not sent: %2").arg(index + 1).arg(problem));
        maybeStopped();
    } else {
        emit logMessage(problem);
    }
    return false;
}

} // namespace liteops
