#include "signer.h"

#include "signing.h"

#include <QUrlQuery>

namespace liteops {

Signer::Signer(const QString &accessKey, const QString &secretKey, const QString &securityToken)
    : m_accessKey(accessKey.toUtf8()),
      m_secretKey(secretKey.toUtf8()),
      m_securityToken(securityToken.toUtf8())
{
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

QList<std::pair<QByteArray, QByteArray>> Signer::sign(QNetworkRequest &request,
                                                      const QByteArray &method,
                                                      const QByteArray &body,
                                                      const QString &projectId,
                                                      const QDateTime &nowUtc) const
{
    const QUrl url = request.url();
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!body.isEmpty()) {
        QByteArray contentType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (contentType.isEmpty())
            contentType = "application/json";
        headers.append({"Content-Type", contentType});
    }
    headers.append({"Host", hostHeader(url)});
    if (!projectId.isEmpty())
        headers.append({"X-Project-Id", projectId.toUtf8()});
    headers.append({"X-Sdk-Date", signing::formatSdkDate(nowUtc)});
    if (!m_securityToken.isEmpty())
        headers.append({"X-Security-Token", m_securityToken});

    signing::RequestToSign toSign;
    toSign.method = method;
    toSign.path = url.path(QUrl::FullyDecoded).toUtf8();
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        toSign.query.append({name, value});
    toSign.headers = headers;
    toSign.body = body;

    const QByteArray canonical = signing::canonicalRequest(toSign);
    const QByteArray sdkDate = signing::formatSdkDate(nowUtc);
    const QByteArray sig = signing::signature(m_secretKey, signing::stringToSign(canonical, sdkDate));
    const QByteArray authorization =
        signing::authorizationHeader(m_accessKey, signing::signedHeaders(headers), sig);

    for (const auto &[name, value] : std::as_const(headers))
        request.setRawHeader(name, value);
    request.setRawHeader("Authorization", authorization);
    headers.append({"Authorization", authorization});
    return headers;
}

} // namespace liteops
