// SPDX-License-Identifier: Apache-2.0
#include "detail_sync.h"

#include <QDateTime>

namespace liteops {

DetailSync::DetailSync(CloudClient *client, store::LocalStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    m_throttleTimer.setSingleShot(true);
    connect(&m_throttleTimer, &QTimer::timeout, this, &DetailSync::pump);
}

DetailSync::~DetailSync()
{
    // Unfinished calls are the client's children; cancel them without hearing back.
    for (const QPointer<CloudCall> &call : std::as_const(m_inFlight)) {
        if (!call)
            continue;
        call->disconnect(this);
        call->cancel();
    }
}

qint64 DetailSync::horizonStartMs() const
{
    return QDateTime::currentMSecsSinceEpoch() - qint64(m_options.horizonDays) * 24 * 3600 * 1000;
}

void DetailSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_done = 0;
    m_total = 0;
    m_throttles = 0;
    m_failures = 0;
    m_skipped.clear();
    m_queue.clear();
    ++m_generation;
    const qint64 since = horizonStartMs();
    const quint64 generation = m_generation;
    m_store->read<int>(
        this, [since](const store::StoreReader &r) { return r.countJobsNeedingDetail(since); },
        [this, generation](int count) {
        if (generation != m_generation || !m_running)
            return;
        m_total = count;
        emit progress(m_done, m_total);
        });
    loadBatch();
}

void DetailSync::cancel()
{
    if (!m_running)
        return;
    finish(Outcome::Cancelled);
}

void DetailSync::setForegroundBusy(bool busy)
{
    m_foregroundBusy = busy;
    if (!busy)
        pump();
}

// The next ids come from the store, after every detail stored so far (the store runs reads
// and writes in order), so the work list is always what is still missing.
void DetailSync::loadBatch()
{
    m_loading = true;
    const qint64 since = horizonStartMs();
    const int limit = m_options.batch + int(m_skipped.size());
    const quint64 generation = m_generation;
    m_store->read<QStringList>(
        this, [since, limit](const store::StoreReader &r) { return r.jobsNeedingDetail(since, limit); },
        [this, generation](const QStringList &ids) {
        if (generation != m_generation || !m_running)
            return;
        m_loading = false;
        for (const QString &id : ids) {
            if (!m_skipped.contains(id))
                m_queue.append(id);
        }
        if (m_queue.isEmpty() && m_inFlight.isEmpty()) {
            m_store->setSyncValue(QStringLiteral("sync_done_at"), QString::number(QDateTime::currentMSecsSinceEpoch()));
            finish(Outcome::Completed);
            return;
        }
        pump();
        });
}

void DetailSync::pump()
{
    if (!m_running || m_foregroundBusy || m_throttleTimer.isActive())
        return;
    if (!m_store->isAvailable()) {
        // Nothing fetched now could be kept (full disk, read-only file): stop asking.
        finish(Outcome::Failed, tr("The local data cannot be written."));
        return;
    }
    while (m_inFlight.size() < m_options.maxInFlight && !m_queue.isEmpty())
        fetch(m_queue.takeFirst());
    if (m_queue.isEmpty() && m_inFlight.isEmpty() && !m_loading)
        loadBatch();
}

void DetailSync::fetch(const QString &id)
{
    Call<Job> *call = m_client->getJob(id);
    m_inFlight.append(call);
    call->then(this, [this, call, id](const Result<Job> &result) {
        m_inFlight.removeIf([call](const QPointer<CloudCall> &c) { return !c || c == call; });
        onFetched(id, result);
    });
}

void DetailSync::onFetched(const QString &id, const Result<Job> &result)
{
    if (!m_running)
        return;
    if (result.ok()) {
        m_throttles = 0;
        m_failures = 0;
        const Job &job = result.value();
        m_store->putJobDetail(job);
        if (!isFinalState(job.state))
            m_skipped.insert(id); // listed as finished, yet not: the list will catch up
        ++m_done;
        emit progress(m_done, qMax(m_total, m_done));
        pump();
        return;
    }
    const CloudError &e = result.error();
    switch (e.kind) {
    case CloudError::Kind::Throttled: {
        // The client's own retries are spent: wait, then ask for the same job again.
        m_queue.prepend(id);
        const int pauseMs = e.retryAfterSeconds >= 0 ? e.retryAfterSeconds * 1000
                                                     : qMin(m_options.maxThrottleWaitMs, 1000 << qMin(m_throttles, 6));
        ++m_throttles;
        m_throttleTimer.start(qMin(pauseMs, m_options.maxThrottleWaitMs));
        return;
    }
    case CloudError::Kind::NotFound:
        m_skipped.insert(id); // deleted meanwhile
        pump();
        return;
    case CloudError::Kind::Auth:
    case CloudError::Kind::Tls: finish(Outcome::Failed, e.message()); return;
    case CloudError::Kind::Cancelled: return;
    default:
        m_skipped.insert(id);
        if (++m_failures >= 3) {
            finish(Outcome::Failed, e.message());
            return;
        }
        pump();
        return;
    }
}

void DetailSync::finish(Outcome outcome, const QString &message)
{
    m_running = false;
    m_loading = false;
    m_throttleTimer.stop();
    ++m_generation;
    for (const QPointer<CloudCall> &call : std::exchange(m_inFlight, {})) {
        if (!call)
            continue;
        call->disconnect(this);
        call->cancel();
    }
    emit finished(outcome, message);
}

} // namespace liteops
