// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal state of CloudClient shared by its helpers (Exchange, IamTokenCache, pagers).
#include "cloud_client.h"
#include "exchange.h"
#include "retry_policy.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslConfiguration>
#include <memory>
#include <optional>

namespace liteops {

// IAM password mode: one token for the client, fetched on first use, reused until 5 minutes
// before it expires; concurrent calls wait for the same fetch.
class IamTokenCache : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QByteArray> &)>;

    explicit IamTokenCache(CloudClientPrivate *client);
    ~IamTokenCache() override;

    // Calls back with a valid token (at once when cached) unless `context` is gone by then.
    void withToken(QObject *context, Callback callback);
    // The service refused `token` (401): forget it, unless a newer one is already cached.
    void invalidate(const QByteArray &token);
    void clear();

    bool hasValidToken() const;
    QDateTime expiresAt() const { return m_expiresAt; }
    int fetchCount() const { return m_fetchCount; }

    // Tests: shift this cache's clock (to reach the refresh margin without waiting a day),
    // and plant a token.
    void setClockOffsetForTest(qint64 ms) { m_clockOffsetMs = ms; }
    void setTokenForTest(const QByteArray &token, const QDateTime &expiresAt);

    static constexpr qint64 kRefreshMarginMs = 5 * 60 * 1000;

private:
    QDateTime now() const;
    void fetch();
    void deliver(const Result<QByteArray> &result);

    CloudClientPrivate *m_client;
    QByteArray m_token;
    QDateTime m_expiresAt;
    qint64 m_clockOffsetMs = 0;
    int m_fetchCount = 0;
    QPointer<Exchange> m_pending;
    QList<std::pair<QPointer<QObject>, Callback>> m_waiters;
};

class CloudClientPrivate
{
public:
    CloudClientPrivate(CloudClient *q, const ClientConfig &config, QNetworkAccessManager *nam);
    ~CloudClientPrivate();

    QUrl endpointFor(RequestSpec::Service service) const;
    // The TLS configuration with the CA bundle; an error when the bundle cannot be read.
    std::optional<CloudError> tlsConfiguration(QSslConfiguration *out);
    void applyConfig(const ClientConfig &config);
    int pageSizeOr(int fallback) const { return config.pageSize > 0 ? config.pageSize : fallback; }

    CloudClient *q;
    ClientConfig config;
    QNetworkAccessManager *nam;
    bool ownsNam;
    RetryBudget budget;
    std::unique_ptr<IamTokenCache> iam;
    QStringList registeredSecrets; // what this client added to the redaction list
    QString loadedCaFile;
    QSslConfiguration ssl;
    int pendingCalls = 0;
};

// Sends `spec` once (RetryMode::CreateOnce) after the shared prechecks (configuration, then
// `id` as `idLabel`), and decodes the answer as one server: the server actions'
// (cloud_client_servers.cpp) door to cloud_client.cpp's call machinery. `segments` are the
// path after /v1/{project_id}.
Call<Server> *sendServerRequestOnce(CloudClientPrivate *d, const QString &description, const QString &idLabel,
                                    const QString &id, const QStringList &segments, const QByteArray &method);

// Tests reach the IAM token cache through this (to plant tokens and move its clock).
class CloudClientTestAccess
{
public:
    static IamTokenCache *iamTokenCache(CloudClient *client) { return client->d->iam.get(); }
    static RetryBudget *retryBudget(CloudClient *client) { return &client->d->budget; }
    // The TLS configuration https requests get (nullopt: the CA bundle cannot be used).
    static std::optional<QSslConfiguration> tlsConfiguration(CloudClient *client)
    {
        QSslConfiguration c;
        if (client->d->tlsConfiguration(&c))
            return std::nullopt;
        return c;
    }
};

} // namespace liteops
