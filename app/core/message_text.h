// SPDX-License-Identifier: Apache-2.0
#pragma once
// A task message as people read it. ServiceStage sends a step's `messages` as a JSON
// document inside a string ("{}" when there is nothing to say, {"error":"..."} when a step
// failed), and an IEF `reason` may come the same way. The decoders apply this rule once, so
// the console, the CLI, the store and the error clusters all see the same text.
#include <QString>
#include <QStringView>

namespace liteops {

// True when `raw` (trimmed) starts like a JSON object or array: only then is
// messageText() worth calling, so plain messages keep the decoders' fast path.
bool looksLikeJsonMessage(QStringView raw);

// The text of a JSON message: {} or [] -> empty; {"error": "x"} -> "x" (also error_msg,
// message, msg, reason, detail, in that order, looked up in nested objects too); other
// objects -> "key: value; key: value" (keys in alphabetical order); arrays -> their
// elements' texts joined by "; ".
// Anything that is not a JSON object or array is returned unchanged.
QString messageText(QStringView raw);

} // namespace liteops
