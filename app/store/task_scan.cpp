// SPDX-License-Identifier: Apache-2.0
#include "task_scan.h"

#include "sqlite_direct.h"

#include <QSqlError>
#include <QSqlQuery>

namespace liteops::store {

namespace {

// A failed task's message only: the others' are never read, so never converted.
const char kScanSql[] =
    "SELECT server_id, sort_at, rowid, state, job_id,"
    " CASE WHEN state = 'failed' THEN message END,"
    " state = 'succeeded' AND (driver IS NOT NULL OR firmware IS NOT NULL),"
    " driver, firmware FROM tasks NOT INDEXED WHERE provider = 'modelarts' AND server_id IS NOT NULL";

#ifdef LITEOPS_STORE_SQLITE_DIRECT

QUtf8StringView textAt(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? QUtf8StringView(text, sqlite3_column_bytes(s, column)) : QUtf8StringView();
}

ServerTaskRow directRow(sqlite3_stmt *s)
{
    ServerTaskRow row;
    row.serverId = textAt(s, 0);
    row.sortAtMs = sqlite3_column_type(s, 1) == SQLITE_NULL ? kUnknownTime : sqlite3_column_int64(s, 1);
    row.rowid = sqlite3_column_int64(s, 2);
    row.state = textAt(s, 3);
    row.jobId = textAt(s, 4);
    row.failedMessage = textAt(s, 5);
    row.reportsVersions = sqlite3_column_int(s, 6) != 0;
    if (row.reportsVersions) {
        row.driver = textAt(s, 7);
        row.firmware = textAt(s, 8);
    }
    return row;
}

bool scanDirect(sqlite3 *handle, const ServerTaskVisitor &visit)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, kScanSql, -1, &statement, nullptr) != SQLITE_OK)
        return false;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        visit(directRow(statement));
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

#endif

qint64 timeOf(const QVariant &v)
{
    return v.isNull() ? kUnknownTime : v.toLongLong();
}

} // namespace

bool scanServerTasksQt(QSqlDatabase db, const ServerTaskVisitor &visit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kScanSql)))
        return false;
    while (q.next()) {
        // The views need owners for the length of the call.
        const QByteArray serverId = q.value(0).toString().toUtf8(), state = q.value(3).toString().toUtf8(),
                         jobId = q.value(4).toString().toUtf8(), message = q.value(5).toString().toUtf8(),
                         driver = q.value(7).toString().toUtf8(), firmware = q.value(8).toString().toUtf8();
        ServerTaskRow row;
        row.serverId = serverId;
        row.sortAtMs = timeOf(q.value(1));
        row.rowid = q.value(2).toLongLong();
        row.state = state;
        row.jobId = jobId;
        row.failedMessage = message;
        row.reportsVersions = q.value(6).toBool();
        row.driver = driver;
        row.firmware = firmware;
        visit(row);
    }
    return q.lastError().type() == QSqlError::NoError;
}

bool scanServerTasks(QSqlDatabase db, const ServerTaskVisitor &visit)
{
#ifdef LITEOPS_STORE_SQLITE_DIRECT
    if (sqlite3 *handle = sameLibraryHandle(db))
        return scanDirect(handle, visit);
#endif
    return scanServerTasksQt(db, visit);
}

} // namespace liteops::store
