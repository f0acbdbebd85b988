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
    const quint64 variant = 0x8 | ((high >> 60) & 0x3);
    return hexDigits(high >> 32, 8) + QLatin1Char('-') + hexDigits(high >> 16, 4)
        + QLatin1String("-4") + hexDigits(high >> 4, 3) + QLatin1Char('-')
        + hexDigits(variant, 1) + hexDigits(mix64(high), 3) + QLatin1Char('-')
        + hexDigits(low48, 12);
}

} // namespace liteops::sim
