// SPDX-License-Identifier: Apache-2.0
// The client's signer against the shared vectors (the same file the simulator's verifier is
// tested with), and a request it signs checked the way the gateway checks it.
#include "request_path.h"
#include "signer.h"
#include "signing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>
#include <QTimeZone>

using namespace liteops;

class SignerTest : public QObject
{
    Q_OBJECT

private slots:
    void sharedVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        QFile file(QStringLiteral(LITEOPS_TEST_DATA_DIR "/signing/vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases").toArray();
        QVERIFY(cases.size() >= 10);
        for (const QJsonValue &v : cases)
            QTest::newRow(qPrintable(v[u"name"].toString())) << v.toObject();
    }

    // The URL is built the way the client builds every URL (segments and query encoded by
    // buildUrl), then signed from that URL: the result must equal the vector's header.
    void sharedVectors()
    {
        QFETCH(QJsonObject, vector);
        QStringList segments = vector[u"path"].toString().split(QLatin1Char('/'));
        QCOMPARE(segments.takeFirst(), QString()); // paths start with '/'
        QList<std::pair<QString, QString>> query;
        for (const QJsonValue &q : vector[u"query"].toArray())
            query.append({q[0].toString(), q[1].toString()});
        QList<std::pair<QByteArray, QByteArray>> headers;
        for (const QJsonValue &h : vector[u"headers"].toArray())
            headers.append({h[0].toString().toUtf8(), h[1].toString().toUtf8()});
        const QUrl url = buildUrl(QUrl(QStringLiteral("https://example.com")), segments, query);
        QVERIFY(url.isValid());
        const QByteArray authorization = Signer::authorization(vector[u"ak"].toString().toUtf8(),
                                                               vector[u"sk"].toString().toUtf8(),
                                                               vector[u"method"].toString().toUtf8(), url, headers,
                                                               vector[u"body"].toString().toUtf8());
        QCOMPARE(authorization, vector[u"authorization"].toString().toUtf8());
    }

    void signedRequestPassesTheVerifierSide()
    {
        const QUrl url = buildUrl(QUrl(QStringLiteral("http://127.0.0.1:8443")),
                                  {QStringLiteral("v1"), QStringLiteral("p1"), QStringLiteral("dev-servers"),
                                   QStringLiteral("jobs"),
                                   QStringLiteral("id with space/ü").replace(QLatin1Char('/'), QLatin1Char('_'))},
                                  {{QStringLiteral("name"), QStringLiteral("a+b & c")}});
        QNetworkRequest request(url);
        const Signer signer(QStringLiteral("AK1"), QStringLiteral("SK1"), QStringLiteral("STS"));
        const QDateTime now(QDate(2025, 9, 11), QTime(2, 42, 30), Qt::UTC);
        const QByteArray body = R"({"job_ids":["x"]})";
        const auto headers = signer.sign(request, "DELETE", body, QStringLiteral("p1"), now);

        QCOMPARE(request.rawHeader("Host"), QByteArray("127.0.0.1:8443"));
        QCOMPARE(request.rawHeader("X-Sdk-Date"), QByteArray("20250911T024230Z"));
        QCOMPARE(request.rawHeader("X-Project-Id"), QByteArray("p1"));
        QCOMPARE(request.rawHeader("X-Security-Token"), QByteArray("STS"));
        QCOMPARE(request.rawHeader("Content-Type"), QByteArray("application/json"));

        signing::ParsedAuthorization parsed;
        QVERIFY(signing::parseAuthorization(request.rawHeader("Authorization"), &parsed));
        QCOMPARE(parsed.accessKey, QByteArray("AK1"));
        QCOMPARE(parsed.signedHeaders,
                 (QList<QByteArray>{"content-type", "host", "x-project-id", "x-sdk-date", "x-security-token"}));

        // What the gateway does with the request line it receives.
        QList<std::pair<QByteArray, QByteArray>> signedValues;
        for (const QByteArray &name : parsed.signedHeaders)
            signedValues.append({name, request.rawHeader(name)});
        const QByteArray canonical = signing::canonicalRequest(
            "DELETE", signing::canonicalUriFromEncodedPath(url.path(QUrl::FullyEncoded).toUtf8()),
            signing::canonicalQuery(signing::decodeQuery(url.query(QUrl::FullyEncoded).toUtf8())), signedValues, body);
        QCOMPARE(signing::signature("SK1", signing::stringToSign(canonical, "20250911T024230Z")), parsed.signature);

        // A changed byte of the body no longer matches.
        const QByteArray tampered = signing::canonicalRequest(
            "DELETE", signing::canonicalUriFromEncodedPath(url.path(QUrl::FullyEncoded).toUtf8()),
            signing::canonicalQuery(signing::decodeQuery(url.query(QUrl::FullyEncoded).toUtf8())), signedValues,
            R"({"job_ids":["y"]})");
        QVERIFY(signing::signature("SK1", signing::stringToSign(tampered, "20250911T024230Z")) != parsed.signature);
        QCOMPARE(headers.constLast().first, QByteArray("Authorization"));
    }

    // A GET signs Content-Type too (every SDK sends it on every request), and a call's own
    // headers (ief-instance-id) are set and signed.
    void getSignsContentTypeAndTheCallsHeaders()
    {
        const QUrl url(QStringLiteral("https://ief.cn-north-4.myhuaweicloud.com/v2/p1/productmgr/jobs/j1"));
        QNetworkRequest request(url);
        const Signer signer(QStringLiteral("AK1"), QStringLiteral("SK1"));
        const QDateTime now(QDate(2025, 9, 11), QTime(2, 42, 30), Qt::UTC);
        signer.sign(request, "GET", {}, QStringLiteral("p1"), now, {{"ief-instance-id", "inst-1"}});
        QCOMPARE(request.rawHeader("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.rawHeader("ief-instance-id"), QByteArray("inst-1"));
        signing::ParsedAuthorization parsed;
        QVERIFY(signing::parseAuthorization(request.rawHeader("Authorization"), &parsed));
        QCOMPARE(parsed.signedHeaders,
                 (QList<QByteArray>{"content-type", "host", "ief-instance-id", "x-project-id", "x-sdk-date"}));
        // A Content-Type the caller set is the one signed.
        QNetworkRequest create(url);
        create.setRawHeader("Content-Type", "application/json;charset=UTF-8");
        signer.sign(create, "POST", "{}", QStringLiteral("p1"), now);
        QCOMPARE(create.rawHeader("Content-Type"), QByteArray("application/json;charset=UTF-8"));
    }

    void hostHeaderOmitsDefaultPorts()
    {
        QCOMPARE(Signer::hostHeader(QUrl(QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com"))),
                 QByteArray("modelarts.cn-north-4.myhuaweicloud.com"));
        QCOMPARE(Signer::hostHeader(QUrl(QStringLiteral("https://h.example:443/x"))), QByteArray("h.example"));
        QCOMPARE(Signer::hostHeader(QUrl(QStringLiteral("http://h.example:80"))), QByteArray("h.example"));
        QCOMPARE(Signer::hostHeader(QUrl(QStringLiteral("http://[::1]:9000"))), QByteArray("[::1]:9000"));
    }
};

QTEST_GUILESS_MAIN(SignerTest)
#include "tst_signer.moc"
