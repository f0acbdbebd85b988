// SPDX-License-Identifier: Apache-2.0
#include "store_reads.h"

#include "store_writes.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace liteops::store {

namespace {

qint64 timeOf(const QVariant &v)
{
    return v.isNull() ? kUnknownTime : v.toLongLong();
}

int countOf(const QVariant &v)
{
    return v.isNull() ? -1 : v.toInt();
}

const QString kJobSelect = QStringLiteral(
    "SELECT id, provider, name, type, status, state, user_name, description, template_id,"
    " abnormal_count, created_at, updated_at, reported_total, reported_failed,"
    " reported_succeeded, extras FROM jobs");

// The store's name of a provider (jobs.provider, tasks.provider).
QString providerValue(Provider provider)
{
    return QString(providerKey(provider));
}

Job jobFrom(const QSqlQuery &q)
{
    Job job;
    job.id = q.value(0).toString();
    job.provider = providerFromKey(q.value(1).toString()).value_or(Provider::ModelArts);
    job.name = q.value(2).toString();
    job.type = q.value(3).toString();
    job.status = q.value(4).toString();
    job.state = stateFromKey(q.value(5).toString()).value_or(State::Unknown);
    job.userName = q.value(6).toString();
    job.description = q.value(7).toString();
    job.templateId = q.value(8).toString();
    job.abnormalCount = countOf(q.value(9));
    job.createdAtMs = timeOf(q.value(10));
    job.updatedAtMs = timeOf(q.value(11));
    job.reportedTotal = countOf(q.value(12));
    job.reportedFailed = countOf(q.value(13));
    job.reportedSucceeded = countOf(q.value(14));
    job.extras = decodeExtras(q.value(15).toString());
    return job;
}

const QString kTaskColumns = QStringLiteral(
    "t.id, t.server_id, t.server_name, t.name, t.message, t.cloud_server, t.status, t.state,"
    " t.created_at, t.updated_at, t.driver, t.firmware, t.task_index, t.extras");

// Reads the columns of kTaskColumns starting at `at`.
Task taskFrom(const QSqlQuery &q, int at, Task::TextArena &arena)
{
    const QString id = q.value(at).toString();
    const QString serverId = q.value(at + 1).toString();
    const QString serverName = q.value(at + 2).toString();
    const QString name = q.value(at + 3).toString();
    const QString message = q.value(at + 4).toString();
    const QList<std::pair<QString, QString>> cloud = decodePairs(q.value(at + 5).toString());
    Task::Builder b;
    b.id(id).targetId(serverId).targetName(serverName).name(name).message(message);
    for (const auto &[key, value] : cloud)
        b.addCloudServer(key, value);
    b.status(q.value(at + 6).toString(), stateFromKey(q.value(at + 7).toString()).value_or(State::Unknown));
    b.createdAtMs(timeOf(q.value(at + 8))).updatedAtMs(timeOf(q.value(at + 9)));
    b.index(countOf(q.value(at + 12)));
    if (!q.value(at + 13).isNull())
        b.extras(decodeExtras(q.value(at + 13).toString()));
    return b.build(arena);
}

std::optional<VersionInfo> versionsFrom(const QSqlQuery &q, int at)
{
    if (q.value(at).isNull() && q.value(at + 1).isNull())
        return std::nullopt;
    return VersionInfo{q.value(at).toString(), q.value(at + 1).toString()};
}

} // namespace

bool isSyncedState(State state)
{
    switch (state) {
    case State::Succeeded:
    case State::Failed:
    case State::Skipped:
    case State::Cancelled:
    case State::Partial: return true;
    default: return false;
    }
}

QList<Job> StoreReader::jobList(int limit) const
{
    QList<Job> jobs;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The ModelArts job list: the ServiceStage and IEF jobs opened by id are no rows of it.
    q.prepare(kJobSelect
              + QStringLiteral(" WHERE listed_at IS NOT NULL AND provider = ? ORDER BY created_at DESC LIMIT ?"));
    q.bindValue(0, providerValue(Provider::ModelArts));
    q.bindValue(1, limit);
    if (!q.exec())
        return jobs;
    while (q.next())
        jobs.append(jobFrom(q));
    return jobs;
}

std::optional<Job> StoreReader::finishedJob(const QString &id, Provider provider) const
{
    return detail(id, provider, true);
}

std::optional<Job> StoreReader::storedDetail(const QString &id, Provider provider) const
{
    return detail(id, provider, false);
}

std::optional<Job> StoreReader::detail(const QString &id, Provider provider, bool finishedOnly) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kJobSelect
              + (finishedOnly ? QStringLiteral(" WHERE id = ? AND provider = ? AND detail_final = 1")
                              : QStringLiteral(" WHERE id = ? AND provider = ? AND detail_at IS NOT NULL")));
    q.bindValue(0, id);
    q.bindValue(1, providerValue(provider));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Job job = jobFrom(q);

    QSqlQuery items(m_db);
    items.setForwardOnly(true);
    items.prepare(QStringLiteral("SELECT type, spec FROM job_items WHERE job_id = ? ORDER BY position"));
    items.bindValue(0, id);
    if (!items.exec())
        return std::nullopt;
    while (items.next()) {
        JobItem item;
        item.type = items.value(0).toString();
        for (const auto &[key, value] : decodePairs(items.value(1).toString()))
            item.spec.insert(key, value);
        job.items.append(item);
    }

    QSqlQuery tasks(m_db);
    tasks.setForwardOnly(true);
    tasks.prepare(QStringLiteral("SELECT ") + kTaskColumns
                  + QStringLiteral(" FROM tasks t WHERE t.job_id = ? ORDER BY t.seq"));
    tasks.bindValue(0, id);
    if (!tasks.exec())
        return std::nullopt;
    Task::TextArena arena;
    while (tasks.next())
        job.tasks.append(taskFrom(tasks, 0, arena));
    return job;
}

QStringList StoreReader::jobsNeedingDetail(qint64 sinceMs, int limit) const
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The sync fetches ModelArts details (the job list's); ServiceStage and IEF jobs are
    // stored when opened by id.
    q.prepare(QStringLiteral("SELECT id FROM jobs WHERE detail_final = 0 AND created_at >= ?"
                             " AND state IN ('succeeded', 'failed', 'skipped', 'cancelled', 'partial')"
                             " AND provider = 'modelarts' ORDER BY created_at DESC LIMIT ?"));
    q.bindValue(0, sinceMs);
    q.bindValue(1, limit);
    if (!q.exec())
        return ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

int StoreReader::countJobsNeedingDetail(qint64 sinceMs) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE detail_final = 0 AND created_at >= ?"
                             " AND state IN ('succeeded', 'failed', 'skipped', 'cancelled', 'partial')"
                             " AND provider = 'modelarts'"));
    q.bindValue(0, sinceMs);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<ServerTask> StoreReader::serverTasks(const QString &serverId, int limit) const
{
    QList<ServerTask> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.job_id, j.type, ") + kTaskColumns
              + QStringLiteral(", j.name FROM tasks t INDEXED BY tasks_server_time JOIN jobs j ON j.id = t.job_id"
                               " WHERE t.server_id = ? AND t.provider = 'modelarts'"
                               " ORDER BY t.sort_at DESC LIMIT ?"));
    q.bindValue(0, serverId);
    q.bindValue(1, limit);
    if (!q.exec())
        return rows;
    Task::TextArena arena;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), taskFrom(q, 2, arena), versionsFrom(q, 12),
                     q.value(16).toString()});
    return rows;
}

std::optional<ServerTask> StoreReader::newestVersions(const QString &serverId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.job_id, j.type, ") + kTaskColumns
              + QStringLiteral(" FROM tasks t INDEXED BY tasks_server_versions JOIN jobs j ON j.id = t.job_id"
                               " WHERE t.server_id = ? AND t.provider = 'modelarts' AND t.state = 'succeeded'"
                               " AND (t.driver IS NOT NULL OR t.firmware IS NOT NULL)"
                               " ORDER BY t.sort_at DESC LIMIT 1"));
    q.bindValue(0, serverId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Task::TextArena arena;
    return ServerTask{q.value(0).toString(), q.value(1).toString(), taskFrom(q, 2, arena), versionsFrom(q, 12)};
}

QList<StoredServer> StoreReader::servers() const
{
    QList<StoredServer> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, status, flavor, category, private_ips,"
                               " created_at, updated_at, seen_at FROM servers ORDER BY name, id")))
        return rows;
    while (q.next()) {
        StoredServer s;
        s.server.id = q.value(0).toString();
        s.server.name = q.value(1).toString();
        s.server.status = q.value(2).toString();
        s.server.flavor = q.value(3).toString();
        s.server.category = q.value(4).toString();
        const QString ips = q.value(5).toString();
        if (!ips.isEmpty())
            s.server.privateIps = ips.split(QChar(0x1e));
        s.server.createdAtMs = timeOf(q.value(6));
        s.server.updatedAtMs = timeOf(q.value(7));
        s.seenAtMs = timeOf(q.value(8));
        rows.append(s);
    }
    return rows;
}

QString StoreReader::syncValue(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.bindValue(0, key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

StoreStats StoreReader::stats() const
{
    StoreStats s;
    QSqlQuery q(m_db);
    // The counts and times describe the ModelArts jobs (the job list, its details and their
    // server tasks); the ServiceStage and IEF jobs opened by id are counted on their own.
    if (q.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM jobs WHERE provider = 'modelarts'),"
                           " (SELECT count(*) FROM jobs WHERE provider = 'modelarts' AND detail_final = 1),"
                           " (SELECT count(*) FROM tasks WHERE provider = 'modelarts'), (SELECT count(*) FROM servers),"
                           " (SELECT min(created_at) FROM jobs WHERE provider = 'modelarts'),"
                           " (SELECT max(created_at) FROM jobs WHERE provider = 'modelarts'),"
                           " (SELECT count(*) FROM jobs WHERE provider = 'servicestage'),"
                           " (SELECT count(*) FROM jobs WHERE provider = 'ief')"))
        && q.next()) {
        s.jobs = q.value(0).toLongLong();
        s.finishedDetails = q.value(1).toLongLong();
        s.tasks = q.value(2).toLongLong();
        s.servers = q.value(3).toLongLong();
        s.oldestJobMs = timeOf(q.value(4));
        s.newestJobMs = timeOf(q.value(5));
        s.serviceStageJobs = q.value(6).toLongLong();
        s.iefJobs = q.value(7).toLongLong();
    }
    bool ok = false;
    if (const qint64 v = syncValue(QStringLiteral("list_at")).toLongLong(&ok); ok)
        s.lastListMs = v;
    if (const qint64 v = syncValue(QStringLiteral("sync_done_at")).toLongLong(&ok); ok)
        s.lastSyncMs = v;
    const QString path = m_db.databaseName();
    s.fileBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return s;
}

} // namespace liteops::store
