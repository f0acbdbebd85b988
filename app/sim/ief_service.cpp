// SPDX-License-Identifier: Apache-2.0
#include "ief_service.h"

#include "world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace liteops::sim {

namespace {

QJsonArray extensionInfo(const QString &key, const QString &value)
{
    return QJsonArray{QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}};
}

} // namespace

SimResponse iefJob(const World &world, const SimRequest &request, const QString &jobId)
{
    const Job *job = nullptr;
    for (const Job &j : world.iefJobs()) {
        if (j.id == jobId)
            job = &j;
    }
    if (!job) {
        return SimResponse::error(request, 404, QStringLiteral("IEF.100011"),
                                  QStringLiteral("Job %1 does not exist").arg(jobId));
    }
    QJsonArray targets;
    QJsonArray tasks;
    for (const Task &t : job->tasks) {
        const QString target = t.targetId().toString();
        targets.append(QJsonObject{{QStringLiteral("target_id"), target},
                                   {QStringLiteral("extension_info"),
                                    extensionInfo(QStringLiteral("node_name"), t.targetName().toString())}});
        tasks.append(QJsonObject{{QStringLiteral("task_name"), t.name().toString()},
                                 {QStringLiteral("task_id"), t.id().toString()},
                                 {QStringLiteral("target_id"), target},
                                 {QStringLiteral("status"), t.status()},
                                 {QStringLiteral("created_at"), t.createdAtMs() / 1000},
                                 {QStringLiteral("reason"), t.message().toString()},
                                 {QStringLiteral("extension_info"),
                                  extensionInfo(QStringLiteral("deployment_id"),
                                                t.extras().value(QStringLiteral("deployment_id")).toString())}});
    }
    const QJsonObject body{{QStringLiteral("job_name"), job->name},
                           {QStringLiteral("job_id"), job->id},
                           {QStringLiteral("job_type"), job->type},
                           {QStringLiteral("target_type"), job->extras.value(QStringLiteral("target_type")).toString()},
                           {QStringLiteral("description"), job->description},
                           {QStringLiteral("targets"), targets},
                           {QStringLiteral("task_data"), job->extras.value(QStringLiteral("task_data")).toString()},
                           {QStringLiteral("status"), job->status},
                           {QStringLiteral("created_at"), job->createdAtMs / 1000},
                           {QStringLiteral("status_last_updated_at"), job->updatedAtMs / 1000},
                           {QStringLiteral("tasks"), tasks},
                           {QStringLiteral("task_total_count"), job->reportedTotal},
                           {QStringLiteral("task_failed_count"), job->reportedFailed},
                           {QStringLiteral("task_success_count"), job->reportedSucceeded}};
    return SimResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace liteops::sim
