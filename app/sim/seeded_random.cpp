// SPDX-License-Identifier: Apache-2.0
#include "seeded_random.h"

namespace liteops::sim {

QString hexDigits(quint64 value, int digits)
{
    static constexpr char hex[] = "0123456789abcdef";
    QString out(digits, QLatin1Char('0'));
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = QLatin1Char(hex[value & 0xF]);
        value >>= 4;
    }
    return out;
}

QString uuidText(quint64 high, quint64 low48)
{
    // Formatted into a stack buffer: job details call this for every task.
    static constexpr char hex[] = "0123456789abcdef";
    char out[36];
    const auto put = [&out](int at, quint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[at + i] = hex[value & 0xF];
            value >>= 4;
        }
    };
    put(0, high >> 32, 8);
    out[8] = '-';
    put(9, high >> 16, 4);
    out[13] = '-';
    out[14] = '4';
    put(15, high >> 4, 3);
    out[18] = '-';
    put(19, 0x8 | ((high >> 60) & 0x3), 1);
    put(20, mix64(high), 3);
    out[23] = '-';
    put(24, low48, 12);
    return QString::fromLatin1(out, 36);
}

} // namespace liteops::sim
