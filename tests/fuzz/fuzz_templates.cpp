// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: templates page and template detail (both decoders see every input).
#include "fuzz_invariants.h"

using namespace liteops;

namespace {

void checkTemplate(const Template &tmpl, size_t size)
{
    LITEOPS_FUZZ_CHECK(fuzz::countFits(tmpl.params.size(), size));
    // Re-encoded as the simulator serves it, our decoder must take it back unchanged.
    const QByteArray encoded = QJsonDocument(templateToJson(tmpl)).toJson(QJsonDocument::Compact);
    const Decoded<Template> again = decodeTemplate(encoded);
    LITEOPS_FUZZ_CHECK(again.ok());
    LITEOPS_FUZZ_CHECK(again.value().params.size() == tmpl.params.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes = fuzz::bytesOf(data, size);
    const Decoded<Page<Template>> page = decodeTemplatesPage(bytes);
    if (page.ok()) {
        fuzz::checkPage(page.value(), size);
        for (const Template &tmpl : page.value().rows)
            checkTemplate(tmpl, size);
    } else {
        fuzz::checkError(page.error());
    }
    const Decoded<Template> one = decodeTemplate(bytes);
    if (one.ok())
        checkTemplate(one.value(), size);
    else
        fuzz::checkError(one.error());
    return 0;
}
