// SPDX-License-Identifier: Apache-2.0
// Request bodies as the service receives them: the simulator decodes what clients send.
#include "decode.h"
#include "decode_parts.h"

namespace liteops {

using namespace json;

namespace {

QStringList stringList(const Walker &w, std::string_view key, Element v)
{
    QStringList out;
    const std::optional<Array> array = w.optArray(key, v);
    if (!array)
        return out;
    Walker::Scope scope(w, key);
    size_t i = 0;
    for (Element e : *array) {
        Walker::Scope at(w, i++);
        std::string_view s;
        if (e.get(s) != simdjson::SUCCESS)
            w.wrongType({}, "a string", e);
        out.append(toQString(s));
    }
    return out;
}

} // namespace

Decoded<CreateJobRequest> decodeCreateRequest(QByteArrayView json)
{
    return decodeWith<CreateJobRequest>(json, [](const Walker &w, Element root) {
        CreateJobRequest r;
        for (auto [key, v] : w.object(root)) {
            if (key == "name")
                r.name = w.qstring(key, v);
            else if (key == "description")
                r.description = w.qstring(key, v);
            else if (key == "server_ids")
                r.serverIds = stringList(w, key, v);
            else if (key == "type")
                r.type = w.qstring(key, v);
            else if (key == "is_reboot")
                r.isReboot = w.boolean(key, v, false);
            else if (key == "items")
                r.items = decodeJobItems(w, key, v);
            // Anything else is ignored, as the service does.
        }
        return r;
    });
}

Decoded<QStringList> decodeDeleteRequest(QByteArrayView json)
{
    return decodeWith<QStringList>(json, [](const Walker &w, Element root) {
        QStringList ids;
        for (auto [key, v] : w.object(root)) {
            if (key == "job_ids")
                ids = stringList(w, key, v);
        }
        return ids;
    });
}

} // namespace liteops
