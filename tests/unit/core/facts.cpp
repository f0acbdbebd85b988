// SPDX-License-Identifier: Apache-2.0
#include "facts.h"

#include <QFile>

namespace liteops::test {

namespace {

QString num(qint64 n)
{
    return QString::number(n);
}
QString time(qint64 ms)
{
    return isKnownTime(ms) ? formatIsoUtcMs(ms) : QStringLiteral("unknown");
}

void addExtras(Facts &f, const QString &prefix, const QVariantMap &extras)
{
    for (auto it = extras.cbegin(); it != extras.cend(); ++it) {
        const QVariant &v = it.value();
        if (v.metaType().id() == QMetaType::QVariantList || v.metaType().id() == QMetaType::QVariantMap
            || v.metaType().id() == QMetaType::QStringList)
            f.insert(prefix + it.key(), QStringLiteral("<%1>").arg(QLatin1StringView(v.typeName())));
        else
            f.insert(prefix + it.key(), v.toString());
    }
}

void addTask(Facts &f, const QString &p, const Task &t)
{
    f.insert(p + QStringLiteral("id"), t.id().toString());
    f.insert(p + QStringLiteral("targetId"), t.targetId().toString());
    f.insert(p + QStringLiteral("targetName"), t.targetName().toString());
    f.insert(p + QStringLiteral("name"), t.name().toString());
    f.insert(p + QStringLiteral("message"), t.message().toString());
    f.insert(p + QStringLiteral("status"), t.status());
    f.insert(p + QStringLiteral("state"), stateKey(t.state()));
    f.insert(p + QStringLiteral("index"), num(t.index()));
    f.insert(p + QStringLiteral("createdAt"), time(t.createdAtMs()));
    f.insert(p + QStringLiteral("updatedAt"), time(t.updatedAtMs()));
    f.insert(p + QStringLiteral("durationMs"), num(t.durationMs()));
    const StringPairs cloud = t.cloudServer();
    f.insert(p + QStringLiteral("cloudServer.size"), num(cloud.size()));
    for (const auto &[k, v] : cloud)
        f.insert(p + QStringLiteral("cloudServer.") + k, v);
    addExtras(f, p + QStringLiteral("extras."), t.extras());
}

void addItems(Facts &f, const QString &p, const QList<JobItem> &items)
{
    f.insert(p + QStringLiteral("items.size"), num(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString ip = p + QStringLiteral("items[%1].").arg(i);
        f.insert(ip + QStringLiteral("type"), items[i].type);
        f.insert(ip + QStringLiteral("spec.size"), num(items[i].spec.size()));
        for (auto it = items[i].spec.cbegin(); it != items[i].spec.cend(); ++it)
            f.insert(ip + QStringLiteral("spec.") + it.key(), it.value());
    }
}

void addJob(Facts &f, const QString &p, const Job &job)
{
    f.insert(p + QStringLiteral("provider"), providerKey(job.provider));
    f.insert(p + QStringLiteral("id"), job.id);
    f.insert(p + QStringLiteral("name"), job.name);
    f.insert(p + QStringLiteral("type"), job.type);
    f.insert(p + QStringLiteral("status"), job.status);
    f.insert(p + QStringLiteral("state"), stateKey(job.state));
    f.insert(p + QStringLiteral("userName"), job.userName);
    f.insert(p + QStringLiteral("description"), job.description);
    f.insert(p + QStringLiteral("templateId"), job.templateId);
    f.insert(p + QStringLiteral("abnormalCount"), num(job.abnormalCount));
    f.insert(p + QStringLiteral("createdAt"), time(job.createdAtMs));
    f.insert(p + QStringLiteral("updatedAt"), time(job.updatedAtMs));
    f.insert(p + QStringLiteral("reportedTotal"), num(job.reportedTotal));
    f.insert(p + QStringLiteral("reportedFailed"), num(job.reportedFailed));
    f.insert(p + QStringLiteral("reportedSucceeded"), num(job.reportedSucceeded));
    const TaskCounts c = job.counts();
    f.insert(p + QStringLiteral("counts.total"), num(c.total));
    f.insert(p + QStringLiteral("counts.succeeded"), num(c.succeeded));
    f.insert(p + QStringLiteral("counts.failed"), num(c.failed));
    f.insert(p + QStringLiteral("counts.running"), num(c.running));
    f.insert(p + QStringLiteral("counts.skipped"), num(c.skipped));
    f.insert(p + QStringLiteral("counts.pending"), num(c.pending));
    addItems(f, p, job.items);
    f.insert(p + QStringLiteral("tasks.size"), num(job.tasks.size()));
    for (qsizetype i = 0; i < job.tasks.size(); ++i)
        addTask(f, p + QStringLiteral("tasks[%1].").arg(i), job.tasks[i]);
    addExtras(f, p + QStringLiteral("extras."), job.extras);
}

template <typename T>
void addPage(Facts &f, const Page<T> &page)
{
    f.insert(QStringLiteral("current"), num(page.current));
    f.insert(QStringLiteral("pages"), num(page.pages));
    f.insert(QStringLiteral("size"), num(page.size));
    f.insert(QStringLiteral("total"), num(page.total));
    f.insert(QStringLiteral("rows.size"), num(page.rows.size()));
}

void addTemplate(Facts &f, const QString &p, const Template &t)
{
    f.insert(p + QStringLiteral("id"), t.id);
    f.insert(p + QStringLiteral("name"), t.name);
    f.insert(p + QStringLiteral("description"), t.description);
    f.insert(p + QStringLiteral("type"), t.type);
    f.insert(p + QStringLiteral("flavorType"), t.flavorType);
    f.insert(p + QStringLiteral("params.size"), num(t.params.size()));
    for (qsizetype i = 0; i < t.params.size(); ++i) {
        const QString pp = p + QStringLiteral("params[%1].").arg(i);
        const TemplateParam &param = t.params[i];
        f.insert(pp + QStringLiteral("name"), param.name);
        f.insert(pp + QStringLiteral("description"), param.description);
        f.insert(pp + QStringLiteral("defaultValue"), param.defaultValue);
        f.insert(pp + QStringLiteral("visible"), param.visible ? QStringLiteral("true") : QStringLiteral("false"));
        f.insert(pp + QStringLiteral("regex"), param.regex);
    }
    addExtras(f, p + QStringLiteral("extras."), t.extras);
}

void addServer(Facts &f, const QString &p, const Server &s)
{
    f.insert(p + QStringLiteral("id"), s.id);
    f.insert(p + QStringLiteral("name"), s.name);
    f.insert(p + QStringLiteral("status"), s.status);
    f.insert(p + QStringLiteral("flavor"), s.flavor);
    f.insert(p + QStringLiteral("category"), s.category);
    for (auto it = s.cloudServer.cbegin(); it != s.cloudServer.cend(); ++it)
        f.insert(p + QStringLiteral("cloudServer.") + it.key(), it.value());
    f.insert(p + QStringLiteral("privateIps"), s.privateIps.join(QLatin1Char(',')));
    f.insert(p + QStringLiteral("vpcId"), s.vpcId);
    f.insert(p + QStringLiteral("subnetId"), s.subnetId);
    f.insert(p + QStringLiteral("imageArch"), s.imageArch);
    f.insert(p + QStringLiteral("imageId"), s.imageId);
    f.insert(p + QStringLiteral("createdAt"), time(s.createdAtMs));
    f.insert(p + QStringLiteral("updatedAt"), time(s.updatedAtMs));
    addExtras(f, p + QStringLiteral("extras."), s.extras);
}

template <typename T>
Facts orError(const Decoded<T> &d)
{
    if (!d.ok())
        return Facts{{QStringLiteral("error"), d.error().toString()}};
    return factsOf(d.value());
}

} // namespace

Facts factsOf(const Job &job)
{
    Facts f;
    addJob(f, QString(), job);
    return f;
}

Facts factsOf(const Page<Job> &page)
{
    Facts f;
    addPage(f, page);
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        addJob(f, QStringLiteral("rows[%1].").arg(i), page.rows[i]);
    return f;
}

Facts factsOf(const Template &tmpl)
{
    Facts f;
    addTemplate(f, QString(), tmpl);
    return f;
}

Facts factsOf(const Page<Template> &page)
{
    Facts f;
    addPage(f, page);
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        addTemplate(f, QStringLiteral("rows[%1].").arg(i), page.rows[i]);
    return f;
}

Facts factsOf(const Page<Server> &page)
{
    Facts f;
    addPage(f, page);
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        addServer(f, QStringLiteral("rows[%1].").arg(i), page.rows[i]);
    return f;
}

Facts factsOf(const CreateJobRequest &r)
{
    Facts f;
    f.insert(QStringLiteral("name"), r.name);
    f.insert(QStringLiteral("description"), r.description);
    f.insert(QStringLiteral("serverIds"), r.serverIds.join(QLatin1Char(',')));
    f.insert(QStringLiteral("type"), r.type);
    f.insert(QStringLiteral("isReboot"), r.isReboot ? QStringLiteral("true") : QStringLiteral("false"));
    addItems(f, QString(), r.items);
    return f;
}

Facts factsOf(const CloudErrorBody &body)
{
    return Facts{{QStringLiteral("errorCode"), body.errorCode},
                 {QStringLiteral("errorMsg"), body.errorMsg},
                 {QStringLiteral("requestId"), body.requestId},
                 {QStringLiteral("encodedAuthorizationMessage"), body.encodedAuthorizationMessage}};
}

Facts decodeToFacts(const QString &decoder, const QByteArray &json)
{
    if (decoder == u"jobDetail")
        return orError(decodeJobDetail(json));
    if (decoder == u"jobList")
        return orError(decodeJobListPage(json));
    if (decoder == u"createAnswer")
        return orError(decodeCreateAnswer(json));
    if (decoder == u"deleteAnswer")
        return orError(decodeDeleteAnswer(json));
    if (decoder == u"templates")
        return orError(decodeTemplatesPage(json));
    if (decoder == u"template")
        return orError(decodeTemplate(json));
    if (decoder == u"servers")
        return orError(decodeServersPage(json));
    if (decoder == u"serviceStage")
        return orError(decodeServiceStageJob(json));
    if (decoder == u"ief")
        return orError(decodeIefJob(json));
    if (decoder == u"createRequest")
        return orError(decodeCreateRequest(json));
    if (decoder == u"deleteRequest") {
        const Decoded<QStringList> d = decodeDeleteRequest(json);
        if (!d.ok())
            return Facts{{QStringLiteral("error"), d.error().toString()}};
        return Facts{{QStringLiteral("jobIds"), d.value().join(QLatin1Char(','))},
                     {QStringLiteral("jobIds.size"), num(d.value().size())}};
    }
    if (decoder == u"errorBody") {
        const std::optional<CloudErrorBody> body = decodeErrorBody(json);
        if (!body)
            return Facts{{QStringLiteral("error"), QStringLiteral("none")}};
        return factsOf(*body);
    }
    return Facts{{QStringLiteral("error"), QStringLiteral("unknown decoder ") + decoder}};
}

QByteArray readTestData(const QString &relativePath)
{
    QFile file(QStringLiteral(LITEOPS_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace liteops::test
