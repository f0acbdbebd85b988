// SPDX-License-Identifier: Apache-2.0
#include "credentials.h"

#include <QCoreApplication>
#include <QStringList>

namespace liteops {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)
};

QString env(const char *name)
{
    // An empty variable counts as unset, as in the SDKs.
    return qEnvironmentVariable(name).trimmed();
}
} // namespace

bool Credentials::isComplete() const
{
    return missingDescription().isEmpty();
}

QString Credentials::missingDescription() const
{
    QStringList missing;
    switch (mode) {
    case Mode::AkSk:
        if (accessKey.isEmpty())
            missing << Tr::tr("access key (AK)");
        if (secretKey.isEmpty())
            missing << Tr::tr("secret key (SK)");
        break;
    case Mode::IamPassword:
        if (iamUser.isEmpty())
            missing << Tr::tr("IAM user name");
        if (iamPassword.isEmpty())
            missing << Tr::tr("IAM password");
        if (iamDomain.isEmpty())
            missing << Tr::tr("account (domain) name");
        break;
    case Mode::Token:
        if (token.isEmpty())
            missing << Tr::tr("token");
        break;
    }
    if (missing.isEmpty())
        return {};
    return Tr::tr("Missing credentials: %1.").arg(missing.join(QLatin1String(", ")));
}

QString authModeKey(Credentials::Mode mode)
{
    switch (mode) {
    case Credentials::Mode::AkSk: return QStringLiteral("aksk");
    case Credentials::Mode::IamPassword: return QStringLiteral("iam-password");
    case Credentials::Mode::Token: return QStringLiteral("token");
    }
    return QStringLiteral("aksk");
}

std::optional<Credentials::Mode> authModeFromKey(const QString &key)
{
    for (auto mode : {Credentials::Mode::AkSk, Credentials::Mode::IamPassword, Credentials::Mode::Token}) {
        if (authModeKey(mode) == key)
            return mode;
    }
    return std::nullopt;
}

EnvironmentSettings EnvironmentSettings::read()
{
    EnvironmentSettings s;
    s.projectId = env(kEnvProjectId);
    const QString ak = env(kEnvAccessKey);
    const QString sk = env(kEnvSecretKey);
    if (!ak.isEmpty() && !sk.isEmpty()) {
        Credentials c;
        c.mode = Credentials::Mode::AkSk;
        c.accessKey = ak;
        c.secretKey = sk;
        c.securityToken = env(kEnvSecurityToken);
        s.credentials = c;
        return s;
    }
    if (!ak.isEmpty() || !sk.isEmpty()) {
        s.problem = Tr::tr("%1 is set but %2 is not.")
                        .arg(QLatin1String(ak.isEmpty() ? kEnvSecretKey : kEnvAccessKey),
                             QLatin1String(ak.isEmpty() ? kEnvAccessKey : kEnvSecretKey));
    }
    const QString token = env(kEnvAuthToken);
    if (!token.isEmpty()) {
        Credentials c;
        c.mode = Credentials::Mode::Token;
        c.token = token;
        s.credentials = c;
        s.problem.clear();
    }
    return s;
}

} // namespace liteops
