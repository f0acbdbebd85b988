// SPDX-License-Identifier: Apache-2.0
// Huawei error bodies in every spelling the gateways and services use:
//   {"error_code": "...", "error_msg": "...", "request_id": "..."}   (APIG, ModelArts)
//   {"code": "...", "message": "..."}, {"errorCode": ..., "errorMsg": ...}  (SDK variants)
//   {"error_code": "...", "error_message": "..."}                    (ServiceStage)
//   {"error": {"code": 401, "message": "...", "title": "..."}}      (IAM, nested)
//   {"error": "...", "error_description": "..."}                     (OAuth style)
//   {"data": {"error_code": ..., "error_msg": ...}}                  (any nested object, as
//                                                                     the SDK searches it)
//   "encoded_authorization_message" of a 403 policy denial, at any level
// Lenient on purpose: this runs on answers that already failed, so a code sent as a
// number is shown as text and anything unexpected is ignored rather than reported.
#include "decode.h"
#include "json_walker.h"

#include <QVarLengthArray>

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

// How deep and how many objects the search for a code/message pair goes: error bodies are
// small, and this runs on anything a failed answer carried.
constexpr int kMaxDepth = 8;
constexpr int kMaxObjects = 256;

bool complete(const CloudErrorBody &out)
{
    return !out.errorCode.isEmpty() && !out.errorMsg.isEmpty() && !out.encodedAuthorizationMessage.isEmpty();
}

// Fills what is still empty from this object, then from "error"/"errors", then from every
// other nested object, in document order: the SDK's order (top level first, then nested).
void collect(Object obj, CloudErrorBody &out, int depth, int &budget)
{
    if (--budget < 0)
        return;
    std::optional<Element> nested;
    QVarLengthArray<Element, 8> others;
    QString fallbackMessage; // "error": "..." when nothing better is there
    for (auto [key, value] : obj) {
        if (isOneOf(key, {"error_code", "errorcode", "code"})) {
            if (out.errorCode.isEmpty())
                out.errorCode = scalarText(value);
        } else if (isOneOf(key, {"error_msg", "errormsg", "error_message", "errormessage", "message", "msg",
                                 "error_description", "errordescription"})) {
            if (out.errorMsg.isEmpty())
                out.errorMsg = scalarText(value);
        } else if (isOneOf(key, {"request_id", "requestid", "x-request-id"})) {
            if (out.requestId.isEmpty())
                out.requestId = scalarText(value);
        } else if (isOneOf(key, {"encoded_authorization_message", "encodedauthorizationmessage"})) {
            if (out.encodedAuthorizationMessage.isEmpty())
                out.encodedAuthorizationMessage = scalarText(value);
        } else if (keyEquals(key, "error") || keyEquals(key, "errors")) {
            if (value.is_object())
                nested = value;
            else if (value.is_array() && Array(value).size() > 0 && Array(value).at(0).is_object())
                nested = Array(value).at(0).value_unsafe();
            else
                fallbackMessage = scalarText(value);
        } else if (value.is_object()) {
            others.append(value);
        }
    }
    // Nested objects fill what the outer level left empty (the outer request_id is kept).
    if (depth < kMaxDepth) {
        if (nested)
            collect(Object(*nested), out, depth + 1, budget);
        for (const Element &e : std::as_const(others)) {
            if (complete(out) || budget <= 0)
                break;
            collect(Object(e), out, depth + 1, budget);
        }
    }
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
    int budget = kMaxObjects;
    collect(Object(root), body, 0, budget);
    if (body.isEmpty())
        return std::nullopt;
    return body;
}

} // namespace liteops
