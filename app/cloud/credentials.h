// SPDX-License-Identifier: Apache-2.0
#pragma once
// Credentials for the three auth modes, and how the official SDKs' environment variables
// map onto them. Credentials hold secrets: never log them (see cloud_logging.h), never
// store them outside the OS keychain (see secret_store.h).
#include <QString>
#include <optional>

namespace liteops {

struct Credentials
{
    enum class Mode {
        AkSk,        // SDK-HMAC-SHA256 signing; securityToken set for temporary credentials
        IamPassword, // POST /v3/auth/tokens on the IAM endpoint, token cached (see CloudClient)
        Token,       // an IAM token given directly, sent as X-Auth-Token
    };

    Mode mode = Mode::AkSk;
    QString accessKey;
    QString secretKey;
    QString securityToken; // AK/SK only, optional (temporary credentials)
    QString iamUser;
    QString iamPassword;
    QString iamDomain; // account (domain) name
    QString token;

    // The fields the mode needs are non-empty.
    bool isComplete() const;
    // Translated text naming what is missing; empty when complete.
    QString missingDescription() const;

    friend bool operator==(const Credentials &, const Credentials &) = default;
};

// Stable keys for settings and the command line: "aksk", "iam-password", "token".
QString authModeKey(Credentials::Mode mode);
std::optional<Credentials::Mode> authModeFromKey(const QString &key);

// The environment variables the Huawei Cloud SDKs read, plus LITEOPS_AUTH_TOKEN.
// An empty variable counts as unset.
inline constexpr char kEnvAccessKey[] = "HUAWEICLOUD_SDK_AK";
inline constexpr char kEnvSecretKey[] = "HUAWEICLOUD_SDK_SK";
inline constexpr char kEnvSecurityToken[] = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
inline constexpr char kEnvProjectId[] = "HUAWEICLOUD_SDK_PROJECT_ID";
inline constexpr char kEnvAuthToken[] = "LITEOPS_AUTH_TOKEN";

struct EnvironmentSettings
{
    // AK/SK when both HUAWEICLOUD_SDK_AK and _SK are set (plus the security token when set);
    // otherwise a token when LITEOPS_AUTH_TOKEN is set; otherwise nullopt.
    std::optional<Credentials> credentials;
    QString projectId; // HUAWEICLOUD_SDK_PROJECT_ID, empty when unset
    // Set when only one of AK and SK is given: a translated message naming the missing one.
    QString problem;

    static EnvironmentSettings read();
};

} // namespace liteops
