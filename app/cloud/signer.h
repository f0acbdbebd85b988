// SPDX-License-Identifier: Apache-2.0
#pragma once
// Signs a QNetworkRequest with SDK-HMAC-SHA256 (the official SDKs' signer), on top of the
// shared algorithm in app/core/signing.h: adds Content-Type (every request, GETs included,
// as the official SDKs send it), X-Sdk-Date, Host, X-Project-Id (for project-scoped calls)
// and X-Security-Token (temporary credentials), signs them and the call's own headers
// (ief-instance-id), and sets Authorization.
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <utility>

namespace liteops {

class Signer
{
public:
    Signer(const QString &accessKey, const QString &secretKey, const QString &securityToken = {});

    // `url` must be fully encoded (request_path.h's buildUrl); `projectId` empty for calls
    // that are not project-scoped. Returns the headers it set, in the order they were
    // added (for tests and redacted logs). `extraHeaders` (already set on the request or
    // not) are set and signed too: the Python SDK signs every header it sends.
    QList<std::pair<QByteArray, QByteArray>>
    sign(QNetworkRequest &request, const QByteArray &method, const QByteArray &body, const QString &projectId,
         const QDateTime &nowUtc, const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {}) const;

    // The Authorization value for a request to `url` (fully encoded) signing exactly
    // `headers` (which must include X-Sdk-Date). The path and query are decoded from the URL
    // the way the gateway decodes the request line.
    static QByteArray authorization(const QByteArray &accessKey, const QByteArray &secretKey, const QByteArray &method,
                                    const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers,
                                    const QByteArray &body);

    // The Host header value for a URL: host, plus ":port" when it is not the scheme's default.
    static QByteArray hostHeader(const QUrl &url);

private:
    QByteArray m_accessKey;
    QByteArray m_secretKey;
    QByteArray m_securityToken;
};

} // namespace liteops
