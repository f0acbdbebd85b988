// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: ModelArts job list page (GET /v1/{project_id}/dev-servers/jobs).
#include "fuzz_invariants.h"

using namespace liteops;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Decoded<Page<Job>> page = decodeJobListPage(fuzz::bytesOf(data, size));
    if (!page.ok()) {
        fuzz::checkError(page.error());
        return 0;
    }
    fuzz::checkPage(page.value(), size);
    for (const Job &job : page.value().rows)
        fuzz::checkJob(job, size, false);
    return 0;
}
