// SPDX-License-Identifier: Apache-2.0
#pragma once
// ServiceStage GET /v3/{project_id}/cas/jobs/{job_id}: the job and one page of its tasks
// (limit/offset, desc=true for descending task_index), lower-case keys as in the example.
#include "http_exchange.h"

namespace liteops::sim {

class World;

SimResponse serviceStageJob(const World &world, const SimRequest &request, const QString &projectId,
                            const QString &jobId);

} // namespace liteops::sim
