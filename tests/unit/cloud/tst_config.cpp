// SPDX-License-Identifier: Apache-2.0
// Endpoints per region, credentials from the SDKs' environment variables, and profiles in
// QSettings (which never hold a secret).
#include "credentials.h"
#include "endpoints.h"
#include "profile_store.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;

namespace {
const char *const kAllVars[] = {kEnvAccessKey, kEnvSecretKey, kEnvSecurityToken, kEnvProjectId, kEnvAuthToken};
void clearEnv()
{
    for (const char *name : kAllVars)
        qunsetenv(name);
}
} // namespace

class ConfigTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { clearEnv(); }
    void cleanup() { clearEnv(); }

    void endpointsForRegion()
    {
        const Endpoints e = Endpoints::forRegion(QStringLiteral("cn-north-4"));
        QCOMPARE(e.modelArts, QUrl(QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com")));
        QCOMPARE(e.serviceStage, QUrl(QStringLiteral("https://servicestage.cn-north-4.myhuaweicloud.com")));
        QCOMPARE(e.ief, QUrl(QStringLiteral("https://ief.cn-north-4.myhuaweicloud.com")));
        QCOMPARE(e.iam, QUrl(QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com")));
        const Endpoints hk = Endpoints::forRegion(QStringLiteral("ap-southeast-1"));
        QCOMPARE(hk.modelArts, QUrl(QStringLiteral("https://modelarts.ap-southeast-1.myhuaweicloud.cn")));
        QVERIFY(Endpoints::forRegion(QStringLiteral("evil.example/x")).isEmpty());
        QVERIFY(Endpoints::forRegion(QString()).isEmpty());
    }

    void overridesReplaceOnlyWhatTheyName()
    {
        Endpoints o;
        o.ief = QUrl(QStringLiteral("http://127.0.0.1:9000"));
        const Endpoints e = Endpoints::forRegion(QStringLiteral("cn-north-4")).withOverrides(o);
        QCOMPARE(e.ief, o.ief);
        QCOMPARE(e.modelArts, QUrl(QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com")));
    }

    void environmentAkSk()
    {
        qputenv(kEnvAccessKey, "AK");
        qputenv(kEnvSecretKey, "SK");
        qputenv(kEnvSecurityToken, "STS");
        qputenv(kEnvProjectId, "proj");
        const EnvironmentSettings s = EnvironmentSettings::read();
        QVERIFY(s.credentials);
        QCOMPARE(s.credentials->mode, Credentials::Mode::AkSk);
        QCOMPARE(s.credentials->accessKey, QStringLiteral("AK"));
        QCOMPARE(s.credentials->secretKey, QStringLiteral("SK"));
        QCOMPARE(s.credentials->securityToken, QStringLiteral("STS"));
        QCOMPARE(s.projectId, QStringLiteral("proj"));
        QVERIFY(s.credentials->isComplete());
    }

    void emptyVariablesCountAsUnset()
    {
        qputenv(kEnvAccessKey, "");
        qputenv(kEnvSecretKey, "");
        qputenv(kEnvAuthToken, "");
        qputenv(kEnvProjectId, "");
        const EnvironmentSettings s = EnvironmentSettings::read();
        QVERIFY(!s.credentials);
        QVERIFY(s.projectId.isEmpty());
        QVERIFY(s.problem.isEmpty());
    }

    void halfAKeyPairIsReported()
    {
        qputenv(kEnvAccessKey, "AK");
        const EnvironmentSettings s = EnvironmentSettings::read();
        QVERIFY(!s.credentials);
        QVERIFY(s.problem.contains(QLatin1String(kEnvSecretKey)));
    }

    void tokenVariable()
    {
        qputenv(kEnvAuthToken, "MIItoken");
        const EnvironmentSettings s = EnvironmentSettings::read();
        QVERIFY(s.credentials);
        QCOMPARE(s.credentials->mode, Credentials::Mode::Token);
        QCOMPARE(s.credentials->token, QStringLiteral("MIItoken"));
    }

    void missingCredentialsAreNamed()
    {
        Credentials c;
        c.mode = Credentials::Mode::IamPassword;
        c.iamUser = QStringLiteral("u");
        QVERIFY(!c.isComplete());
        QVERIFY(c.missingDescription().contains(QStringLiteral("password")));
        QCOMPARE(authModeFromKey(authModeKey(Credentials::Mode::IamPassword)), Credentials::Mode::IamPassword);
        QVERIFY(!authModeFromKey(QStringLiteral("plain")));
    }

    void profilesRoundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("liteops.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile p;
            p.name = QStringLiteral("prod cn-north-4");
            p.region = QStringLiteral("cn-north-4");
            p.endpointOverrides.ief = QUrl(QStringLiteral("https://ief.internal.example"));
            p.projectId = QStringLiteral("0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b");
            p.authMode = Credentials::Mode::AkSk;
            p.accessKey = QStringLiteral("AKVISIBLE");
            p.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
            QString error;
            QVERIFY2(store.save(p, &error), qPrintable(error));
            store.setLastUsed(p.name);
            QCOMPARE(store.names(), QStringList{p.name});
            QCOMPARE(store.load(p.name), p);
            QCOMPARE(store.lastUsed(), p.name);

            // The config built from it: region endpoints, override, and the secrets given.
            Credentials secrets;
            secrets.secretKey = QStringLiteral("SKSECRET");
            const ClientConfig config = p.toClientConfig(secrets);
            QCOMPARE(config.endpoints.ief, p.endpointOverrides.ief);
            QCOMPARE(config.endpoints.modelArts,
                     QUrl(QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com")));
            QCOMPARE(config.credentials.accessKey, QStringLiteral("AKVISIBLE"));
            QCOMPARE(config.credentials.secretKey, QStringLiteral("SKSECRET"));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("AKVISIBLE"));
        QVERIFY(!stored.contains("SKSECRET"));

        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        store.remove(QStringLiteral("prod cn-north-4"));
        QVERIFY(store.names().isEmpty());
        QVERIFY(store.lastUsed().isEmpty());
    }

    void badProfilesAreRefusedWithReasons()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("x.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p;
        p.name = QStringLiteral("a/b");
        p.region = QStringLiteral("not a region");
        p.endpointOverrides.modelArts = QUrl(QStringLiteral("ftp://x"));
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY(error.contains(QStringLiteral("profile name")));
        QVERIFY(error.contains(QStringLiteral("region")));
        QVERIFY(error.contains(QStringLiteral("ftp://x")));
        QVERIFY(error.contains(QStringLiteral("project id")));
        QVERIFY(store.names().isEmpty());
        QVERIFY(!store.load(QStringLiteral("../x")));
    }
};

QTEST_GUILESS_MAIN(ConfigTest)
#include "tst_config.moc"
