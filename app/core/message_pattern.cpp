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

namespace {

// One pass over a message, left to right: each step consumes one token (a run of spaces, a
// UUID, a path, a word, or one other character) and appends it, or its placeholder, to out.
class MessageNormaliser
{
public:
    explicit MessageNormaliser(QStringView message) : s(message.trimmed()), n(s.size()) { out.reserve(n); }

    QString run()
    {
        qsizetype i = 0;
        while (i < n)
            i = step(i);
        // "...failed." and "...failed" are the same message.
        while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back() == QLatin1Char(' ')))
            out.chop(1);
        return out;
    }

private:
    // Consumes the token at i; returns where the next one starts.
    qsizetype step(qsizetype i)
    {
        const QChar c = s[i];
        if (c.isSpace())
            return spaces(i);
        if (atWordStart(i) && isHexDigit(c) && isUuidAt(s, i))
            return replace(i + 36, "<uuid>");
        if (c == QLatin1Char('/') && (i == 0 || startsPathAfter(s[i - 1])) && i + 1 < n && isPathChar(s[i + 1]))
            return path(i);
        if (!isWordChar(c) || !atWordStart(i)) {
            out.append(c);
            return i + 1;
        }
        return word(i);
    }

    qsizetype spaces(qsizetype i)
    {
        while (i < n && s[i].isSpace())
            ++i;
        out.append(QLatin1Char(' '));
        return i;
    }

    qsizetype path(qsizetype i)
    {
        qsizetype e = i + 1;
        while (e < n && isPathChar(s[e]))
            ++e;
        while (e > i + 1 && QStringView(u".:").contains(s[e - 1])) // sentence punctuation
            --e;
        return replace(e, "<path>");
    }

    // A word: letters, digits and '_', from i to its end.
    qsizetype word(qsizetype i)
    {
        qsizetype e = i;
        bool allHex = true, hasDigit = false, hasLetter = false;
        while (e < n && isWordChar(s[e])) {
            allHex = allHex && isHexDigit(s[e]);
            hasDigit = hasDigit || isAsciiDigit(s[e]);
            hasLetter = hasLetter || s[e].isLetter();
            ++e;
        }
        const QStringView w = s.sliced(i, e - i);
        if (isHexLiteral(w) || (allHex && hasDigit && hasLetter && w.size() >= 8))
            return replace(e, "<hex>");
        if (isAsciiDigit(s[i]))
            return number(i, e);
        return letterWord(i, e);
    }

    // Leading digits: a number, a dotted number (IP, version), a percentage, or a number with a
    // unit ("10GB"). e is the end of the word the digits start.
    qsizetype number(qsizetype i, qsizetype e)
    {
        qsizetype d = i;
        while (d < n && isAsciiDigit(s[d]))
            ++d;
        if (d < e) { // digits then letters: keep the unit
            out.append(isDevicePrefix(lastWord()) ? QLatin1String("<dev>") : QLatin1String("<n>"));
            out.append(s.sliced(d, e - d));
            return e;
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
        if (d < n && isWordChar(s[d])) // "1.5GB": the number, then the unit as a word
            return replace(d, "<n>");
        if (d < n && s[d] == QLatin1Char('%'))
            return replace(d + 1, "<pct>");
        if (parts == 4 && ipParts)
            return replace(d, "<ip>");
        return replace(d, parts == 1 && isDevicePrefix(lastWord()) ? "<dev>" : "<n>");
    }

    // Starts with a letter: a device name with its index ("davinci3", "npu_7"), else as is.
    qsizetype letterWord(qsizetype i, qsizetype e)
    {
        qsizetype d = e;
        while (d > i && isAsciiDigit(s[d - 1]))
            --d;
        if (d < e && d > i) {
            qsizetype p = d;
            if (p > i && s[p - 1] == QLatin1Char('_'))
                --p;
            if (isDevicePrefix(s.sliced(i, p - i))) {
                out.append(s.sliced(i, d - i));
                return replace(e, "<dev>");
            }
        }
        out.append(s.sliced(i, e - i));
        return e;
    }

    static bool isHexLiteral(QStringView w)
    {
        return w.size() > 2 && w[0] == QLatin1Char('0') && (w[1] == QLatin1Char('x') || w[1] == QLatin1Char('X'))
               && std::all_of(w.begin() + 2, w.end(), isHexDigit);
    }

    bool atWordStart(qsizetype p) const { return p == 0 || !isWordChar(s[p - 1]); }

    // The letters just written, if the output ends with "<letters><space or #/->".
    QStringView lastWord() const
    {
        qsizetype e = out.size();
        if (e > 0 && QStringView(u" #-").contains(out[e - 1]))
            --e;
        qsizetype b = e;
        while (b > 0 && out[b - 1].isLetter())
            --b;
        return QStringView(out).sliced(b, e - b);
    }

    // Appends a placeholder for the token that ends at next; returns next.
    qsizetype replace(qsizetype next, const char *placeholder)
    {
        out.append(QLatin1String(placeholder));
        return next;
    }

    const QStringView s;
    const qsizetype n;
    QString out;
};

} // namespace

QString normaliseMessage(QStringView in)
{
    return MessageNormaliser(in).run();
}

} // namespace liteops
