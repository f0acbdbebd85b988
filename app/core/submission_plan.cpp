#include "submission_plan.h"

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

SubmissionPlan planSubmission(const CreateJobRequest &base, int serversPerJob, int limit)
{
    const int perJob = std::clamp(serversPerJob, 1, std::max(1, limit));

    QStringList unique;
    unique.reserve(base.serverIds.size());
    QSet<QString> seen;
    seen.reserve(base.serverIds.size());
    for (const QString &id : base.serverIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }

    SubmissionPlan plan;
    const qsizetype waves = unique.isEmpty() ? 1 : (unique.size() + perJob - 1) / perJob;
    for (qsizetype w = 0; w < waves; ++w) {
        CreateJobRequest r = base;
        r.serverIds = unique.mid(w * perJob, perJob);
        if (waves > 1) {
            const QString suffix = waveSuffix(w, waves);
            r.name = base.name.left(kMaxNameLength - suffix.size()) + suffix;
        }
        plan.requests.append(r);
    }
    return plan;
}

} // namespace liteops
