#pragma once
// "Rerun failed nodes": the create request that repeats a job on the servers that failed
// (and optionally those skipped), with the same type and items.
#include "types.h"

namespace liteops::ui {

struct RerunSelection
{
    QStringList failedServerIds;
    QStringList skippedServerIds;
};

RerunSelection rerunCandidates(const Job &job);

// Name "<job name>-rerun-<yyyyMMdd-HHmm>", cut to the API's 64-character rule.
CreateJobRequest rerunRequest(const Job &job, bool includeSkipped, const QDateTime &now);

} // namespace liteops::ui
