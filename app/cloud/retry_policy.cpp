// SPDX-License-Identifier: Apache-2.0
#include "retry_policy.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace liteops {

bool isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

namespace {
QDateTime parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate, RFC 850, asctime (RFC 9110 §5.6.7). The zone is always GMT. The weekday is
    // dropped before parsing: it is redundant, and Qt would reject a two-digit RFC 850 year
    // whose weekday belongs to the next century.
    QString text = QString::fromLatin1(value).simplified();
    const QLocale c = QLocale::c();
    if (const qsizetype comma = text.indexOf(QLatin1Char(',')); comma > 0) {
        text = text.mid(comma + 1).trimmed();
        for (const char *format : {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'"}) {
            QDateTime dt = c.toDateTime(text, QLatin1String(format));
            if (dt.isValid()) {
                if (dt.date().year() < 1970)
                    dt = dt.addYears(100);
                dt.setTimeSpec(Qt::UTC);
                return dt;
            }
        }
        return {};
    }
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    QDateTime dt = c.toDateTime(text.mid(space + 1), QLatin1String("MMM d HH:mm:ss yyyy"));
    if (dt.isValid())
        dt.setTimeSpec(Qt::UTC);
    return dt;
}
} // namespace

int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = true;
    for (char ch : trimmed)
        isNumber = isNumber && ch >= '0' && ch <= '9';
    if (isNumber) {
        if (trimmed.size() > 9) // absurdly large: cap rather than overflow
            return kMaxRetryDelaySeconds;
        return std::min(trimmed.toInt(), kMaxRetryDelaySeconds);
    }
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return -1;
    const qint64 seconds = nowUtc.secsTo(when);
    return int(std::clamp<qint64>(seconds, 0, kMaxRetryDelaySeconds));
}

int backoffDelayMs(int retryIndex, int baseMs, int maxMs, double unitRandom)
{
    const double ceiling = std::min<double>(maxMs, baseMs * std::ldexp(1.0, std::clamp(retryIndex, 0, 30)));
    const double r = std::clamp(unitRandom, 0.0, 1.0);
    return int(std::floor(ceiling * r));
}

int retryDelayMs(int retryIndex, int retryAfterSeconds, int baseMs, int maxMs, double unitRandom)
{
    if (retryAfterSeconds >= 0)
        return int(std::min<qint64>(qint64(retryAfterSeconds) * 1000, std::min(maxMs, kMaxRetryDelaySeconds * 1000)));
    return backoffDelayMs(retryIndex, baseMs, maxMs, unitRandom);
}

RetryBudget::RetryBudget(int capacity, int refillIntervalMs)
    : m_capacity(std::max(0, capacity)), m_refillIntervalMs(std::max(1, refillIntervalMs)), m_tokens(m_capacity)
{
    m_clock.start();
}

qint64 RetryBudget::nowMs() const
{
    return m_clock.elapsed() + m_offsetMs;
}

void RetryBudget::refill() const
{
    const qint64 now = nowMs();
    const qint64 earned = (now - m_lastRefillMs) / m_refillIntervalMs;
    if (earned <= 0)
        return;
    m_tokens = int(std::min<qint64>(m_capacity, m_tokens + earned));
    m_lastRefillMs += earned * m_refillIntervalMs;
}

bool RetryBudget::tryConsume()
{
    refill();
    if (m_tokens <= 0)
        return false;
    --m_tokens;
    return true;
}

void RetryBudget::recordSuccess()
{
    refill();
    m_tokens = std::min(m_capacity, m_tokens + 1);
}

int RetryBudget::available() const
{
    refill();
    return m_tokens;
}

} // namespace liteops
