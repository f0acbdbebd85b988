// SPDX-License-Identifier: Apache-2.0
#pragma once
// Jobs and tasks for the store tests, and a connection helper that closes itself.
#include "store_schema.h"
#include "core/types.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUuid>

namespace liteops::test {

inline Task storeTask(const QString &id, const QString &server, const QString &status, qint64 created,
                      const QString &message = {})
{
    return Task::Builder()
        .id(id)
        .targetId(server)
        .targetName(QStringLiteral("name-") + server)
        .message(message)
        .addCloudServer(u"id", QStringLiteral("ecs-") + server)
        .addCloudServer(u"type", u"BMS")
        .status(status)
        .createdAtMs(created)
        .updatedAtMs(isKnownTime(created) ? created + 1000 : kUnknownTime)
        .build();
}

inline Job storeJob(const QString &id, const QString &status, qint64 created,
                    const QString &type = QStringLiteral("HDK_UPGRADE"))
{
    Job job;
    job.id = id;
    job.name = QStringLiteral("job-") + id;
    job.type = type;
    job.status = status;
    job.state = stateFromStatus(status);
    job.userName = QStringLiteral("ops");
    job.description = QStringLiteral("described ") + id;
    job.abnormalCount = 0;
    job.createdAtMs = created;
    job.updatedAtMs = created + 60000;
    return job;
}

// A store connection on the test's thread, closed and removed on destruction.
class TestConnection
{
public:
    explicit TestConnection(const QString &path, bool viaStore = true) : m_name(QUuid::createUuid().toString())
    {
        if (viaStore) {
            m_result = store::openStoreDatabase(path, m_name);
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(path);
            m_result.ok = db.open();
        }
    }
    ~TestConnection()
    {
        {
            QSqlDatabase d = db();
            d.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const store::OpenResult &result() const { return m_result; }

private:
    QString m_name;
    store::OpenResult m_result;
};

} // namespace liteops::test
