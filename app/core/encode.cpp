// SPDX-License-Identifier: Apache-2.0
#include "encode.h"

#include "json_string.h"

#include <QCoreApplication>
#include <QSet>

namespace liteops {

namespace {

void appendKey(QByteArray &out, const char *key)
{
    out.append('"');
    out.append(key);
    out.append("\":");
}

QString checkNameOrType(QStringView value)
{
    if (value.isEmpty())
        return QCoreApplication::translate("liteops::CreateJobRequest",
                                           "Required. Use 1 to 64 letters, digits, '-', '_' or '.'.");
    if (value.size() > 64)
        return QCoreApplication::translate("liteops::CreateJobRequest",
                                           "Too long (%1 characters). Use at most 64 letters, digits, '-', '_' or '.'.")
            .arg(value.size());
    return QCoreApplication::translate("liteops::CreateJobRequest",
                                       "Contains characters that are not allowed. Use only letters, digits, '-', '_' "
                                       "or '.'.");
}

void addProblem(QList<ValidationProblem> &out, QString field, QString message)
{
    out.append(ValidationProblem{std::move(field), std::move(message)});
}

QJsonObject stringMapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void insertTime(QJsonObject &o, QLatin1StringView key, qint64 ms)
{
    if (isKnownTime(ms))
        o.insert(key, ms);
}

void insertIfNotEmpty(QJsonObject &o, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

QString freeTextProblem(QStringView text, int maxLength)
{
    if (text.size() > maxLength)
        return QCoreApplication::translate("liteops::CreateJobRequest",
                                           "Too long (%1 characters); at most %2 are allowed.")
            .arg(text.size())
            .arg(maxLength);
    if (!text.isValidUtf16())
        return QCoreApplication::translate("liteops::CreateJobRequest",
                                           "Contains a broken character (an unpaired UTF-16 surrogate).");
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool bidiControl = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Separator_Line
            || ch.category() == QChar::Separator_Paragraph || bidiControl) {
            return QCoreApplication::translate("liteops::CreateJobRequest",
                                               "Contains the control character U+%1 (tabs, line breaks and direction "
                                               "overrides are not allowed).")
                .arg(QStringLiteral("%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper());
        }
    }
    return {};
}

QString descriptionSdkRuleWarning(QStringView description)
{
    if (description.isEmpty() || isValidJobNameOrType(description))
        return {};
    return QCoreApplication::translate(
               "liteops::CreateJobRequest",
               "The description breaks the official SDK's rule %1 (1 to 64 letters A-Z a-z, "
               "digits, '-', '_' or '.'; no spaces). The API document's example has a space, so "
               "it is sent as typed; if the service refuses the job, shorten it to that rule.")
        .arg(kSdkDescriptionRule);
}

QString createFieldRules()
{
    return QCoreApplication::translate(
               "liteops::CreateJobRequest",
               "The service's rules for a job: name and type %1; description, per the official "
               "SDK, the same rule %1 (no spaces); 1 to 50 server ids, each listed once; at least "
               "one item with a valid type.")
        .arg(kSdkDescriptionRule);
}

bool isValidJobNameOrType(QStringView text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_' || c == '.';
        if (!ok)
            return false;
    }
    return true;
}

QList<ValidationProblem> validateCreateRequest(const CreateJobRequest &request)
{
    QList<ValidationProblem> problems;
    if (!isValidJobNameOrType(request.name))
        addProblem(problems, QStringLiteral("name"), checkNameOrType(request.name));
    if (!isValidJobNameOrType(request.type))
        addProblem(problems, QStringLiteral("type"), checkNameOrType(request.type));

    if (request.serverIds.isEmpty())
        addProblem(problems, QStringLiteral("server_ids"),
                   QCoreApplication::translate("liteops::CreateJobRequest", "Select at least one server."));
    QSet<QString> seen;
    seen.reserve(request.serverIds.size());
    for (qsizetype i = 0; i < request.serverIds.size(); ++i) {
        const QString &id = request.serverIds.at(i);
        const QString field = QStringLiteral("server_ids[%1]").arg(i);
        if (id.isEmpty() || id.size() > 64) {
            addProblem(problems, field,
                       QCoreApplication::translate("liteops::CreateJobRequest",
                                                   "A server id has 1 to 64 characters; this one has %1.")
                           .arg(id.size()));
        } else if (id.trimmed().isEmpty() || id.contains(QLatin1Char('/')) || !freeTextProblem(id, 64).isEmpty()) {
            // Not echoed: the id may hold the very characters that make it unreadable.
            addProblem(
                problems, field,
                QCoreApplication::translate("liteops::CreateJobRequest",
                                            "A server id cannot be blank or contain '/' or control characters."));
        } else if (seen.contains(id)) {
            addProblem(problems, field,
                       QCoreApplication::translate("liteops::CreateJobRequest", "Server %1 is listed more than once.")
                           .arg(id));
        }
        seen.insert(id);
    }

    if (const QString p = freeTextProblem(request.description, kMaxDescriptionLength); !p.isEmpty())
        addProblem(problems, QStringLiteral("description"), p);

    if (request.items.isEmpty())
        addProblem(problems, QStringLiteral("items"),
                   QCoreApplication::translate("liteops::CreateJobRequest", "Add at least one item."));
    for (qsizetype i = 0; i < request.items.size(); ++i) {
        const JobItem &item = request.items.at(i);
        if (!isValidJobNameOrType(item.type))
            addProblem(problems, QStringLiteral("items[%1].type").arg(i), checkNameOrType(item.type));
        if (item.spec.contains(QString()))
            addProblem(problems, QStringLiteral("items[%1].spec").arg(i),
                       QCoreApplication::translate("liteops::CreateJobRequest", "A parameter needs a name."));
        for (auto it = item.spec.cbegin(); it != item.spec.cend(); ++it) {
            if (const QString p = freeTextProblem(it.key(), kMaxSpecKeyLength); !p.isEmpty())
                addProblem(problems, QStringLiteral("items[%1].spec").arg(i), p);
            if (const QString p = freeTextProblem(it.value(), kMaxSpecValueLength); !p.isEmpty())
                addProblem(problems, QStringLiteral("items[%1].spec").arg(i), p);
        }
    }
    return problems;
}

QByteArray encodeCreateRequest(const CreateJobRequest &request)
{
    // Written by hand because QJsonObject sorts its keys; the order here is the one of the
    // API document, and it is what the review page shows the user.
    QByteArray out;
    out.reserve(128 + request.serverIds.size() * 40);
    out.append('{');
    appendKey(out, "name");
    appendJsonString(out, request.name);
    if (!request.description.isEmpty()) {
        out.append(',');
        appendKey(out, "description");
        appendJsonString(out, request.description);
    }
    out.append(',');
    appendKey(out, "server_ids");
    out.append('[');
    for (qsizetype i = 0; i < request.serverIds.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendJsonString(out, request.serverIds.at(i));
    }
    out.append("],");
    appendKey(out, "type");
    appendJsonString(out, request.type);
    out.append(',');
    appendKey(out, "is_reboot");
    out.append(request.isReboot ? "true" : "false");
    out.append(',');
    appendKey(out, "items");
    out.append('[');
    for (qsizetype i = 0; i < request.items.size(); ++i) {
        const JobItem &item = request.items.at(i);
        if (i > 0)
            out.append(',');
        out.append('{');
        appendKey(out, "type");
        appendJsonString(out, item.type);
        out.append(',');
        appendKey(out, "spec");
        out.append('{');
        bool first = true;
        for (auto it = item.spec.cbegin(); it != item.spec.cend(); ++it) {
            if (!first)
                out.append(',');
            first = false;
            appendJsonString(out, it.key());
            out.append(':');
            appendJsonString(out, it.value());
        }
        out.append("}}");
    }
    out.append("]}");
    return out;
}

QJsonObject createRequestToJson(const CreateJobRequest &request)
{
    QJsonArray items;
    for (const JobItem &item : request.items)
        items.append(
            QJsonObject{{QStringLiteral("type"), item.type}, {QStringLiteral("spec"), stringMapToJson(item.spec)}});
    QJsonObject o{{QStringLiteral("name"), request.name},
                  {QStringLiteral("server_ids"), QJsonArray::fromStringList(request.serverIds)},
                  {QStringLiteral("type"), request.type},
                  {QStringLiteral("is_reboot"), request.isReboot},
                  {QStringLiteral("items"), items}};
    insertIfNotEmpty(o, QLatin1StringView("description"), request.description);
    return o;
}

QJsonObject jobItemToJson(const JobItem &item)
{
    QJsonObject o{{QStringLiteral("type"), item.type}};
    if (!item.spec.isEmpty())
        o.insert(QLatin1StringView("spec"), stringMapToJson(item.spec));
    return o;
}

QJsonObject taskToJson(const Task &task)
{
    QJsonObject cloud;
    for (const auto &[key, value] : task.cloudServer())
        cloud.insert(key, value);
    QJsonObject o{{QStringLiteral("id"), task.id().toString()},
                  {QStringLiteral("server_id"), task.targetId().toString()},
                  {QStringLiteral("server_name"), task.targetName().toString()},
                  {QStringLiteral("status"), task.status()},
                  {QStringLiteral("message"), task.message().toString()}};
    if (!cloud.isEmpty())
        o.insert(QLatin1StringView("cloud_server"), cloud);
    insertTime(o, QLatin1StringView("create_at"), task.createdAtMs());
    insertTime(o, QLatin1StringView("update_at"), task.updatedAtMs());
    return o;
}

QJsonObject jobToJson(const Job &job, bool withDetail)
{
    QJsonObject o{{QStringLiteral("id"), job.id},
                  {QStringLiteral("name"), job.name},
                  {QStringLiteral("type"), job.type},
                  {QStringLiteral("status"), job.status}};
    insertIfNotEmpty(o, QLatin1StringView("user_name"), job.userName);
    insertIfNotEmpty(o, QLatin1StringView("description"), job.description);
    if (job.abnormalCount >= 0)
        o.insert(QLatin1StringView("abnormal_count"), job.abnormalCount);
    insertTime(o, QLatin1StringView("create_at"), job.createdAtMs);
    insertTime(o, QLatin1StringView("update_at"), job.updatedAtMs);
    if (withDetail) {
        QJsonArray items;
        for (const JobItem &item : job.items)
            items.append(jobItemToJson(item));
        QJsonArray tasks;
        for (const Task &task : job.tasks)
            tasks.append(taskToJson(task));
        o.insert(QLatin1StringView("items"), items);
        o.insert(QLatin1StringView("tasks"), tasks);
        insertIfNotEmpty(o, QLatin1StringView("template_id"), job.templateId);
    }
    return o;
}

QJsonObject templateToJson(const Template &tmpl)
{
    QJsonArray params;
    for (const TemplateParam &p : tmpl.params) {
        params.append(
            QJsonObject{{QStringLiteral("name"), p.name},
                        {QStringLiteral("description"), p.description},
                        {QStringLiteral("value"), p.defaultValue},
                        // The API sends the flag as a string.
                        {QStringLiteral("visible"), p.visible ? QStringLiteral("true") : QStringLiteral("false")},
                        {QStringLiteral("regex"), p.regex}});
    }
    return QJsonObject{{QStringLiteral("id"), tmpl.id},
                       {QStringLiteral("name"), tmpl.name},
                       {QStringLiteral("description"), tmpl.description},
                       {QStringLiteral("type"), tmpl.type},
                       {QStringLiteral("flavor_type"), tmpl.flavorType},
                       {QStringLiteral("params"), params}};
}

QJsonObject serverToJson(const Server &server)
{
    QJsonArray endpoints;
    for (const QString &ip : server.privateIps)
        endpoints.append(QJsonObject{{QStringLiteral("uri"), ip}});
    QJsonObject o{{QStringLiteral("id"), server.id},
                  {QStringLiteral("name"), server.name},
                  {QStringLiteral("status"), server.status},
                  {QStringLiteral("flavor"), server.flavor},
                  {QStringLiteral("category"), server.category},
                  {QStringLiteral("cloud_server"), stringMapToJson(server.cloudServer)},
                  {QStringLiteral("endpoints"), endpoints},
                  {QStringLiteral("vpc_id"), server.vpcId},
                  {QStringLiteral("subnet_id"), server.subnetId},
                  {QStringLiteral("image"), QJsonObject{{QStringLiteral("arch"), server.imageArch},
                                                        {QStringLiteral("image_id"), server.imageId}}}};
    insertTime(o, QLatin1StringView("create_at"), server.createdAtMs);
    insertTime(o, QLatin1StringView("update_at"), server.updatedAtMs);
    return o;
}

} // namespace liteops
