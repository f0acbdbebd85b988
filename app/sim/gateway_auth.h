// SPDX-License-Identifier: Apache-2.0
#pragma once
// Authentication as the API gateway does it: SDK-HMAC-SHA256 signatures (verified with the
// shared signing code), X-Auth-Token for tokens given on the command line or issued by the
// simulated IAM. Failures are 401 with APIGW.0301 (bad credentials) or APIGW.0303 (date more
// than 15 minutes off).
#include "http_exchange.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace liteops::sim {

struct SimOptions;

class GatewayAuth
{
public:
    explicit GatewayAuth(const SimOptions &options);

    // Checking is on with --ak/--sk, --token or --iam-user, unless --no-auth.
    bool enforced() const { return m_enforced; }

    // nullopt: let the request through; otherwise the 401 to answer with.
    std::optional<SimResponse> check(const SimRequest &request, const QDateTime &now) const;

    // IAM POST /v3/auth/tokens, password method.
    SimResponse issueToken(const SimRequest &request, const QDateTime &now, const QString &projectId);

    static constexpr qint64 kMaxSkewSecs = 15 * 60;
    static constexpr qint64 kTokenLifetimeSecs = 24 * 3600;

private:
    std::optional<SimResponse> checkSignature(const SimRequest &request, const QDateTime &now) const;

    QByteArray m_accessKey, m_secretKey, m_token;
    QString m_iamUser, m_iamPassword, m_iamDomain;
    bool m_enforced = false;
    QHash<QByteArray, QDateTime> m_issued; // token -> expiry
};

} // namespace liteops::sim
