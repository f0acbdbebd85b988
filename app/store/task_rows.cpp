// SPDX-License-Identifier: Apache-2.0
#include "task_rows.h"

#include "sqlite_direct.h"
#include "store_schema.h"
#include "store_writes.h"
#include "versions.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <optional>

namespace liteops::store {

namespace {

constexpr int kTaskColumns = 18;
const QString kInsertTasks = QStringLiteral(
    "INSERT INTO tasks (job_id, seq, id, server_id, server_name, name, status, state, message,"
    " created_at, updated_at, sort_at, cloud_server, driver, firmware, provider, task_index,"
    " extras) VALUES ");

// What a row holds beyond the task's own fields: one rule for both writers.
struct DerivedColumns
{
    qint64 sortAt = 0;
    std::optional<VersionInfo> versions;
    QString cloudServer;
    QString extras; // IEF extension_info and the like; empty for most tasks
};

DerivedColumns derivedColumns(const Job &job, const Task &t, bool queryJob)
{
    DerivedColumns d;
    // Newest-first orders sort on the task's own time, else the job's.
    d.sortAt = isKnownTime(t.createdAtMs())   ? t.createdAtMs()
               : isKnownTime(t.updatedAtMs()) ? t.updatedAtMs()
                                              : job.createdAtMs;
    if (queryJob && t.state() == State::Succeeded)
        d.versions = parseVersions(t.message());
    const StringPairs cloud = t.cloudServer();
    if (!cloud.isEmpty())
        d.cloudServer = encodePairs(cloud);
    if (!t.extras().isEmpty())
        d.extras = encodeExtras(t.extras());
    return d;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// ---- Qt SQL ---------------------------------------------------------------------------

// Rows per INSERT: Qt SQL's cost is mostly per statement execution, so a big job's tasks go
// in 64 rows at a time (1,152 parameters, far below SQLite's limit).
constexpr int kRowsPerInsert = 64;

QString insertTasksSql(int rows)
{
    QString sql = kInsertTasks;
    for (int r = 0; r < rows; ++r)
        sql += r ? QStringLiteral(",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                 : QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    return sql;
}

QVariant timeValue(qint64 ms)
{
    return isKnownTime(ms) ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textValue(QStringView s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.toString());
}

QVariant indexValue(int index)
{
    return index >= 0 ? QVariant(index) : QVariant(QMetaType(QMetaType::Int));
}

void bindQtRow(QSqlQuery &ins, int at, const Job &job, qsizetype seq, bool queryJob,
               const std::array<QVariant, kStateCount> &stateKeys, const QVariant &provider)
{
    const Task &t = job.tasks.at(seq);
    const DerivedColumns d = derivedColumns(job, t, queryJob);
    const QVariant noText(QMetaType(QMetaType::QString));
    ins.bindValue(at + 0, job.id);
    ins.bindValue(at + 1, int(seq));
    ins.bindValue(at + 2, textValue(t.id()));
    ins.bindValue(at + 3, textValue(t.targetId()));
    ins.bindValue(at + 4, textValue(t.targetName()));
    ins.bindValue(at + 5, textValue(t.name()));
    ins.bindValue(at + 6, t.status());
    ins.bindValue(at + 7, stateKeys[size_t(t.state())]);
    ins.bindValue(at + 8, textValue(t.message()));
    ins.bindValue(at + 9, timeValue(t.createdAtMs()));
    ins.bindValue(at + 10, timeValue(t.updatedAtMs()));
    ins.bindValue(at + 11, timeValue(d.sortAt));
    ins.bindValue(at + 12, d.cloudServer.isEmpty() ? noText : QVariant(d.cloudServer));
    ins.bindValue(at + 13, d.versions ? textValue(d.versions->driver) : noText);
    ins.bindValue(at + 14, d.versions ? textValue(d.versions->firmware) : noText);
    ins.bindValue(at + 15, provider);
    ins.bindValue(at + 16, indexValue(t.index()));
    ins.bindValue(at + 17, d.extras.isEmpty() ? noText : QVariant(d.extras));
}

// ---- SQLite C API ---------------------------------------------------------------------

#ifdef LITEOPS_STORE_SQLITE_DIRECT

// Text straight from the QString's UTF-16, valid until the row is stepped; empty is NULL
// unless `emptyIsText` (the raw status is stored as given, '' included).
void bindText(sqlite3_stmt *s, int column, QStringView text, bool emptyIsText = false)
{
    if (text.isEmpty() && !emptyIsText)
        sqlite3_bind_null(s, column);
    else
        sqlite3_bind_text16(s, column, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

void bindTime(sqlite3_stmt *s, int column, qint64 ms)
{
    if (isKnownTime(ms))
        sqlite3_bind_int64(s, column, ms);
    else
        sqlite3_bind_null(s, column);
}

bool stepRow(sqlite3_stmt *s, const Job &job, qsizetype seq, bool queryJob,
             const std::array<QString, kStateCount> &stateKeys, const QString &provider)
{
    const Task &t = job.tasks.at(seq);
    const DerivedColumns d = derivedColumns(job, t, queryJob);
    bindText(s, 1, job.id, true);
    sqlite3_bind_int(s, 2, int(seq));
    bindText(s, 3, t.id());
    bindText(s, 4, t.targetId());
    bindText(s, 5, t.targetName());
    bindText(s, 6, t.name());
    bindText(s, 7, t.status(), true);
    bindText(s, 8, stateKeys[size_t(t.state())], true);
    bindText(s, 9, t.message());
    bindTime(s, 10, t.createdAtMs());
    bindTime(s, 11, t.updatedAtMs());
    bindTime(s, 12, d.sortAt);
    bindText(s, 13, d.cloudServer);
    bindText(s, 14, d.versions ? QStringView(d.versions->driver) : QStringView());
    bindText(s, 15, d.versions ? QStringView(d.versions->firmware) : QStringView());
    bindText(s, 16, provider, true);
    if (t.index() >= 0)
        sqlite3_bind_int(s, 17, t.index());
    else
        sqlite3_bind_null(s, 17);
    bindText(s, 18, d.extras);
    const bool ok = sqlite3_step(s) == SQLITE_DONE;
    sqlite3_reset(s);
    return ok;
}

// The same sentences as Qt SQL's errors get ("The disk is full.").
bool failWith(sqlite3 *handle, QString *error)
{
    const QSqlError e(QStringLiteral("Unable to execute statement"), QString::fromUtf8(sqlite3_errmsg(handle)),
                      QSqlError::StatementError, QString::number(sqlite3_extended_errcode(handle)));
    return fail(error, describeSqlError(e));
}

bool writeWithHandle(sqlite3 *handle, const Job &job, QString *error)
{
    const QByteArray sql =
        (kInsertTasks + QStringLiteral("(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)")).toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return failWith(handle, error);
    const bool queryJob = isQueryJob(job);
    std::array<QString, kStateCount> stateKeys; // made once per detail, not once per task
    for (int s = 0; s < kStateCount; ++s)
        stateKeys[size_t(s)] = QString(stateKey(State(s)));
    const QString provider(providerKey(job.provider));
    bool ok = true;
    for (qsizetype i = 0; ok && i < job.tasks.size(); ++i)
        ok = stepRow(statement, job, i, queryJob, stateKeys, provider);
    if (!ok)
        failWith(handle, error);
    sqlite3_finalize(statement);
    return ok;
}

#endif

} // namespace

bool writeTaskRowsQt(QSqlDatabase db, const Job &job, QString *error)
{
    const bool queryJob = isQueryJob(job);
    std::array<QVariant, kStateCount> stateKeys; // made once per detail, not once per task
    for (int s = 0; s < kStateCount; ++s)
        stateKeys[size_t(s)] = QString(stateKey(State(s)));
    const QVariant provider(QString(providerKey(job.provider)));
    QSqlQuery full(db);
    if (job.tasks.size() >= kRowsPerInsert)
        full.prepare(insertTasksSql(kRowsPerInsert));
    const qsizetype count = job.tasks.size();
    for (qsizetype first = 0; first < count; first += kRowsPerInsert) {
        const int rows = int(qMin<qsizetype>(kRowsPerInsert, count - first));
        QSqlQuery tail(db);
        QSqlQuery &ins = rows == kRowsPerInsert ? full : tail;
        if (rows != kRowsPerInsert)
            tail.prepare(insertTasksSql(rows));
        for (int r = 0; r < rows; ++r)
            bindQtRow(ins, r * kTaskColumns, job, first + r, queryJob, stateKeys, provider);
        if (!ins.exec())
            return fail(error, describeSqlError(ins.lastError()));
    }
    return true;
}

bool directTaskRowsAvailable(QSqlDatabase db)
{
#ifdef LITEOPS_STORE_SQLITE_DIRECT
    return sameLibraryHandle(db) != nullptr;
#else
    Q_UNUSED(db);
    return false;
#endif
}

bool writeTaskRowsDirect(QSqlDatabase db, const Job &job, QString *error)
{
#ifdef LITEOPS_STORE_SQLITE_DIRECT
    if (sqlite3 *handle = sameLibraryHandle(db))
        return writeWithHandle(handle, job, error);
#else
    Q_UNUSED(db);
    Q_UNUSED(job);
#endif
    return fail(error, QStringLiteral("the SQLite C API is not available on this connection"));
}

bool writeTaskRows(QSqlDatabase db, const Job &job, QString *error)
{
#ifdef LITEOPS_STORE_SQLITE_DIRECT
    if (sqlite3 *handle = sameLibraryHandle(db))
        return writeWithHandle(handle, job, error);
#endif
    return writeTaskRowsQt(db, job, error);
}

} // namespace liteops::store
