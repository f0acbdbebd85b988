// SPDX-License-Identifier: Apache-2.0
#include "timestamp.h"

namespace liteops {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
// Parsing by hand instead of through QDateTime: a 10,000-task ServiceStage page carries
// 20,000 timestamps and QDateTime::fromString is far slower than this.
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

constexpr bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// A tiny cursor over ASCII text; any char type.
template <typename Char>
struct Cursor
{
    const Char *p;
    const Char *end;

    bool atEnd() const { return p == end; }
    char peek() const { return atEnd() ? '\0' : toAscii(*p); }
    static char toAscii(Char c)
    {
        const auto u = static_cast<char32_t>(c);
        return u < 0x80 ? char(u) : '\x7f';
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++p;
        return true;
    }
    // Exactly n digits.
    bool digits(int n, int &out)
    {
        int v = 0;
        for (int i = 0; i < n; ++i) {
            const char c = peek();
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
            ++p;
        }
        out = v;
        return true;
    }
};

template <typename Char>
std::optional<qint64> parseIso(const Char *begin, const Char *end)
{
    Cursor<Char> c{begin, end};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!c.digits(4, year) || !c.take('-') || !c.digits(2, month) || !c.take('-') || !c.digits(2, day))
        return std::nullopt;
    if (!(c.take('T') || c.take('t') || c.take(' ')))
        return std::nullopt;
    if (!c.digits(2, hour) || !c.take(':') || !c.digits(2, minute))
        return std::nullopt;
    if (c.take(':') && !c.digits(2, second))
        return std::nullopt;
    int millis = 0;
    if (c.take('.') || c.take(',')) {
        // 0 to 9 fraction digits ("31." is tolerated as 0); truncated to milliseconds.
        int count = 0;
        while (c.peek() >= '0' && c.peek() <= '9') {
            if (count >= 9)
                return std::nullopt;
            if (count < 3)
                millis = millis * 10 + (c.peek() - '0');
            ++count;
            ++c.p;
        }
        for (int i = count; i < 3; ++i)
            millis *= 10;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 60) // 60: a leap second rolls into the next minute
        return std::nullopt;

    // Zone: Z, +hh, +hhmm, +hh:mm. No zone at all is read as UTC: the services only ever
    // send UTC, and a missing designator is more likely an omission than local time.
    int offsetMinutes = 0;
    if (c.take('Z') || c.take('z')) {
    } else if (c.peek() == '+' || c.peek() == '-') {
        const int sign = c.peek() == '-' ? -1 : 1;
        ++c.p;
        int oh = 0, om = 0;
        if (!c.digits(2, oh))
            return std::nullopt;
        if (c.take(':')) {
            if (!c.digits(2, om))
                return std::nullopt;
        } else if (!c.atEnd() && !c.digits(2, om)) {
            return std::nullopt;
        }
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
    }
    if (!c.atEnd())
        return std::nullopt;

    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return secs * 1000 + millis;
}

} // namespace

std::optional<qint64> parseIsoTimestampMs(std::string_view text)
{
    return parseIso(text.data(), text.data() + text.size());
}

std::optional<qint64> parseIsoTimestampMs(QStringView text)
{
    return parseIso(text.utf16(), text.utf16() + text.size());
}

std::optional<qint64> parseEpochDigits(std::string_view text)
{
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    if (i == text.size() || text.size() - i > 18) // 18 digits cannot overflow qint64
        return std::nullopt;
    qint64 v = 0;
    for (; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch < '0' || ch > '9')
            return std::nullopt;
        v = v * 10 + (ch - '0');
    }
    return negative ? -v : v;
}

QDateTime toUtcDateTime(qint64 ms)
{
    if (!isKnownTime(ms))
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString formatIsoUtcMs(qint64 ms)
{
    if (!isKnownTime(ms))
        return {};
    return toUtcDateTime(ms).toString(Qt::ISODateWithMs);
}

} // namespace liteops
