// SPDX-License-Identifier: Apache-2.0
#include "message_pattern.h"

#include <algorithm>

namespace liteops {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// 8-4-4-4-12 hex digits starting at i.
bool isUuidAt(QStringView s, qsizetype i)
{
    static constexpr int groups[] = {8, 4, 4, 4, 12};
    qsizetype p = i;
    for (int g = 0; g < 5; ++g) {
        if (g > 0) {
            if (p >= s.size() || s[p] != QLatin1Char('-'))
                return false;
            ++p;
        }
        for (int k = 0; k < groups[g]; ++k, ++p) {
            if (p >= s.size() || !isHexDigit(s[p]))
                return false;
        }
    }
    return p >= s.size() || !isWordChar(s[p]);
}

// Characters after which a '/' starts a path rather than being a separator ("a/b").
bool startsPathAfter(QChar c)
{
    return c.isSpace() || QStringView(u"([{'\"=:,<").contains(c);
}

bool isPathChar(QChar c)
{
    return !c.isSpace() && !QStringView(u")]}'\",;<>|").contains(c);
}

// Word prefixes that name a device; the index after them is a placeholder.
bool isDevicePrefix(QStringView word)
{
    static constexpr const char16_t *prefixes[] = {u"davinci", u"npu", u"gpu",  u"card", u"chip", u"device", u"dev",
                                                   u"eth",     u"nic", u"port", u"slot", u"die",  u"ascend", u"hccn",
                                                   u"ib",      u"mlx", u"nvme", u"sd",   u"bond", u"roce"};
    for (const char16_t *p : prefixes) {
        if (word.compare(QStringView(p), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QString normaliseMessage(QStringView in)
{
    const QStringView s = in.trimmed();
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto atWordStart = [&](qsizetype p) { return p == 0 || !isWordChar(s[p - 1]); };
    auto lastWord = [&]() -> QStringView {
        // The letters just written, if the output ends with "<letters><space or #/->".
        qsizetype e = out.size();
        if (e > 0 && QStringView(u" #-").contains(out[e - 1]))
            --e;
        qsizetype b = e;
        while (b > 0 && out[b - 1].isLetter())
            --b;
        return QStringView(out).sliced(b, e - b);
    };

    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            while (i < n && s[i].isSpace())
                ++i;
            out.append(QLatin1Char(' '));
            continue;
        }
        if (atWordStart(i) && isHexDigit(c) && isUuidAt(s, i)) {
            out.append(QLatin1String("<uuid>"));
            i += 36;
            continue;
        }
        if (c == QLatin1Char('/') && (i == 0 || startsPathAfter(s[i - 1])) && i + 1 < n && isPathChar(s[i + 1])) {
            qsizetype e = i + 1;
            while (e < n && isPathChar(s[e]))
                ++e;
            while (e > i + 1 && QStringView(u".:").contains(s[e - 1])) // sentence punctuation
                --e;
            out.append(QLatin1String("<path>"));
            i = e;
            continue;
        }
        if (!isWordChar(c) || !atWordStart(i)) {
            out.append(c);
            ++i;
            continue;
        }
        // A word: letters, digits and '_'.
        qsizetype e = i;
        bool allHex = true, hasDigit = false, hasLetter = false;
        while (e < n && isWordChar(s[e])) {
            allHex = allHex && isHexDigit(s[e]);
            hasDigit = hasDigit || isAsciiDigit(s[e]);
            hasLetter = hasLetter || s[e].isLetter();
            ++e;
        }
        const QStringView word = s.sliced(i, e - i);
        if (word.size() > 2 && word[0] == QLatin1Char('0')
            && (word[1] == QLatin1Char('x') || word[1] == QLatin1Char('X'))
            && std::all_of(word.begin() + 2, word.end(), isHexDigit)) {
            out.append(QLatin1String("<hex>"));
            i = e;
            continue;
        }
        if (allHex && hasDigit && hasLetter && word.size() >= 8) {
            out.append(QLatin1String("<hex>"));
            i = e;
            continue;
        }
        if (isAsciiDigit(c)) {
            // Leading digits: a number, a dotted number (IP, version), a percentage, or a
            // number with a unit ("10GB").
            qsizetype d = i;
            while (d < n && isAsciiDigit(s[d]))
                ++d;
            if (d < e) { // digits then letters: keep the unit
                if (isDevicePrefix(lastWord())) {
                    out.append(QLatin1String("<dev>"));
                } else {
                    out.append(QLatin1String("<n>"));
                }
                out.append(s.sliced(d, e - d));
                i = e;
                continue;
            }
            int parts = 1;
            bool ipParts = (d - i) <= 3 && s.sliced(i, d - i).toInt() <= 255;
            while (d + 1 < n && s[d] == QLatin1Char('.') && isAsciiDigit(s[d + 1])) {
                qsizetype q = d + 1;
                while (q < n && isAsciiDigit(s[q]))
                    ++q;
                ipParts = ipParts && (q - d - 1) <= 3 && s.sliced(d + 1, q - d - 1).toInt() <= 255;
                ++parts;
                d = q;
            }
            if (d < n && isWordChar(s[d])) { // "1.5GB": the number, then the unit as a word
                out.append(QLatin1String("<n>"));
                i = d;
                continue;
            }
            if (d < n && s[d] == QLatin1Char('%')) {
                out.append(QLatin1String("<pct>"));
                i = d + 1;
                continue;
            }
            if (parts == 4 && ipParts)
                out.append(QLatin1String("<ip>"));
            else if (parts == 1 && isDevicePrefix(lastWord()))
                out.append(QLatin1String("<dev>"));
            else
                out.append(QLatin1String("<n>"));
            i = d;
            continue;
        }
        // Starts with a letter: a device name with its index ("davinci3", "npu_7"), else as is.
        qsizetype d = e;
        while (d > i && isAsciiDigit(s[d - 1]))
            --d;
        if (d < e && d > i) {
            qsizetype p = d;
            if (p > i && s[p - 1] == QLatin1Char('_'))
                --p;
            if (isDevicePrefix(s.sliced(i, p - i))) {
                out.append(s.sliced(i, d - i));
                out.append(QLatin1String("<dev>"));
                i = e;
                continue;
            }
        }
        out.append(word);
        i = e;
    }
    // "...failed." and "...failed" are the same message.
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back() == QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace liteops
