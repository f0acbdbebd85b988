// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one JSON string escaper: the request encoder and the simulator's job writer both emit
// JSON by hand (for speed and a fixed key order), and must escape strings the same way.
#include <QByteArray>
#include <QStringView>

namespace liteops {

// Appends `text` as a quoted JSON string literal in UTF-8, escaping only what JSON requires
// (quotes, backslash and control characters), so the bytes match what QJsonDocument reads back.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace liteops
