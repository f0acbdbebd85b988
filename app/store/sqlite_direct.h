// SPDX-License-Identifier: Apache-2.0
#pragma once
// The store's way onto the SQLite C API (store-internal; only built with
// LITEOPS_STORE_SQLITE_DIRECT): the Qt connection's own handle, given out only when Qt's
// SQLite driver uses the very SQLite library this binary links (true of Linux distributions'
// Qt, which links the system libsqlite3; not of a Qt that bundles its own copy, where a
// handle from one copy must never reach the other). Callers fall back to Qt SQL on nullptr.
#ifdef LITEOPS_STORE_SQLITE_DIRECT

#include <QSqlDatabase>

#include <sqlite3.h>

namespace liteops::store {

sqlite3 *sameLibraryHandle(QSqlDatabase db);

} // namespace liteops::store

#endif
