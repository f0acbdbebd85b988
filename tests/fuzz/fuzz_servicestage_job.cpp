// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: ServiceStage job (GET /v3/{project_id}/cas/jobs/{job_id}), either key case.
#include "fuzz_invariants.h"

using namespace liteops;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Decoded<Job> job = decodeServiceStageJob(fuzz::bytesOf(data, size));
    if (!job.ok()) {
        fuzz::checkError(job.error());
        return 0;
    }
    LITEOPS_FUZZ_CHECK(job.value().provider == Provider::ServiceStage);
    fuzz::checkJob(job.value(), size, true);
    return 0;
}
