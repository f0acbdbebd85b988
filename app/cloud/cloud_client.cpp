// SPDX-License-Identifier: Apache-2.0
#include "cloud_client.h"

#include "call_access.h"
#include "client_private.h"
#include "cloud_logging.h"
#include "decode_async.h"
#include "core/encode.h"
#include "pager.h"
#include "proxy_policy.h"
#include "request_path.h"
#include "start_call.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace liteops {

// ---- CloudClientPrivate -------------------------------------------------------------------

CloudClientPrivate::CloudClientPrivate(CloudClient *qq, const ClientConfig &cfg, QNetworkAccessManager *injected)
    : q(qq), nam(injected ? injected : new QNetworkAccessManager(qq)), ownsNam(!injected)
{
    // Redirects are decided per reply (Exchange): only to the same host over https.
    nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    // The system's proxy settings apply, loopback excepted (proxy_policy.h). An injected
    // manager keeps whatever its owner configured.
    if (ownsNam)
        nam->setProxyFactory(new ProxyPolicy); // the manager takes ownership
    iam = std::make_unique<IamTokenCache>(this);
    applyConfig(cfg);
}

CloudClientPrivate::~CloudClientPrivate()
{
    iam.reset();
    for (const QString &secret : std::as_const(registeredSecrets))
        unregisterSecret(secret);
}

void CloudClientPrivate::applyConfig(const ClientConfig &cfg)
{
    const bool authChanged = cfg.credentials != config.credentials || cfg.endpoints.iam != config.endpoints.iam
                             || cfg.projectId != config.projectId;
    config = cfg;
    if (authChanged && iam)
        iam->clear();
    for (const QString &secret : std::as_const(registeredSecrets))
        unregisterSecret(secret);
    registeredSecrets = {cfg.credentials.secretKey, cfg.credentials.securityToken, cfg.credentials.iamPassword,
                         cfg.credentials.token};
    registeredSecrets.removeAll(QString());
    for (const QString &secret : std::as_const(registeredSecrets))
        registerSecret(secret);
    if (cfg.caFile != loadedCaFile)
        loadedCaFile.clear(); // reloaded on the next https request
}

QUrl CloudClientPrivate::endpointFor(RequestSpec::Service service) const
{
    switch (service) {
    case RequestSpec::Service::ModelArts: return config.endpoints.modelArts;
    case RequestSpec::Service::ServiceStage: return config.endpoints.serviceStage;
    case RequestSpec::Service::Ief: return config.endpoints.ief;
    case RequestSpec::Service::Iam: return config.endpoints.iam;
    }
    return {};
}

std::optional<CloudError> CloudClientPrivate::tlsConfiguration(QSslConfiguration *out)
{
    if (config.caFile.isEmpty()) {
        *out = QSslConfiguration::defaultConfiguration();
        return std::nullopt;
    }
    if (loadedCaFile != config.caFile) {
        QFile file(config.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            CloudError error = CloudError::make(
                CloudError::Kind::Tls,
                CloudClient::tr("Cannot read the CA bundle %1: %2").arg(config.caFile, file.errorString()));
            error.tlsProblem = CloudError::TlsProblem::CaBundleUnreadable;
            return error;
        }
        QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(16 << 20), QSsl::Pem);
        certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
        if (certificates.isEmpty()) {
            CloudError error =
                CloudError::make(CloudError::Kind::Tls,
                                 CloudClient::tr("The CA bundle %1 holds no PEM certificate.").arg(config.caFile));
            error.tlsProblem = CloudError::TlsProblem::CaBundleNotPem;
            return error;
        }
        // The bundle adds to the system's CAs, it does not replace them. The default
        // configuration trusts the system store by loading its roots on demand, which any
        // explicit CA list switches off (addCaCertificates() included): so the system's CAs
        // are listed explicitly, then the bundle's.
        ssl = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> trusted = ssl.caCertificates();
        trusted += QSslConfiguration::systemCaCertificates();
        trusted += certificates;
        ssl.setCaCertificates(trusted);
        loadedCaFile = config.caFile;
    }
    *out = ssl;
    return std::nullopt;
}

// ---- helpers ------------------------------------------------------------------------------

namespace {

// Starts `work` from the event loop, so finished() can never be emitted before the caller
// has connected to it.
void startLater(CloudCall *call, std::function<void()> work)
{
    QMetaObject::invokeMethod(
        call,
        [call, work = std::move(work)] {
        if (!call->isFinished())
            work();
        },
        Qt::QueuedConnection);
}

QString joinProblems(const QList<ValidationProblem> &problems)
{
    QStringList lines;
    for (const ValidationProblem &p : problems)
        lines << (p.field.isEmpty() ? p.message : p.field + QLatin1String(": ") + p.message);
    return lines.join(QLatin1String("; "));
}

// One request, one decoded value.
// `unsafe`: the request changed state (a create). An answer that cannot be read then leaves
// the outcome unknown: the service did it, but we do not know the result.
// `adjustError` may add to an error the service answered with (a hint) before it is
// delivered.
template <typename T>
void runSingle(CloudClientPrivate *d, Call<T> *call, RequestSpec spec, Decoded<T> (*decoder)(QByteArrayView),
               void (*adjustError)(CloudError &) = nullptr)
{
    const bool unsafe = spec.retry == RequestSpec::RetryMode::CreateOnce;
    auto *exchange = new Exchange(d, std::move(spec), nullptr, call);
    exchange->setCallback([call, exchange, decoder, unsafe, adjustError](const Result<HttpAnswer> &r) {
        exchange->deleteLater();
        if (!r.ok()) {
            CloudError error = r.error();
            if (adjustError)
                adjustError(error);
            CloudCallPrivateAccess::finishWithError(call, error);
            return;
        }
        const QByteArray requestId = r.value().requestId;
        decodeAsync<T>(call, r.value().body, decoder, [call, requestId, unsafe](const Decoded<T> &v) {
            if (!v.ok()) {
                CloudError e = CloudError::make(CloudError::Kind::Decode, v.error().toString());
                if (unsafe) {
                    e.kind = CloudError::Kind::UnknownOutcome;
                    e.errorMsg = CloudClient::tr("The service accepted the request but its answer "
                                                 "could not be read (%1).")
                                     .arg(v.error().toString());
                }
                e.requestId = QString::fromLatin1(requestId);
                CloudCallPrivateAccess::finishWithError(call, e);
                return;
            }
            CloudCallPrivateAccess::finishWithValue(call, v.value());
        });
    });
    QPointer<Exchange> guard(exchange);
    CloudCallPrivateAccess::setAbortHandler(call, [guard, unsafe] {
        const bool sent = guard && guard->requestWasSent();
        if (guard)
            guard->abort();
        return unsafe && sent;
    });
    startLater(call, [guard] {
        if (guard)
            guard->start();
    });
}

QStringList modelArtsPath(const CloudClientPrivate *d, std::initializer_list<QString> rest)
{
    QStringList segments{QStringLiteral("v1"), d->config.projectId};
    segments.append(QStringList(rest));
    return segments;
}

// Every row of a ModelArts listing ({current, data, pages, size, total}, paged by
// limit/offset) into `call`; `fixedQuery` goes before limit and offset on every page.
template <typename Row>
void listEveryPage(CloudClientPrivate *d, Call<QList<Row>> *call, const QStringList &path,
                   const QList<std::pair<QString, QString>> &fixedQuery, int rowsPerPage,
                   Decoded<Page<Row>> (*decode)(QByteArrayView), qint64 maxRows = 0)
{
    using P = Pager<Page<Row>, Row>;
    auto *pager = new P(
        d, call, rowsPerPage,
        [path, fixedQuery](qint64 offset, int limit) {
        RequestSpec spec;
        spec.segments = path;
        spec.query = fixedQuery;
        if (limit > 0) { // 0: the pager's retry without paging parameters
            spec.query.append({QStringLiteral("limit"), QString::number(limit)});
            spec.query.append({QStringLiteral("offset"), QString::number(offset)});
        }
        return spec;
        },
        decode,
        [](const Page<Row> &page) {
        return typename P::Rows{page.rows, page.total, page.current};
    },
         [](const Row &row) { return row.id; },
         [call](const Page<Row> &, QList<Row> rows) { CloudCallPrivateAccess::finishWithValue(call, std::move(rows)); },
         [call](const CloudError &e) { CloudCallPrivateAccess::finishWithError(call, e); });
    pager->setMaxRows(maxRows);
    CloudCallPrivateAccess::setAbortHandler(call, [pager] {
        pager->abortAll();
        return false; // listings change nothing
    });
    startLater(call, [pager] { pager->start(); });
}

} // namespace

// ---- CloudClient --------------------------------------------------------------------------

CloudClient::CloudClient(const ClientConfig &config, QObject *parent, QNetworkAccessManager *nam)
    : QObject(parent), d(std::make_unique<CloudClientPrivate>(this, config, nam))
{
}

CloudClient::~CloudClient()
{
    // Calls (and their replies) go before the network manager and the token cache.
    const QList<CloudCall *> calls = findChildren<CloudCall *>(Qt::FindDirectChildrenOnly);
    for (CloudCall *call : calls)
        delete call;
    d.reset();
}

void CloudClient::setConfig(const ClientConfig &config)
{
    d->applyConfig(config);
}

const ClientConfig &CloudClient::config() const
{
    return d->config;
}

QNetworkAccessManager *CloudClient::networkAccessManager() const
{
    return d->nam;
}

int CloudClient::pendingCallCount() const
{
    return d->pendingCalls;
}

QString CloudClient::configProblem() const
{
    const ClientConfig &c = d->config;
    if (c.endpoints.modelArts.isEmpty() && c.endpoints.serviceStage.isEmpty() && c.endpoints.ief.isEmpty())
        return tr("No endpoint is configured: choose a region or give an endpoint URL.");
    if (c.projectId.isEmpty())
        return tr("No project id is configured.");
    if (auto e = validateProjectId(tr("Project id"), c.projectId))
        return e->errorMsg;
    if (c.credentials.mode == Credentials::Mode::IamPassword && c.endpoints.iam.isEmpty())
        return tr("IAM password sign-in needs the IAM endpoint.");
    return c.credentials.missingDescription();
}

namespace {
// Filters go into the query string: percent-encoded, so they cannot change the resource,
// but a control character, a broken character or a 65k paste is still a mistake to
// refuse before anything is sent, not a request to make.
std::optional<CloudError> jobQueryProblem(const JobQuery &query)
{
    std::optional<CloudError> bad;
    if (!query.id.isEmpty())
        bad = validateId(CloudClient::tr("Job id filter"), query.id);
    const std::pair<QString, const QString *> texts[] = {{CloudClient::tr("Job name filter"), &query.name},
                                                         {CloudClient::tr("Job type filter"), &query.type},
                                                         {CloudClient::tr("Job status filter"), &query.status}};
    for (const auto &[what, value] : texts) {
        const QString problem = bad ? QString() : freeTextProblem(*value, 256);
        if (!problem.isEmpty())
            bad = CloudError::make(CloudError::Kind::Client, CloudClient::tr("%1: %2").arg(what, problem));
    }
    return bad;
}

QList<std::pair<QString, QString>> jobQueryFilters(const JobQuery &query)
{
    QList<std::pair<QString, QString>> filters;
    auto add = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            filters.append({QLatin1String(name), value});
    };
    add("id", query.id);
    add("name", query.name);
    add("type", query.type);
    add("status", query.status);
    if (query.visible)
        filters.append({QStringLiteral("visible"), *query.visible ? QStringLiteral("true") : QStringLiteral("false")});
    return filters;
}
} // namespace

Call<QList<Job>> *CloudClient::listJobs(const JobQuery &query)
{
    return startCall<QList<Job>>(d.get(), QStringLiteral("GET /v1/{project}/dev-servers/jobs"), {},
                                 [&](Call<QList<Job>> *call) {
        if (auto bad = jobQueryProblem(query)) {
            CloudCallPrivateAccess::finishWithErrorLater(call, *bad);
            return;
        }
        const QStringList path = modelArtsPath(d.get(), {QStringLiteral("dev-servers"), QStringLiteral("jobs")});
        int rowsPerPage = d->pageSizeOr(kJobPageSize);
        if (query.maxRows > 0)
            rowsPerPage = std::min(rowsPerPage, query.maxRows);
        listEveryPage<Job>(d.get(), call, path, jobQueryFilters(query), rowsPerPage, &decodeJobListPage, query.maxRows);
    });
}

Call<Job> *CloudClient::getJob(const QString &id)
{
    return startCall<Job>(d.get(), QStringLiteral("GET /v1/{project}/dev-servers/jobs/{id}"), {{tr("Job id"), id}},
                          [&](Call<Job> *call) {
        RequestSpec spec;
        spec.segments = modelArtsPath(d.get(), {QStringLiteral("dev-servers"), QStringLiteral("jobs"), id});
        runSingle<Job>(d.get(), call, spec, &decodeJobDetail);
    });
}

Call<Job> *CloudClient::createJob(const CreateJobRequest &request)
{
    return startCall<Job>(d.get(), QStringLiteral("POST /v1/{project}/dev-servers/jobs"), {}, [&](Call<Job> *call) {
        const QList<ValidationProblem> problems = validateCreateRequest(request);
        if (!problems.isEmpty()) {
            CloudCallPrivateAccess::finishWithErrorLater(call, CloudError::make(CloudError::Kind::Client,
                                                                                joinProblems(problems)));
            return;
        }
        RequestSpec spec;
        spec.method = "POST";
        spec.segments = modelArtsPath(d.get(), {QStringLiteral("dev-servers"), QStringLiteral("jobs")});
        spec.body = encodeCreateRequest(request);
        spec.contentType = "application/json;charset=UTF-8"; // as the SDK's CreateDevServerJob
        spec.retry = RequestSpec::RetryMode::CreateOnce;
        // A 400 refusal names the field rules: the service's message may not say which field,
        // and the SDK's rule for description is stricter than the API document's example.
        runSingle<Job>(d.get(), call, spec, &decodeCreateAnswer, [](CloudError &e) {
            if (e.httpStatus == 400)
                e.hint = createFieldRules();
        });
    });
}

namespace {
Decoded<QList<Job>> decodeDeletedJobs(QByteArrayView json)
{
    Decoded<Page<Job>> page = decodeDeleteAnswer(json);
    if (!page.ok())
        return page.error();
    return page.value().rows;
}

// The request body {"job_ids": [...]}, or the first id that is not valid (or none at all).
Result<QByteArray> deleteJobsBody(const QStringList &ids)
{
    if (ids.isEmpty())
        return CloudError::make(CloudError::Kind::Client, CloudClient::tr("No job id to delete."));
    QJsonArray array;
    for (const QString &id : ids) {
        if (auto e = validateId(CloudClient::tr("Job id"), id))
            return *e;
        array.append(id);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("job_ids"), array}}).toJson(QJsonDocument::Compact);
}
} // namespace

Call<QList<Job>> *CloudClient::deleteJobs(const QStringList &ids)
{
    return startCall<QList<Job>>(d.get(), QStringLiteral("DELETE /v1/{project}/dev-servers/jobs"), {},
                                 [&](Call<QList<Job>> *call) {
        Result<QByteArray> body = deleteJobsBody(ids);
        if (!body.ok()) {
            CloudCallPrivateAccess::finishWithErrorLater(call, body.error());
            return;
        }
        RequestSpec spec;
        spec.method = "DELETE";
        spec.segments = modelArtsPath(d.get(), {QStringLiteral("dev-servers"), QStringLiteral("jobs")});
        spec.body = body.value();
        spec.contentType = "application/json;charset=UTF-8"; // as the SDK's DeleteDevServerJobs
        spec.retry = RequestSpec::RetryMode::Never;
        runSingle<QList<Job>>(d.get(), call, spec, &decodeDeletedJobs);
    });
}

Call<QList<Template>> *CloudClient::listTemplates()
{
    return startCall<QList<Template>>(d.get(), QStringLiteral("GET /v1/{project}/dev-servers/jobs/templates"), {},
                                      [&](Call<QList<Template>> *call) {
        const QStringList path = modelArtsPath(d.get(), {QStringLiteral("dev-servers"), QStringLiteral("jobs"),
                                                         QStringLiteral("templates")});
        listEveryPage<Template>(d.get(), call, path, {}, d->pageSizeOr(kJobPageSize), &decodeTemplatesPage);
    });
}

Call<Template> *CloudClient::getTemplate(const QString &id)
{
    return startCall<Template>(d.get(), QStringLiteral("GET /v1/{project}/dev-servers/jobs/templates/{id}"),
                               {{tr("Template id"), id}},
                               [&](Call<Template> *call) {
        RequestSpec spec;
        spec.segments = modelArtsPath(d.get(), {QStringLiteral("dev-servers"), QStringLiteral("jobs"),
                                                QStringLiteral("templates"), id});
        runSingle<Template>(d.get(), call, spec, &decodeTemplate);
    });
}

Call<QList<Server>> *CloudClient::listServers()
{
    return startCall<QList<Server>>(d.get(), QStringLiteral("GET /v1/{project}/dev-servers"), {},
                                    [&](Call<QList<Server>> *call) {
        const QStringList path = modelArtsPath(d.get(), {QStringLiteral("dev-servers")});
        listEveryPage<Server>(d.get(), call, path,
                              {{QStringLiteral("sort_dir"), QStringLiteral("ASC")},
                               {QStringLiteral("sort_key"), QStringLiteral("createTime")}},
                              d->pageSizeOr(kServerPageSize), &decodeServersPage);
    });
}

namespace {
// Every task page of a ServiceStage job into `call`, as one Job.
void fetchServiceStageJob(CloudClientPrivate *d, Call<Job> *call, const QString &jobId)
{
    const QStringList path{QStringLiteral("v3"), d->config.projectId, QStringLiteral("cas"), QStringLiteral("jobs"),
                           jobId};
    using P = Pager<Job, Task>;
    auto *pager = new P(
        d, call, d->pageSizeOr(CloudClient::kServiceStageTaskPageSize),
        [path](qint64 offset, int limit) {
        RequestSpec spec;
        spec.service = RequestSpec::Service::ServiceStage;
        spec.segments = path;
        if (limit > 0) // 0: the pager's retry without paging parameters
            spec.query = {{QStringLiteral("limit"), QString::number(limit)},
                          {QStringLiteral("offset"), QString::number(offset)},
                          {QStringLiteral("desc"), QStringLiteral("false")}};
        return spec;
        },
        &decodeServiceStageJob,
        [](const Job &job) {
        return P::Rows{job.tasks, job.reportedTotal, -1};
    },
         [](const Task &t) { return t.id().toString(); },
         [call](const Job &first, QList<Task> tasks) {
        Job job = first;
        job.tasks = std::move(tasks);
        CloudCallPrivateAccess::finishWithValue(call, std::move(job));
    },
        [call](const CloudError &e) { CloudCallPrivateAccess::finishWithError(call, e); });
    CloudCallPrivateAccess::setAbortHandler(call, [pager] {
        pager->abortAll();
        return false; // listings change nothing
    });
    startLater(call, [pager] { pager->start(); });
}
} // namespace

Call<Job> *CloudClient::getServiceStageJob(const QString &jobId)
{
    return startCall<Job>(d.get(), QStringLiteral("GET /v3/{project}/cas/jobs/{id}"),
                          {{tr("ServiceStage job id"), jobId}},
                          [&](Call<Job> *call) { fetchServiceStageJob(d.get(), call, jobId); });
}

Call<Job> *CloudClient::getIefJob(const QString &jobId, const QString &instanceId)
{
    return startCall<Job>(d.get(), QStringLiteral("GET /v2/{project}/productmgr/jobs/{id}"),
                          {{tr("IEF job id"), jobId}}, [&](Call<Job> *call) {
                              if (!instanceId.isEmpty()) {
                                  if (auto e = validateId(tr("IEF instance id"), instanceId)) {
                                      CloudCallPrivateAccess::finishWithErrorLater(call, *e);
                                      return;
                                  }
                              }
                              RequestSpec spec;
                              spec.service = RequestSpec::Service::Ief;
                              spec.segments = {QStringLiteral("v2"), d->config.projectId, QStringLiteral("productmgr"),
                                               QStringLiteral("jobs"), jobId};
                              if (!instanceId.isEmpty())
                                  spec.extraHeaders.append({"ief-instance-id", instanceId.toUtf8()});
                              runSingle<Job>(d.get(), call, spec, &decodeIefJob);
                          });
}

Call<Server> *sendServerRequestOnce(CloudClientPrivate *d, const QString &description, const QString &idLabel,
                                    const QString &id, const QStringList &segments, const QByteArray &method)
{
    return startCall<Server>(d, description, {{idLabel, id}}, [&](Call<Server> *call) {
        RequestSpec spec;
        spec.method = method;
        spec.segments = modelArtsPath(d, {});
        spec.segments.append(segments);
        spec.retry = RequestSpec::RetryMode::CreateOnce; // never re-sent when the outcome is unknown
        runSingle<Server>(d, call, spec, &decodeServerAnswer);
    });
}

} // namespace liteops
