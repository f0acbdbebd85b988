// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writes to an open store connection, each in one transaction. They run on the store's
// worker thread (local_store.h) or in tests and benchmarks; they take the decoded value
// types, never raw JSON.
#include "core/types.h"

#include <QSqlDatabase>
#include <QString>

namespace liteops::store {

// Job list rows: inserted or updated; the stored details of a job are kept.
bool writeJobList(QSqlDatabase db, const QList<Job> &jobs, qint64 listedAtMs, QString *error);
// The store keys a job by its id alone: an IEF job opened in a named IEF instance (the
// ief-instance-id header) is neither stored nor served from the store, so a stored job never
// stands for another instance's answer. The console and the CLI both ask this.
bool storeKeepsJob(Provider provider, QStringView iefInstanceId);

// Whether a fetched detail holds every task the service has: a ServiceStage job whose task
// pages stopped early (ListCompleteness) is Partial.
enum class DetailTasks { Complete, Partial };
// One job detail of any provider: the row, its items and every task (replacing what was
// stored), with the versions of HDK_QUERY tasks. A complete detail of a finished job is
// marked final: it is never fetched again unless the user asks. A detail whose id is another
// provider's stored job is not written.
bool writeJobDetail(QSqlDatabase db, const Job &job, qint64 fetchedAtMs, QString *error,
                    DetailTasks tasks = DetailTasks::Complete);
bool writeServers(QSqlDatabase db, const QList<Server> &servers, qint64 seenAtMs, QString *error);
bool writeSyncValue(QSqlDatabase db, const QString &key, const QString &value, QString *error);
// Forgets everything of this profile (the file stays, empty).
bool clearAll(QSqlDatabase db, QString *error);
// Drops jobs created before `oldestKeptMs` (with their tasks), then the oldest jobs until the
// file is under `maxBytes` (0: no cap). Returns the number of jobs dropped, -1 on failure.
int applyRetention(QSqlDatabase db, qint64 oldestKeptMs, qint64 maxBytes, QString *error);

// HDK_QUERY (or ASCEND_SOFTWARE_QUERY) by type or by one of its items.
bool isQueryJob(const Job &job);

// Key/value pairs (item spec, a task's cloud_server) as one column: key \x1f value \x1e ...
QString encodePairs(const QList<std::pair<QString, QString>> &pairs);
QList<std::pair<QString, QString>> decodePairs(QStringView text);
// Provider-specific fields (Job::extras, Task::extras) as one column: a JSON object of the
// decoded values (order_id, target_type, node_name, ...), NULL when there are none.
QString encodeExtras(const QVariantMap &extras);
QVariantMap decodeExtras(QStringView text);

} // namespace liteops::store
