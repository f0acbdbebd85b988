// SPDX-License-Identifier: Apache-2.0
#pragma once
// How models turn typed values into display text. One place, so every view shows times and
// durations the same way: local time in cells, UTC on hover, nothing for unknown times.
#include <QString>
#include <QtGlobal>

namespace liteops {

// "2025-09-11 10:42:30" in the local time zone; empty for kUnknownTime.
QString formatLocalTime(qint64 epochMs);

// "2025-09-11 02:42:30.702 UTC"; empty for kUnknownTime.
QString formatUtcTime(qint64 epochMs);

// "850 ms", "42 s", "3 min 05 s", "2 h 04 min"; empty for a negative duration.
QString formatDuration(qint64 ms);

} // namespace liteops
