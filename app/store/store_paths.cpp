// SPDX-License-Identifier: Apache-2.0
#include "store_paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace liteops::store {

QString storeFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/store");
}

QString storeFilePath(const QUrl &endpoint, const QString &projectId)
{
    QUrl url = endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    const QByteArray key = url.toString().toLower().toUtf8() + '\n' + projectId.toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(12));
    QString project = projectId;
    // Only characters that are safe in a file name on every platform.
    project.removeIf([](QChar c) { return !(c.isLetterOrNumber() || c == QLatin1Char('-')) || c.unicode() > 0x7f; });
    if (project.isEmpty())
        project = QStringLiteral("default");
    return storeFolder() + QLatin1Char('/') + project.left(64) + QLatin1Char('-') + hash + QStringLiteral(".sqlite");
}

} // namespace liteops::store
