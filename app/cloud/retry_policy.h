// SPDX-License-Identifier: Apache-2.0
#pragma once
// When and how long to wait before trying a request again. Pure functions plus a small
// budget object, so the maths is unit-tested without a network.
#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>

namespace liteops {

// Cap for any single wait, including one the service asks for with Retry-After.
inline constexpr int kMaxRetryDelaySeconds = 60;

// Statuses worth another attempt for an idempotent request: 429 and the gateway errors
// 502, 503, 504.
bool isRetryableStatus(int httpStatus);

// Retry-After as delta-seconds ("5") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT",
// also the obsolete RFC 850 and asctime forms), relative to `nowUtc`; capped at 60 seconds;
// a date in the past gives 0. -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

// Exponential backoff with full jitter: uniform in [0, min(maxMs, baseMs * 2^retryIndex)],
// where retryIndex is 0 before the second attempt. `unitRandom` in [0, 1) (injectable for
// tests; use QRandomGenerator in production).
int backoffDelayMs(int retryIndex, int baseMs, int maxMs, double unitRandom);

// The delay before the next attempt: what Retry-After asks for when given (capped at
// maxMs), otherwise the jittered backoff.
int retryDelayMs(int retryIndex, int retryAfterSeconds, int baseMs, int maxMs, double unitRandom);

// A per-client budget so a failing endpoint is not hammered: each retry spends a token,
// each success earns one back (up to the capacity), and tokens trickle back over time.
// With the default 20 tokens and one per 5 seconds, a dead endpoint sees at most 20 retries
// at once and then about one every 5 seconds, however many calls are running.
class RetryBudget
{
public:
    explicit RetryBudget(int capacity = 20, int refillIntervalMs = 5000);

    // Takes a token when one is left; false means "do not retry, fail now".
    bool tryConsume();
    void recordSuccess();
    int available() const;

    // For tests: pretend `ms` milliseconds passed.
    void advanceClock(qint64 ms) { m_offsetMs += ms; }

private:
    void refill() const;
    qint64 nowMs() const;

    int m_capacity;
    int m_refillIntervalMs;
    mutable int m_tokens;
    mutable qint64 m_lastRefillMs = 0;
    qint64 m_offsetMs = 0;
    QElapsedTimer m_clock;
};

} // namespace liteops
