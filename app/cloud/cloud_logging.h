// SPDX-License-Identifier: Apache-2.0
#pragma once
// The `liteops.cloud` logging category and the redaction every log line of the layer goes
// through. Enable with QT_LOGGING_RULES="liteops.cloud.debug=true". What is logged: method,
// URL, headers with credentials replaced by "<redacted>", status, request id, timings.
// Never logged: bodies of IAM requests, secret values anywhere in a line.
#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <utility>

namespace liteops {

Q_DECLARE_LOGGING_CATEGORY(lcCloud)

inline constexpr char kRedacted[] = "<redacted>";

// Authorization, X-Auth-Token, X-Security-Token, X-Subject-Token (any case).
bool isSensitiveHeader(const QByteArray &name);

// "Name: value" lines, sensitive values replaced.
QString describeHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers);

// Replaces every occurrence of each non-empty secret in `text` by "<redacted>". Secrets
// shorter than 4 characters are still replaced (they are short, not harmless).
QString redactSecrets(QString text, const QStringList &secrets);

// Secrets the layer knows of (SK, security token, password, tokens): registered by the
// client so that redactSecrets() can be applied to every line, even ones built elsewhere.
void registerSecret(const QString &secret);
void unregisterSecret(const QString &secret);
QStringList registeredSecrets();

// Logs `text` to lcCloud at debug level after removing every registered secret.
void logCloud(const QString &text);

} // namespace liteops
