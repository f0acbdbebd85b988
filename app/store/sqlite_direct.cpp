// SPDX-License-Identifier: Apache-2.0
#include "sqlite_direct.h"

#ifdef LITEOPS_STORE_SQLITE_DIRECT

#include <QSqlDriver>
#include <QSqlQuery>

namespace liteops::store {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

// The connection was opened by this binary's SQLite when both report the same version and
// its VFS is this library's default VFS object (a static of the library itself).
sqlite3 *sameLibraryHandle(QSqlDatabase db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return nullptr;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    sqlite3_vfs *vfs = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK
        || vfs != sqlite3_vfs_find(nullptr))
        return nullptr;
    return handle;
}

} // namespace liteops::store

#endif
