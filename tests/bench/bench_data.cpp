// SPDX-License-Identifier: Apache-2.0
#include "bench_data.h"

#include <QRandomGenerator>

namespace liteops::bench {

namespace {

// A UUID-shaped id derived from a number, so ids are unique and look like the API's.
QByteArray uuid(QRandomGenerator &rng)
{
    const QByteArray hex = QByteArray::number(rng.generate64(), 16).rightJustified(16, '0')
                           + QByteArray::number(rng.generate64(), 16).rightJustified(16, '0');
    return hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20, 12);
}

} // namespace

QByteArray jobDetailJson(int tasks, quint32 seed)
{
    QRandomGenerator rng(seed);
    const qint64 t0 = 1757558550702;
    QByteArray out;
    out.reserve(qsizetype(tasks) * 320 + 1024);
    out += R"({"create_at":1757558550702,"update_at":1757558564458,"id":")" + uuid(rng)
           + R"(","name":"hdk-upgrade-fleet","description":"Upgrade the HDK on every server.",)"
             R"("type":"ASCEND_SOFTWARE_UPGRADE","status":"PROCESSING","items":[{"type":"HDK_UPGRADE",)"
             R"("spec":{"version":"24.1.0.3"}}],"tasks":[)";
    for (int i = 0; i < tasks; ++i) {
        if (i > 0)
            out += ',';
        const quint32 roll = rng.bounded(100);
        QByteArray status = "SUCCESS";
        QByteArray message;
        if (roll < 4) {
            status = "FAILED";
            switch (rng.bounded(3)) {
            case 0: message = "disk /var full (" + QByteArray::number(90 + rng.bounded(10)) + "%)"; break;
            case 1: message = "npu " + QByteArray::number(rng.bounded(8)) + " not found by the driver"; break;
            default:
                message = "ssh to 192.168." + QByteArray::number(rng.bounded(255)) + "."
                          + QByteArray::number(rng.bounded(255)) + " timed out after 30 s";
                break;
            }
        } else if (roll < 20) {
            status = "PROCESSING";
            message = "upgrading firmware";
        } else {
            message = rng.bounded(10) == 0 ? "Driver: 23.0.6 | Firmware: 7.1.0.11.220"
                                           : "Driver: 24.1.0.3 | Firmware: 7.5.0.5.220";
        }
        const qint64 created = t0 + i;
        out += R"({"create_at":)" + QByteArray::number(created) + R"(,"update_at":)"
               + QByteArray::number(created + 10000 + rng.bounded(5000)) + R"(,"id":")" + uuid(rng)
               + R"(","server_id":")" + uuid(rng) + R"(","server_name":"liteserver-a2-node-)"
               + QByteArray::number(i).rightJustified(5, '0') + R"(","cloud_server":{"id":")" + uuid(rng)
               + R"(","type":"BMS"},"status":")" + status + R"(","message":")" + message + R"("})";
    }
    out += R"(],"template_id":"2b087a09-e90d-414c-9b15-ffec45e400e7","user_name":"modelarts_user","abnormal_count":0})";
    return out;
}

Job withChangedTasks(const Job &job, int changed)
{
    Job next = job;
    const int n = int(next.tasks.size());
    if (n == 0 || changed <= 0)
        return next;
    const int step = std::max(1, n / changed);
    int done = 0;
    for (int i = 0; i < n && done < changed; i += step, ++done) {
        Task &t = next.tasks[i];
        // A running task finishes, a finished one is retried: always a new group.
        t.setStatus(t.state() == State::Running ? QStringLiteral("SUCCESS") : QStringLiteral("PROCESSING"));
        t.setUpdatedAtMs(t.updatedAtMs() + 5000);
    }
    return next;
}

QList<Job> listJobs(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const char *const types[] = {"ASCEND_SOFTWARE_UPGRADE", "ASCEND_SOFTWARE_QUERY", "ASCEND_DIAGNOSIS",
                                        "COMMON", "DEVICE_LOG_COLLECT"};
    static const char *const names[] = {"upgrade-hdk", "query-versions", "diagnose-npu", "run-script", "collect-logs"};
    static const char *const users[] = {"modelarts_user", "ops_admin", "alice", "bob", "ci-robot"};
    static const State states[] = {State::Succeeded, State::Succeeded, State::Succeeded, State::Running,
                                   State::Failed,    State::Partial,   State::Deleted};
    QList<Job> jobs;
    jobs.reserve(count);
    for (int i = 0; i < count; ++i) {
        const quint32 kind = rng.bounded(5);
        Job j;
        j.id = QString::fromLatin1(uuid(rng));
        j.name = QLatin1String(names[kind]) + QLatin1Char('-') + QString::number(i).rightJustified(6, QLatin1Char('0'));
        j.type = QLatin1String(types[kind]);
        j.state = states[rng.bounded(7)];
        j.status = j.state == State::Running   ? QStringLiteral("PROCESSING")
                   : j.state == State::Deleted ? QStringLiteral("DELETED")
                                               : QStringLiteral("FINISHED");
        j.userName = QLatin1String(users[rng.bounded(5)]);
        j.description = QStringLiteral("Fleet job %1 for cluster %2").arg(i).arg(rng.bounded(40));
        j.abnormalCount = j.state == State::Failed ? int(rng.bounded(50)) : 0;
        j.createdAtMs = 1700000000000 + qint64(rng.bounded(1u << 30)) * 50;
        j.updatedAtMs = j.createdAtMs + rng.bounded(100000);
        jobs.append(std::move(j));
    }
    return jobs;
}

QList<Job> withChangedJobs(const QList<Job> &jobs, int changed)
{
    QList<Job> next = jobs;
    const int n = int(next.size());
    if (n == 0 || changed <= 0)
        return next;
    const int step = std::max(1, n / changed);
    int done = 0;
    for (int i = 0; i < n && done < changed; i += step, ++done) {
        // Deleted jobs stay deleted: take the next one that is not.
        int k = i;
        while (k < n - 1 && next[k].state == State::Deleted)
            ++k;
        Job &j = next[k];
        j.state = j.state == State::Running ? State::Succeeded : State::Running;
        j.status = j.state == State::Running ? QStringLiteral("PROCESSING") : QStringLiteral("FINISHED");
        j.updatedAtMs += 5000;
    }
    return next;
}

} // namespace liteops::bench
