// SPDX-License-Identifier: Apache-2.0
#pragma once
// Timestamps travel as epoch milliseconds (qint64) inside value types: cheap to copy, compare
// and sort. kUnknownTime marks "not known" (absent or null in the API), which is shown empty,
// never as 1970.
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <limits>
#include <optional>
#include <string_view>

namespace liteops {

inline constexpr qint64 kUnknownTime = std::numeric_limits<qint64>::min();

inline bool isKnownTime(qint64 ms)
{
    return ms != kUnknownTime;
}

// ISO-8601 with 0 to 9 fraction digits and `Z` or a +hh:mm / +hhmm / +hh offset; a space is
// accepted in place of `T`. Returns UTC epoch milliseconds (fraction truncated to ms).
std::optional<qint64> parseIsoTimestampMs(std::string_view text);
std::optional<qint64> parseIsoTimestampMs(QStringView text);

// A string of digits (optionally signed) holding epoch milliseconds, e.g. "1757558550702".
std::optional<qint64> parseEpochDigits(std::string_view text);

// Invalid QDateTime for kUnknownTime, otherwise UTC.
QDateTime toUtcDateTime(qint64 ms);

// "2025-09-11T02:42:30.702Z"; empty for kUnknownTime.
QString formatIsoUtcMs(qint64 ms);

} // namespace liteops
