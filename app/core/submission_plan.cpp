// SPDX-License-Identifier: Apache-2.0
#include "submission_plan.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace liteops {

namespace {
constexpr qsizetype kMaxNameLength = 64;
}

qsizetype SubmissionPlan::serverCount() const
{
    qsizetype n = 0;
    for (const CreateJobRequest &r : requests)
        n += r.serverIds.size();
    return n;
}

QString waveSuffix(qsizetype waveIndex, qsizetype waveCount)
{
    const int digits = std::max<int>(2, int(QString::number(waveCount).size()));
    return QStringLiteral("-w%1").arg(waveIndex + 1, digits, 10, QLatin1Char('0'));
}

namespace {

QStringList uniqueIds(const QStringList &ids)
{
    QStringList unique;
    unique.reserve(ids.size());
    QSet<QString> seen;
    seen.reserve(ids.size());
    for (const QString &id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    return unique;
}

} // namespace

WavePlan WavePlan::fixed(int serversPerJob)
{
    WavePlan plan;
    plan.sizes = {WaveSize{serversPerJob, false}};
    return plan;
}

std::optional<WavePlan> WavePlan::parse(const QString &text, QString *problem)
{
    WavePlan plan;
    plan.sizes.clear();
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &raw : parts) {
        QString part = raw.trimmed();
        const bool percent = part.endsWith(QLatin1Char('%'));
        if (percent)
            part.chop(1);
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 1 || (percent && value > 100)) {
            if (problem) {
                *problem = QCoreApplication::translate("liteops::WavePlan",
                                                       "Wave size \"%1\" is not a number of servers (1 or more) "
                                                       "or a percentage (1% to 100%).")
                               .arg(raw.trimmed());
            }
            return std::nullopt;
        }
        plan.sizes.append(WaveSize{value, percent});
    }
    return plan;
}

QString WavePlan::toString() const
{
    QStringList parts;
    for (const WaveSize &s : sizes)
        parts << (s.percent ? QStringLiteral("%1%").arg(s.value) : QString::number(s.value));
    return parts.join(QLatin1String(", "));
}

QList<int> WavePlan::waveSizes(qsizetype total, int limit) const
{
    const int cap = std::max(1, limit);
    auto sizeAt = [&](qsizetype index) {
        const WaveSize &s = sizes.isEmpty() ? WaveSize{} : sizes.at(std::min(index, sizes.size() - 1));
        // Rounded down, never below one server: "25%" of 10 servers is 2.
        const qsizetype n = s.percent ? total * s.value / 100 : qsizetype(s.value);
        return int(std::clamp<qsizetype>(n, 1, cap));
    };
    QList<int> out;
    qsizetype left = total;
    for (qsizetype w = 0; left > 0; ++w) {
        const int n = int(std::min<qsizetype>(sizeAt(w), left));
        out.append(n);
        left -= n;
    }
    if (out.isEmpty())
        out.append(0);
    return out;
}

SubmissionPlan planSubmission(const CreateJobRequest &base, int serversPerJob, int limit)
{
    return planSubmission(base, WavePlan::fixed(std::clamp(serversPerJob, 1, std::max(1, limit))), limit);
}

SubmissionPlan planSubmission(const CreateJobRequest &base, const WavePlan &waves, int limit)
{
    const QStringList unique = uniqueIds(base.serverIds);
    const QList<int> sizes = waves.waveSizes(unique.size(), limit);

    SubmissionPlan plan;
    const qsizetype count = sizes.size();
    qsizetype from = 0;
    for (qsizetype w = 0; w < count; ++w) {
        CreateJobRequest r = base;
        r.serverIds = unique.mid(from, sizes.at(w));
        from += sizes.at(w);
        if (count > 1) {
            const QString suffix = waveSuffix(w, count);
            r.name = base.name.left(kMaxNameLength - suffix.size()) + suffix;
        }
        plan.requests.append(r);
    }
    return plan;
}

} // namespace liteops
