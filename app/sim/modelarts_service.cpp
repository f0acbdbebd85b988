// SPDX-License-Identifier: Apache-2.0
#include "modelarts_service.h"

#include "core/decode.h"
#include "core/encode.h"
#include "job_json_writer.h"
#include "paging.h"
#include "simulator.h"
#include "world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace liteops::sim {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SimResponse badRequest(const SimRequest &request, const char *code, const QString &message)
{
    return SimResponse::error(request, 400, QLatin1String(code), message);
}

template <typename T, typename F>
SimResponse pageAnswer(const PageWindow &w, qint64 total, QList<T> rows, F toJson)
{
    Page<T> page;
    page.current = w.current();
    page.pages = w.pages(total);
    page.size = rows.size();
    page.total = total;
    page.rows = std::move(rows);
    return SimResponse::json(200, compact(pageToJson(page, toJson)));
}

} // namespace

ModelArtsService::ModelArtsService(World &world, const SimOptions &options)
    : m_world(world), m_taskDurationMs(options.taskDurationMs), m_maxServersPerJob(options.maxServersPerJob)
{
    // Server actions take as long as a created job's tasks: a test shortens both at once.
    m_world.setServerActionDurationMs(options.taskDurationMs);
}

SimResponse ModelArtsService::listJobs(const SimRequest &request, qint64 nowMs) const
{
    SimResponse error;
    const std::optional<PageWindow> w = pageWindow(request, &error);
    if (!w)
        return error;
    const QString id = request.queryValue(u"id");
    const QString name = request.queryValue(u"name");
    const QString type = request.queryValue(u"type");
    const QString status = request.queryValue(u"status");
    const QString visible = request.queryValue(u"visible").toLower();
    if (!visible.isEmpty() && visible != QLatin1String("true") && visible != QLatin1String("false"))
        return badRequest(request, kBadParameter, QStringLiteral("Invalid parameter visible: expected true or false"));
    // A type filter also finds jobs by the item type they were created with.
    const QString reportedType = type.isEmpty() ? QString() : World::reportedJobType(type);

    QList<Job> rows;
    qint64 total = 0;
    const auto consider = [&](int record) {
        if (!visible.isEmpty() && m_world.jobVisible(record) != (visible == QLatin1String("true")))
            return;
        if (!type.isEmpty()) {
            const QString jobType = m_world.jobType(record);
            if (jobType != type && jobType != reportedType)
                return;
        }
        if (!name.isEmpty() && !m_world.jobName(record).contains(name, Qt::CaseInsensitive))
            return;
        if (!status.isEmpty() && m_world.jobStatus(record, nowMs).compare(status, Qt::CaseInsensitive) != 0)
            return;
        if (total >= w->offset && total < w->offset + w->limit)
            rows.append(m_world.job(record, nowMs, false));
        ++total;
    };
    if (!id.isEmpty()) {
        const int record = m_world.recordIndex(id);
        if (record >= 0)
            consider(record);
    } else {
        const int count = m_world.jobCount();
        for (int position = 0; position < count; ++position)
            consider(m_world.recordAtPosition(position));
    }
    Page<Job> page;
    page.current = w->current();
    page.pages = w->pages(total);
    page.size = rows.size();
    page.total = total;
    page.rows = std::move(rows);
    return SimResponse::json(200, jobPageJson(page));
}

SimResponse ModelArtsService::jobDetail(const SimRequest &request, const QString &jobId, qint64 nowMs) const
{
    const int record = m_world.recordIndex(jobId);
    if (record < 0)
        return SimResponse::error(request, 404, QLatin1String(kNoSuchJob),
                                  QStringLiteral("Job %1 does not exist").arg(jobId));
    return SimResponse::json(200, jobJson(m_world.job(record, nowMs, true), true));
}

SimResponse ModelArtsService::createJob(const SimRequest &request, qint64 nowMs)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest(request, kBadParameter, QStringLiteral("The request body is not a JSON object"));
    QStringList missing;
    for (const char *key : {"name", "type", "server_ids", "items"}) {
        if (!doc.object().contains(QLatin1StringView(key)))
            missing.append(QLatin1String(key));
    }
    if (!missing.isEmpty())
        return badRequest(request, kMissingParameter,
                          QStringLiteral("Missing required parameter: %1").arg(missing.join(QStringLiteral(", "))));

    const Decoded<CreateJobRequest> decoded = decodeCreateRequest(request.body);
    if (!decoded)
        return badRequest(request, kBadParameter,
                          QStringLiteral("Invalid parameter %1").arg(decoded.error().toString()));
    const CreateJobRequest &create = decoded.value();
    const QList<ValidationProblem> problems = validateCreateRequest(create);
    if (!problems.isEmpty()) {
        QStringList parts;
        for (const ValidationProblem &p : problems)
            parts.append(p.field + QLatin1String(": ") + p.message);
        return badRequest(request, kBadParameter,
                          QStringLiteral("Invalid parameter %1").arg(parts.join(QStringLiteral("; "))));
    }
    if (create.serverIds.size() > m_maxServersPerJob) {
        return badRequest(request, kTooManyServers,
                          QStringLiteral("A job can target at most %1 servers; %2 were given")
                              .arg(m_maxServersPerJob)
                              .arg(create.serverIds.size()));
    }
    QList<int> servers;
    QStringList unknown;
    for (const QString &sid : create.serverIds) {
        const int index = m_world.serverIndex(sid);
        if (index < 0)
            unknown.append(sid);
        servers.append(index);
    }
    if (!unknown.isEmpty())
        return badRequest(request, kNoSuchServer,
                          QStringLiteral("Server does not exist: %1").arg(unknown.join(QStringLiteral(", "))));

    const int record = m_world.createJob(create, servers, nowMs, m_taskDurationMs);
    return SimResponse::json(200, jobJson(m_world.job(record, nowMs, true), true));
}

SimResponse ModelArtsService::deleteJobs(const SimRequest &request, qint64 nowMs)
{
    const Decoded<QStringList> decoded = decodeDeleteRequest(request.body);
    if (!decoded)
        return badRequest(request, kBadParameter,
                          QStringLiteral("Invalid parameter %1").arg(decoded.error().toString()));
    if (decoded.value().isEmpty())
        return badRequest(request, kMissingParameter, QStringLiteral("Missing required parameter: job_ids"));
    QList<int> records;
    QStringList unknown;
    for (const QString &id : decoded.value()) {
        const int record = m_world.recordIndex(id);
        if (record < 0)
            unknown.append(id);
        else if (!records.contains(record))
            records.append(record);
    }
    // All or nothing, so a client never has to guess which part of a batch went through.
    if (!unknown.isEmpty())
        return badRequest(request, kNoSuchJob,
                          QStringLiteral("Job does not exist: %1").arg(unknown.join(QStringLiteral(", "))));
    QList<Job> deleted;
    for (const int record : std::as_const(records)) {
        m_world.deleteJob(record, nowMs);
        deleted.append(m_world.job(record, nowMs, false));
    }
    PageWindow w;
    w.limit = qMax<qint64>(1, deleted.size());
    const qint64 total = deleted.size();
    return pageAnswer(w, total, std::move(deleted), [](const Job &j) { return jobToJson(j, false); });
}

SimResponse ModelArtsService::listTemplates(const SimRequest &request) const
{
    SimResponse error;
    const std::optional<PageWindow> w = pageWindow(request, &error);
    if (!w)
        return error;
    const QString id = request.queryValue(u"id");
    const QString name = request.queryValue(u"name");
    const QString type = request.queryValue(u"type");
    QList<Template> rows;
    qint64 total = 0;
    for (const Template &t : m_world.templates()) {
        if ((!id.isEmpty() && t.id != id) || (!type.isEmpty() && t.type != type)
            || (!name.isEmpty() && !t.name.contains(name, Qt::CaseInsensitive)))
            continue;
        if (total >= w->offset && total < w->offset + w->limit)
            rows.append(t);
        ++total;
    }
    return pageAnswer(*w, total, std::move(rows), [](const Template &t) { return templateToJson(t); });
}

SimResponse ModelArtsService::templateDetail(const SimRequest &request, const QString &templateId) const
{
    for (const Template &t : m_world.templates()) {
        if (t.id == templateId)
            return SimResponse::json(200, compact(templateToJson(t)));
    }
    return SimResponse::error(request, 404, QLatin1String(kNoSuchTemplate),
                              QStringLiteral("Template %1 does not exist").arg(templateId));
}

const std::vector<int> &ModelArtsService::serversByUpdateTime() const
{
    if (m_byUpdateTime.empty()) {
        const int n = m_world.serverCount();
        std::vector<std::pair<qint64, int>> keyed(size_t(n), {0, 0});
        for (int i = 0; i < n; ++i)
            keyed[size_t(i)] = {m_world.serverUpdatedMs(i), i};
        std::sort(keyed.begin(), keyed.end());
        m_byUpdateTime.reserve(size_t(n));
        for (const auto &k : keyed)
            m_byUpdateTime.push_back(k.second);
    }
    return m_byUpdateTime;
}

SimResponse ModelArtsService::listServers(const SimRequest &request, qint64 nowMs) const
{
    SimResponse error;
    const std::optional<PageWindow> w = pageWindow(request, &error);
    if (!w)
        return error;
    const QString sortKey = request.hasQuery(u"sort_key") ? request.queryValue(u"sort_key")
                                                          : QStringLiteral("createTime");
    const QString sortDir = request.hasQuery(u"sort_dir") ? request.queryValue(u"sort_dir").toUpper()
                                                          : QStringLiteral("DESC");
    if (sortKey != QLatin1String("createTime") && sortKey != QLatin1String("updateTime"))
        return badRequest(request, kBadParameter,
                          QStringLiteral("Invalid parameter sort_key: expected createTime or updateTime"));
    if (sortDir != QLatin1String("ASC") && sortDir != QLatin1String("DESC"))
        return badRequest(request, kBadParameter, QStringLiteral("Invalid parameter sort_dir: expected ASC or DESC"));
    const bool byUpdate = sortKey == QLatin1String("updateTime");
    const bool descending = sortDir == QLatin1String("DESC");

    const qint64 total = m_world.serverCount();
    QList<Server> rows;
    for (qint64 k = w->offset; k < qMin(total, w->offset + w->limit); ++k) {
        const qint64 ascending = descending ? total - 1 - k : k;
        // Creation time grows with the index, so that order needs no sort.
        const int index = byUpdate ? serversByUpdateTime()[size_t(ascending)] : int(ascending);
        rows.append(m_world.server(index, nowMs));
    }
    return pageAnswer(*w, total, std::move(rows), [](const Server &s) { return serverToJson(s); });
}

SimResponse ModelArtsService::serverAction(const SimRequest &request, const QString &serverId, ServerAction action,
                                           qint64 nowMs)
{
    const int index = m_world.serverIndex(serverId);
    if (index < 0) {
        // A lookup by id in the path: 404, as for a job or a template.
        return SimResponse::error(request, 404, QLatin1String(kNoSuchServer),
                                  QStringLiteral("Server %1 does not exist").arg(serverId));
    }
    if (const QString refusing = m_world.applyServerAction(index, action, nowMs); !refusing.isEmpty()) {
        static const char *const verbs[] = {"reboot", "start", "stop"};
        return SimResponse::error(request, 409, QLatin1String(kWrongServerStatus),
                                  QStringLiteral("Cannot %1 server %2: its status is %3")
                                      .arg(QLatin1String(verbs[int(action)]), serverId, refusing));
    }
    return SimResponse::json(200, compact(serverToJson(m_world.server(index, nowMs))));
}

} // namespace liteops::sim
