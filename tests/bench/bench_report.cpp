// SPDX-License-Identifier: Apache-2.0
#include "bench_report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace liteops::bench {

QByteArray toJson(const QList<Scenario> &scenarios)
{
    QJsonArray list;
    for (const Scenario &s : scenarios) {
        list.append(QJsonObject{{QStringLiteral("name"), s.name},
                                {QStringLiteral("ours_ms"), s.ours},
                                {QStringLiteral("reference_ms"), s.reference},
                                {QStringLiteral("ratio"), s.ratio()},
                                {QStringLiteral("goal"), s.goal},
                                {QStringLiteral("met"), s.met()}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), list}}).toJson(QJsonDocument::Indented);
}

QString toTable(const QList<Scenario> &scenarios)
{
    auto value = [](const Scenario &s, double v) {
        return s.bytes ? QStringLiteral("%1 MB").arg(v / (1024.0 * 1024.0), 0, 'f', 2)
                       : QStringLiteral("%1 ms").arg(v, 0, 'f', 2);
    };
    QString out;
    out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("scenario"), -26)
               .arg(QStringLiteral("ours"), 12)
               .arg(QStringLiteral("reference"), 12)
               .arg(QStringLiteral("ratio"), 8)
               .arg(QStringLiteral("goal"), 8)
               .arg(QStringLiteral("met"), 4);
    for (const Scenario &s : scenarios) {
        out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(s.name, -26)
                   .arg(value(s, s.ours), 12)
                   .arg(value(s, s.reference), 12)
                   .arg(QString::number(s.ratio(), 'f', 3), 8)
                   .arg(QStringLiteral("<= ") + QString::number(s.goal), 8)
                   .arg(s.met() ? QStringLiteral("yes") : QStringLiteral("NO"), 4);
    }
    out += QLatin1Char('\n');
    for (const Scenario &s : scenarios)
        out += QStringLiteral("%1: %2\n").arg(s.name, s.note);
    return out;
}

} // namespace liteops::bench
