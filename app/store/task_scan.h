// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every ModelArts task row that names a server, read once in table order: what the fleet's
// facts of all servers are folded from (for all servers, one sequential read is cheaper than
// an index walk per server). scanServerTasks reads through the SQLite C API on the Qt
// connection's own handle when sqlite_direct.h allows it, else through Qt SQL, whose
// per-value cost (a QVariant for every column of 600,000 rows) dominated the pass. The texts
// are SQLite's own UTF-8: converting every row's texts to UTF-16 cost more than the folding.
#include "core/timestamp.h"

#include <QSqlDatabase>
#include <QUtf8StringView>

#include <functional>

namespace liteops::store {

// Views into the current row, valid during the visitor's call only.
struct ServerTaskRow
{
    QUtf8StringView serverId;
    qint64 sortAtMs = kUnknownTime; // NULL reads as kUnknownTime
    qint64 rowid = 0;
    QUtf8StringView state; // the state key ("failed", "succeeded", ...)
    QUtf8StringView jobId;
    QUtf8StringView failedMessage; // a failed task's message; empty for every other task
    bool reportsVersions = false;  // succeeded, with a driver or firmware
    QUtf8StringView driver;
    QUtf8StringView firmware;
};

using ServerTaskVisitor = std::function<void(const ServerTaskRow &)>;

// False when the statement failed (no rows or only some were visited).
bool scanServerTasks(QSqlDatabase db, const ServerTaskVisitor &visit);
// The same rows through Qt SQL only.
bool scanServerTasksQt(QSqlDatabase db, const ServerTaskVisitor &visit);

} // namespace liteops::store
