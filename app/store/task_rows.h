// SPDX-License-Identifier: Apache-2.0
#pragma once
// A job detail's task rows, the bulk of every write to the store (a finished job can have
// 20,000 tasks). Two writers of the same rows:
// - writeTaskRowsDirect binds each value straight from the Task's UTF-16 text through the
//   SQLite C API on the Qt connection's own handle, one prepared statement, no QVariant;
// - writeTaskRowsQt goes through Qt SQL, 64 rows per INSERT.
// writeTaskRows picks the direct one when it is safe (sqlite_direct.h: Qt's SQLite driver must
// use the very SQLite library this binary links). Qt SQL's per-value cost made the store's
// write 2.2 times the C API's.
#include "core/types.h"

#include <QSqlDatabase>
#include <QString>

namespace liteops::store {

// Inside the caller's transaction; the job's previous task rows are already deleted.
bool writeTaskRows(QSqlDatabase db, const Job &job, QString *error);
bool writeTaskRowsQt(QSqlDatabase db, const Job &job, QString *error);
// False with `error` set when the direct path is not available on this connection.
bool writeTaskRowsDirect(QSqlDatabase db, const Job &job, QString *error);
bool directTaskRowsAvailable(QSqlDatabase db);

} // namespace liteops::store
