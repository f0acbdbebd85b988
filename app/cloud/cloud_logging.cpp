// SPDX-License-Identifier: Apache-2.0
#include "cloud_logging.h"

#include <QMutex>
#include <QMutexLocker>
#include <algorithm>

namespace liteops {

Q_LOGGING_CATEGORY(lcCloud, "liteops.cloud", QtWarningMsg)

namespace {
QMutex secretsMutex;
QStringList &secretList()
{
    static QStringList list;
    return list;
}
} // namespace

bool isSensitiveHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "authorization" || lower == "x-auth-token" || lower == "x-security-token"
           || lower == "x-subject-token" || lower == "proxy-authorization" || lower == "cookie"
           || lower == "set-cookie";
}

QString describeHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers) {
        lines << QString::fromLatin1(name) + QLatin1String(": ")
                     + (isSensitiveHeader(name) ? QString::fromLatin1(kRedacted) : QString::fromLatin1(value));
    }
    return redactSecrets(lines.join(QLatin1String("\n")), registeredSecrets());
}

QString redactSecrets(QString text, const QStringList &secrets)
{
    // Longest first, so a secret that contains another is removed whole.
    QStringList sorted = secrets;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(sorted)) {
        if (!secret.isEmpty())
            text.replace(secret, QLatin1String(kRedacted));
    }
    return text;
}

void registerSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QMutexLocker lock(&secretsMutex);
    secretList().append(secret); // counted: unregister removes one registration
}

void unregisterSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QMutexLocker lock(&secretsMutex);
    secretList().removeOne(secret);
}

QStringList registeredSecrets()
{
    QMutexLocker lock(&secretsMutex);
    return secretList();
}

void logCloud(const QString &text)
{
    if (!lcCloud().isDebugEnabled())
        return;
    qCDebug(lcCloud).noquote() << redactSecrets(text, registeredSecrets());
}

} // namespace liteops
