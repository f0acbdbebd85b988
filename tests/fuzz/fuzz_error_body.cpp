// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: error bodies in every spelling (decodeErrorBody). It runs on answers that
// already failed, so it must take anything: HTML pages, truncated JSON, deep nesting.
#include "fuzz_invariants.h"

using namespace liteops;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<CloudErrorBody> body = decodeErrorBody(fuzz::bytesOf(data, size));
    if (body) {
        // Every field comes from the input, so none can be longer than it.
        LITEOPS_FUZZ_CHECK(body->errorCode.toUtf8().size() <= qsizetype(size) + 32);
        LITEOPS_FUZZ_CHECK(body->errorMsg.toUtf8().size() <= qsizetype(size) + 32);
        LITEOPS_FUZZ_CHECK(body->requestId.toUtf8().size() <= qsizetype(size) + 32);
        LITEOPS_FUZZ_CHECK(body->encodedAuthorizationMessage.toUtf8().size() <= qsizetype(size) + 32);
        LITEOPS_FUZZ_CHECK(!body->isEmpty());
    }
    return 0;
}
