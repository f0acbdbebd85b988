// SPDX-License-Identifier: Apache-2.0
#include "cli_output.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>

namespace liteops::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiteOpsCli)
};

QJsonValue timeValue(qint64 ms)
{
    return isKnownTime(ms) ? QJsonValue(formatIsoUtcMs(ms)) : QJsonValue(QJsonValue::Null);
}

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

QString localTime(qint64 ms)
{
    return isKnownTime(ms) ? formatIsoUtcMs(ms) : QString();
}
} // namespace

QJsonObject taskJson(const Task &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), t.id().toString());
    if (!t.name().isEmpty())
        o.insert(QStringLiteral("name"), t.name().toString());
    o.insert(QStringLiteral("server_id"), t.targetId().toString());
    o.insert(QStringLiteral("server_name"), t.targetName().toString());
    o.insert(QStringLiteral("status"), t.status());
    o.insert(QStringLiteral("state"), QString(stateKey(t.state())));
    o.insert(QStringLiteral("message"), t.message().toString());
    QJsonObject cloud;
    for (const auto &[key, value] : t.cloudServer())
        cloud.insert(key, value);
    o.insert(QStringLiteral("cloud_server"), cloud);
    o.insert(QStringLiteral("create_at"), timeValue(t.createdAtMs()));
    o.insert(QStringLiteral("update_at"), timeValue(t.updatedAtMs()));
    if (t.index() >= 0)
        o.insert(QStringLiteral("index"), t.index());
    return o;
}

QJsonObject jobJson(const Job &job, bool withDetail, const QList<Task> &tasks)
{
    QJsonObject o;
    o.insert(QStringLiteral("provider"), QString(providerKey(job.provider)));
    o.insert(QStringLiteral("id"), job.id);
    o.insert(QStringLiteral("name"), job.name);
    o.insert(QStringLiteral("type"), job.type);
    o.insert(QStringLiteral("status"), job.status);
    o.insert(QStringLiteral("state"), QString(stateKey(job.state)));
    o.insert(QStringLiteral("abnormal_count"),
             job.abnormalCount >= 0 ? QJsonValue(job.abnormalCount) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("user_name"), job.userName);
    o.insert(QStringLiteral("description"), job.description);
    o.insert(QStringLiteral("create_at"), timeValue(job.createdAtMs));
    o.insert(QStringLiteral("update_at"), timeValue(job.updatedAtMs));
    if (!withDetail)
        return o;
    o.insert(QStringLiteral("template_id"), job.templateId);
    QJsonArray items;
    for (const JobItem &item : job.items) {
        QJsonObject spec;
        for (auto it = item.spec.cbegin(); it != item.spec.cend(); ++it)
            spec.insert(it.key(), it.value());
        items.append(QJsonObject{{QStringLiteral("type"), item.type}, {QStringLiteral("spec"), spec}});
    }
    o.insert(QStringLiteral("items"), items);
    const TaskCounts counts = job.counts();
    o.insert(QStringLiteral("task_counts"), QJsonObject{{QStringLiteral("total"), counts.total},
                                                        {QStringLiteral("pending"), counts.pending},
                                                        {QStringLiteral("running"), counts.running},
                                                        {QStringLiteral("succeeded"), counts.succeeded},
                                                        {QStringLiteral("failed"), counts.failed},
                                                        {QStringLiteral("skipped"), counts.skipped}});
    if (job.reportedTotal >= 0)
        o.insert(QStringLiteral("reported_total"), job.reportedTotal);
    if (job.reportedFailed >= 0)
        o.insert(QStringLiteral("reported_failed"), job.reportedFailed);
    if (job.reportedSucceeded >= 0)
        o.insert(QStringLiteral("reported_succeeded"), job.reportedSucceeded);
    if (!job.extras.isEmpty())
        o.insert(QStringLiteral("extras"), QJsonObject::fromVariantMap(job.extras));
    QJsonArray taskArray;
    for (const Task &t : tasks)
        taskArray.append(taskJson(t));
    o.insert(QStringLiteral("tasks"), taskArray);
    return o;
}

QJsonObject serverJson(const Server &s)
{
    QJsonObject cloud;
    for (auto it = s.cloudServer.cbegin(); it != s.cloudServer.cend(); ++it)
        cloud.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("status"), s.status},
        {QStringLiteral("flavor"), s.flavor},
        {QStringLiteral("category"), s.category},
        {QStringLiteral("private_ips"), QJsonArray::fromStringList(s.privateIps)},
        {QStringLiteral("cloud_server"), cloud},
        {QStringLiteral("vpc_id"), s.vpcId},
        {QStringLiteral("subnet_id"), s.subnetId},
        {QStringLiteral("image_arch"), s.imageArch},
        {QStringLiteral("image_id"), s.imageId},
        {QStringLiteral("create_at"), timeValue(s.createdAtMs)},
        {QStringLiteral("update_at"), timeValue(s.updatedAtMs)},
    };
}

QJsonObject templateJson(const Template &t)
{
    QJsonArray params;
    for (const TemplateParam &p : t.params) {
        params.append(QJsonObject{{QStringLiteral("name"), p.name},
                                  {QStringLiteral("description"), p.description},
                                  {QStringLiteral("value"), p.defaultValue},
                                  {QStringLiteral("visible"), p.visible},
                                  {QStringLiteral("regex"), p.regex}});
    }
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("type"), t.type},
                       {QStringLiteral("flavor_type"), t.flavorType},
                       {QStringLiteral("description"), t.description},
                       {QStringLiteral("params"), params}};
}

QStringList jobCsvColumns()
{
    return {QStringLiteral("id"),        QStringLiteral("name"),      QStringLiteral("type"),
            QStringLiteral("status"),    QStringLiteral("state"),     QStringLiteral("abnormal_count"),
            QStringLiteral("user_name"), QStringLiteral("create_at"), QStringLiteral("update_at")};
}

QStringList taskCsvColumns()
{
    return {QStringLiteral("id"),        QStringLiteral("server_id"), QStringLiteral("server_name"),
            QStringLiteral("status"),    QStringLiteral("state"),     QStringLiteral("message"),
            QStringLiteral("create_at"), QStringLiteral("update_at")};
}

QStringList serverCsvColumns()
{
    return {QStringLiteral("id"),       QStringLiteral("name"),      QStringLiteral("status"),
            QStringLiteral("flavor"),   QStringLiteral("category"),  QStringLiteral("private_ips"),
            QStringLiteral("vpc_id"),   QStringLiteral("subnet_id"), QStringLiteral("create_at"),
            QStringLiteral("update_at")};
}

QStringList templateCsvColumns()
{
    return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("flavor_type"),
            QStringLiteral("description")};
}

QString csvField(const QString &value)
{
    QString v = value;
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString csvRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString csvRecord(const QStringList &columns, const QJsonObject &row)
{
    QStringList fields;
    for (const QString &column : columns) {
        const QJsonValue v = row.value(column);
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &part : v.toArray())
                parts << cellText(part);
            fields << parts.join(QLatin1Char(' '));
        } else {
            fields << cellText(v);
        }
    }
    return csvRow(fields);
}

QString csvFromObjects(const QStringList &columns, const QList<QJsonObject> &rows)
{
    QString text = csvRow(columns);
    for (const QJsonObject &row : rows)
        text += csvRecord(columns, row);
    return text;
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    QList<QStringList> clean;
    clean.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            QString cell = c < row.size() ? oneLine(row.at(c)) : QString();
            if (cell.size() > 120)
                cell = cell.left(119) + QChar(0x2026);
            widths[c] = std::max(widths[c], cell.size());
            cells << cell;
        }
        clean << cells;
    }
    auto render = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c + 1 < cells.size())
                line += cells.at(c).leftJustified(widths[c]) + QLatin1String("  ");
            else
                line += cells.at(c);
        }
        return line.trimmed() + QLatin1Char('\n');
    };
    QString text = render(headers);
    for (const QStringList &cells : std::as_const(clean))
        text += render(cells);
    return text;
}

QString jobsTable(const QList<Job> &jobs)
{
    QList<QStringList> rows;
    for (const Job &j : jobs) {
        rows << QStringList{j.id,
                            j.name,
                            j.type,
                            j.status,
                            stateDisplayName(j.state),
                            j.abnormalCount >= 0 ? QString::number(j.abnormalCount) : QString(),
                            localTime(j.createdAtMs)};
    }
    return table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("TYPE"), Tr::tr("STATUS"), Tr::tr("STATE"), Tr::tr("ABNORMAL"),
                  Tr::tr("CREATED (UTC)")},
                 rows);
}

QString jobDetailText(const Job &job, const QList<Task> &tasks)
{
    const TaskCounts c = job.counts();
    QString text;
    auto field = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            text += (label + QLatin1Char(':')).leftJustified(14) + value + QLatin1Char('\n');
    };
    field(Tr::tr("ID"), job.id);
    field(Tr::tr("Name"), job.name);
    field(Tr::tr("Type"), job.type);
    field(Tr::tr("Status"), job.status + QLatin1String(" (") + stateDisplayName(job.state) + QLatin1Char(')'));
    field(Tr::tr("User"), job.userName);
    field(Tr::tr("Template"), job.templateId);
    field(Tr::tr("Created"), localTime(job.createdAtMs));
    field(Tr::tr("Updated"), localTime(job.updatedAtMs));
    if (job.abnormalCount >= 0)
        field(Tr::tr("Abnormal"), QString::number(job.abnormalCount));
    field(Tr::tr("Tasks"), Tr::tr("%1 total, %2 succeeded, %3 failed, %4 skipped, %5 running, %6 pending")
                               .arg(c.total)
                               .arg(c.succeeded)
                               .arg(c.failed)
                               .arg(c.skipped)
                               .arg(c.running)
                               .arg(c.pending));
    for (const JobItem &item : job.items) {
        QStringList spec;
        for (auto it = item.spec.cbegin(); it != item.spec.cend(); ++it)
            spec << it.key() + QLatin1Char('=') + it.value();
        field(Tr::tr("Item"),
              item.type + (spec.isEmpty() ? QString() : QLatin1Char(' ') + spec.join(QLatin1Char(','))));
    }
    text += QLatin1Char('\n');
    QList<QStringList> rows;
    for (const Task &t : tasks) {
        rows << QStringList{t.id().toString(),
                            t.targetName().isEmpty() ? t.name().toString() : t.targetName().toString(), t.status(),
                            stateDisplayName(t.state()), t.message().toString()};
    }
    text += table({Tr::tr("TASK"), Tr::tr("TARGET"), Tr::tr("STATUS"), Tr::tr("STATE"), Tr::tr("MESSAGE")}, rows);
    return text;
}

QString serversTable(const QList<Server> &servers)
{
    QList<QStringList> rows;
    for (const Server &s : servers)
        rows << QStringList{s.id, s.name, s.status, s.flavor, s.category, s.privateIps.join(QLatin1Char(' '))};
    return table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("STATUS"), Tr::tr("FLAVOR"), Tr::tr("CATEGORY"),
                  Tr::tr("PRIVATE IP")},
                 rows);
}

QString templatesTable(const QList<Template> &templates)
{
    QList<QStringList> rows;
    for (const Template &t : templates) {
        QStringList params;
        for (const TemplateParam &p : t.params)
            params << p.name;
        rows << QStringList{t.id, t.name, t.type, t.flavorType, params.join(QLatin1Char(','))};
    }
    return table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("TYPE"), Tr::tr("FLAVOR TYPE"), Tr::tr("PARAMS")}, rows);
}

QString errorReport(const CloudError &error)
{
    QString text = Tr::tr("error: %1").arg(error.message()) + QLatin1Char('\n');
    if (error.httpStatus > 0)
        text += Tr::tr("  HTTP status: %1").arg(error.httpStatus) + QLatin1Char('\n');
    if (!error.errorCode.isEmpty())
        text += Tr::tr("  error_code:  %1").arg(error.errorCode) + QLatin1Char('\n');
    if (!error.errorMsg.isEmpty())
        text += Tr::tr("  error_msg:   %1").arg(oneLine(error.errorMsg)) + QLatin1Char('\n');
    if (!error.requestId.isEmpty())
        text += Tr::tr("  request id:  %1").arg(error.requestId) + QLatin1Char('\n');
    if (!error.encodedAuthorizationMessage.isEmpty())
        text += Tr::tr("  encoded_authorization_message: %1").arg(error.encodedAuthorizationMessage)
                + QLatin1Char('\n');
    return text;
}

} // namespace liteops::cli
