// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: servers page (GET /v1/{project_id}/dev-servers).
#include "fuzz_invariants.h"

using namespace liteops;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Decoded<Page<Server>> page = decodeServersPage(fuzz::bytesOf(data, size));
    if (!page.ok()) {
        fuzz::checkError(page.error());
        return 0;
    }
    fuzz::checkPage(page.value(), size);
    for (const Server &server : page.value().rows)
        LITEOPS_FUZZ_CHECK(fuzz::countFits(server.privateIps.size(), size));
    // Re-encoded as the simulator serves it, the page must decode again with the same rows.
    const QByteArray encoded = QJsonDocument(pageToJson(page.value(), serverToJson)).toJson(QJsonDocument::Compact);
    const Decoded<Page<Server>> again = decodeServersPage(encoded);
    LITEOPS_FUZZ_CHECK(again.ok());
    LITEOPS_FUZZ_CHECK(again.value().rows.size() == page.value().rows.size());
    return 0;
}
