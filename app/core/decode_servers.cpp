// SPDX-License-Identifier: Apache-2.0
// ModelArts Lite Server (DevServer) list page.
#include "decode.h"
#include "decode_parts.h"

namespace liteops {

using namespace json;

namespace {

QStringList endpointUris(const Walker &w, std::string_view key, Element v)
{
    QStringList uris;
    const std::optional<Array> endpoints = w.optArray(key, v);
    if (!endpoints)
        return uris;
    Walker::Scope scope(w, key);
    size_t i = 0;
    for (Element e : *endpoints) {
        Walker::Scope at(w, i++);
        const std::optional<Object> endpoint = w.optObject({}, e);
        if (!endpoint)
            continue;
        for (auto [k, value] : *endpoint) {
            if (k == "uri") {
                const std::string_view uri = w.string(k, value);
                if (!uri.empty())
                    uris.append(toQString(uri));
            }
        }
    }
    return uris;
}

Server decodeServer(const Walker &w, Element v)
{
    if (!v.is_object())
        w.wrongType({}, "an object", v);
    Server s;
    for (auto [key, value] : Object(v)) {
        if (key == "id") {
            s.id = w.qstring(key, value);
        } else if (key == "name") {
            s.name = w.qstring(key, value);
        } else if (key == "status") {
            s.status = w.qstring(key, value);
        } else if (key == "flavor") {
            s.flavor = w.qstring(key, value);
        } else if (key == "category") {
            s.category = w.qstring(key, value);
        } else if (key == "cloud_server") {
            // Map<String,String> as for tasks: a non-string value is an error with its path.
            s.cloudServer = w.stringMap(key, value);
        } else if (key == "endpoints") {
            s.privateIps = endpointUris(w, key, value);
        } else if (key == "vpc_id") {
            s.vpcId = w.qstring(key, value);
        } else if (key == "subnet_id") {
            s.subnetId = w.qstring(key, value);
        } else if (key == "image") {
            if (const std::optional<Object> image = w.optObject(key, value)) {
                Walker::Scope scope(w, key);
                for (auto [k, iv] : *image) {
                    if (k == "arch")
                        s.imageArch = w.qstring(k, iv);
                    else if (k == "image_id")
                        s.imageId = w.qstring(k, iv);
                }
            }
        } else if (key == "create_at") {
            s.createdAtMs = w.timestamp(key, value, TimeUnit::Milliseconds);
        } else if (key == "update_at") {
            s.updatedAtMs = w.timestamp(key, value, TimeUnit::Milliseconds);
        } else if (!value.is_null()) {
            s.extras.insert(toQString(key), toVariant(value));
        }
    }
    return s;
}

} // namespace

Decoded<Page<Server>> decodeServersPage(QByteArrayView json)
{
    return decodeWith<Page<Server>>(json, [](const Walker &w, Element root) {
        return decodePage<Server>(w, root, [&](Element e) { return decodeServer(w, e); });
    });
}

Decoded<Server> decodeServerAnswer(QByteArrayView json)
{
    return decodeWith<Server>(json, [](const Walker &w, Element root) { return decodeServer(w, root); });
}

} // namespace liteops
