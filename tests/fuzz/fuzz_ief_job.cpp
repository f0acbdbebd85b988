// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: IEF batch job (GET /v2/{project_id}/productmgr/jobs/{job_id}): targets are
// joined to tasks and counts derived, both worth hammering with inconsistent documents.
#include "fuzz_invariants.h"

using namespace liteops;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Decoded<Job> job = decodeIefJob(fuzz::bytesOf(data, size));
    if (!job.ok()) {
        fuzz::checkError(job.error());
        return 0;
    }
    LITEOPS_FUZZ_CHECK(job.value().provider == Provider::Ief);
    fuzz::checkJob(job.value(), size, true);
    return 0;
}
