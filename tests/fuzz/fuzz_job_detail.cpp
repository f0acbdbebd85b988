// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: ModelArts job detail (GET /v1/{project_id}/dev-servers/jobs/{id}).
#include "fuzz_invariants.h"

using namespace liteops;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Decoded<Job> job = decodeJobDetail(fuzz::bytesOf(data, size));
    if (!job.ok()) {
        fuzz::checkError(job.error());
        return 0;
    }
    fuzz::checkJob(job.value(), size, true);
    return 0;
}
