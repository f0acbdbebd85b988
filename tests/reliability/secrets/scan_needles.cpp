// SPDX-License-Identifier: Apache-2.0
#include "scan_needles.h"

#include <QCryptographicHash>
#include <QSet>
#include <QString>

namespace liteops::secretscan {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
           || c == '_' || c == '~';
}

bool isAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

QByteArray percentEncoded(const QByteArray &v, bool everyByte, bool spaceAsPlus)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (char c : v) {
        const auto u = static_cast<unsigned char>(c);
        if (spaceAsPlus && c == ' ') {
            out += '+';
        } else if (!everyByte && isUnreserved(c)) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
    return out;
}

QByteArray jsonEscaped(const QByteArray &v)
{
    // What a JSON writer that escapes '/' and everything outside ASCII would produce.
    QByteArray out;
    const QString s = QString::fromUtf8(v);
    for (QChar ch : s) {
        if (ch == QLatin1Char('/'))
            out += "\\/";
        else if (ch == QLatin1Char('"') || ch == QLatin1Char('\\'))
            out += '\\' + QByteArray(1, char(ch.unicode()));
        else if (ch.unicode() < 0x20 || ch.unicode() > 0x7e)
            out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0')).toLatin1();
        else
            out += char(ch.unicode());
    }
    return out;
}

QByteArray utf16(const QByteArray &v, bool bigEndian)
{
    QByteArray out;
    for (QChar ch : QString::fromUtf8(v)) {
        const char hi = char(ch.unicode() >> 8);
        const char lo = char(ch.unicode() & 0xff);
        out += bigEndian ? hi : lo;
        out += bigEndian ? lo : hi;
    }
    return out;
}

// The base64 characters that depend only on `v` when it sits `shift` bytes into a blob.
QByteArray base64Inner(const QByteArray &v, int shift, QByteArray::Base64Options options)
{
    const QByteArray encoded = (QByteArray(shift, '\0') + v).toBase64(options | QByteArray::OmitTrailingEquals);
    const int first = (8 * shift + 5) / 6;             // first character made only of v's bits
    const int end = (8 * (shift + int(v.size()))) / 6; // one past the last such character
    return encoded.mid(first, end - first);
}

QByteArray longestAlnumRun(const QByteArray &v)
{
    QByteArray best;
    QByteArray run;
    for (char c : v) {
        if (isAlnum(c)) {
            run += c;
        } else {
            if (run.size() > best.size())
                best = run;
            run.clear();
        }
    }
    return run.size() > best.size() ? run : best;
}

QByteArray masked(const QByteArray &v, char pad)
{
    QByteArray out = v;
    for (char &c : out)
        c = char(static_cast<unsigned char>(c) ^ static_cast<unsigned char>(pad));
    return out;
}

} // namespace

QByteArray foldCase(QByteArray bytes)
{
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return bytes;
}

QList<Pattern> patternsFor(const Needle &needle, int index)
{
    const QByteArray &v = needle.value;
    QList<std::pair<QString, QByteArray>> forms{
        {QStringLiteral("plain"), v},
        {QStringLiteral("utf16le"), utf16(v, false)},
        {QStringLiteral("utf16be"), utf16(v, true)},
        {QStringLiteral("percent"), percentEncoded(v, false, false)},
        {QStringLiteral("percent-all"), percentEncoded(v, true, false)},
        {QStringLiteral("form"), percentEncoded(v, false, true)},
        {QStringLiteral("json"), jsonEscaped(v)},
        {QStringLiteral("hex"), v.toHex()},
        {QStringLiteral("alnum-run"), longestAlnumRun(v)},
    };
    for (int shift = 0; shift < 3; ++shift) {
        forms.append({QStringLiteral("base64+%1").arg(shift), base64Inner(v, shift, QByteArray::Base64Encoding)});
        forms.append({QStringLiteral("base64url+%1").arg(shift), base64Inner(v, shift, QByteArray::Base64UrlEncoding)});
    }
    if (needle.kind == QLatin1String("sk")) {
        // SDK-HMAC-SHA256 uses the SK itself as the HMAC key: the key as HMAC masks it (with
        // ipad 0x36 / opad 0x5c) and as it is shortened when longer than a block (SHA-256).
        const QByteArray ipad = masked(v, 0x36);
        const QByteArray opad = masked(v, 0x5c);
        const QByteArray digest = QCryptographicHash::hash(v, QCryptographicHash::Sha256);
        forms.append({QStringLiteral("hmac-ipad"), ipad});
        forms.append({QStringLiteral("hmac-opad"), opad});
        forms.append({QStringLiteral("hmac-ipad-hex"), ipad.toHex()});
        forms.append({QStringLiteral("hmac-opad-hex"), opad.toHex()});
        forms.append({QStringLiteral("sha256-hex"), digest.toHex()});
        forms.append({QStringLiteral("sha256-base64"), digest.toBase64()});
    }
    QList<Pattern> patterns;
    QSet<QByteArray> seen;
    for (const auto &[encoding, bytes] : std::as_const(forms)) {
        const QByteArray folded = foldCase(bytes);
        // A short alphanumeric run is not distinctive enough to search alone.
        const int minimum = encoding == QLatin1String("alnum-run") ? 12 : kMinPatternLength;
        if (folded.size() < minimum || seen.contains(folded))
            continue;
        seen.insert(folded);
        patterns.append({folded, index, encoding});
    }
    return patterns;
}

} // namespace liteops::secretscan
