// SPDX-License-Identifier: Apache-2.0
// Ids are validated before a URL exists, and every path segment is percent-encoded, so no
// id can change which resource a request addresses.
#include "request_path.h"

#include <QTest>

using namespace liteops;

class RequestPathTest : public QObject
{
    Q_OBJECT

private slots:
    void validIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("uuid") << QStringLiteral("851d0b12-ad0d-4c19-8875-352894f30b68");
        QTest::newRow("one-char") << QStringLiteral("a");
        QTest::newRow("64") << QString(64, QLatin1Char('x'));
        QTest::newRow("dots-inside") << QStringLiteral("a..b");
        QTest::newRow("percent") << QStringLiteral("a%2Fb");
        QTest::newRow("unicode") << QStringLiteral("任务-1");
        QTest::newRow("emoji") << QStringLiteral("job-\U0001F600");
        QTest::newRow("quote") << QStringLiteral("a\"b'c");
    }

    void validIds()
    {
        QFETCH(QString, id);
        QVERIFY(!validateId(QStringLiteral("Job id"), id).has_value());
    }

    void invalidIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("65") << QString(65, QLatin1Char('x'));
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("dot-slash") << QStringLiteral("../etc");
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("dot-dot") << QStringLiteral("..");
        QTest::newRow("newline") << QStringLiteral("a\nb");
        QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("x");
        QTest::newRow("tab") << QStringLiteral("a\tb");
        QTest::newRow("del") << QStringLiteral("a") + QChar(0x7f);
        QTest::newRow("rtl-override") << QStringLiteral("a") + QChar(0x202e) + QStringLiteral("b");
        QTest::newRow("line-separator") << QStringLiteral("a") + QChar(0x2028);
    }

    void invalidIds()
    {
        QFETCH(QString, id);
        const auto error = validateId(QStringLiteral("Job id"), id);
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, CloudError::Kind::Client);
        QVERIFY(error->errorMsg.startsWith(QStringLiteral("Job id")));
        QCOMPARE(error->httpStatus, 0);
    }

    void segmentsAreEncoded()
    {
        const QUrl url = buildUrl(QUrl(QStringLiteral("https://h.example")),
                                  {QStringLiteral("v1"), QStringLiteral("p"), QStringLiteral("a%2Fb"),
                                   QStringLiteral("x y?#"), QStringLiteral("任务")});
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://h.example/v1/p/a%252Fb/x%20y%3F%23/%E4%BB%BB%E5%8A%A1"));
        QCOMPARE(url.path(QUrl::FullyEncoded).count(QLatin1Char('/')), 5);
    }

    void queryValuesAreEncoded()
    {
        const QUrl url = buildUrl(QUrl(QStringLiteral("http://127.0.0.1:9/")), {QStringLiteral("jobs")},
                                  {{QStringLiteral("name"), QStringLiteral("a&b=c+d e")},
                                   {QStringLiteral("limit"), QStringLiteral("10")}});
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:9/jobs?name=a%26b%3Dc%2Bd%20e&limit=10"));
    }

    void gatewayPrefixIsKept()
    {
        const QUrl url = buildUrl(QUrl(QStringLiteral("https://gw.example/modelarts/")),
                                  {QStringLiteral("v1"), QStringLiteral("p")});
        QCOMPARE(url.toString(QUrl::FullyEncoded), QStringLiteral("https://gw.example/modelarts/v1/p"));
    }
};

QTEST_GUILESS_MAIN(RequestPathTest)
#include "tst_request_path.moc"
