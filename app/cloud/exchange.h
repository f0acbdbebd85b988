// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal: one HTTP request with everything around it: auth (signing, IAM token, direct
// token), the transfer timeout, the body cap, the redirect rule, TLS configuration, retries
// with backoff and the per-client budget, one re-authentication on 401 in IAM mode. It
// reports a successful answer or a CloudError through a callback, once.
#include "cloud_error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <optional>
#include <utility>

class QNetworkReply;
class QNetworkRequest;
class QUrl;

namespace liteops {

class CloudClientPrivate;
struct ExchangeFacts;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct RequestSpec
{
    enum class Service { ModelArts, ServiceStage, Ief, Iam };
    enum class RetryMode {
        Idempotent, // GET: retried on network errors, timeouts, 429, 502, 503, 504
        CreateOnce, // create: retried only when it certainly did not reach the service
        Never,
    };

    QByteArray method = "GET";
    Service service = Service::ModelArts;
    QStringList segments; // path after the endpoint, each one percent-encoded when built
    QList<std::pair<QString, QString>> query;
    HeaderList extraHeaders; // sent and, with AK/SK, signed (e.g. ief-instance-id)
    QByteArray body;
    // Sent on every request, GETs included, and signed, as the official SDKs do; a create
    // or delete says "application/json;charset=UTF-8" like the SDK models.
    QByteArray contentType = "application/json";
    RetryMode retry = RetryMode::Idempotent;
    bool projectScoped = true; // X-Project-Id
    bool authenticated = true; // false for the IAM token request itself
};

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray requestId;
    HeaderList headers;

    QByteArray header(const QByteArray &name) const;
};

class Exchange : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<HttpAnswer> &)>;

    Exchange(CloudClientPrivate *client, RequestSpec spec, Callback callback, QObject *parent);
    ~Exchange() override;

    // Set before start() (when the callback needs to know the exchange).
    void setCallback(Callback callback) { m_callback = std::move(callback); }
    void start();
    // Stops everything without calling back.
    void abort();
    bool requestWasSent() const { return m_sent; }

    // "GET /v1/{project}/dev-servers/jobs" with the project id left in (it is not secret).
    QString describe() const;

private:
    void beginAttempt();
    void send(const QByteArray &authToken);
    std::optional<CloudError> prepareRequest(QNetworkRequest *request) const;
    HeaderList authenticate(QNetworkRequest *request, const QByteArray &authToken);
    void watchReply(QNetworkReply *reply, const QUrl &url);
    void onReadyRead();
    void onFinished();
    ExchangeFacts factsOf(QNetworkReply *reply) const;
    bool worthRetrying(const CloudError &error, const ExchangeFacts &facts) const;
    void finishWith(const Result<HttpAnswer> &result);
    void failBeforeSending(const CloudError &error);

    CloudClientPrivate *m_client;
    RequestSpec m_spec;
    Callback m_callback;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QByteArray m_body;
    QByteArray m_usedToken;
    int m_attempt = 0;
    bool m_reauthenticated = false;
    bool m_sent = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_redirectRefused = false;
    bool m_done = false;
    QList<QSslError> m_sslErrors; // what certificate verification found (never ignored)
};

} // namespace liteops
