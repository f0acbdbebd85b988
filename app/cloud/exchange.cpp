// SPDX-License-Identifier: Apache-2.0
#include "exchange.h"

#include "client_private.h"
#include "cloud_logging.h"
#include "error_mapping.h"
#include "request_path.h"
#include "signer.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace liteops {

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

Exchange::Exchange(CloudClientPrivate *client, RequestSpec spec, Callback callback, QObject *parent)
    : QObject(parent), m_client(client), m_spec(std::move(spec)), m_callback(std::move(callback))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort(); // finished() follows and maps to Timeout / UnknownOutcome
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &Exchange::beginAttempt);
}

Exchange::~Exchange()
{
    abort();
}

QString Exchange::describe() const
{
    return QString::fromLatin1(m_spec.method) + QLatin1Char(' ') + QLatin1Char('/')
           + m_spec.segments.join(QLatin1Char('/'));
}

void Exchange::start()
{
    m_attempt = 0;
    beginAttempt();
}

void Exchange::abort()
{
    m_done = true;
    m_timeout.stop();
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Exchange::failBeforeSending(const CloudError &error)
{
    // Called from start() inside a CloudClient method: the call object defers the signal.
    finishWith(error);
}

void Exchange::beginAttempt()
{
    if (m_done)
        return;
    const Credentials &creds = m_client->config.credentials;
    if (m_spec.authenticated && creds.mode == Credentials::Mode::IamPassword) {
        m_client->iam->withToken(this, [this](const Result<QByteArray> &token) {
            if (m_done)
                return;
            if (!token.ok()) {
                finishWith(token.error());
                return;
            }
            send(token.value());
        });
        return;
    }
    if (m_spec.authenticated && creds.mode == Credentials::Mode::Token) {
        send(creds.token.toUtf8());
        return;
    }
    send({});
}

void Exchange::send(const QByteArray &authToken)
{
    const QUrl base = m_client->endpointFor(m_spec.service);
    if (!base.isValid() || base.isEmpty() || base.host().isEmpty()) {
        // With a region, the usual reason: the official SDKs do not offer the service there.
        static const char *const names[] = {"ModelArts", "ServiceStage", "IEF", "IAM"};
        failBeforeSending(CloudError::make(
            CloudError::Kind::Client,
            tr("No %1 endpoint is configured: the region does not offer %1 (per the official "
               "SDKs' region table) or no endpoint was given. Give its endpoint in the profile or on the command line.")
                .arg(QLatin1String(names[int(m_spec.service)]))));
        return;
    }
    const QUrl url = buildUrl(base, m_spec.segments, m_spec.query);
    QNetworkRequest request(url);
    if (auto error = prepareRequest(&request)) {
        failBeforeSending(*error);
        return;
    }
    const HeaderList logged = authenticate(&request, authToken);
    logCloud(QStringLiteral("%1 %2 (attempt %3)\n%4")
                 .arg(QString::fromLatin1(m_spec.method), url.toDisplayString())
                 .arg(m_attempt + 1)
                 .arg(describeHeaders(logged)));

    m_body.clear();
    m_sslErrors.clear();
    m_timedOut = m_tooLarge = m_redirectRefused = false;
    QNetworkReply *reply = nullptr;
    if (m_spec.method == "GET")
        reply = m_client->nam->get(request);
    else
        reply = m_client->nam->sendCustomRequest(request, m_spec.method, m_spec.body);
    m_reply = reply;
    m_sent = true;
    reply->setParent(this);
    watchReply(reply, url);
    m_timeout.start(std::max(1, m_client->config.timeoutMs));
}

// Redirect and cache policy, TLS, and the headers every request carries.
std::optional<CloudError> Exchange::prepareRequest(QNetworkRequest *request) const
{
    request->setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request->setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request->setMaximumRedirectsAllowed(3);
    if (request->url().scheme() == QLatin1String("https")) {
        QSslConfiguration ssl;
        if (auto error = m_client->tlsConfiguration(&ssl))
            return error;
        request->setSslConfiguration(ssl);
    }
    // Every request, GETs included: ServiceStage and IEF document it as mandatory.
    request->setRawHeader("Content-Type",
                          m_spec.contentType.isEmpty() ? QByteArray("application/json") : m_spec.contentType);
    request->setRawHeader("Accept", "application/json");
    request->setRawHeader("User-Agent", "liteops/" LITEOPS_VERSION);
    for (const auto &[name, value] : std::as_const(m_spec.extraHeaders))
        request->setRawHeader(name, value);
    return std::nullopt;
}

// Signs the request (AK/SK) or adds the project and token headers; returns the headers to log
// (describeHeaders() masks the secret ones).
HeaderList Exchange::authenticate(QNetworkRequest *request, const QByteArray &authToken)
{
    const ClientConfig &config = m_client->config;
    const QString projectHeader = m_spec.projectScoped ? config.projectId : QString();
    m_usedToken.clear();
    if (m_spec.authenticated && config.credentials.mode == Credentials::Mode::AkSk) {
        const Signer signer(config.credentials.accessKey, config.credentials.secretKey,
                            config.credentials.securityToken);
        return signer.sign(*request, m_spec.method, m_spec.body, projectHeader, QDateTime::currentDateTimeUtc(),
                           m_spec.extraHeaders);
    }
    HeaderList logged;
    logged.append({"Content-Type", request->rawHeader("Content-Type")});
    for (const auto &[name, value] : std::as_const(m_spec.extraHeaders))
        logged.append({name, value});
    if (!projectHeader.isEmpty()) {
        request->setRawHeader("X-Project-Id", projectHeader.toUtf8());
        logged.append({"X-Project-Id", projectHeader.toUtf8()});
    }
    if (!authToken.isEmpty()) {
        m_usedToken = authToken;
        request->setRawHeader("X-Auth-Token", authToken);
        logged.append({"X-Auth-Token", authToken});
    }
    return logged;
}

// The size cap, the idle timeout, the redirect rule and TLS errors, while the reply runs.
void Exchange::watchReply(QNetworkReply *reply, const QUrl &url)
{
    const qint64 cap = m_client->config.maxBodyBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (cap > 0 && length.isValid() && length.toLongLong() > cap) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, &Exchange::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, [this] { m_timeout.start(); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(); });
    connect(reply, &QNetworkReply::redirected, this, [this, reply, url](const QUrl &target) {
        // Only to the same host over https: a redirect must not carry our signed headers (or
        // a token) anywhere else, nor downgrade to plain http.
        const QUrl resolved = url.resolved(target);
        if (resolved.scheme() == QLatin1String("https")
            && resolved.host().compare(url.host(), Qt::CaseInsensitive) == 0) {
            emit reply->redirectAllowed();
        } else {
            m_redirectRefused = true;
            reply->abort();
        }
    });
    // The verification errors are only recorded, to say what was wrong: nothing here (or
    // anywhere in LiteOps) ignores them, so the handshake fails closed.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, &Exchange::onFinished);
}

void Exchange::onReadyRead()
{
    // After abort() (timeout, body cap, refused redirect) the reply is closed with nothing
    // left to read; reading it anyway makes Qt warn "device not open" on every timeout.
    if (!m_reply || !m_reply->isOpen())
        return;
    const qint64 cap = m_client->config.maxBodyBytes;
    m_body += m_reply->readAll();
    if (cap > 0 && m_body.size() > cap) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
    }
}

void Exchange::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_timeout.stop();
    if (!m_tooLarge)
        onReadyRead();
    m_reply = nullptr;
    reply->deleteLater();

    const ExchangeFacts facts = factsOf(reply);
    emit m_client->q->requestFinished(QString::fromLatin1(m_spec.method),
                                      QLatin1Char('/') + m_spec.segments.join(QLatin1Char('/')), facts.httpStatus,
                                      QString::fromLatin1(facts.requestIdHeader));
    logCloud(QStringLiteral("%1 /%2 -> %3 %4 request id %5")
                 .arg(QString::fromLatin1(m_spec.method), m_spec.segments.join(QLatin1Char('/')))
                 .arg(facts.httpStatus)
                 .arg(facts.networkError == QNetworkReply::NoError ? QString() : facts.networkErrorString,
                      QString::fromLatin1(facts.requestIdHeader)));

    const bool success = facts.networkError == QNetworkReply::NoError && !m_timedOut && !m_tooLarge
                         && facts.httpStatus >= 200 && facts.httpStatus < 300;
    if (success) {
        m_client->budget.recordSuccess();
        HttpAnswer answer;
        answer.status = facts.httpStatus;
        answer.body = std::move(m_body);
        answer.requestId = facts.requestIdHeader;
        answer.headers = reply->rawHeaderPairs();
        finishWith(answer);
        return;
    }

    // IAM mode: the token may have been revoked or expired early. Fetch a new one once.
    if (facts.httpStatus == 401 && !m_reauthenticated && m_spec.authenticated
        && m_client->config.credentials.mode == Credentials::Mode::IamPassword) {
        m_reauthenticated = true;
        m_client->iam->invalidate(m_usedToken);
        beginAttempt();
        return;
    }

    CloudError error = mapExchange(facts);
    if (facts.httpStatus == 401 && m_reauthenticated)
        error.errorMsg = tr("The service refused a freshly issued IAM token (%1).")
                             .arg(error.errorMsg.isEmpty() ? error.errorCode : error.errorMsg);

    const ClientConfig &config = m_client->config;
    if (worthRetrying(error, facts) && m_attempt + 1 < std::max(1, config.maxAttempts)
        && m_client->budget.tryConsume()) {
        const int delay = retryDelayMs(m_attempt, error.retryAfterSeconds, config.retryBaseDelayMs,
                                       config.retryMaxDelayMs, QRandomGenerator::global()->generateDouble());
        logCloud(QStringLiteral("retrying %1 in %2 ms").arg(describe()).arg(delay));
        ++m_attempt;
        m_retryTimer.start(delay);
        return;
    }
    finishWith(error);
}

// What the reply says, for mapExchange() and the log.
ExchangeFacts Exchange::factsOf(QNetworkReply *reply) const
{
    ExchangeFacts facts;
    facts.networkError = reply->error();
    facts.networkErrorString = reply->errorString();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.contentType = reply->rawHeader("Content-Type");
    facts.requestIdHeader = reply->rawHeader("X-Request-Id");
    facts.retryAfterHeader = reply->rawHeader("Retry-After");
    facts.body = m_body;
    facts.timedOut = m_timedOut;
    facts.tooLarge = m_tooLarge;
    facts.redirectRefused = m_redirectRefused;
    facts.sslErrors = m_sslErrors;
    facts.host = reply->url().host();
    facts.unsafeRequestSent = m_spec.retry == RequestSpec::RetryMode::CreateOnce;
    return facts;
}

// Whether the request's retry mode allows another attempt after this error (the attempt
// count and the client's budget are checked by the caller).
bool Exchange::worthRetrying(const CloudError &error, const ExchangeFacts &facts) const
{
    switch (m_spec.retry) {
    case RequestSpec::RetryMode::Idempotent:
        // Network errors, timeouts, 429/502/503/504 (not a refused redirect, not TLS).
        return error.retryable;
    case RequestSpec::RetryMode::CreateOnce:
        // Refused by the gateway before the service saw it, or never connected.
        return facts.httpStatus == 429
               || (error.kind == CloudError::Kind::Network && facts.httpStatus == 0 && !m_timedOut);
    case RequestSpec::RetryMode::Never: break;
    }
    return false;
}

void Exchange::finishWith(const Result<HttpAnswer> &result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_retryTimer.stop();
    auto callback = std::move(m_callback);
    m_callback = nullptr;
    if (callback)
        callback(result);
}

} // namespace liteops
