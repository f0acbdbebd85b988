// SPDX-License-Identifier: Apache-2.0
#include "job_monitor.h"

#include <QTimer>
#include <algorithm>

namespace liteops {
namespace {
constexpr int kMaxBackoffMs = 5 * 60 * 1000;
}

JobMonitor::JobMonitor(QObject *parent) : QObject(parent), m_listTimer(new QTimer(this)), m_jobTimer(new QTimer(this))
{
    m_listTimer->setSingleShot(true);
    m_jobTimer->setSingleShot(true);
    connect(m_listTimer, &QTimer::timeout, this, &JobMonitor::refreshList);
    connect(m_jobTimer, &QTimer::timeout, this, &JobMonitor::refreshJob);
}

JobMonitor::~JobMonitor()
{
    if (m_listCall)
        m_listCall->disconnect(this);
    if (m_jobCall)
        m_jobCall->disconnect(this);
}

void JobMonitor::setClient(CloudClient *client)
{
    ++m_generation;
    for (QPointer<CloudCall> *call : {&m_listCall, &m_jobCall}) {
        if (*call) {
            (*call)->disconnect(this);
            (*call)->cancel();
        }
        *call = nullptr;
    }
    m_client = client;
    m_listFailures = m_jobFailures = 0;
    m_watched.clear();
    m_fetching.clear();
    m_open = {};
    m_openRunning = false;
    m_listTimer->stop();
    m_jobTimer->stop();
}

void JobMonitor::setListQuery(const JobQuery &query)
{
    m_query = query;
}

void JobMonitor::setAutoRefresh(bool on)
{
    m_autoRefresh = on;
    if (!on) {
        m_listTimer->stop();
        m_jobTimer->stop();
    } else {
        scheduleList();
        scheduleJob();
    }
}

void JobMonitor::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_listTimer->stop();
        m_jobTimer->stop();
    } else if (m_autoRefresh) {
        // Coming back from minimised: catch up at once rather than wait a full interval.
        refreshList();
        if (m_openRunning)
            refreshJob();
    }
}

void JobMonitor::setIntervals(int listMs, int jobMs)
{
    m_listIntervalMs = qMax(100, listMs);
    m_jobIntervalMs = qMax(100, jobMs);
}

int JobMonitor::backoff(int baseMs, int failures, const CloudError *last) const
{
    if (failures <= 0)
        return baseMs;
    qint64 delay = qint64(baseMs) << qMin(failures, 10);
    delay = qMin<qint64>(delay, qMax(kMaxBackoffMs, 2 * baseMs));
    if (last && last->retryAfterSeconds > 0)
        delay = qMax<qint64>(delay, qint64(last->retryAfterSeconds) * 1000);
    return int(delay);
}

int JobMonitor::nextListDelayMs() const
{
    CloudError e;
    e.retryAfterSeconds = m_listRetryAfter;
    return backoff(m_listIntervalMs, m_listFailures, &e);
}

int JobMonitor::nextJobDelayMs() const
{
    CloudError e;
    e.retryAfterSeconds = m_jobRetryAfter;
    return backoff(m_jobIntervalMs, m_jobFailures, &e);
}

void JobMonitor::scheduleList()
{
    if (!m_autoRefresh || m_paused || !m_client || m_listCall)
        return;
    m_listTimer->start(nextListDelayMs());
}

void JobMonitor::scheduleJob()
{
    if (!m_autoRefresh || m_paused || !m_client || m_jobCall || m_open.id.isEmpty())
        return;
    // Only a job that can still change is polled; failures retry with back-off.
    if (!m_openRunning && m_jobFailures == 0)
        return;
    m_jobTimer->start(nextJobDelayMs());
}

void JobMonitor::refreshAll()
{
    refreshList();
    refreshJob();
}

void JobMonitor::refreshList()
{
    m_listTimer->stop();
    if (!m_client || m_listCall)
        return;
    auto *call = m_client->listJobs(m_query);
    m_listCall = call;
    emit listLoadingChanged(true);
    const quint64 gen = m_generation;
    call->then(this, [this, gen, call](const Result<QList<Job>> &r) {
        if (gen != m_generation)
            return;
        m_listCall = nullptr;
        emit listLoadingChanged(false);
        if (r.ok()) {
            m_listFailures = 0;
            m_listRetryAfter = -1;
            emit listCompleteness(call->completeness());
            emit listLoaded(r.value(), QDateTime::currentDateTimeUtc());
            checkWatchedInList(r.value());
        } else if (r.error().kind != CloudError::Kind::Cancelled) {
            ++m_listFailures;
            m_listRetryAfter = r.error().retryAfterSeconds;
            emit listFailed(r.error());
        }
        scheduleList();
    });
}

void JobMonitor::openJob(const JobRef &ref)
{
    if (m_jobCall) {
        m_jobCall->disconnect(this);
        m_jobCall->cancel();
        m_jobCall = nullptr;
    }
    m_open = ref;
    m_openRunning = false;
    m_jobFailures = 0;
    m_jobTimer->stop();
    refreshJob();
}

void JobMonitor::closeJob()
{
    if (m_jobCall) {
        m_jobCall->disconnect(this);
        m_jobCall->cancel();
        m_jobCall = nullptr;
    }
    m_open = {};
    m_openRunning = false;
    m_jobTimer->stop();
}

void JobMonitor::refreshJob()
{
    m_jobTimer->stop();
    if (!m_client || m_jobCall || m_open.id.isEmpty())
        return;
    Call<Job> *call = nullptr;
    switch (m_open.provider) {
    case Provider::ModelArts: call = m_client->getJob(m_open.id); break;
    case Provider::ServiceStage: call = m_client->getServiceStageJob(m_open.id); break;
    case Provider::Ief: call = m_client->getIefJob(m_open.id, m_open.iefInstanceId); break;
    }
    m_jobCall = call;
    emit jobLoadingChanged(true);
    const JobRef ref = m_open;
    call->then(this, [this, ref, call](const Result<Job> &r) {
        if (!(ref == m_open))
            return;
        m_jobCall = nullptr;
        emit jobLoadingChanged(false);
        if (r.ok()) {
            m_jobFailures = 0;
            m_jobRetryAfter = -1;
            m_openComplete = call->completeness().complete;
            handleJob(r.value());
        } else if (r.error().kind != CloudError::Kind::Cancelled) {
            ++m_jobFailures;
            m_jobRetryAfter = r.error().retryAfterSeconds;
            emit jobFailed(r.error());
        }
        scheduleJob();
    });
}

void JobMonitor::openStoredJob(const JobRef &ref, const Job &job, const QDateTime &storedAt)
{
    if (m_jobCall) {
        m_jobCall->disconnect(this);
        m_jobCall->cancel();
        m_jobCall = nullptr;
    }
    m_open = ref;
    m_openRunning = false; // finished: nothing to poll
    m_openComplete = true; // only complete details are stored as finished
    m_jobFailures = 0;
    m_jobTimer->stop();
    emit jobLoaded(job, storedAt);
}

void JobMonitor::handleJob(const Job &job)
{
    const bool final = isFinalState(job.state);
    m_openRunning = !final;
    emit jobLoaded(job, QDateTime::currentDateTimeUtc());
    if (!final) {
        m_watched.insert(job.id);
    } else if (m_watched.remove(job.id)) {
        emit watchedJobFinished(job);
    }
}

void JobMonitor::watch(const QString &modelArtsJobId)
{
    m_watched.insert(modelArtsJobId);
}

void JobMonitor::checkWatchedInList(const QList<Job> &jobs)
{
    if (m_watched.isEmpty())
        return;
    for (const Job &job : jobs) {
        if (!m_watched.contains(job.id) || !isFinalState(job.state))
            continue;
        if (job.id == m_open.id && m_open.provider == Provider::ModelArts) {
            refreshJob(); // the open job announces itself through handleJob()
            continue;
        }
        fetchFinished(job.id);
    }
}

void JobMonitor::fetchFinished(const QString &id)
{
    if (!m_client || m_fetching.contains(id))
        return;
    m_fetching.insert(id);
    const quint64 gen = m_generation;
    m_client->getJob(id)->then(this, [this, id, gen](const Result<Job> &r) {
        if (gen != m_generation)
            return;
        m_fetching.remove(id);
        if (r.ok() && isFinalState(r.value().state) && m_watched.remove(id))
            emit watchedJobFinished(r.value());
    });
}

} // namespace liteops
