#include "wavesubmitter.h"

#include "cloud_client.h"
#include "encode.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace liteops {

namespace {

bool isBusy(WaveSubmitter::WaveState s)
{
    using S = WaveSubmitter::WaveState;
    return s == S::Checking || s == S::Sending || s == S::Throttled || s == S::Reconciling
           || s == S::Running;
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
    case K::Throttled:
        return false;
    case K::Network:
    case K::Timeout:
    case K::Server:
    case K::Decode:
    case K::TooLarge:
    case K::Cancelled:
    case K::UnknownOutcome:
        return true;
    }
    return true;
}

bool jobSettled(const Job &job)
{
    if (isFinalState(job.state))
        return true;
    if (job.tasks.isEmpty())
        return false;
    return std::all_of(job.tasks.cbegin(), job.tasks.cend(),
                       [](const Task &t) { return isFinalState(t.state()); });
}

} // namespace

WaveSubmitter::WaveSubmitter(CloudClient *client, SubmissionHistory history, QString profile,
                             QObject *parent)
    : QObject(parent), m_client(client), m_history(std::move(history)),
      m_profile(std::move(profile)), m_pollTimer(new QTimer(this)), m_pauseTimer(new QTimer(this))
{
    connect(m_pollTimer, &QTimer::timeout, this, &WaveSubmitter::poll);
    m_pauseTimer->setSingleShot(true);
    connect(m_pauseTimer, &QTimer::timeout, this, &WaveSubmitter::schedule);
}

WaveSubmitter::~WaveSubmitter() = default;

bool WaveSubmitter::start(const SubmissionPlan &plan, const WaveOptions &options)
{
    if (m_runState != RunState::Idle || plan.requests.isEmpty() || !m_client)
        return false;
    m_options = options;
    m_options.wavesInFlight = std::max(1, m_options.wavesInFlight);
    m_options.pollIntervalMs = std::max(50, m_options.pollIntervalMs);
    m_submissionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
    if (m_runState != RunState::Stopped && m_runState != RunState::Halted
        && m_runState != RunState::BudgetExceeded)
        return;
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
        n += w.budgetAccepted ? 0 : w.counts.failed;
    return n;
}

int WaveSubmitter::settledWaves() const
{
    return int(std::count_if(m_waves.cbegin(), m_waves.cend(),
                             [](const Wave &w) { return w.state == WaveState::Settled; }));
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
    return int(std::count_if(m_waves.cbegin(), m_waves.cend(),
                             [](const Wave &w) { return isBusy(w.state); }));
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
    emit logMessage(tr("Wave %1: creating %2 with %n server(s).", nullptr,
                       int(m_waves.at(index).request.serverIds.size()))
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
        setWave(index, WaveState::Running);
        emit logMessage(tr("Wave %1: created job %2.").arg(index + 1).arg(id));
        emit jobCreated(index, id);
        if (!m_pollTimer->isActive())
            m_pollTimer->start();
        maybeStopped();
        return;
    }

    const CloudError &e = result.error();
    w.requestId = e.requestId;
    if (e.kind == CloudError::Kind::Throttled) {
        record(index, HistoryEntry::Phase::Done, QStringLiteral("throttled"), {}, e.message(),
               e.requestId);
        const int waitMs = e.retryAfterSeconds > 0 ? e.retryAfterSeconds * 1000
                                                   : m_options.defaultThrottleWaitMs;
        if (m_runState != RunState::Running) {
            setWave(index, WaveState::Pending);
            maybeStopped();
            return;
        }
        setWave(index, WaveState::Throttled, e.message());
        emit logMessage(tr("Wave %1: throttled by the service, sending again in %2 s.")
                            .arg(index + 1)
                            .arg((waitMs + 999) / 1000));
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
        record(index, HistoryEntry::Phase::Done, QStringLiteral("failed"), {}, e.message(),
               e.requestId);
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

void WaveSubmitter::reconcile(int index)
{
    JobQuery query;
    query.name = m_waves.at(index).request.name;
    auto *call = m_client->listJobs(query);
    call->then(this, [this, index](const Result<QList<Job>> &result) {
        Wave &w = m_waves[index];
        if (w.state != WaveState::Reconciling)
            return;
        if (const CloudError *e = result.errorOrNull()) {
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
                                    .arg(w.request.name, e->message());
            record(index, HistoryEntry::Phase::Done, QStringLiteral("unknown"), {}, why,
                   e->requestId);
            setWave(index, WaveState::Unknown, why);
            halt(why);
            maybeStopped();
            return;
        }
        QStringList found;
        for (const Job &j : result.value()) {
            if (j.name == w.request.name && !w.jobsBefore.contains(j.id) && !found.contains(j.id))
                found.append(j.id);
        }
        if (!found.isEmpty()) {
            record(index, HistoryEntry::Phase::Done, QStringLiteral("reconciled-created"),
                   found.join(QLatin1Char(',')));
            w.jobIds = found;
            setWave(index, WaveState::Running);
            emit logMessage(tr("Wave %1: the job was created after all: %2.")
                                .arg(index + 1)
                                .arg(found.join(QLatin1String(", "))));
            for (const QString &id : std::as_const(found))
                emit jobCreated(index, id);
            if (!m_pollTimer->isActive())
                m_pollTimer->start();
            maybeStopped();
            schedule();
            return;
        }
        record(index, HistoryEntry::Phase::Done, QStringLiteral("reconciled-absent"));
        const QString why = tr("Wave %1 (%2) was not created. Resume sends it again.")
                                .arg(index + 1)
                                .arg(w.request.name);
        setWave(index, WaveState::NotCreated, why);
        halt(why);
        maybeStopped();
    });
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
                    settled = jobSettled(result.value());
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
                const bool allSettled = std::all_of(
                    wave.jobIds.cbegin(), wave.jobIds.cend(),
                    [&wave](const QString &j) { return wave.settledJobs.contains(j); });
                if (allSettled) {
                    m_nextWaveNotBefore =
                        QDateTime::currentDateTimeUtc().addMSecs(m_options.pauseBetweenWavesMs);
                    setWave(i, WaveState::Settled);
                    emit logMessage(tr("Wave %1 finished: %2 succeeded, %3 failed, %4 skipped.")
                                        .arg(i + 1)
                                        .arg(sum.succeeded)
                                        .arg(sum.failed)
                                        .arg(sum.skipped));
                } else {
                    emit waveChanged(i);
                }
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
    if (m_options.budgetFailedTasks > 0 && failed >= m_options.budgetFailedTasks) {
        why = tr("Error budget spent: %n task(s) failed (limit %1). No further wave starts.",
                 nullptr, failed)
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
    setRunState(RunState::BudgetExceeded);
    emit logMessage(why);
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
        return w.state == WaveState::Checking || w.state == WaveState::Sending
               || w.state == WaveState::Reconciling;
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
    const bool all = std::all_of(m_waves.cbegin(), m_waves.cend(),
                                 [](const Wave &w) { return w.state == WaveState::Settled; });
    if (!all)
        return;
    m_pollTimer->stop();
    m_haltReason.clear();
    setRunState(RunState::Finished);
    emit logMessage(tr("All %n wave(s) finished.", nullptr, int(m_waves.size())));
}

bool WaveSubmitter::record(int index, HistoryEntry::Phase phase, const QString &outcome,
                           const QString &jobId, const QString &error, const QString &requestId)
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
    QString problem;
    if (m_history.append(e, &problem))
        return true;
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
