// SPDX-License-Identifier: Apache-2.0
#pragma once
// The shape of a free-text message: numbers, percentages, hex and UUID ids, IP addresses,
// paths and device indices become placeholders, so "disk /var full (97%)" and
// "disk /var full (98%)" read the same. The console's error clusters (app/models) and
// `liteops-cli jobs rerun-failed --cluster` (app/cli) both group failed tasks by it.
#include <QString>
#include <QStringView>

namespace liteops {

// The message with its variable parts replaced: <uuid>, <hex>, <ip>, <path>, <pct>, <dev>,
// <n>. Whitespace runs collapse to one space; the result is trimmed. Pure and reentrant.
QString normaliseMessage(QStringView message);

} // namespace liteops
