// SPDX-License-Identifier: Apache-2.0
// The signer against fixed vectors (two of them are the official Go SDK's own), plus the
// verifier-side helpers and the property that any changed byte changes the signature.
#include "signing.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace liteops::signing;

namespace {

struct Vector
{
    QString name;
    RequestToSign request;
    QByteArray ak, sk;
    QJsonObject expected;
};

QList<Vector> loadVectors()
{
    QFile file(QStringLiteral(LITEOPS_TEST_DATA_DIR "/signing/vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the signing vectors");
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases").toArray();
    QList<Vector> out;
    for (const QJsonValue &v : cases) {
        const QJsonObject o = v.toObject();
        Vector vec;
        vec.name = o.value(u"name").toString();
        vec.request.method = o.value(u"method").toString().toUtf8();
        vec.request.path = o.value(u"path").toString().toUtf8();
        for (const QJsonValue &q : o.value(u"query").toArray())
            vec.request.query.append({q[0].toString(), q[1].toString()});
        for (const QJsonValue &h : o.value(u"headers").toArray())
            vec.request.headers.append({h[0].toString().toUtf8(), h[1].toString().toUtf8()});
        vec.request.body = o.value(u"body").toString().toUtf8();
        vec.ak = o.value(u"ak").toString().toUtf8();
        vec.sk = o.value(u"sk").toString().toUtf8();
        vec.expected = o;
        out.append(vec);
    }
    return out;
}

QByteArray expectedField(const Vector &v, const char *key)
{
    return v.expected.value(QLatin1StringView(key)).toString().toUtf8();
}

QByteArray dateOf(const RequestToSign &r)
{
    for (const auto &[name, value] : r.headers) {
        if (name.toLower() == "x-sdk-date")
            return value.trimmed();
    }
    return {};
}

} // namespace

class SigningVectorsTest : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<int>("index");
        const QList<Vector> all = loadVectors();
        QVERIFY(all.size() >= 10);
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].name)) << i;
    }

    void vectors()
    {
        QFETCH(int, index);
        const Vector v = loadVectors().at(index);
        QCOMPARE(canonicalUri(v.request.path), expectedField(v, "canonical_uri"));
        QCOMPARE(canonicalQuery(v.request.query), expectedField(v, "canonical_query"));
        const QByteArray canonical = canonicalRequest(v.request);
        QCOMPARE(canonical, expectedField(v, "canonical_request"));
        const QByteArray toSign = stringToSign(canonical, dateOf(v.request));
        QCOMPARE(toSign, expectedField(v, "string_to_sign"));
        QCOMPARE(signature(v.sk, toSign), expectedField(v, "signature"));
        QCOMPARE(authorizationFor(v.request, v.ak, v.sk), expectedField(v, "authorization"));
    }

    // The verifier sees the request as sent on the wire: re-deriving the canonical parts from
    // the encoded URL must give the same answer as the signer had from the decoded values.
    void verifierSeesTheSameRequest_data() { vectors_data(); }
    void verifierSeesTheSameRequest()
    {
        QFETCH(int, index);
        const Vector v = loadVectors().at(index);
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPath(QString::fromUtf8(v.request.path));
        QByteArray query;
        for (const auto &[name, value] : v.request.query) {
            if (!query.isEmpty())
                query.append('&');
            query.append(percentEncode(name.toUtf8()) + '=' + percentEncode(value.toUtf8()));
        }
        const QByteArray encodedPath = url.path(QUrl::FullyEncoded).toUtf8();
        QCOMPARE(canonicalUriFromEncodedPath(encodedPath), expectedField(v, "canonical_uri"));
        QCOMPARE(canonicalQuery(decodeQuery(query)), expectedField(v, "canonical_query"));
    }

    void changedByteFailsVerification_data() { vectors_data(); }
    void changedByteFailsVerification()
    {
        QFETCH(int, index);
        const Vector v = loadVectors().at(index);
        const QByteArray good = authorizationFor(v.request, v.ak, v.sk);

        auto differs = [&](const RequestToSign &changed) { return authorizationFor(changed, v.ak, v.sk) != good; };
        RequestToSign r = v.request;
        r.body.append('x');
        QVERIFY(differs(r));
        if (!v.request.body.isEmpty()) {
            r = v.request;
            r.body[r.body.size() / 2] = char(r.body[r.body.size() / 2] ^ 0x01);
            QVERIFY(differs(r));
        }
        r = v.request;
        r.path.append('x');
        QVERIFY(differs(r));
        r = v.request;
        r.method = "PUT";
        QVERIFY(differs(r));
        r = v.request;
        r.query.append({QStringLiteral("extra"), QStringLiteral("1")});
        QVERIFY(differs(r));
        r = v.request;
        r.headers.last().second.append('0');
        QVERIFY(differs(r));
        QVERIFY(authorizationFor(v.request, v.ak, v.sk + "x") != good);
        // The Access field names the key; the signature itself is keyed by the secret only.
        QVERIFY(authorizationFor(v.request, v.ak + "x", v.sk) != good);
    }

    void contentSha256HeaderReplacesTheBodyHash()
    {
        const QList<std::pair<QByteArray, QByteArray>> headers{{"X-Sdk-Date", "20260115T080000Z"}};
        const QByteArray withBody = canonicalRequest("PUT", "/o/", "", headers, "big body");
        const QByteArray unsignedPayload = canonicalRequest("PUT", "/o/", "", headers, "big body", "UNSIGNED-PAYLOAD");
        QVERIFY(withBody.endsWith(QCryptographicHash::hash("big body", QCryptographicHash::Sha256).toHex()));
        QVERIFY(unsignedPayload.endsWith("\nUNSIGNED-PAYLOAD"));
        QCOMPARE(unsignedPayload.chopped(16), withBody.chopped(64));
    }

    void parseAuthorizationRoundTrip()
    {
        ParsedAuthorization parsed;
        QVERIFY(parseAuthorization("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, "
                                   "Signature=abcdef",
                                   &parsed));
        QCOMPARE(parsed.accessKey, QByteArray("AK1"));
        QCOMPARE(parsed.signedHeaders, (QList<QByteArray>{"host", "x-sdk-date"}));
        QCOMPARE(parsed.signature, QByteArray("abcdef"));
        // Spacing variants still parse.
        QVERIFY(parseAuthorization("SDK-HMAC-SHA256 Access=AK1,SignedHeaders=host,Signature=ab", &parsed));
        QCOMPARE(parsed.signedHeaders, (QList<QByteArray>{"host"}));
    }

    void parseAuthorizationRejects_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other algorithm") << QByteArray("AWS4-HMAC-SHA256 Credential=x, SignedHeaders=a, Signature=b");
        QTest::newRow("no signature") << QByteArray("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host");
        QTest::newRow("empty access") << QByteArray("SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature=ab");
        QTest::newRow("garbage field") << QByteArray("SDK-HMAC-SHA256 Access=AK, junk, Signature=ab");
        QTest::newRow("bearer") << QByteArray("Bearer abc");
    }
    void parseAuthorizationRejects()
    {
        QFETCH(QByteArray, header);
        ParsedAuthorization parsed;
        QVERIFY(!parseAuthorization(header, &parsed));
    }

    void decodeQueryForms()
    {
        const auto q = decodeQuery("a=1&b=x+y%20z&flag&c=%E4%B8%80&d=%2B&&e=");
        QCOMPARE(q.size(), 6);
        QCOMPARE(q[1].second, QStringLiteral("x y z"));
        QCOMPARE(q[2], (std::pair<QString, QString>{QStringLiteral("flag"), QString()}));
        QCOMPARE(q[3].second, QStringLiteral("一"));
        QCOMPARE(q[4].second, QStringLiteral("+"));
        QCOMPARE(q[5].first, QStringLiteral("e"));
        QVERIFY(decodeQuery("").isEmpty());
    }

    void encodedSlashStaysInItsSegment()
    {
        // %2F decodes inside its own segment and is re-encoded, so it never becomes a separator.
        QCOMPARE(canonicalUriFromEncodedPath("/v1/a%2Fb/c"), QByteArray("/v1/a%2Fb/c/"));
        QCOMPARE(canonicalUriFromEncodedPath("/"), QByteArray("/"));
        QCOMPARE(canonicalUriFromEncodedPath(""), QByteArray("/"));
        QCOMPARE(canonicalUri(""), QByteArray("/"));
        QCOMPARE(canonicalUriFromEncodedPath("/bad%zz"), QByteArray("/bad%25zz/"));
    }

    void percentEncodeKeepsOnlyUnreserved()
    {
        QCOMPARE(percentEncode("AZaz09-_.~"), QByteArray("AZaz09-_.~"));
        QCOMPARE(percentEncode(" +/*%"), QByteArray("%20%2B%2F%2A%25"));
        QCOMPARE(percentEncode(QStringLiteral("é").toUtf8()), QByteArray("%C3%A9"));
    }

    void sdkDate()
    {
        const QDateTime t(QDate(2026, 1, 15), QTime(8, 0, 5), QTimeZone::utc());
        QCOMPARE(formatSdkDate(t), QByteArray("20260115T080005Z"));
        QCOMPARE(parseSdkDate("20260115T080005Z"), t);
        QVERIFY(!parseSdkDate("20260115T080005").isValid());
        QVERIFY(!parseSdkDate("2026-01-15T08:00:05Z").isValid());
        QVERIFY(!parseSdkDate("20261315T080005Z").isValid());
        QVERIFY(!parseSdkDate("2026011xT080005Z").isValid());
    }
};

QTEST_GUILESS_MAIN(SigningVectorsTest)
#include "tst_signing_vectors.moc"
