// SPDX-License-Identifier: Apache-2.0
// ModelArts job templates: list page and detail.
#include "decode.h"
#include "decode_parts.h"

namespace liteops {

using namespace json;

namespace {

// The SDK types `visible` as a free string: true/false in any case, as a string or a
// boolean, mean what they say; anything else (absent, null, "1", "yes", a number, an
// object) counts as visible rather than failing the whole template list.
bool visibleFlag(Element v)
{
    bool b = false;
    if (v.get(b) == simdjson::SUCCESS)
        return b;
    std::string_view s;
    if (v.get(s) == simdjson::SUCCESS) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.remove_suffix(1);
        if (keyEquals(s, "false"))
            return false;
    }
    return true;
}

TemplateParam decodeParam(const Walker &w, Element v)
{
    if (!v.is_object())
        w.wrongType({}, "an object", v);
    TemplateParam p;
    for (auto [key, value] : Object(v)) {
        if (key == "name")
            p.name = w.qstring(key, value);
        else if (key == "description")
            p.description = w.qstring(key, value);
        else if (key == "value")
            p.defaultValue = w.qstring(key, value);
        else if (key == "visible")
            p.visible = visibleFlag(value);
        else if (key == "regex")
            p.regex = w.qstring(key, value);
    }
    return p;
}

Template decodeTemplateObject(const Walker &w, Element v)
{
    if (!v.is_object())
        w.wrongType({}, "an object", v);
    Template t;
    for (auto [key, value] : Object(v)) {
        if (key == "id") {
            t.id = w.qstring(key, value);
        } else if (key == "name") {
            t.name = w.qstring(key, value);
        } else if (key == "description") {
            t.description = w.qstring(key, value);
        } else if (key == "type") {
            t.type = w.qstring(key, value);
        } else if (key == "flavor_type") {
            t.flavorType = w.qstring(key, value);
        } else if (key == "params") {
            if (const std::optional<Array> params = w.optArray(key, value)) {
                Walker::Scope scope(w, key);
                size_t i = 0;
                for (Element e : *params) {
                    Walker::Scope at(w, i++);
                    if (!e.is_null())
                        t.params.append(decodeParam(w, e));
                }
            }
        } else if (!value.is_null()) {
            t.extras.insert(toQString(key), toVariant(value));
        }
    }
    return t;
}

} // namespace

Decoded<Page<Template>> decodeTemplatesPage(QByteArrayView json)
{
    return decodeWith<Page<Template>>(json, [](const Walker &w, Element root) {
        return decodePage<Template>(w, root, [&](Element e) { return decodeTemplateObject(w, e); });
    });
}

Decoded<Template> decodeTemplate(QByteArrayView json)
{
    return decodeWith<Template>(json, [](const Walker &w, Element root) {
        w.object(root);
        return decodeTemplateObject(w, root);
    });
}

} // namespace liteops
