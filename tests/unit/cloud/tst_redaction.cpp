// SPDX-License-Identifier: Apache-2.0
// The liteops.cloud logging category never shows credentials: the sensitive headers are
// replaced, and so is every secret value the client knows of, wherever it appears. Proven on
// the real log output of a signed request, captured with a message handler.
#include "cloud_logging.h"
#include "signer.h"

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QTest>

using namespace liteops;

namespace {
QStringList captured;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QByteArray(context.category) == "liteops.cloud")
        captured << message;
}
} // namespace

class RedactionTest : public QObject
{
    Q_OBJECT

private slots:
    void sensitiveHeaderNames()
    {
        for (const char *name : {"Authorization", "authorization", "X-Auth-Token", "x-auth-token", "X-Security-Token",
                                 "X-Subject-Token", " X-SUBJECT-TOKEN "})
            QVERIFY2(isSensitiveHeader(name), name);
        for (const char *name : {"Host", "X-Sdk-Date", "X-Project-Id", "Content-Type", "X-Request-Id"})
            QVERIFY2(!isSensitiveHeader(name), name);
    }

    void describeHeadersHidesValues()
    {
        const QString text = describeHeaders({{"Authorization", "SDK-HMAC-SHA256 Access=AK, Signature=abc"},
                                              {"X-Auth-Token", "tok-123"},
                                              {"X-Security-Token", "sts-456"},
                                              {"X-Subject-Token", "subj-789"},
                                              {"X-Project-Id", "project-1"}});
        QVERIFY(text.contains(QStringLiteral("X-Project-Id: project-1")));
        QCOMPARE(text.count(QLatin1String(kRedacted)), 4);
        for (const char *secret : {"Signature=abc", "tok-123", "sts-456", "subj-789"})
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
    }

    void secretValuesAreRemovedAnywhere()
    {
        const QString text =
            redactSecrets(QStringLiteral("user=admin password=hunter2-long sk=SKSK body {\"x\":\"hunter2-long\"}"),
                          {QStringLiteral("hunter2-long"), QStringLiteral("SKSK"), QString()});
        QVERIFY(!text.contains(QStringLiteral("hunter2")));
        QVERIFY(!text.contains(QStringLiteral("SKSK")));
        QCOMPARE(text.count(QLatin1String(kRedacted)), 3);
        QVERIFY(text.contains(QStringLiteral("user=admin")));
    }

    void longestSecretFirst()
    {
        const QString text = redactSecrets(QStringLiteral("abcdef"), {QStringLiteral("abc"), QStringLiteral("abcdef")});
        QCOMPARE(text, QLatin1String(kRedacted));
    }

    // The real path: a signed request described the way the client logs it.
    void logOutputOfASignedRequest()
    {
        const QString secretKey = QStringLiteral("VerySecretKey-0123456789");
        const QString securityToken = QStringLiteral("TemporarySecurityToken-abcdef");
        registerSecret(secretKey);
        registerSecret(securityToken);
        QLoggingCategory::setFilterRules(QStringLiteral("liteops.cloud.debug=true"));
        captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);

        QNetworkRequest request(
            QUrl(QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com/v1/p/dev-servers/jobs")));
        const Signer signer(QStringLiteral("AKID"), secretKey, securityToken);
        const auto headers = signer.sign(request, "GET", {}, QStringLiteral("p"), QDateTime::currentDateTimeUtc());
        logCloud(QStringLiteral("GET %1\n%2").arg(request.url().toString(), describeHeaders(headers)));
        logCloud(QStringLiteral("a message that happens to quote %1 and %2").arg(secretKey, securityToken));
        // An IAM answer's headers, as the client would describe them.
        logCloud(describeHeaders({{"X-Subject-Token", "MIIsubjecttoken-xyz"}, {"X-Request-Id", "r1"}}));

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        unregisterSecret(secretKey);
        unregisterSecret(securityToken);

        QCOMPARE(captured.size(), 3);
        const QString all = captured.join(QLatin1Char('\n'));
        const QByteArray signature = request.rawHeader("Authorization").split('=').constLast();
        QVERIFY(!all.contains(secretKey));
        QVERIFY(!all.contains(securityToken));
        QVERIFY(!all.contains(QString::fromLatin1(signature)));
        QVERIFY(!all.contains(QStringLiteral("MIIsubjecttoken")));
        QVERIFY(all.contains(QStringLiteral("X-Request-Id: r1")));
        QVERIFY(all.contains(QStringLiteral("Authorization: <redacted>")));
        QVERIFY(all.contains(QStringLiteral("X-Security-Token: <redacted>")));
        QVERIFY(all.contains(QStringLiteral("X-Project-Id: p")));
        QVERIFY(all.contains(QStringLiteral("AKID")) == false); // inside Authorization, hidden
    }

    void quietByDefault()
    {
        captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        logCloud(QStringLiteral("debug line"));
        qInstallMessageHandler(previous);
        QVERIFY(captured.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RedactionTest)
#include "tst_redaction.moc"
