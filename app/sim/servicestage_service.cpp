// SPDX-License-Identifier: Apache-2.0
#include "servicestage_service.h"

#include "paging.h"
#include "world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace liteops::sim {

namespace {

// ServiceStage sends 0 to 3 fraction digits ("…31.36Z"); vary them like the real service.
QString isoWithFraction(qint64 ms, int fractionDigits)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    QString s = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (fractionDigits > 0)
        s += QLatin1Char('.') + QString::number(ms % 1000).rightJustified(3, QLatin1Char('0')).left(fractionDigits);
    return s + QLatin1Char('Z');
}

} // namespace

SimResponse serviceStageJob(const World &world, const SimRequest &request, const QString &projectId,
                            const QString &jobId)
{
    const Job *job = nullptr;
    for (const Job &j : world.serviceStageJobs()) {
        if (j.id == jobId)
            job = &j;
    }
    if (!job) {
        return SimResponse::error(request, 404, QStringLiteral("SVCSTG.00100404"),
                                  QStringLiteral("Job %1 does not exist").arg(jobId));
    }
    SimResponse error;
    const std::optional<PageWindow> w = pageWindow(request, &error, kMaxPageLimit);
    if (!w)
        return error;
    const QString desc = request.queryValue(u"desc").toLower();
    if (!desc.isEmpty() && desc != QLatin1String("true") && desc != QLatin1String("false")) {
        return SimResponse::error(request, 400, QStringLiteral("SVCSTG.00100400"),
                                  QStringLiteral("Invalid parameter desc: expected true or false"));
    }
    const bool descending = desc == QLatin1String("true");

    const qsizetype n = job->tasks.size();
    QJsonArray tasks;
    for (qint64 k = w->offset; k < qMin<qint64>(n, w->offset + w->limit); ++k) {
        const Task &t = job->tasks[descending ? n - 1 - k : k];
        const int digits = int(k % 4);
        tasks.append(QJsonObject{{QStringLiteral("task_id"), t.id().toString()},
                                 {QStringLiteral("task_index"), t.index()},
                                 {QStringLiteral("task_name"), t.name().toString()},
                                 {QStringLiteral("task_status"), t.status()},
                                 {QStringLiteral("created_at"), isoWithFraction(t.createdAtMs(), digits)},
                                 {QStringLiteral("update_at"), isoWithFraction(t.updatedAtMs(), 3 - digits)},
                                 {QStringLiteral("messages"), t.message().toString()}});
    }
    const QJsonObject body{{QStringLiteral("task_count"), qint64(n)},
                           {QStringLiteral("job"),
                            QJsonObject{{QStringLiteral("execution_status"), job->status},
                                        {QStringLiteral("job_id"), job->id},
                                        {QStringLiteral("job_type"), job->type},
                                        {QStringLiteral("order_id"),
                                         job->extras.value(QStringLiteral("order_id")).toString()},
                                        {QStringLiteral("project_id"), projectId},
                                        {QStringLiteral("service_instance_id"),
                                         job->extras.value(QStringLiteral("service_instance_id")).toString()}}},
                           {QStringLiteral("tasks"), tasks}};
    return SimResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace liteops::sim
