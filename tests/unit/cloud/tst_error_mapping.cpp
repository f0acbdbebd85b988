// SPDX-License-Identifier: Apache-2.0
// Every failure becomes one typed CloudError: transport errors, statuses, Huawei error
// bodies in their spellings, HTML pages (plain excerpt, never markup), creates whose outcome
// is unknown.
#include "error_mapping.h"

#include <QTest>

using namespace liteops;
using Kind = CloudError::Kind;

Q_DECLARE_METATYPE(CloudError::Kind)

namespace {
ExchangeFacts http(int status, const QByteArray &body = {})
{
    ExchangeFacts f;
    f.httpStatus = status;
    f.body = body;
    f.networkError = status >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
    f.networkErrorString = QStringLiteral("server replied: error");
    f.requestIdHeader = "req-1";
    return f;
}
} // namespace

class ErrorMappingTest : public QObject
{
    Q_OBJECT

private slots:
    void statuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<CloudError::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("400") << 400 << Kind::Client << false;
        QTest::newRow("401") << 401 << Kind::Auth << false;
        QTest::newRow("403") << 403 << Kind::Auth << false;
        QTest::newRow("404") << 404 << Kind::NotFound << false;
        QTest::newRow("409") << 409 << Kind::Client << false;
        QTest::newRow("413") << 413 << Kind::TooLarge << false;
        QTest::newRow("429") << 429 << Kind::Throttled << true;
        QTest::newRow("500") << 500 << Kind::Server << false;
        QTest::newRow("502") << 502 << Kind::Server << true;
        QTest::newRow("503") << 503 << Kind::Server << true;
        QTest::newRow("504") << 504 << Kind::Server << true;
    }

    void statuses()
    {
        QFETCH(int, status);
        QFETCH(CloudError::Kind, kind);
        QFETCH(bool, retryable);
        const CloudError e = mapExchange(http(status, R"({"error_code":"X.1","error_msg":"m"})"));
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.retryable, retryable);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.errorCode, QStringLiteral("X.1"));
        QCOMPARE(e.errorMsg, QStringLiteral("m"));
        QCOMPARE(e.requestId, QStringLiteral("req-1"));
        QVERIFY(e.message().contains(QStringLiteral("X.1")));
        QVERIFY(e.message().contains(QStringLiteral("req-1")));
    }

    void errorBodySpellings_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("error_code") << QByteArray(R"({"error_code":"ModelArts.6404","error_msg":"gone"})");
        QTest::newRow("code") << QByteArray(R"({"code":"ModelArts.6404","message":"gone"})");
        QTest::newRow("camel") << QByteArray(R"({"errorCode":"ModelArts.6404","errorMsg":"gone"})");
        QTest::newRow("nested") << QByteArray(R"({"error":{"code":"ModelArts.6404","message":"gone"}})");
    }

    void errorBodySpellings()
    {
        QFETCH(QByteArray, body);
        const CloudError e = mapExchange(http(400, body));
        QCOMPARE(e.errorCode, QStringLiteral("ModelArts.6404"));
        QCOMPARE(e.errorMsg, QStringLiteral("gone"));
    }

    // A 403 policy denial: encoded_authorization_message kept and explained, the request id
    // too; the hint replaces "check the credentials" (they are fine: a policy refused).
    void policyDenialKeepsTheEncodedMessage()
    {
        const CloudError e = mapExchange(http(
            403,
            R"({"error_code":"ModelArts.0203","error_msg":"Policy does not allow modelarts:devserver:listJob to be performed.","encoded_authorization_message":"ENC-123"})"));
        QCOMPARE(e.kind, Kind::Auth);
        QCOMPARE(e.errorCode, QStringLiteral("ModelArts.0203"));
        QCOMPARE(e.encodedAuthorizationMessage, QStringLiteral("ENC-123"));
        QVERIFY(!e.requestId.isEmpty());
        const QString text = e.message();
        QVERIFY2(text.contains(QLatin1String("ENC-123")) && text.contains(QLatin1String("IAM can decode")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("Check the credentials")));
        QVERIFY(text.contains(e.requestId));
    }

    // Code and message nested in any object, as the SDK searches them.
    void codeNestedInAnyObject()
    {
        const CloudError e = mapExchange(
            http(400, R"({"result":{"detail":{"error_code":"SVCSTG.00100400","error_msg":"bad limit"}}})"));
        QCOMPARE(e.errorCode, QStringLiteral("SVCSTG.00100400"));
        QCOMPARE(e.errorMsg, QStringLiteral("bad limit"));
    }

    void requestIdFromBodyWhenNoHeader()
    {
        ExchangeFacts f = http(500, R"({"error_code":"A","error_msg":"b","request_id":"body-id"})");
        f.requestIdHeader.clear();
        QCOMPARE(mapExchange(f).requestId, QStringLiteral("body-id"));
    }

    void htmlPageBecomesPlainExcerpt()
    {
        const QByteArray page =
            "<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{color:red}</style>"
            "<script>alert('x')</script></head><body><h1>502 Bad Gateway</h1><p>The upstream "
            "&amp; its <b>friends</b> are down.</p><!-- secret comment --></body></html>";
        const CloudError e = mapExchange(http(502, page));
        QCOMPARE(e.kind, Kind::Server);
        // No code in the body: the HTTP status stands in, as in the official SDKs, and is
        // not shown twice.
        QCOMPARE(e.errorCode, QStringLiteral("502"));
        QVERIFY(e.errorCodeIsStatus());
        QVERIFY2(!e.message().contains(QLatin1String("502, 502")), qPrintable(e.message()));
        QCOMPARE(e.errorMsg, QStringLiteral("502 Bad Gateway The upstream & its friends are down."));
        for (const QString &text : {e.errorMsg, e.message()}) {
            QVERIFY(!text.contains(QLatin1Char('<')));
            QVERIFY(!text.contains(QLatin1Char('>')));
            QVERIFY(!text.contains(QStringLiteral("alert")));
            QVERIFY(!text.contains(QStringLiteral("color")));
            QVERIFY(!text.contains(QStringLiteral("comment")));
        }
    }

    void excerptIsShort()
    {
        const QString excerpt = plainExcerpt("<p>" + QByteArray(5000, 'a') + "</p>", 200);
        QCOMPARE(excerpt.size(), 200);
        QVERIFY(excerpt.endsWith(QChar(0x2026)));
    }

    void throttleCarriesRetryAfter()
    {
        ExchangeFacts f = http(429, R"({"error_code":"APIGW.0308","error_msg":"throttled"})");
        f.retryAfterHeader = "3";
        const CloudError e = mapExchange(f);
        QCOMPARE(e.kind, Kind::Throttled);
        QCOMPARE(e.retryAfterSeconds, 3);
        QVERIFY(e.message().contains(QStringLiteral("3")));
    }

    void transportErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("unsafe");
        QTest::addColumn<CloudError::Kind>("kind");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << Kind::Network;
        QTest::newRow("refused-create") << int(QNetworkReply::ConnectionRefusedError) << true << Kind::Network;
        QTest::newRow("host-not-found-create") << int(QNetworkReply::HostNotFoundError) << true << Kind::Network;
        QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError) << false << Kind::Network;
        QTest::newRow("reset-create") << int(QNetworkReply::RemoteHostClosedError) << true << Kind::UnknownOutcome;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << Kind::Tls;
        QTest::newRow("qt-timeout") << int(QNetworkReply::TimeoutError) << false << Kind::Timeout;
        QTest::newRow("qt-timeout-create") << int(QNetworkReply::TimeoutError) << true << Kind::UnknownOutcome;
    }

    void transportErrors()
    {
        QFETCH(int, error);
        QFETCH(bool, unsafe);
        QFETCH(CloudError::Kind, kind);
        ExchangeFacts f;
        f.networkError = QNetworkReply::NetworkError(error);
        f.networkErrorString = QStringLiteral("transport says no");
        f.unsafeRequestSent = unsafe;
        const CloudError e = mapExchange(f);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.retryable, kind == Kind::Network || kind == Kind::Timeout);
    }

    void ourFlagsWin()
    {
        ExchangeFacts f;
        f.networkError = QNetworkReply::OperationCanceledError;
        f.timedOut = true;
        QCOMPARE(mapExchange(f).kind, Kind::Timeout);
        f.unsafeRequestSent = true;
        QCOMPARE(mapExchange(f).kind, Kind::UnknownOutcome);
        f.timedOut = false;
        f.tooLarge = true;
        QCOMPARE(mapExchange(f).kind, Kind::TooLarge);
        f.tooLarge = false;
        f.redirectRefused = true;
        QCOMPARE(mapExchange(f).kind, Kind::Network);
    }

    void createGatewayTimeoutIsUnknownOutcome()
    {
        ExchangeFacts f = http(504, "<html>Gateway Timeout</html>");
        f.unsafeRequestSent = true;
        QCOMPARE(mapExchange(f).kind, Kind::UnknownOutcome);
        QVERIFY(!mapExchange(f).retryable);
        ExchangeFacts backend = http(500, R"({"error_code":"APIG.0203","error_msg":"backend timeout"})");
        backend.unsafeRequestSent = true;
        QCOMPARE(mapExchange(backend).kind, Kind::UnknownOutcome);
        // A throttled create never reached the service: plain Throttled.
        ExchangeFacts throttled = http(429, R"({"error_code":"APIGW.0308","error_msg":"t"})");
        throttled.unsafeRequestSent = true;
        QCOMPARE(mapExchange(throttled).kind, Kind::Throttled);
    }

    void truncatedSuccessSaysSo()
    {
        ExchangeFacts f;
        f.httpStatus = 200;
        f.networkError = QNetworkReply::RemoteHostClosedError;
        f.networkErrorString = QStringLiteral("closed");
        f.body = R"({"current":1,"data":[{"id":)";
        const CloudError e = mapExchange(f);
        QCOMPARE(e.kind, Kind::Network);
        QVERIFY(e.retryable);
        QVERIFY(e.errorMsg.contains(QStringLiteral("broke")));
    }

    void keysAndNamesForEveryKind()
    {
        QSet<QString> keys;
        for (int k = int(Kind::Network); k <= int(Kind::UnknownOutcome); ++k) {
            keys.insert(QString(CloudError::kindKey(Kind(k))));
            QVERIFY(!CloudError::kindDisplayName(Kind(k)).isEmpty());
        }
        QCOMPARE(keys.size(), 12);
        QVERIFY(keys.contains(QStringLiteral("unknown_outcome")));
        QVERIFY(keys.contains(QStringLiteral("not_found")));
        QVERIFY(keys.contains(QStringLiteral("too_large")));
    }
};

QTEST_GUILESS_MAIN(ErrorMappingTest)
#include "tst_error_mapping.moc"
