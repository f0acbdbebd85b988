// SPDX-License-Identifier: Apache-2.0
#pragma once
// The store's schema, its version (PRAGMA user_version) and the migrations from every
// earlier version, plus opening a store file safely: WAL, a busy timeout so two LiteOps
// processes on one profile wait for each other instead of failing, and a corrupt or foreign
// file moved aside (with a timestamped name) for a fresh store.
#include <QSqlDatabase>
#include <QString>

namespace liteops::store {

// 1: jobs, job items, tasks, servers. 2: task versions (driver, firmware from HDK_QUERY
// messages), the per-server indexes and the sync state. 3: ServiceStage and IEF details
// (tasks.provider, the per-server indexes on ModelArts tasks only, extras, a step's index).
inline constexpr int kSchemaVersion = 3;
// PRAGMA application_id of every LiteOps store ("LOPS"): tells our file from a foreign one.
inline constexpr int kApplicationId = 0x4C4F5053;
// How long a connection waits for another process's write before giving up.
inline constexpr int kBusyTimeoutMs = 10000;

struct OpenResult
{
    bool ok = false;
    QString problem;      // one translated message when not ok, or when a file was moved aside
    QString movedAsideTo; // the new name of a corrupt or foreign file, else empty
};

// Opens (creating when missing) the store file at `path` as the Qt SQL connection
// `connectionName`, on the calling thread. A file that is not a database, or a database that
// is not a LiteOps store, is renamed to "<path>.broken-<yyyyMMdd-HHmmss>" and a fresh store
// is created in its place. Not ok (and nothing created) when the folder cannot be written
// or the file was written by a newer LiteOps.
OpenResult openStoreDatabase(const QString &path, const QString &connectionName);

// The version the open database is at (0 for an empty file).
int schemaVersion(const QSqlDatabase &db);
// Brings a database at an earlier version (or an empty one) to kSchemaVersion in one
// transaction. False with a message when a step fails (the file is left as it was).
bool migrateToCurrent(QSqlDatabase &db, QString *error);

// "Not a database", "disk full", "read-only": a translated sentence for a Qt SQL error.
QString describeSqlError(const class QSqlError &error);

} // namespace liteops::store
