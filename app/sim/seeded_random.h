// SPDX-License-Identifier: Apache-2.0
#pragma once
// Deterministic pseudo-randomness for the seeded world: every value is a pure function of the
// seed and a few integers (job index, task position, a salt), so data can be generated lazily,
// in any order, and is the same on every run with the same --seed.
#include <QString>
#include <QtGlobal>

namespace liteops::sim {

// splitmix64 finaliser: a good 64-bit mix in a handful of instructions.
inline quint64 mix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

inline quint64 hashOf(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0)
{
    return mix64(seed ^ mix64(a ^ mix64(b ^ mix64(c + 0x632BE59BD9B4E019ULL))));
}

// Uniform in [0, 1).
inline double unitOf(quint64 h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

// Uniform integer in [lo, hi].
inline int rangeOf(quint64 h, int lo, int hi)
{
    return lo + int(h % quint64(hi - lo + 1));
}

// "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx" from 128 bits; the last group is given explicitly so
// callers can embed a recoverable index in it (see world.cpp).
QString uuidText(quint64 high, quint64 low48);

// Lower-case hex of the low `digits` nibbles of `value`, zero padded.
QString hexDigits(quint64 value, int digits);

} // namespace liteops::sim
