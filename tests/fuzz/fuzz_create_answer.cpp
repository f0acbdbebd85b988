// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the create answer (client side) and the create request body (the
// simulator's side of the same POST), fed the same bytes.
#include "fuzz_invariants.h"

using namespace liteops;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes = fuzz::bytesOf(data, size);
    const Decoded<Job> answer = decodeCreateAnswer(bytes);
    if (answer.ok())
        fuzz::checkJob(answer.value(), size, true);
    else
        fuzz::checkError(answer.error());

    const Decoded<CreateJobRequest> request = decodeCreateRequest(bytes);
    if (!request.ok()) {
        fuzz::checkError(request.error());
        return 0;
    }
    const CreateJobRequest &req = request.value();
    LITEOPS_FUZZ_CHECK(fuzz::countFits(req.serverIds.size(), size));
    LITEOPS_FUZZ_CHECK(fuzz::countFits(req.items.size(), size));
    for (const ValidationProblem &problem : validateCreateRequest(req))
        LITEOPS_FUZZ_CHECK(!problem.field.isEmpty() && !problem.message.isEmpty());
    // encode -> decode is the identity on anything the decoder produced.
    const Decoded<CreateJobRequest> again = decodeCreateRequest(encodeCreateRequest(req));
    LITEOPS_FUZZ_CHECK(again.ok());
    LITEOPS_FUZZ_CHECK(again.value() == req);
    return 0;
}
