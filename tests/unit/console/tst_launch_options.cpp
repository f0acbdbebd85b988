// SPDX-License-Identifier: Apache-2.0
// The console's command line and the client config --endpoint builds from the environment.
#include "launch_options.h"

#include <QTest>

using namespace liteops;

class LaunchOptionsTest : public QObject
{
    Q_OBJECT

private slots:
    void commandLine()
    {
        QString error;
        auto o = parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--sandbox"),
                                     QStringLiteral("--open-job"), QStringLiteral("abc"), QStringLiteral("--lang"),
                                     QStringLiteral("zh_CN")},
                                    &error);
        QVERIFY2(o, qPrintable(error));
        QVERIFY(o->sandbox);
        QCOMPARE(o->openJob, QStringLiteral("abc"));
        QCOMPARE(o->language, QStringLiteral("zh_CN"));
        o = parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--endpoint"),
                                QStringLiteral("https://ma.example.com"), QStringLiteral("--project-id"),
                                QStringLiteral("p1"), QStringLiteral("--ief-endpoint"),
                                QStringLiteral("https://ief.example.com")},
                               &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->endpoint, QUrl(QStringLiteral("https://ma.example.com")));
        QCOMPARE(o->iefEndpoint.host(), QStringLiteral("ief.example.com"));

        QVERIFY(
            !parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--endpoint"), QStringLiteral("ftp://x")},
                                &error));
        QVERIFY(error.contains(QStringLiteral("--endpoint")));
        QVERIFY(!parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--sandbox"),
                                     QStringLiteral("--profile"), QStringLiteral("p")},
                                    &error));
        QVERIFY(!parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--project-id"), QStringLiteral("p")},
                                    &error));
        QVERIFY(!parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--bogus")}, &error));
        QString help;
        o = parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--help")}, &error, &help);
        QVERIFY(o);
        QVERIFY(help.contains(QStringLiteral("--servicestage-endpoint")));
    }

    void endpointCredentialsComeFromTheEnvironment()
    {
        LaunchOptions o;
        o.endpoint = QUrl(QStringLiteral("https://ma.example.com"));
        qputenv(kEnvAccessKey, "AK1");
        qputenv(kEnvSecretKey, "SK1");
        qputenv(kEnvProjectId, "proj");
        QString problem;
        ClientConfig c = endpointConfig(o, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(c.credentials.accessKey, QStringLiteral("AK1"));
        QCOMPARE(c.projectId, QStringLiteral("proj"));
        QCOMPARE(c.endpoints.ief, o.endpoint);
        qunsetenv(kEnvAccessKey);
        qunsetenv(kEnvSecretKey);
        c = endpointConfig(o, &problem);
        QVERIFY(!problem.isEmpty());
        qunsetenv(kEnvProjectId);
    }
};

QTEST_GUILESS_MAIN(LaunchOptionsTest)
#include "tst_launch_options.moc"
