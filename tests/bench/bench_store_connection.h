// SPDX-License-Identifier: Apache-2.0
#pragma once
// A store connection on this thread for the benchmark's store scenarios; it exits the
// program when the store cannot be opened.
#include "store_schema.h"

#include <QSqlDatabase>
#include <QUuid>

#include <cstdio>
#include <cstdlib>

namespace liteops::bench {

// A store connection on this thread, closed at the end.
struct Connection
{
    explicit Connection(const QString &path) : name(QUuid::createUuid().toString())
    {
        const store::OpenResult r = store::openStoreDatabase(path, name);
        if (!r.ok) {
            std::fprintf(stderr, "liteops-bench: store: %s\n", qPrintable(r.problem));
            std::exit(1);
        }
    }
    ~Connection()
    {
        {
            QSqlDatabase d = db();
            d.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    QString name;
};

} // namespace liteops::bench
