// SPDX-License-Identifier: Apache-2.0
#include "client_private.h"
#include "cloud_logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace liteops {

IamTokenCache::IamTokenCache(CloudClientPrivate *client) : m_client(client) {}

IamTokenCache::~IamTokenCache()
{
    clear();
}

QDateTime IamTokenCache::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

bool IamTokenCache::hasValidToken() const
{
    return !m_token.isEmpty() && m_expiresAt.isValid() && now().msecsTo(m_expiresAt) > kRefreshMarginMs;
}

void IamTokenCache::setTokenForTest(const QByteArray &token, const QDateTime &expiresAt)
{
    if (!m_token.isEmpty())
        unregisterSecret(QString::fromLatin1(m_token));
    m_token = token;
    m_expiresAt = expiresAt;
    registerSecret(QString::fromLatin1(m_token));
}

void IamTokenCache::clear()
{
    if (m_pending) {
        m_pending->abort();
        m_pending->deleteLater();
    }
    m_pending = nullptr;
    if (!m_token.isEmpty())
        unregisterSecret(QString::fromLatin1(m_token));
    m_token.clear();
    m_expiresAt = {};
    // Waiters of an aborted fetch are told, so their calls do not hang.
    if (!m_waiters.isEmpty()) {
        deliver(CloudError::make(CloudError::Kind::Cancelled, tr("The credentials changed while signing in.")));
    }
}

void IamTokenCache::invalidate(const QByteArray &token)
{
    if (!token.isEmpty() && token == m_token) {
        unregisterSecret(QString::fromLatin1(m_token));
        m_token.clear();
        m_expiresAt = {};
    }
}

void IamTokenCache::withToken(QObject *context, Callback callback)
{
    if (hasValidToken()) {
        callback(m_token);
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (!m_pending)
        fetch();
}

void IamTokenCache::fetch()
{
    const ClientConfig &config = m_client->config;
    const Credentials &c = config.credentials;
    QJsonObject user{{QStringLiteral("name"), c.iamUser},
                     {QStringLiteral("password"), c.iamPassword},
                     {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), c.iamDomain}}}};
    QJsonObject auth{{QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                  {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}}}};
    if (!config.projectId.isEmpty()) {
        auth.insert(QStringLiteral("scope"),
                    QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), config.projectId}}}});
    }
    RequestSpec spec;
    spec.method = "POST";
    spec.service = RequestSpec::Service::Iam;
    spec.segments = {QStringLiteral("v3"), QStringLiteral("auth"), QStringLiteral("tokens")};
    spec.body = QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
    // Asking for a token twice is harmless, so the request is retried like a GET.
    spec.contentType = "application/json;charset=UTF-8"; // as the SDK's KeystoneCreateUserTokenByPassword
    spec.retry = RequestSpec::RetryMode::Idempotent;
    spec.projectScoped = false;
    spec.authenticated = false;

    ++m_fetchCount;
    auto *exchange = new Exchange(m_client, spec, nullptr, this);
    m_pending = exchange;
    exchange->setCallback([this, exchange](const Result<HttpAnswer> &r) {
        exchange->deleteLater();
        m_pending = nullptr;
        if (!r.ok()) {
            CloudError e = r.error();
            if (e.kind == CloudError::Kind::Auth || e.httpStatus == 400)
                e.errorMsg = tr("IAM refused the user name, password or account name (%1).")
                                 .arg(e.errorMsg.isEmpty() ? e.errorCode : e.errorMsg);
            if (e.kind == CloudError::Kind::Client && e.httpStatus == 400)
                e.kind = CloudError::Kind::Auth;
            deliver(e);
            return;
        }
        const QByteArray token = r.value().header("X-Subject-Token");
        if (token.isEmpty()) {
            deliver(CloudError::make(CloudError::Kind::Auth, tr("IAM answered without a token (no X-Subject-Token)."),
                                     r.value().status));
            return;
        }
        QDateTime expires;
        const QJsonObject body = QJsonDocument::fromJson(r.value().body).object();
        const QString expiresText =
            body.value(QStringLiteral("token")).toObject().value(QStringLiteral("expires_at")).toString();
        if (!expiresText.isEmpty())
            expires = QDateTime::fromString(expiresText, Qt::ISODateWithMs);
        if (!expires.isValid()) // IAM tokens live 24 hours
            expires = now().addSecs(24 * 3600);
        if (!m_token.isEmpty())
            unregisterSecret(QString::fromLatin1(m_token));
        m_token = token;
        m_expiresAt = expires.toUTC();
        registerSecret(QString::fromLatin1(m_token));
        logCloud(QStringLiteral("IAM token obtained, valid until %1").arg(m_expiresAt.toString(Qt::ISODate)));
        deliver(m_token);
    });
    exchange->start();
}

void IamTokenCache::deliver(const Result<QByteArray> &result)
{
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &[context, callback] : waiters) {
        if (context)
            callback(result);
    }
}

} // namespace liteops
