// SPDX-License-Identifier: Apache-2.0
#include "simulator.h"

#include "fault_rules.h"
#include "gateway_auth.h"
#include "ief_service.h"
#include "modelarts_service.h"
#include "servicestage_service.h"
#include "sim_http_server.h"
#include "world.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTimeZone>

namespace liteops::sim {

namespace {

const QRegularExpression kJobs(QStringLiteral("^/v1/([^/]+)/dev-servers/jobs/?$"));
const QRegularExpression kTemplates(QStringLiteral("^/v1/([^/]+)/dev-servers/jobs/templates/?$"));
const QRegularExpression kTemplate(QStringLiteral("^/v1/([^/]+)/dev-servers/jobs/templates/([^/]+)/?$"));
const QRegularExpression kJob(QStringLiteral("^/v1/([^/]+)/dev-servers/jobs/([^/]+)/?$"));
const QRegularExpression kServers(QStringLiteral("^/v1/([^/]+)/dev-servers/?$"));
const QRegularExpression kServerAction(QStringLiteral("^/v1/([^/]+)/dev-servers/([^/]+)/(reboot|start|stop)/?$"));
const QRegularExpression kServiceStageJob(QStringLiteral("^/v3/([^/]+)/cas/jobs/([^/]+)/?$"));
const QRegularExpression kIefJob(QStringLiteral("^/v2/([^/]+)/productmgr/jobs/([^/]+)/?$"));
const QRegularExpression kIamTokens(QStringLiteral("^/v3/auth/tokens/?$"));

QString segment(const QRegularExpressionMatch &m, int n)
{
    return QUrl::fromPercentEncoding(m.captured(n).toUtf8());
}

QString faultErrorCode(int status)
{
    switch (status) {
    case 401: return QStringLiteral("APIGW.0301");
    case 403: return QStringLiteral("ModelArts.0203");
    case 404: return QStringLiteral("APIGW.0101");
    case 429: return QStringLiteral("APIGW.0308");
    case 504: return QStringLiteral("APIG.0203");
    default: return QStringLiteral("ModelArts.%1").arg(status, 4, 10, QLatin1Char('0'));
    }
}

// ServiceStage and IEF document Content-Type: application/json as mandatory on every call,
// GETs included, and the official SDKs always send it: refuse a call without it, so a
// client that drops it fails here first. (ModelArts is left lenient, as observed.)
std::optional<SimResponse> requireJsonContentType(const SimRequest &request, const QString &code)
{
    const QByteArray type = request.header("Content-Type").trimmed().toLower();
    if (type.startsWith("application/json"))
        return std::nullopt;
    return SimResponse::error(request, 400, code,
                              type.isEmpty()
                                  ? QStringLiteral(
                                      "The request header Content-Type is missing; it must be application/json")
                                  : QStringLiteral("Unsupported Content-Type %1; it must be application/json")
                                        .arg(QString::fromLatin1(type)));
}

QByteArray htmlPage(int status)
{
    const QByteArray title = QByteArray::number(status)
                             + (status == 502   ? " Bad Gateway"
                                : status == 503 ? " Service Unavailable"
                                : status == 504 ? " Gateway Time-out"
                                                : " Error");
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
           + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

// HTTPS: the certificate chain (server certificate first) and its key, both PEM.
bool loadTls(const SimOptions &options, QSslConfiguration *out, QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (options.tlsCertificateFile.isEmpty() || options.tlsKeyFile.isEmpty())
        return fail(Simulator::tr("HTTPS needs both a certificate and a key"));
    QFile certificateFile(options.tlsCertificateFile);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        return fail(Simulator::tr("cannot read the TLS certificate %1: %2")
                        .arg(options.tlsCertificateFile, certificateFile.errorString()));
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(Simulator::tr("%1 holds no PEM certificate").arg(options.tlsCertificateFile));
    QFile keyFile(options.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(Simulator::tr("cannot read the TLS key %1: %2").arg(options.tlsKeyFile, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(Simulator::tr("%1 holds no unencrypted PEM private key (RSA or EC)").arg(options.tlsKeyFile));
    if (key.algorithm() != chain.first().publicKey().algorithm())
        return fail(Simulator::tr("the key in %1 does not belong to the certificate in %2")
                        .arg(options.tlsKeyFile, options.tlsCertificateFile));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients bring no certificate
    *out = tls;
    return true;
}

} // namespace

class SimulatorPrivate
{
public:
    explicit SimulatorPrivate(const SimOptions &o)
        : options(o), world(o, QDateTime::currentMSecsSinceEpoch()), modelArts(world, o), auth(o), faults(o.seed)
    {
    }

    Delivery handle(SimRequest &request);
    SimResponse route(SimRequest &request, qint64 nowMs);
    SimResponse control(const SimRequest &request);
    bool projectMatches(const QRegularExpressionMatch &m) const { return segment(m, 1) == options.projectId; }

    SimOptions options;
    World world;
    ModelArtsService modelArts;
    GatewayAuth auth;
    FaultSet faults;
    QList<QByteArray> createBodies;
    QList<std::pair<QByteArray, QByteArray>> lastHeaders;
    int requestCount = 0;
    // QPointer: bind() makes the HTTP server the parent of the TCP server.
    QPointer<SimHttpServer> server;
    QPointer<QTcpServer> tcp;
    QUrl baseUrl;
};

Delivery SimulatorPrivate::handle(SimRequest &request)
{
    Delivery d;
    if (request.path.startsWith(QLatin1String("/_sim/"))) {
        d.response = control(request);
        return d;
    }
    ++requestCount;
    lastHeaders = request.headers;
    bool malformed = false;
    if (const std::optional<FaultRule> fault = faults.take(request.method, request.path)) {
        switch (fault->kind) {
        case FaultKind::Status:
            // Answered by the gateway: the request never reaches the service.
            d.response = SimResponse::error(request, fault->arg, faultErrorCode(fault->arg),
                                            QStringLiteral("Injected fault: HTTP %1").arg(fault->arg));
            if (fault->arg == 403) {
                // A policy denial, as IAM-backed services send it: the encoded message is
                // the only text that says which policy refused (IAM can decode it).
                QJsonObject o = QJsonDocument::fromJson(d.response.body).object();
                o.insert(QStringLiteral("error_msg"),
                         QStringLiteral("Policy doesn't allow modelarts:devserver:* to be performed."));
                o.insert(QStringLiteral("encoded_authorization_message"),
                         QStringLiteral("SIM-ENCODED-%1").arg(QString::fromLatin1(request.requestId.toBase64())));
                d.response.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            return d;
        case FaultKind::Throttle:
            d.response = SimResponse::error(
                request, 429, QStringLiteral("APIGW.0308"),
                QStringLiteral(
                    "The throttling threshold has been reached: policy user over ratelimit, limit:200, time:1 second"));
            d.response.headers.append({"Retry-After", QByteArray::number(fault->arg)});
            return d;
        case FaultKind::Html:
            d.response.status = fault->arg;
            d.response.contentType = "text/html";
            d.response.body = htmlPage(fault->arg);
            return d;
        // The rest reach the service (a create really happens) and spoil the answer.
        case FaultKind::Latency: d.delayMs = fault->arg; break;
        case FaultKind::Slow: d.bytesPerSecond = fault->arg; break;
        case FaultKind::Truncate: d.truncate = true; break;
        case FaultKind::Malformed: malformed = true; break;
        case FaultKind::IgnorePaging: request.ignorePaging = true; break;
        case FaultKind::RejectPaging: request.rejectPaging = true; break;
        }
    }
    d.response = route(request, QDateTime::currentMSecsSinceEpoch());
    if (malformed) {
        d.response.status = 200;
        d.response.contentType = "application/json;charset=UTF-8";
        d.response.body = d.response.body.first(d.response.body.size() / 2) + "\"}{]<!-- malformed";
    }
    return d;
}

SimResponse SimulatorPrivate::route(SimRequest &request, qint64 nowMs)
{
    const QString path = QString::fromUtf8(request.encodedPath);
    const QByteArray &method = request.method;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc());

    if (kIamTokens.match(path).hasMatch()) {
        if (method != "POST")
            return SimResponse::error(request, 405, QStringLiteral("APIGW.0101"), QStringLiteral("Method not allowed"));
        return auth.issueToken(request, now, options.projectId);
    }
    if (std::optional<SimResponse> denied = auth.check(request, now))
        return *denied;

    const auto wrongProject = [&request](const QRegularExpressionMatch &m) {
        return SimResponse::error(
            request, 400, QLatin1String(ModelArtsService::kBadParameter),
            QStringLiteral("Invalid parameter project_id: %1 is not this project").arg(segment(m, 1)));
    };
    const auto notAllowed = [&request]() {
        return SimResponse::error(request, 405, QStringLiteral("APIGW.0101"),
                                  QStringLiteral("Method not allowed on this API"));
    };

    if (const auto m = kJobs.match(path); m.hasMatch()) {
        if (!projectMatches(m))
            return wrongProject(m);
        if (method == "GET")
            return modelArts.listJobs(request, nowMs);
        if (method == "POST") {
            createBodies.append(request.body);
            return modelArts.createJob(request, nowMs);
        }
        if (method == "DELETE")
            return modelArts.deleteJobs(request, nowMs);
        return notAllowed();
    }
    if (const auto m = kTemplates.match(path); m.hasMatch()) {
        if (!projectMatches(m))
            return wrongProject(m);
        return method == "GET" ? modelArts.listTemplates(request) : notAllowed();
    }
    if (const auto m = kTemplate.match(path); m.hasMatch()) {
        if (!projectMatches(m))
            return wrongProject(m);
        return method == "GET" ? modelArts.templateDetail(request, segment(m, 2)) : notAllowed();
    }
    if (const auto m = kJob.match(path); m.hasMatch()) {
        if (!projectMatches(m))
            return wrongProject(m);
        return method == "GET" ? modelArts.jobDetail(request, segment(m, 2), nowMs) : notAllowed();
    }
    if (const auto m = kServers.match(path); m.hasMatch()) {
        if (!projectMatches(m))
            return wrongProject(m);
        return method == "GET" ? modelArts.listServers(request, nowMs) : notAllowed();
    }
    if (const auto m = kServerAction.match(path); m.hasMatch()) {
        if (!projectMatches(m))
            return wrongProject(m);
        if (method != "PUT")
            return notAllowed();
        const QString verb = m.captured(3);
        const ServerAction action = verb == QLatin1String("start")  ? ServerAction::Start
                                    : verb == QLatin1String("stop") ? ServerAction::Stop
                                                                    : ServerAction::Reboot;
        return modelArts.serverAction(request, segment(m, 2), action, nowMs);
    }
    if (const auto m = kServiceStageJob.match(path); m.hasMatch()) {
        if (!projectMatches(m))
            return wrongProject(m);
        if (method != "GET")
            return notAllowed();
        if (auto refused = requireJsonContentType(request, QStringLiteral("SVCSTG.00100400")))
            return *refused;
        return serviceStageJob(world, request, options.projectId, segment(m, 2));
    }
    if (const auto m = kIefJob.match(path); m.hasMatch()) {
        if (!projectMatches(m))
            return wrongProject(m);
        if (method != "GET")
            return notAllowed();
        if (auto refused = requireJsonContentType(request, QStringLiteral("IEF.100001")))
            return *refused;
        return iefJob(world, request, segment(m, 2));
    }
    return SimResponse::error(request, 404, QStringLiteral("APIGW.0101"),
                              QStringLiteral("The API does not exist or has not been published in the environment"));
}

SimResponse SimulatorPrivate::control(const SimRequest &request)
{
    // The control API changes behaviour without credentials: never from another machine.
    if (!request.remote.isLoopback())
        return SimResponse::error(request, 403, QStringLiteral("SIM.0403"),
                                  QStringLiteral("The control API answers loopback clients only"));
    const QString path = request.path;
    if (path == QLatin1String("/_sim/catalog") && request.method == "GET") {
        QJsonArray modelarts, servicestage, ief;
        const int count = world.jobCount();
        for (int p = 0; p < count; ++p)
            modelarts.append(world.jobId(world.recordAtPosition(p)));
        for (const Job &j : world.serviceStageJobs())
            servicestage.append(j.id);
        for (const Job &j : world.iefJobs())
            ief.append(j.id);
        const QJsonObject o{{QStringLiteral("servicestage_jobs"), servicestage},
                            {QStringLiteral("ief_jobs"), ief},
                            {QStringLiteral("modelarts_jobs"), modelarts}};
        return SimResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (path == QLatin1String("/_sim/faults") && request.method == "POST") {
        QString error;
        if (!faults.add(QString::fromUtf8(request.body).trimmed(), &error))
            return SimResponse::error(request, 400, QStringLiteral("SIM.0400"), error);
        return SimResponse::json(
            201, QJsonDocument(QJsonObject{{QStringLiteral("faults"), faults.size()}}).toJson(QJsonDocument::Compact));
    }
    if (path == QLatin1String("/_sim/fail-jobs") && request.method == "POST") {
        const QRegularExpression pattern(QString::fromUtf8(request.body).trimmed());
        if (!pattern.isValid())
            return SimResponse::error(request, 400, QStringLiteral("SIM.0400"), pattern.errorString());
        world.setFailingJobNames(pattern);
        return SimResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("fail_jobs"), pattern.pattern()}})
                                          .toJson(QJsonDocument::Compact));
    }
    if (path == QLatin1String("/_sim/faults") && request.method == "DELETE") {
        faults.clear();
        return SimResponse::json(200, QByteArrayLiteral("{\"faults\":0}"));
    }
    return SimResponse::error(request, 404, QStringLiteral("SIM.0404"),
                              QStringLiteral("Unknown control call; see liteops-sim --help"));
}

Simulator::Simulator(const SimOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<SimulatorPrivate>(options))
{
}

Simulator::~Simulator()
{
    // Stop serving before the state the handler uses goes away (children would only be
    // deleted after d, by ~QObject).
    delete d->server.data();
    delete d->tcp.data();
}

bool Simulator::start(QString *errorMessage)
{
    if (d->server) {
        if (errorMessage)
            *errorMessage = tr("the simulator is already running");
        return false;
    }
    for (const QString &spec : std::as_const(d->options.faults)) {
        if (!d->faults.add(spec, errorMessage))
            return false;
    }
    QTcpServer *tcp = nullptr;
    if (!d->options.tlsCertificateFile.isEmpty() || !d->options.tlsKeyFile.isEmpty()) {
        QSslConfiguration tls;
        if (!loadTls(d->options, &tls, errorMessage))
            return false;
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(tls);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(this);
    }
    if (!tcp->listen(d->options.bind, d->options.port)) {
        if (errorMessage) {
            *errorMessage = tr("cannot listen on %1:%2: %3")
                                .arg(d->options.bind.toString())
                                .arg(d->options.port)
                                .arg(tcp->errorString());
        }
        delete tcp;
        return false;
    }
    d->tcp = tcp;
    d->server = new SimHttpServer([this](SimRequest &request) { return d->handle(request); }, this);
    d->server->bind(tcp);

    QHostAddress host = d->options.bind;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(qobject_cast<QSslServer *>(tcp) ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(tcp->serverPort());
    d->baseUrl = url;
    return true;
}

QUrl Simulator::baseUrl() const
{
    return d->baseUrl;
}

QList<SampleJob> Simulator::sampleJobs(const SimOptions &options)
{
    SimOptions cheap = options;
    cheap.jobs = 0; // the ModelArts history plays no part in these
    cheap.servers = 1;
    const World world(cheap, QDateTime::currentMSecsSinceEpoch());
    QList<SampleJob> out;
    for (const QList<Job> *jobs : {&world.serviceStageJobs(), &world.iefJobs()}) {
        for (const Job &job : *jobs) {
            const TaskCounts c = job.counts();
            QStringList parts;
            if (c.failed)
                parts << QStringLiteral("%1 failed").arg(c.failed);
            if (c.succeeded)
                parts << QStringLiteral("%1 succeeded").arg(c.succeeded);
            if (c.running + c.pending)
                parts << QStringLiteral("%1 running or waiting").arg(c.running + c.pending);
            if (c.skipped)
                parts << QStringLiteral("%1 skipped").arg(c.skipped);
            out.append(SampleJob{
                job.provider, job.id, job.status,
                QStringLiteral("%1 of %2 tasks").arg(parts.join(QStringLiteral(", "))).arg(job.tasks.size())});
        }
    }
    return out;
}

QStringList Simulator::sampleJobLines(const SimOptions &options)
{
    QStringList lines;
    for (const SampleJob &s : sampleJobs(options))
        lines << (s.provider == Provider::Ief ? QStringLiteral("ief job: ") : QStringLiteral("servicestage job: "))
                     + s.id;
    return lines;
}

QString Simulator::projectId() const
{
    return d->options.projectId;
}

bool Simulator::addFault(const QString &spec, QString *errorMessage)
{
    return d->faults.add(spec, errorMessage);
}

void Simulator::clearFaults()
{
    d->faults.clear();
}

bool Simulator::setFailingJobNames(const QString &regex, QString *errorMessage)
{
    const QRegularExpression pattern(regex);
    if (!pattern.isValid()) {
        if (errorMessage)
            *errorMessage = tr("bad job name regex \"%1\": %2").arg(regex, pattern.errorString());
        return false;
    }
    d->world.setFailingJobNames(pattern);
    return true;
}

void Simulator::setStaleDriverServers(const QStringList &serverIds)
{
    QSet<int> servers;
    for (const QString &id : serverIds) {
        if (const int index = d->world.serverIndex(id); index >= 0)
            servers.insert(index);
    }
    d->world.setStaleDriverServers(servers);
}

QList<QByteArray> Simulator::receivedCreateBodies() const
{
    return d->createBodies;
}

int Simulator::requestCount() const
{
    return d->requestCount;
}

QList<std::pair<QByteArray, QByteArray>> Simulator::lastRequestHeaders() const
{
    return d->lastHeaders;
}

QList<Job> Simulator::jobs() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Job> out;
    const int count = d->world.jobCount();
    out.reserve(count);
    for (int p = 0; p < count; ++p)
        out.append(d->world.job(d->world.recordAtPosition(p), now, true));
    return out;
}

QList<Server> Simulator::servers() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Server> out;
    const int count = d->world.serverCount();
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(d->world.server(i, now));
    return out;
}

QStringList Simulator::flakyServerIds() const
{
    QStringList ids;
    for (int i = 0; i < d->world.serverCount(); ++i) {
        if (d->world.serverFlaky(i))
            ids << d->world.serverId(i);
    }
    return ids;
}

namespace {
QStringList idsOf(const World &world, std::pair<int, int> range)
{
    QStringList ids;
    for (int i = range.first; i < range.first + range.second; ++i)
        ids << world.serverId(i);
    return ids;
}
} // namespace

QStringList Simulator::unqueriedServerIds() const
{
    return idsOf(d->world, d->world.unqueriedServers());
}

QStringList Simulator::staleQueriedServerIds() const
{
    return idsOf(d->world, d->world.staleQueriedServers());
}

} // namespace liteops::sim
