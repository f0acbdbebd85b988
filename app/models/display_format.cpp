// SPDX-License-Identifier: Apache-2.0
#include "display_format.h"

#include "timestamp.h"

#include <QCoreApplication>
#include <QDateTime>

namespace liteops {

QString formatLocalTime(qint64 epochMs)
{
    if (!isKnownTime(epochMs))
        return {};
    return QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatUtcTime(qint64 epochMs)
{
    if (!isKnownTime(epochMs))
        return {};
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
           + QLatin1String(" UTC");
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return QCoreApplication::translate("liteops::Duration", "%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return QCoreApplication::translate("liteops::Duration", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("liteops::Duration", "%1 min %2 s")
            .arg(s / 60)
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return QCoreApplication::translate("liteops::Duration", "%1 h %2 min")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("liteops::Duration", "%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

} // namespace liteops
