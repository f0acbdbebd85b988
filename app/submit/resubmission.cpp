// SPDX-License-Identifier: Apache-2.0
#include "resubmission.h"

#include "run_options.h"
#include "run_outcome.h"

#include <numeric>

namespace liteops {

namespace {

QList<int> sizesOf(const SubmissionRecord &record)
{
    QList<int> sizes;
    for (const SubmissionRecord::Wave &w : record.waves)
        sizes << int(w.request.serverIds.size());
    return sizes;
}

WavePlan planOf(const QList<int> &sizes)
{
    WavePlan plan;
    plan.sizes.clear();
    for (int n : sizes)
        plan.sizes << WaveSize{n, false};
    return plan;
}

// The shortest list of sizes that gives the recorded waves again: "1, 5, 50" rather than
// "1, 5, 50, 50, 50, 17" (the last size repeats; the last wave takes what is left).
WavePlan compactPlan(const QList<int> &recorded)
{
    const qsizetype total = std::accumulate(recorded.cbegin(), recorded.cend(), qsizetype(0));
    for (qsizetype n = 1; n < recorded.size(); ++n) {
        const WavePlan candidate = planOf(recorded.mid(0, n));
        if (candidate.waveSizes(total) == recorded)
            return candidate;
    }
    return planOf(recorded);
}

} // namespace

std::optional<Resubmission> resubmissionOf(const SubmissionRecord &record)
{
    if (record.waves.isEmpty() || record.waves.first().request.type.isEmpty())
        return std::nullopt;
    Resubmission r;
    r.request = record.waves.first().request;
    r.request.name = runName(record);
    r.request.serverIds.clear();
    for (const SubmissionRecord::Wave &w : record.waves)
        r.request.serverIds += w.request.serverIds;
    r.waves = compactPlan(sizesOf(record));
    r.options = continueOptions(record, WaveOptions{});
    r.gate = r.options.gate;
    r.rerunOf = record.rerunOf;
    return r;
}

} // namespace liteops
