// Huawei error bodies in every spelling the gateways and services use:
//   {"error_code": "...", "error_msg": "...", "request_id": "..."}   (APIG, ModelArts)
//   {"code": "...", "message": "..."}, {"errorCode": ..., "errorMsg": ...}  (SDK variants)
//   {"error_code": "...", "error_message": "..."}                    (ServiceStage)
//   {"error": {"code": 401, "message": "...", "title": "..."}}      (IAM, nested)
//   {"error": "...", "error_description": "..."}                     (OAuth style)
// Lenient on purpose: this runs on answers that already failed, so a code sent as a
// number is shown as text and anything unexpected is ignored rather than reported.
#include "decode.h"
#include "json_walker.h"

namespace liteops {

using namespace json;

namespace {

// Text of a scalar; empty for objects, arrays and null.
QString scalarText(Element v)
{
    switch (v.type()) {
    case simdjson::dom::element_type::STRING: return toQString(std::string_view(v));
    case simdjson::dom::element_type::INT64: return QString::number(int64_t(v));
    case simdjson::dom::element_type::UINT64: return QString::number(uint64_t(v));
    case simdjson::dom::element_type::DOUBLE: return QString::number(double(v));
    case simdjson::dom::element_type::BOOL: return bool(v) ? QStringLiteral("true") : QStringLiteral("false");
    default: break;
    }
    return {};
}

bool isOneOf(std::string_view key, std::initializer_list<std::string_view> names)
{
    for (std::string_view n : names) {
        if (keyEquals(key, n))
            return true;
    }
    return false;
}

void collect(Object obj, CloudErrorBody &out, int depth)
{
    std::optional<Element> nested;
    QString fallbackMessage; // "error": "..." when nothing better is there
    for (auto [key, value] : obj) {
        if (isOneOf(key, {"error_code", "errorcode", "code"})) {
            if (out.errorCode.isEmpty())
                out.errorCode = scalarText(value);
        } else if (isOneOf(key, {"error_msg", "errormsg", "error_message", "errormessage",
                                 "message", "msg", "error_description", "errordescription"})) {
            if (out.errorMsg.isEmpty())
                out.errorMsg = scalarText(value);
        } else if (isOneOf(key, {"request_id", "requestid", "x-request-id"})) {
            if (out.requestId.isEmpty())
                out.requestId = scalarText(value);
        } else if (keyEquals(key, "error") || keyEquals(key, "errors")) {
            if (value.is_object())
                nested = value;
            else if (value.is_array() && Array(value).size() > 0 && Array(value).at(0).is_object())
                nested = Array(value).at(0).value_unsafe();
            else
                fallbackMessage = scalarText(value);
        }
    }
    // Nested objects fill what the outer level left empty (the outer request_id is kept).
    if (nested && depth < 4)
        collect(Object(*nested), out, depth + 1);
    if (out.errorMsg.isEmpty() && !fallbackMessage.isEmpty())
        out.errorMsg = fallbackMessage;
}

} // namespace

std::optional<CloudErrorBody> decodeErrorBody(QByteArrayView json)
{
    const ParserMemoryGuard guard{json.size()};
    Element root;
    if (parseDocument(json, root) != simdjson::SUCCESS)
        return std::nullopt;
    if (!root.is_object())
        return std::nullopt;
    CloudErrorBody body;
    collect(Object(root), body, 0);
    if (body.isEmpty())
        return std::nullopt;
    return body;
}

} // namespace liteops
