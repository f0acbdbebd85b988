// SPDX-License-Identifier: Apache-2.0
#pragma once
// SDK-HMAC-SHA256, the official Huawei Cloud SDKs' request signer, as a pure function so the
// client (app/cloud) and the simulator's verifier (app/sim) share one implementation and
// one set of test vectors. Uses QCryptographicHash / QMessageAuthenticationCode only.
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace liteops::signing {

inline constexpr char kAlgorithm[] = "SDK-HMAC-SHA256";

struct RequestToSign
{
    QByteArray method;                                // "GET"
    QByteArray path;                                  // decoded path, e.g. "/v1/p/dev-servers/jobs"
    QList<std::pair<QString, QString>> query;         // decoded names and values, any order
    QList<std::pair<QByteArray, QByteArray>> headers; // the headers to sign (name any case)
    QByteArray body;
};

// RFC 3986 style: unreserved A-Za-z0-9-_.~ kept, everything else %XX (upper-case hex) of UTF-8.
QByteArray percentEncode(const QByteArray &utf8);

QByteArray canonicalUri(const QByteArray &path); // each segment encoded, always ends in '/'
QByteArray canonicalQuery(const QList<std::pair<QString, QString>> &query);
QByteArray signedHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers);
QByteArray canonicalRequest(const RequestToSign &request);
// The same from an already canonical URI and query (the verifier's side, see below).
// payloadHashHex, when not empty, replaces hex(sha256(body)): the SDKs send it as
// X-Sdk-Content-Sha256 (e.g. UNSIGNED-PAYLOAD) and sign that instead of the body.
QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUriText,
                            const QByteArray &canonicalQueryText,
                            const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                            const QByteArray &payloadHashHex = {});
QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate);
QByteArray signature(const QByteArray &secretKey, const QByteArray &stringToSign); // hex

// "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex"
QByteArray authorizationHeader(const QByteArray &accessKey, const QByteArray &signedHeaderList,
                               const QByteArray &signatureHex);

struct ParsedAuthorization
{
    QByteArray accessKey;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};
// nullopt-like: ok=false when the header is not an SDK-HMAC-SHA256 authorization.
bool parseAuthorization(const QByteArray &header, ParsedAuthorization *out);

// Convenience for signers and tests: Authorization value for `request`, signing every header in
// request.headers (which must include X-Sdk-Date; its value is the date of the signature).
QByteArray authorizationFor(const RequestToSign &request, const QByteArray &accessKey, const QByteArray &secretKey);

// Verifier side: the request line as received. The path segments are percent-decoded one by
// one (so an encoded '/' stays inside its segment) and then encoded canonically.
QByteArray canonicalUriFromEncodedPath(const QByteArray &encodedPath);
// "a=1&b=x+y%20z" -> decoded pairs; '+' means a space, as in form encoding (what the SDKs'
// HTTP libraries send), a name without '=' has an empty value.
QList<std::pair<QString, QString>> decodeQuery(const QByteArray &encodedQuery);

// X-Sdk-Date format "YYYYMMDDTHHMMSSZ".
QByteArray formatSdkDate(const QDateTime &utc);
QDateTime parseSdkDate(const QByteArray &text);

} // namespace liteops::signing
