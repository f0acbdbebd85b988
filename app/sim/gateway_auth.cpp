// SPDX-License-Identifier: Apache-2.0
#include "gateway_auth.h"

#include "signing.h"
#include "simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace liteops::sim {

namespace {

SimResponse badCredentials(const SimRequest &request, const QString &why)
{
    return SimResponse::error(request, 401, QStringLiteral("APIGW.0301"),
                              QStringLiteral("Incorrect IAM authentication information: ") + why);
}

// Constant-time comparison, so the verifier does not leak how much of a signature matched.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

GatewayAuth::GatewayAuth(const SimOptions &options)
    : m_accessKey(options.accessKey.toUtf8()), m_secretKey(options.secretKey.toUtf8()), m_token(options.token.toUtf8()),
      m_iamUser(options.iamUser), m_iamPassword(options.iamPassword), m_iamDomain(options.iamDomain)
{
    m_enforced = !options.noAuth && (!m_accessKey.isEmpty() || !m_token.isEmpty() || !m_iamUser.isEmpty());
}

std::optional<SimResponse> GatewayAuth::check(const SimRequest &request, const QDateTime &now) const
{
    if (!m_enforced)
        return std::nullopt;
    const QByteArray token = request.header("X-Auth-Token");
    if (!token.isEmpty()) {
        if (!m_token.isEmpty() && sameBytes(token, m_token))
            return std::nullopt;
        const auto it = m_issued.constFind(token);
        if (it != m_issued.constEnd()) {
            if (now < it.value())
                return std::nullopt;
            return badCredentials(request, QStringLiteral("the token has expired"));
        }
        return badCredentials(request, QStringLiteral("the token is not valid"));
    }
    if (!request.header("Authorization").isEmpty())
        return checkSignature(request, now);
    return badCredentials(request, QStringLiteral("no Authorization or X-Auth-Token header"));
}

std::optional<SimResponse> GatewayAuth::checkSignature(const SimRequest &request, const QDateTime &now) const
{
    signing::ParsedAuthorization auth;
    if (!signing::parseAuthorization(request.header("Authorization"), &auth))
        return badCredentials(request, QStringLiteral("the Authorization header is not SDK-HMAC-SHA256"));
    if (m_accessKey.isEmpty() || !sameBytes(auth.accessKey, m_accessKey))
        return badCredentials(request, QStringLiteral("unknown access key"));
    if (!auth.signedHeaders.contains("x-sdk-date"))
        return badCredentials(request, QStringLiteral("X-Sdk-Date is not signed"));

    const QByteArray sdkDate = request.header("X-Sdk-Date").trimmed();
    const QDateTime signedAt = signing::parseSdkDate(sdkDate);
    if (!signedAt.isValid())
        return badCredentials(request, QStringLiteral("X-Sdk-Date is missing or not YYYYMMDDTHHMMSSZ"));
    if (qAbs(signedAt.secsTo(now)) > kMaxSkewSecs) {
        return SimResponse::error(request, 401, QStringLiteral("APIGW.0303"),
                                  QStringLiteral("Incorrect app authentication information: the request "
                                                 "date differs from the server time by more than 15 minutes"));
    }

    // Collect every value of each signed header as it arrived.
    QList<std::pair<QByteArray, QByteArray>> signedValues;
    for (const QByteArray &name : std::as_const(auth.signedHeaders)) {
        bool found = false;
        for (const auto &[key, value] : request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                signedValues.append({name, value});
                found = true;
            }
        }
        if (!found)
            return badCredentials(request,
                                  QStringLiteral("signed header \"%1\" is missing").arg(QString::fromLatin1(name)));
    }
    const QByteArray canonical = signing::canonicalRequest(request.method,
                                                           signing::canonicalUriFromEncodedPath(request.encodedPath),
                                                           signing::canonicalQuery(request.query), signedValues,
                                                           request.body,
                                                           request.header("X-Sdk-Content-Sha256").trimmed());
    const QByteArray expected = signing::signature(m_secretKey, signing::stringToSign(canonical, sdkDate));
    if (!sameBytes(expected, auth.signature.toLower()))
        return badCredentials(request, QStringLiteral("the signature does not match"));
    return std::nullopt;
}

SimResponse GatewayAuth::issueToken(const SimRequest &request, const QDateTime &now, const QString &projectId)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(request.body, &parseError).object();
    const QJsonObject identity = root.value(u"auth").toObject().value(u"identity").toObject();
    const QJsonObject user = identity.value(u"password").toObject().value(u"user").toObject();
    const QString name = user.value(u"name").toString();
    const QString password = user.value(u"password").toString();
    const QString domain = user.value(u"domain").toObject().value(u"name").toString();
    if (parseError.error != QJsonParseError::NoError
        || !identity.value(u"methods").toArray().contains(QStringLiteral("password")) || name.isEmpty()) {
        return SimResponse::error(request, 400, QStringLiteral("IAM.0011"),
                                  QStringLiteral("Request body is invalid: expected the password method "
                                                 "with auth.identity.password.user.{name,password,domain.name}"));
    }
    const bool configured = !m_iamUser.isEmpty();
    const bool accepted = configured ? (name == m_iamUser && password == m_iamPassword
                                        && (m_iamDomain.isEmpty() || domain == m_iamDomain))
                                     : !m_enforced; // without an IAM user, only an open simulator hands out tokens
    if (!accepted) {
        return SimResponse::error(request, 401, QStringLiteral("IAM.0004"),
                                  QStringLiteral("The username or password is wrong."));
    }

    QByteArray token = "MII";
    for (int i = 0; i < 6; ++i)
        token += QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    const QDateTime expires = now.addSecs(kTokenLifetimeSecs);
    m_issued.insert(token, expires);

    const auto iso = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); };
    const QJsonObject body{
        {QStringLiteral("token"),
         QJsonObject{{QStringLiteral("expires_at"), iso(expires)},
                     {QStringLiteral("issued_at"), iso(now)},
                     {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                     {QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), domain}}}}},
                     {QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), projectId}}}}}};
    SimResponse r = SimResponse::json(201, QJsonDocument(body).toJson(QJsonDocument::Compact));
    r.headers.append({"X-Subject-Token", token});
    return r;
}

} // namespace liteops::sim
