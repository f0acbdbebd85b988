// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Rerun failed nodes": the create request that repeats a job on the servers that failed
// (and optionally those skipped), with the same type and items. The console's Rerun action
// and `liteops-cli jobs rerun-failed` both build it here.
#include "core/types.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace liteops {

struct RerunSelection
{
    QStringList failedServerIds;
    QStringList skippedServerIds;
};

// The servers of the job's failed and skipped tasks, each once, in task order. With a
// `clusterText`, only tasks whose normalised message (normaliseMessage(), the error cluster
// the console shows) contains it, case-insensitively.
RerunSelection rerunCandidates(const Job &job, const QString &clusterText = {});

// Name "<job name>-rerun-<yyyyMMdd-HHmm>", cut to the API's 64-character rule.
CreateJobRequest rerunRequest(const Job &job, bool includeSkipped, const QDateTime &now,
                              const QString &clusterText = {});

} // namespace liteops
