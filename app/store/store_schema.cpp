// SPDX-License-Identifier: Apache-2.0
#include "store_schema.h"

#include "core/state.h"
#include "versions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace liteops::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiteOpsStore)
};

// SQLite's primary result codes that matter here (Qt SQL reports them as nativeErrorCode).
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

int nativeCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = describeSqlError(q.lastError());
    return false;
}

// Schema 1, the first version: jobs, items, tasks, servers.
const char *const kSchema1[] = {
    "CREATE TABLE jobs (id TEXT PRIMARY KEY, provider TEXT NOT NULL, name TEXT, type TEXT,"
    " status TEXT, state TEXT, user_name TEXT, description TEXT, template_id TEXT,"
    " abnormal_count INTEGER, created_at INTEGER, updated_at INTEGER,"
    " reported_total INTEGER, reported_failed INTEGER, reported_succeeded INTEGER,"
    " listed_at INTEGER, detail_at INTEGER, detail_final INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX jobs_created ON jobs (created_at DESC)",
    "CREATE TABLE job_items (job_id TEXT NOT NULL, position INTEGER NOT NULL, type TEXT,"
    " spec TEXT, PRIMARY KEY (job_id, position)) WITHOUT ROWID",
    "CREATE TABLE tasks (job_id TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT, server_id TEXT,"
    " server_name TEXT, name TEXT, status TEXT, state TEXT, message TEXT, created_at INTEGER,"
    " updated_at INTEGER, sort_at INTEGER, cloud_server TEXT, PRIMARY KEY (job_id, seq))",
    "CREATE INDEX tasks_server ON tasks (server_id)",
    "CREATE TABLE servers (id TEXT PRIMARY KEY, name TEXT, status TEXT, flavor TEXT,"
    " category TEXT, private_ips TEXT, created_at INTEGER, updated_at INTEGER,"
    " seen_at INTEGER)",
};

// 1 -> 2: versions parsed from HDK_QUERY messages, the per-server indexes, the sync state.
const char *const kSchema1To2[] = {
    "ALTER TABLE tasks ADD COLUMN driver TEXT",
    "ALTER TABLE tasks ADD COLUMN firmware TEXT",
    "DROP INDEX tasks_server",
    // A server's tasks, newest first.
    "CREATE INDEX tasks_server_time ON tasks (server_id, sort_at DESC)",
    // A server's newest succeeded task that reported versions.
    "CREATE INDEX tasks_server_versions ON tasks (server_id, sort_at DESC)"
    " WHERE state = 'succeeded' AND (driver IS NOT NULL OR firmware IS NOT NULL)",
    "CREATE INDEX jobs_missing_detail ON jobs (created_at DESC) WHERE detail_final = 0",
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
};

// 2 -> 3: ServiceStage and IEF job details are stored too. A task row names its job's provider
// so the per-server indexes (and every fleet question read through them) hold ModelArts
// servers only: a ServiceStage step or an IEF node is no server of the fleet. The job's and
// the task's provider-specific fields (extras) and a step's index go in as well, so a stored
// detail shows all that a fetched one does. ADD COLUMN with a constant default rewrites no
// row: every task stored before is a ModelArts task.
const char *const kSchema2To3[] = {
    "ALTER TABLE jobs ADD COLUMN extras TEXT",
    "ALTER TABLE tasks ADD COLUMN provider TEXT NOT NULL DEFAULT 'modelarts'",
    "ALTER TABLE tasks ADD COLUMN task_index INTEGER",
    "ALTER TABLE tasks ADD COLUMN extras TEXT",
    "DROP INDEX tasks_server_time",
    "DROP INDEX tasks_server_versions",
    "CREATE INDEX tasks_server_time ON tasks (server_id, sort_at DESC) WHERE provider = 'modelarts'",
    "CREATE INDEX tasks_server_versions ON tasks (server_id, sort_at DESC) WHERE provider = 'modelarts'"
    " AND state = 'succeeded' AND (driver IS NOT NULL OR firmware IS NOT NULL)",
};

bool runAll(QSqlDatabase &db, const char *const *begin, const char *const *end, QString *error)
{
    for (auto it = begin; it != end; ++it) {
        if (!exec(db, QString::fromLatin1(*it), error))
            return false;
    }
    return true;
}

// Stored tasks of query jobs get the versions their message names.
bool fillVersions(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT t.rowid, t.message FROM tasks t JOIN jobs j ON j.id = t.job_id"
                                  " WHERE j.type IN ('HDK_QUERY', 'ASCEND_SOFTWARE_QUERY') OR EXISTS (SELECT 1 FROM"
                                  " job_items i WHERE i.job_id = t.job_id AND i.type IN ('HDK_QUERY',"
                                  " 'ASCEND_SOFTWARE_QUERY'))"))) {
        *error = describeSqlError(read.lastError());
        return false;
    }
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE tasks SET driver = ?, firmware = ? WHERE rowid = ?"));
    while (read.next()) {
        const std::optional<VersionInfo> v = parseVersions(read.value(1).toString());
        if (!v)
            continue;
        write.bindValue(0, v->driver.isEmpty() ? QVariant() : QVariant(v->driver));
        write.bindValue(1, v->firmware.isEmpty() ? QVariant() : QVariant(v->firmware));
        write.bindValue(2, read.value(0));
        if (!write.exec()) {
            *error = describeSqlError(write.lastError());
            return false;
        }
    }
    return true;
}

bool migrateSteps(QSqlDatabase &db, int from, QString *error)
{
    if (from < 1 && !runAll(db, std::begin(kSchema1), std::end(kSchema1), error))
        return false;
    if (from < 2) {
        if (!runAll(db, std::begin(kSchema1To2), std::end(kSchema1To2), error))
            return false;
        if (!fillVersions(db, error))
            return false;
    }
    if (from < 3 && !runAll(db, std::begin(kSchema2To3), std::end(kSchema2To3), error))
        return false;
    return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error)
           && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), error);
}

enum class Check { Ours, Empty, Foreign, NotADatabase, Newer, Failed };

Check check(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master),"
                               " (SELECT application_id FROM pragma_application_id),"
                               " (SELECT user_version FROM pragma_user_version)"))
        || !q.next()) {
        const int code = nativeCode(q.lastError());
        *error = describeSqlError(q.lastError());
        return code == kSqliteNotADb || code == kSqliteCorrupt ? Check::NotADatabase : Check::Failed;
    }
    const int objects = q.value(0).toInt();
    const int appId = q.value(1).toInt();
    const int version = q.value(2).toInt();
    if (objects == 0)
        return Check::Empty;
    if (appId != kApplicationId)
        return Check::Foreign;
    return version > kSchemaVersion ? Check::Newer : Check::Ours;
}

void closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".broken-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    // The journal files belong to the broken file: keep them beside it.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

bool connect(const QString &path, const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid()) {
        *error = Tr::tr("The SQLite driver of Qt SQL is not installed.");
        return false;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        *error = describeSqlError(db.lastError());
        return false;
    }
    return true;
}

} // namespace

QString describeSqlError(const QSqlError &error)
{
    switch (nativeCode(error)) {
    case kSqliteFull: return Tr::tr("The disk is full.");
    case kSqliteReadOnly: return Tr::tr("The data folder is read-only.");
    case kSqliteCantOpen: return Tr::tr("The file cannot be opened or created (is the data folder writable?).");
    case kSqliteNotADb:
    case kSqliteCorrupt: return Tr::tr("The file is damaged or is not a LiteOps database.");
    default: return error.text();
    }
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool migrateToCurrent(QSqlDatabase &db, QString *error)
{
    if (schemaVersion(db) == kSchemaVersion)
        return true;
    QString ignored;
    QString *err = error ? error : &ignored;
    // IMMEDIATE takes the write lock first (waiting out another process's migration), and
    // the version is read again under it, so two processes opening a new file at once
    // migrate it once.
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), err))
        return false;
    const int from = schemaVersion(db);
    if (from != kSchemaVersion && !migrateSteps(db, from, err)) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    if (!exec(db, QStringLiteral("COMMIT"), err)) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    return true;
}

OpenResult openStoreDatabase(const QString &path, const QString &connectionName)
{
    OpenResult result;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        result.problem = Tr::tr("Local data is off: the folder %1 cannot be created.")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return result;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString error;
        if (!connect(path, connectionName, &error)) {
            closeConnection(connectionName);
            result.problem = Tr::tr("Local data is off: %1").arg(error);
            return result;
        }
        Check c;
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            c = check(db, &error);
        }
        if (c == Check::NotADatabase || c == Check::Foreign) {
            closeConnection(connectionName);
            result.movedAsideTo = attempt == 0 ? moveAside(path) : QString();
            if (result.movedAsideTo.isEmpty()) {
                result.problem = Tr::tr("Local data is off: %1 is not a LiteOps database and cannot "
                                        "be moved aside.")
                                     .arg(QDir::toNativeSeparators(path));
                return result;
            }
            result.problem = Tr::tr("The local data file was damaged or not LiteOps's own; it was "
                                    "moved aside to %1 and a fresh one was started.")
                                 .arg(QDir::toNativeSeparators(result.movedAsideTo));
            continue;
        }
        if (c == Check::Newer || c == Check::Failed) {
            closeConnection(connectionName);
            result.problem = c == Check::Newer ? Tr::tr("Local data is off: the file was written by a newer LiteOps.")
                                               : Tr::tr("Local data is off: %1").arg(error);
            return result;
        }
        bool migrated = false;
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            // WAL: readers never block the writer, and a killed writer loses only what it
            // had not committed. NORMAL sync is durable across a crash of the process.
            exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), nullptr);
            exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), nullptr);
            // Tests simulate a full disk by capping the file's pages (SQLite then answers
            // SQLITE_FULL exactly as on a full disk).
            if (const int pages = qEnvironmentVariableIntValue("LITEOPS_STORE_MAX_PAGES"); pages > 0)
                exec(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages), nullptr);
            migrated = migrateToCurrent(db, &error);
        }
        if (!migrated) {
            closeConnection(connectionName);
            result.problem = Tr::tr("Local data is off: %1").arg(error);
            return result;
        }
        result.ok = true;
        return result;
    }
    return result;
}

} // namespace liteops::store
