// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the SDK-HMAC-SHA256 canonicalisation (app/core/signing.h) on arbitrary
// request parts. Input layout, so seeds stay readable text:
//   line 1: method
//   line 2: path (decoded for canonicalUri, and read as an encoded path by the verifier side)
//   line 3: query string as sent ("a=1&b=x+y%20z")
//   then "Name: value" header lines up to an empty line; the rest is the body.
// Every line also goes through percentEncode, parseAuthorization and parseSdkDate.
#include "fuzz_invariants.h"
#include "signing.h"

using namespace liteops;
using namespace liteops::signing;

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
           || c == '.' || c == '~';
}

bool isUpperHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

// Only unreserved characters, %XX with upper-case hex, and (when allowed) '/'.
bool isCanonicalText(const QByteArray &text, bool slashAllowed)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isUnreserved(c) || (slashAllowed && c == '/'))
            continue;
        if (c == '%' && i + 2 < text.size() && isUpperHex(text[i + 1]) && isUpperHex(text[i + 2])) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

void checkPercentEncode(const QByteArray &raw)
{
    const QByteArray encoded = percentEncode(raw);
    LITEOPS_FUZZ_CHECK(isCanonicalText(encoded, false));
    LITEOPS_FUZZ_CHECK(encoded.size() >= raw.size() && encoded.size() <= 3 * raw.size());
    // Decoding gives the bytes back (as the verifier's query decoder sees them).
    const auto decoded = decodeQuery("n=" + encoded);
    LITEOPS_FUZZ_CHECK(decoded.size() == 1);
    LITEOPS_FUZZ_CHECK(decoded.first().second == QString::fromUtf8(raw));
}

void checkLine(const QByteArray &line)
{
    checkPercentEncode(line);

    ParsedAuthorization auth;
    if (parseAuthorization(line, &auth)) {
        LITEOPS_FUZZ_CHECK(!auth.accessKey.isEmpty() && !auth.signature.isEmpty());
        LITEOPS_FUZZ_CHECK(auth.accessKey.size() < line.size());
    }

    const QDateTime date = parseSdkDate(line);
    if (date.isValid()) {
        LITEOPS_FUZZ_CHECK(date.offsetFromUtc() == 0);
        // Only the exact form is accepted, so formatting gives the same text back.
        LITEOPS_FUZZ_CHECK(formatSdkDate(date) == line);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> lines = input.split('\n');

    RequestToSign request;
    request.method = lines.value(0);
    request.path = lines.value(1);
    const QByteArray encodedQuery = lines.value(2);
    request.query = decodeQuery(encodedQuery);
    qsizetype next = 3;
    for (; next < lines.size() && !lines[next].isEmpty(); ++next) {
        const QByteArray &line = lines[next];
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            request.headers.append({line, QByteArray()});
        else
            request.headers.append({line.first(colon), line.sliced(colon + 1)});
    }
    for (qsizetype i = next + 1; i < lines.size(); ++i) {
        if (i > next + 1)
            request.body.append('\n');
        request.body.append(lines[i]);
    }

    for (const QByteArray &line : lines)
        checkLine(line);

    // canonicalUri: always ends in '/', only canonical characters, and the verifier reading it
    // back as an encoded path lands on the same text (so client and simulator agree).
    const QByteArray uri = canonicalUri(request.path);
    LITEOPS_FUZZ_CHECK(uri.endsWith('/'));
    LITEOPS_FUZZ_CHECK(isCanonicalText(uri, true));
    LITEOPS_FUZZ_CHECK(canonicalUriFromEncodedPath(uri) == uri);
    const QByteArray fromEncoded = canonicalUriFromEncodedPath(request.path);
    LITEOPS_FUZZ_CHECK(fromEncoded.endsWith('/'));
    LITEOPS_FUZZ_CHECK(isCanonicalText(fromEncoded, true));

    // canonicalQuery: canonical characters plus '=' and '&', and a fixed point of decode+encode.
    const QByteArray query = canonicalQuery(request.query);
    for (const QByteArray &pair : query.split('&')) {
        if (query.isEmpty())
            break;
        const qsizetype eq = pair.indexOf('=');
        LITEOPS_FUZZ_CHECK(eq >= 0);
        LITEOPS_FUZZ_CHECK(isCanonicalText(pair.first(eq), false));
        LITEOPS_FUZZ_CHECK(isCanonicalText(pair.sliced(eq + 1), false));
    }
    LITEOPS_FUZZ_CHECK(canonicalQuery(decodeQuery(query)) == query);

    // canonicalRequest: the documented line layout and the signed header list.
    const QByteArray canonical = canonicalRequest(request);
    LITEOPS_FUZZ_CHECK(canonical.startsWith(request.method + '\n' + uri + '\n' + query + '\n'));
    const QByteArray headerList = signedHeaders(request.headers);
    LITEOPS_FUZZ_CHECK(headerList == headerList.toLower());
    LITEOPS_FUZZ_CHECK(canonical.size() >= 64);
    const QByteArray toSign = stringToSign(canonical, "20260101T000000Z");
    const QByteArray sig = signature("secret", toSign);
    LITEOPS_FUZZ_CHECK(sig.size() == 64);

    // An authorization header we build is one we parse back. (The fuzzed header names are not
    // used here: a name with ',' or '=' is not an HTTP token and cannot be listed.)
    const QByteArray header = authorizationHeader("AK", "host;x-sdk-date", sig);
    ParsedAuthorization parsed;
    LITEOPS_FUZZ_CHECK(parseAuthorization(header, &parsed));
    LITEOPS_FUZZ_CHECK(parsed.accessKey == "AK" && parsed.signature == sig);
    LITEOPS_FUZZ_CHECK(parsed.signedHeaders == QList<QByteArray>({"host", "x-sdk-date"}));
    return 0;
}
