// SPDX-License-Identifier: Apache-2.0
#include "signing.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <algorithm>

namespace liteops::signing {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
           || c == '.' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// %XX decoding; a malformed escape is kept literally (the gateway does not reject it either).
QByteArray percentDecode(QByteArrayView in, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '%' && i + 2 < in.size()) {
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.append(plusIsSpace && c == '+' ? ' ' : c);
    }
    return out;
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Signed header names: lower case, sorted, unique.
QList<QByteArray> headerNames(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QList<QByteArray> names;
    names.reserve(headers.size());
    for (const auto &[name, value] : headers)
        names.append(name.toLower());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

} // namespace

QByteArray percentEncode(const QByteArray &utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xF]);
        }
    }
    return out;
}

QByteArray canonicalUri(const QByteArray &path)
{
    const QList<QByteArray> segments = path.split('/');
    QByteArray out;
    out.reserve(path.size() + 8);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(percentEncode(segments[i]));
    }
    if (out.isEmpty() || !out.endsWith('/'))
        out.append('/');
    return out;
}

QByteArray canonicalUriFromEncodedPath(const QByteArray &encodedPath)
{
    const QList<QByteArray> segments = encodedPath.split('/');
    QByteArray out;
    out.reserve(encodedPath.size() + 8);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(percentEncode(percentDecode(segments[i], false)));
    }
    if (out.isEmpty() || !out.endsWith('/'))
        out.append('/');
    return out;
}

QList<std::pair<QString, QString>> decodeQuery(const QByteArray &encodedQuery)
{
    QList<std::pair<QString, QString>> out;
    if (encodedQuery.isEmpty())
        return out;
    const QList<QByteArray> parts = encodedQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArrayView name = eq < 0 ? QByteArrayView(part) : QByteArrayView(part).first(eq);
        const QByteArrayView value = eq < 0 ? QByteArrayView() : QByteArrayView(part).sliced(eq + 1);
        out.append({QString::fromUtf8(percentDecode(name, true)), QString::fromUtf8(percentDecode(value, true))});
    }
    return out;
}

QByteArray canonicalQuery(const QList<std::pair<QString, QString>> &query)
{
    // Sort on the UTF-8 bytes of the decoded names, then values, as the SDKs do.
    QList<std::pair<QByteArray, QByteArray>> pairs;
    pairs.reserve(query.size());
    for (const auto &[name, value] : query)
        pairs.append({name.toUtf8(), value.toUtf8()});
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(percentEncode(name));
        out.append('=');
        out.append(percentEncode(value));
    }
    return out;
}

QByteArray signedHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return headerNames(headers).join(';');
}

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUriText,
                            const QByteArray &canonicalQueryText,
                            const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                            const QByteArray &payloadHashHex)
{
    // Canonical headers: one line per value, grouped by lower-case name, values sorted.
    QList<std::pair<QByteArray, QByteArray>> lines;
    lines.reserve(headers.size());
    for (const auto &[name, value] : headers)
        lines.append({name.toLower(), value.trimmed()});
    std::sort(lines.begin(), lines.end());

    QByteArray out;
    out.reserve(256 + canonicalUriText.size() + canonicalQueryText.size());
    out.append(method).append('\n');
    out.append(canonicalUriText).append('\n');
    out.append(canonicalQueryText).append('\n');
    for (const auto &[name, value] : lines)
        out.append(name).append(':').append(value).append('\n');
    out.append('\n');
    out.append(signedHeaders(headers)).append('\n');
    out.append(payloadHashHex.isEmpty() ? sha256Hex(body) : payloadHashHex);
    return out;
}

QByteArray canonicalRequest(const RequestToSign &request)
{
    return canonicalRequest(request.method, canonicalUri(request.path), canonicalQuery(request.query), request.headers,
                            request.body);
}

QByteArray stringToSign(const QByteArray &canonical, const QByteArray &sdkDate)
{
    return QByteArray(kAlgorithm) + '\n' + sdkDate + '\n' + sha256Hex(canonical);
}

QByteArray signature(const QByteArray &secretKey, const QByteArray &toSign)
{
    return QMessageAuthenticationCode::hash(toSign, secretKey, QCryptographicHash::Sha256).toHex();
}

QByteArray authorizationHeader(const QByteArray &accessKey, const QByteArray &signedHeaderList,
                               const QByteArray &signatureHex)
{
    return QByteArray(kAlgorithm) + " Access=" + accessKey + ", SignedHeaders=" + signedHeaderList
           + ", Signature=" + signatureHex;
}

QByteArray authorizationFor(const RequestToSign &request, const QByteArray &accessKey, const QByteArray &secretKey)
{
    QByteArray date;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("x-sdk-date", Qt::CaseInsensitive) == 0)
            date = value.trimmed();
    }
    const QByteArray sig = signature(secretKey, stringToSign(canonicalRequest(request), date));
    return authorizationHeader(accessKey, signedHeaders(request.headers), sig);
}

bool parseAuthorization(const QByteArray &header, ParsedAuthorization *out)
{
    const QByteArray trimmed = header.trimmed();
    const QByteArray prefix = QByteArray(kAlgorithm) + ' ';
    if (!trimmed.startsWith(prefix))
        return false;
    ParsedAuthorization parsed;
    bool haveAccess = false, haveHeaders = false, haveSignature = false;
    const QList<QByteArray> fields = trimmed.sliced(prefix.size()).split(',');
    for (const QByteArray &rawField : fields) {
        const QByteArray field = rawField.trimmed();
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0)
            return false;
        const QByteArray key = field.first(eq).trimmed();
        const QByteArray value = field.sliced(eq + 1).trimmed();
        if (key == "Access") {
            parsed.accessKey = value;
            haveAccess = true;
        } else if (key == "SignedHeaders") {
            parsed.signedHeaders = value.split(';');
            haveHeaders = true;
        } else if (key == "Signature") {
            parsed.signature = value;
            haveSignature = true;
        }
    }
    if (!haveAccess || !haveHeaders || !haveSignature || parsed.accessKey.isEmpty() || parsed.signature.isEmpty())
        return false;
    if (out)
        *out = std::move(parsed);
    return true;
}

QByteArray formatSdkDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QDateTime parseSdkDate(const QByteArray &text)
{
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z')
        return {};
    for (int i = 0; i < 15; ++i) {
        if (i != 8 && (text[i] < '0' || text[i] > '9'))
            return {};
    }
    const auto num = [&text](int from, int len) { return text.mid(from, len).toInt(); };
    const QDate date(num(0, 4), num(4, 2), num(6, 2));
    const QTime time(num(9, 2), num(11, 2), num(13, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace liteops::signing
