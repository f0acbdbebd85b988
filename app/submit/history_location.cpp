// SPDX-License-Identifier: Apache-2.0
#include "history_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace liteops {

namespace {

const QString kFileName = QStringLiteral("submission-history.jsonl");

} // namespace

QString historyFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/')
           + QCoreApplication::applicationName();
}

QString legacyHistoryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool migrateHistoryFile(const QString &from, const QString &to)
{
    if (QFileInfo(from).absoluteFilePath() == QFileInfo(to).absoluteFilePath())
        return false;
    if (!QFileInfo(from).isFile() || QFileInfo::exists(to))
        return false;
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return false;
    // QFile::rename copies (then removes) when the folders are on different volumes.
    return QFile::rename(from, to);
}

QString migratedHistoryFile()
{
    const QString path = historyFolder() + QLatin1Char('/') + kFileName;
    migrateHistoryFile(legacyHistoryFolder() + QLatin1Char('/') + kFileName, path);
    return path;
}

QString sandboxHistoryFile(const QString &throwAwayFolder)
{
    return throwAwayFolder + QLatin1Char('/') + kFileName;
}

} // namespace liteops
