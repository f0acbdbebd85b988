// SPDX-License-Identifier: Apache-2.0
#include "signer.h"

#include "signing.h"

namespace liteops {

Signer::Signer(const QString &accessKey, const QString &secretKey, const QString &securityToken)
    : m_accessKey(accessKey.toUtf8()), m_secretKey(secretKey.toUtf8()), m_securityToken(securityToken.toUtf8())
{
}

QByteArray Signer::authorization(const QByteArray &accessKey, const QByteArray &secretKey, const QByteArray &method,
                                 const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers,
                                 const QByteArray &body)
{
    signing::RequestToSign toSign;
    toSign.method = method;
    toSign.path = url.path(QUrl::FullyDecoded).toUtf8();
    // Decoded exactly as the verifier decodes the request line.
    toSign.query = signing::decodeQuery(url.query(QUrl::FullyEncoded).toUtf8());
    toSign.headers = headers;
    toSign.body = body;
    return signing::authorizationFor(toSign, accessKey, secretKey);
}

QByteArray Signer::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':')) // IPv6 literal
        host = '[' + host + ']';
    const int port = url.port();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QList<std::pair<QByteArray, QByteArray>>
Signer::sign(QNetworkRequest &request, const QByteArray &method, const QByteArray &body, const QString &projectId,
             const QDateTime &nowUtc, const QList<std::pair<QByteArray, QByteArray>> &extraHeaders) const
{
    const QUrl url = request.url();
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Every request carries a signed Content-Type, GETs included, as the SDKs send it.
    QByteArray contentType = request.rawHeader("Content-Type");
    if (contentType.isEmpty())
        contentType = "application/json";
    headers.append({"Content-Type", contentType});
    headers.append({"Host", hostHeader(url)});
    for (const auto &[name, value] : extraHeaders) {
        // The SDK leaves out names with '_' (proxies drop them); ours never have one.
        if (!name.isEmpty() && !name.contains('_'))
            headers.append({name, value});
    }
    if (!projectId.isEmpty())
        headers.append({"X-Project-Id", projectId.toUtf8()});
    headers.append({"X-Sdk-Date", signing::formatSdkDate(nowUtc)});
    if (!m_securityToken.isEmpty())
        headers.append({"X-Security-Token", m_securityToken});

    const QByteArray authorization = Signer::authorization(m_accessKey, m_secretKey, method, url, headers, body);
    for (const auto &[name, value] : std::as_const(headers))
        request.setRawHeader(name, value);
    request.setRawHeader("Authorization", authorization);
    headers.append({"Authorization", authorization});
    return headers;
}

} // namespace liteops
