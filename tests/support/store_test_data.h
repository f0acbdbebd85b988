// SPDX-License-Identifier: Apache-2.0
#pragma once
// Jobs and tasks for the store tests, and a connection helper that closes itself.
#include "store_schema.h"
#include "core/decode.h"
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

// A finished ServiceStage job (three steps, one failed) as decodeServiceStageJob makes it:
// extras (order_id, service_instance_id), step indexes, a JSON `messages` read as its text.
inline Job serviceStageJob(const QString &id)
{
    // Plain literals, no raw string: moc reads this header and loses its place in one.
    const QString json = QStringLiteral(
                             "{\"job\":{\"job_id\":\"%1\",\"job_type\":\"upgrade\",\"execution_status\":\"FAILED\","
                             "\"order_id\":\"order-7\",\"service_instance_id\":\"si-3\"},\"task_count\":3,\"tasks\":["
                             "{\"task_id\":\"%1-a\",\"task_name\":\"prepare\",\"task_status\":\"SUCCESS\","
                             "\"task_index\":0,\"messages\":\"{}\",\"created_at\":\"2026-01-05T10:00:00.000Z\","
                             "\"update_at\":\"2026-01-05T10:01:00.000Z\"},"
                             "{\"task_id\":\"%1-b\",\"task_name\":\"deploy\",\"task_status\":\"FAILED\","
                             "\"task_index\":1,\"messages\":\"{\\\"error\\\":\\\"image pull failed\\\"}\","
                             "\"created_at\":\"2026-01-05T10:01:00Z\"},"
                             "{\"task_id\":\"%1-c\",\"task_name\":\"verify\",\"task_status\":\"SKIPPED\","
                             "\"task_index\":2}]}")
                             .arg(id);
    return decodeServiceStageJob(json.toUtf8()).value();
}

// A finished IEF batch job over two edge nodes, `node` among them, as decodeIefJob makes it:
// extras (target_type, task_data), node names from targets[], a task's extension_info.
// Its tasks carry versions in their messages, as a ModelArts query's would.
inline Job iefJob(const QString &id, const QString &node, qint64 createdSeconds)
{
    const QString json = QStringLiteral(
                             "{\"job_id\":\"%1\",\"job_name\":\"edge-%1\",\"job_type\":\"HDK_QUERY\","
                             "\"status\":\"FAILED\",\"description\":\"edge query\",\"created_at\":%3,"
                             "\"updated_at\":%4,\"task_total_count\":2,\"task_failed_count\":1,"
                             "\"task_success_count\":1,\"target_type\":\"NODE\","
                             "\"task_data\":{\"script\":\"npu-smi info\",\"timeout\":60},"
                             "\"targets\":[{\"target_id\":\"%2\",\"extension_info\":[{\"key\":\"node_name\","
                             "\"value\":\"edge-a\"}]},{\"target_id\":\"edge-b-id\",\"extension_info\":["
                             "{\"key\":\"node_name\",\"value\":\"edge-b\"}]}],"
                             "\"tasks\":[{\"task_id\":\"%1-1\",\"task_name\":\"run\",\"status\":\"SUCCESS\","
                             "\"target_id\":\"%2\",\"created_at\":%3,\"reason\":\"Driver: 99.9.9 | Firmware: 9.9\","
                             "\"extension_info\":[{\"key\":\"zone\",\"value\":\"z1\"}]},"
                             "{\"task_id\":\"%1-2\",\"task_name\":\"run\",\"status\":\"FAILED\","
                             "\"target_id\":\"edge-b-id\",\"created_at\":%3,"
                             "\"reason\":\"{\\\"error\\\":\\\"node offline\\\"}\"}]}")
                             .arg(id, node)
                             .arg(createdSeconds)
                             .arg(createdSeconds + 60);
    return decodeIefJob(json.toUtf8()).value();
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
