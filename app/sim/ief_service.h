// SPDX-License-Identifier: Apache-2.0
#pragma once
// IEF GET /v2/{project_id}/productmgr/jobs/{job_id} (optional ief-instance-id header): the
// batch job with its targets and tasks, times in epoch seconds, task_data as a JSON string.
#include "http_exchange.h"

namespace liteops::sim {

class World;

SimResponse iefJob(const World &world, const SimRequest &request, const QString &jobId);

} // namespace liteops::sim
