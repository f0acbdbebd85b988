// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every query the views, the CLI and the sync ask of a store, on an open connection of the
// calling thread. The per-server questions run on indexes (store_schema.cpp).
#include "core/types.h"
#include "versions.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace liteops::store {

// jobs, finishedDetails, tasks and the job times are the ModelArts jobs'; the ServiceStage
// and IEF jobs whose details were opened by id are counted apart.
struct StoreStats
{
    qint64 jobs = 0;
    qint64 finishedDetails = 0;
    qint64 tasks = 0;
    qint64 serviceStageJobs = 0;
    qint64 iefJobs = 0;
    qint64 servers = 0;
    qint64 fileBytes = 0; // the database file and its WAL
    qint64 oldestJobMs = kUnknownTime;
    qint64 newestJobMs = kUnknownTime;
    qint64 lastListMs = kUnknownTime; // the last job list stored
    qint64 lastSyncMs = kUnknownTime; // the last background sync that ran to its end
};

// One task of a server's history, with the job it belongs to.
struct ServerTask
{
    QString jobId;
    QString jobType;
    Task task;
    std::optional<VersionInfo> versions; // HDK_QUERY tasks that reported them
    QString jobName;                     // as the job list named it (empty: unnamed)
};

struct StoredServer
{
    Server server;
    qint64 seenAtMs = kUnknownTime;
};

// The states whose jobs the background sync fetches a detail for: finished runs. Deleted and
// unknown jobs are left out (a deleted job's detail may be gone).
bool isSyncedState(State state);

class StoreReader
{
public:
    explicit StoreReader(const QSqlDatabase &db) : m_db(db) {}

    // The stored ModelArts job list rows, newest first (no items, no tasks); limit < 0: all.
    QList<Job> jobList(int limit = -1) const;
    // The stored complete detail of a finished job of `provider` (items and tasks), or
    // nullopt when it has none.
    std::optional<Job> finishedJob(const QString &id, Provider provider = Provider::ModelArts) const;
    // The stored detail of any job (a running job's last fetched detail too).
    std::optional<Job> storedDetail(const QString &id, Provider provider = Provider::ModelArts) const;
    // Finished jobs created at or after `sinceMs` whose finished detail is not stored yet,
    // newest first.
    QStringList jobsNeedingDetail(qint64 sinceMs, int limit) const;
    int countJobsNeedingDetail(qint64 sinceMs) const;
    // A server's tasks, newest first (limit < 0: all). Servers are ModelArts's: ServiceStage
    // steps and IEF nodes are left out here and in newestVersions().
    QList<ServerTask> serverTasks(const QString &serverId, int limit = -1) const;
    // The versions a server last reported in a succeeded HDK_QUERY task.
    std::optional<ServerTask> newestVersions(const QString &serverId) const;
    QList<StoredServer> servers() const;
    QString syncValue(const QString &key) const;
    StoreStats stats() const;
    // The connection, for readers of other libraries (app/fleet) that run their own queries.
    QSqlDatabase database() const { return m_db; }

private:
    std::optional<Job> detail(const QString &id, Provider provider, bool finishedOnly) const;
    QSqlDatabase m_db;
};

} // namespace liteops::store
