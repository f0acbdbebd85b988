// SPDX-License-Identifier: Apache-2.0
// Drives every kind of credential through the product with the secret-leak scan's canaries:
// AK/SK with a security token, a direct token, IAM password sign-in, wrong secrets (the
// error paths), the profile and secret stores, and the liteops-cli binary. The fixtures of
// the integration and GUI suites only carry an AK/SK; this program is where the token,
// password and security token canaries reach the code. Each success against a simulator
// that enforces authentication is noted in the scan's ledger ("accepted ..."), so the scan
// can tell a canary that was really used from one that was never read.
//
// Product texts a user would see (error messages, CLI output) are written to the captured
// stdout/stderr or to files, so the scan searches them too. Runs standalone with defaults.
#include "sim_fixture.h"
#include "profile_store.h"
#include "secret_store.h"
#include "test_credentials.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

using namespace liteops;
using namespace liteops::test;

namespace {

const QString kSecurityToken = testenv::credential(testenv::kEnvSecurityToken,
                                                   QStringLiteral("exercise-security-token/with+base64=chars"));
const QString kToken = testenv::credential(testenv::kEnvToken, QStringLiteral("MIIexercise-token-0001"));
const QString kPassword = testenv::credential(testenv::kEnvPassword, QStringLiteral("exercise pass:word/0001!"));
const QString kUser = QStringLiteral("canary-ops-admin");
const QString kDomain = QStringLiteral("canary-domain");

// Remembers the credential headers of every request the client sends, so the test can show
// that what reached the wire is the canary (the simulator does not check security tokens).
class RecordingNam : public QNetworkAccessManager
{
public:
    QList<QByteArray> securityTokens;
    QList<QByteArray> authorizations;
    QList<QByteArray> authTokens;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        securityTokens << request.rawHeader("X-Security-Token");
        authorizations << request.rawHeader("Authorization");
        authTokens << request.rawHeader("X-Auth-Token");
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

// A simulator with only the given credentials; authentication is always enforced.
std::unique_ptr<sim::Simulator> simWith(sim::SimOptions o)
{
    o.servers = 20;
    o.jobs = 12;
    return startSimulator(o);
}

sim::SimOptions akSkOptions()
{
    sim::SimOptions o;
    o.accessKey = kAk;
    o.secretKey = kSk;
    return o;
}

// Prints a user-visible error text to stderr: the scan reads it there.
void show(const char *what, const CloudError *error)
{
    qWarning("%s: %s", what, qPrintable(describe(error)));
}

} // namespace

class CanaryExercise : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch; // used only when the scan gives no output folder
    QString m_out;

    QString outputPath(const QString &name) const { return QDir(m_out).filePath(name); }

    // Runs liteops-cli with `env` added to this process's environment; its stdout and stderr
    // go to files the scan searches. Returns the exit code (-1: did not finish).
    int cli(const QString &name, const QStringList &args, const QProcessEnvironment &extra)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var :
             {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "LITEOPS_AUTH_TOKEN"})
            env.remove(QLatin1String(var));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        process.setStandardOutputFile(outputPath(QStringLiteral("cli-%1.stdout").arg(name)));
        process.setStandardErrorFile(outputPath(QStringLiteral("cli-%1.stderr").arg(name)));
        QSignalSpy done(&process, &QProcess::finished);
        process.start(QStringLiteral(LITEOPS_CLI_PATH), args);
        if (!done.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    static QStringList endpoints(const sim::Simulator &s)
    {
        const QString url = s.baseUrl().toString();
        return {QStringLiteral("--endpoint"),     url,          QStringLiteral("--servicestage-endpoint"), url,
                QStringLiteral("--ief-endpoint"), url,          QStringLiteral("--iam-endpoint"),          url,
                QStringLiteral("--project-id"),   s.projectId()};
    }

private slots:
    void initTestCase()
    {
        m_out = qEnvironmentVariable("LITEOPS_SECRET_SCAN_OUTPUT");
        if (m_out.isEmpty())
            m_out = m_scratch.path();
        QVERIFY(QDir().mkpath(m_out));
        // Settings go next to the other output, never to the user's own configuration.
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, outputPath(QStringLiteral("settings")));
    }

    void akSkWithSecurityToken()
    {
        auto simulator = simWith(akSkOptions());
        RecordingNam nam;
        ClientConfig c = configFor(*simulator);
        c.credentials.securityToken = kSecurityToken;
        CloudClient client(c, nullptr, &nam);
        VERIFY_OK(finish(client.listJobs()));
        VERIFY_OK(finish(client.listServers()));
        QVERIFY(!nam.authorizations.isEmpty());
        for (const QByteArray &auth : std::as_const(nam.authorizations))
            QVERIFY(auth.contains("Access=" + kAk.toUtf8()));
        for (const QByteArray &token : std::as_const(nam.securityTokens))
            QCOMPARE(token, kSecurityToken.toUtf8());
        testenv::noteAccepted("exercise", "ak", kAk);
        testenv::noteAccepted("exercise", "sk", kSk);
        testenv::noteAccepted("exercise", "security-token", kSecurityToken);
    }

    void wrongSecretKeyIsRefused()
    {
        // The simulator knows another SK: the canary SK signs, the gateway refuses, and the
        // error travels through every layer that builds a message.
        sim::SimOptions o = akSkOptions();
        o.secretKey = QStringLiteral("the-simulator-knows-another-secret");
        auto simulator = simWith(o);
        CloudClient client(configFor(*simulator));
        const auto result = finish(client.listJobs());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Auth);
        show("wrong secret key", result.errorOrNull());
    }

    void directToken()
    {
        sim::SimOptions o;
        o.token = kToken;
        auto simulator = simWith(o);
        ClientConfig c = configFor(*simulator);
        c.credentials = {};
        c.credentials.mode = Credentials::Mode::Token;
        c.credentials.token = kToken;
        CloudClient client(c);
        VERIFY_OK(finish(client.listJobs()));
        testenv::noteAccepted("exercise", "token", kToken);

        // A token the gateway does not know: the canary is the one the simulator holds.
        c.credentials.token = kToken + QStringLiteral("-revoked");
        client.setConfig(c);
        const auto refused = finish(client.listJobs());
        QCOMPARE(refused.error().kind, CloudError::Kind::Auth);
        show("revoked token", refused.errorOrNull());
    }

    void iamPassword()
    {
        sim::SimOptions o;
        o.iamUser = kUser;
        o.iamPassword = kPassword;
        o.iamDomain = kDomain;
        auto simulator = simWith(o);
        ClientConfig c = configFor(*simulator);
        c.credentials = {};
        c.credentials.mode = Credentials::Mode::IamPassword;
        c.credentials.iamUser = kUser;
        c.credentials.iamPassword = kPassword;
        c.credentials.iamDomain = kDomain;
        RecordingNam nam;
        CloudClient client(c, nullptr, &nam);
        VERIFY_OK(finish(client.listJobs()));
        VERIFY_OK(finish(client.listTemplates()));
        testenv::noteAccepted("exercise", "password", kPassword);
        // The token IAM issued for the password is a secret too: the scan searches for it.
        QStringList issued;
        for (const QByteArray &token : std::as_const(nam.authTokens)) {
            if (!token.isEmpty() && !issued.contains(QString::fromLatin1(token)))
                issued << QString::fromLatin1(token);
        }
        QCOMPARE(issued.size(), 1); // fetched once, then cached
        testenv::noteGenerated("token", issued.first());

        // The canary password, but the simulator expects another: the sign-in fails.
        sim::SimOptions other = o;
        other.iamPassword = QStringLiteral("the-simulator-expects-another-password");
        auto strict = simWith(other);
        ClientConfig rc = c;
        const ClientConfig strictConfig = configFor(*strict);
        rc.endpoints = strictConfig.endpoints;
        rc.projectId = strictConfig.projectId;
        CloudClient refusedClient(rc);
        const auto refused = finish(refusedClient.listJobs());
        QCOMPARE(refused.error().kind, CloudError::Kind::Auth);
        show("wrong IAM password", refused.errorOrNull());
    }

    void profileAndSecretStores()
    {
        // The profile keeps the AK (an identifier, shown in the profiles dialog) in the
        // settings; every secret goes to the secret store, never to a file.
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("LiteOpsCanary"),
                           QStringLiteral("profiles"));
        ProfileStore profiles(&settings);
        Profile p;
        p.name = QStringLiteral("canary");
        p.region = QStringLiteral("cn-north-4");
        p.projectId = QStringLiteral("0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b");
        p.authMode = Credentials::Mode::AkSk;
        p.accessKey = kAk;
        QString error;
        QVERIFY2(profiles.save(p, &error), qPrintable(error));
        Profile iam = p;
        iam.name = QStringLiteral("canary-iam");
        iam.authMode = Credentials::Mode::IamPassword;
        iam.accessKey.clear();
        iam.iamUser = kUser;
        iam.iamDomain = kDomain;
        QVERIFY2(profiles.save(iam, &error), qPrintable(error));
        profiles.setLastUsed(p.name);
        QCOMPARE(profiles.load(p.name)->accessKey, kAk);

        // Under the scan: the real keychain (a private gnome-keyring), whose files the scan
        // searches too; standalone: session memory.
        const bool realKeychain = qEnvironmentVariable(testenv::kEnvRealKeychain) == QLatin1String("1");
        SecretStore secrets(realKeychain ? SecretStore::Backend::Auto : SecretStore::Backend::MemoryOnly);
        Credentials c;
        c.mode = Credentials::Mode::AkSk;
        c.accessKey = kAk;
        c.secretKey = kSk;
        c.securityToken = kSecurityToken;
        c.iamPassword = kPassword;
        c.token = kToken;
        SecretJob *write = secrets.write(p.name, c);
        QSignalSpy written(write, &SecretJob::finished);
        QVERIFY(written.wait(10000));
        SecretJob *read = secrets.read(p.name);
        QSignalSpy readDone(read, &SecretJob::finished);
        QVERIFY(readDone.wait(10000));
        QVERIFY(read->ok());
        // A finished job deletes itself later: keep what it read before waiting again.
        const Credentials stored = read->credentials();
        const bool readSessionOnly = read->sessionOnly();
        QCOMPARE(stored.secretKey, kSk);
        QCOMPARE(stored.iamPassword, kPassword);
        if (realKeychain) {
            // Read back by a second store from the keychain itself, not from memory.
            QVERIFY2(!readSessionOnly && !secrets.sessionOnly(), qPrintable(secrets.notice()));
            SecretStore again(SecretStore::Backend::Auto);
            SecretJob *fromKeychain = again.read(p.name);
            QSignalSpy fromKeychainDone(fromKeychain, &SecretJob::finished);
            QVERIFY(fromKeychainDone.wait(10000));
            QVERIFY(fromKeychain->ok() && !fromKeychain->sessionOnly());
            const Credentials k = fromKeychain->credentials();
            QCOMPARE(k.secretKey, kSk);
            QCOMPARE(k.securityToken, kSecurityToken);
            QCOMPARE(k.iamPassword, kPassword);
            QCOMPARE(k.token, kToken);
            testenv::noteAccepted("keychain", "sk", k.secretKey);
            testenv::noteAccepted("keychain", "security-token", k.securityToken);
            testenv::noteAccepted("keychain", "password", k.iamPassword);
            testenv::noteAccepted("keychain", "token", k.token);
        }
        const ClientConfig config = profiles.load(p.name)->toClientConfig(stored);
        QCOMPARE(config.credentials.secretKey, kSk);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

    void cliWithCanaries()
    {
        auto simulator = simWith(akSkOptions());
        QProcessEnvironment akSk;
        akSk.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
        akSk.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
        akSk.insert(QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN"), kSecurityToken);
        const QStringList base = endpoints(*simulator);
        QCOMPARE(cli(QStringLiteral("jobs-list"),
                     base
                         + QStringList{QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--format"),
                                       QStringLiteral("json")},
                     akSk),
                 0);
        QCOMPARE(cli(QStringLiteral("servers-csv"),
                     base
                         + QStringList{QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--format"),
                                       QStringLiteral("csv")},
                     akSk),
                 0);
        QCOMPARE(cli(QStringLiteral("create-dry-run"),
                     base
                         + QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                                       QStringLiteral("canary-dry"), QStringLiteral("--type"),
                                       QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                                       simulator->servers().first().id, QStringLiteral("--item"),
                                       QStringLiteral("HDK_QUERY"), QStringLiteral("--dry-run")},
                     akSk),
                 0);
        // A real create of one job (signed POST, then the answer printed).
        QCOMPARE(cli(QStringLiteral("create"),
                     base
                         + QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                                       QStringLiteral("canary-real"), QStringLiteral("--type"),
                                       QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                                       simulator->servers().first().id, QStringLiteral("--item"),
                                       QStringLiteral("HDK_QUERY")},
                     akSk),
                 0);
        QCOMPARE(simulator->receivedCreateBodies().size(), 1);
        testenv::noteAccepted("cli", "ak", kAk);
        testenv::noteAccepted("cli", "sk", kSk);

        // Refused: the canary SK against a gateway that expects another one (exit 3).
        sim::SimOptions o = akSkOptions();
        o.secretKey = QStringLiteral("the-simulator-knows-another-secret");
        auto strict = simWith(o);
        QCOMPARE(cli(QStringLiteral("refused"),
                     endpoints(*strict) + QStringList{QStringLiteral("jobs"), QStringLiteral("list")}, akSk),
                 3);

        // A token from LITEOPS_AUTH_TOKEN.
        sim::SimOptions t;
        t.token = kToken;
        auto tokenSim = simWith(t);
        QProcessEnvironment token;
        token.insert(QStringLiteral("LITEOPS_AUTH_TOKEN"), kToken);
        QCOMPARE(cli(QStringLiteral("token"),
                     endpoints(*tokenSim) + QStringList{QStringLiteral("templates"), QStringLiteral("list")}, token),
                 0);
        testenv::noteAccepted("cli", "token", kToken);
    }

    // The shipped simulator program with the canaries: the SK and the token from its
    // environment, the IAM password from a file (here its stdin, so the canary is in no file
    // on disk), never on its command line. Then used by liteops-cli: what it prints is
    // searched too.
    void simulatorProgramWithCanaries()
    {
        QProcess sim;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LITEOPS_SIM_SK"), kSk);
        env.insert(QStringLiteral("LITEOPS_SIM_TOKEN"), kToken);
        sim.setProcessEnvironment(env);
        sim.start(QStringLiteral(LITEOPS_SIM_BINARY),
                  {QStringLiteral("--ak"), kAk, QStringLiteral("--iam-user"), kUser,
                   QStringLiteral("--iam-password-file"), QStringLiteral("/dev/stdin"), QStringLiteral("--iam-domain"),
                   kDomain, QStringLiteral("--servers"), QStringLiteral("10"), QStringLiteral("--jobs"),
                   QStringLiteral("5")});
        QVERIFY(sim.waitForStarted(10000));
        sim.write(kPassword.toUtf8() + '\n');
        sim.closeWriteChannel();
        QSignalSpy output(&sim, &QProcess::readyReadStandardOutput);
        while (!sim.canReadLine())
            QVERIFY2(output.wait(10000), sim.readAllStandardError().constData());
        const QByteArray first = sim.readLine();
        QVERIFY2(first.startsWith("listening on "), first.constData());
        const QString url = QString::fromUtf8(first.mid(13)).trimmed();
        // Nothing secret is on its command line, where every user of the machine could read it.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(sim.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray commandLine = cmdline.readAll();
        for (const QString &secret : {kSk, kToken, kPassword})
            QVERIFY(!commandLine.contains(secret.toUtf8()));

        QProcessEnvironment akSk;
        akSk.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
        akSk.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
        const QStringList where{QStringLiteral("--endpoint"), url, QStringLiteral("--project-id"),
                                QStringLiteral("0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b")};
        const int listed = cli(QStringLiteral("against-sim-program"),
                               where + QStringList{QStringLiteral("jobs"), QStringLiteral("list")}, akSk);
        QProcessEnvironment token;
        token.insert(QStringLiteral("LITEOPS_AUTH_TOKEN"), kToken);
        const int listedWithToken = cli(QStringLiteral("against-sim-program-token"),
                                        where + QStringList{QStringLiteral("templates"), QStringLiteral("list")},
                                        token);
        // The IAM password it read from its stdin issues a token.
        QNetworkAccessManager nam;
        QNetworkRequest signIn(QUrl(url + QStringLiteral("/v3/auth/tokens")));
        signIn.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QJsonObject user{{QStringLiteral("name"), kUser},
                               {QStringLiteral("password"), kPassword},
                               {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), kDomain}}}};
        const QJsonObject body{
            {QStringLiteral("auth"),
             QJsonObject{{QStringLiteral("identity"),
                          QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                      {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}}},
                         {QStringLiteral("scope"),
                          QJsonObject{{QStringLiteral("project"),
                                       QJsonObject{{QStringLiteral("id"),
                                                    QStringLiteral("0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b")}}}}}}}};
        QNetworkReply *reply = nam.post(signIn, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy signedIn(reply, &QNetworkReply::finished);
        QVERIFY(signedIn.wait(10000));
        const int signInStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray issued = reply->rawHeader("X-Subject-Token");
        delete reply;
        if (!issued.isEmpty())
            testenv::noteGenerated("token", QString::fromLatin1(issued));

        sim.terminate(); // SIGTERM: a clean shutdown
        QVERIFY(sim.waitForFinished(10000));
        QFile log(outputPath(QStringLiteral("liteops-sim.output")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        const QByteArray simErr = sim.readAllStandardError();
        log.write(first + sim.readAllStandardOutput() + simErr);
        QCOMPARE(listed, 0);
        QCOMPARE(listedWithToken, 0);
        QCOMPARE(signInStatus, 201);
        QVERIFY2(!simErr.contains("warning"), simErr.constData()); // nothing on the command line to warn about
        testenv::noteAccepted("liteops-sim", "ak", kAk);
        testenv::noteAccepted("liteops-sim", "sk", kSk);
        testenv::noteAccepted("liteops-sim", "token", kToken);
        testenv::noteAccepted("liteops-sim", "password", kPassword);

        // A bad command line is refused with a message, which must not repeat the secrets:
        // secrets in the environment without the identities they belong to.
        QProcess bad;
        QProcessEnvironment badEnv = QProcessEnvironment::systemEnvironment();
        badEnv.insert(QStringLiteral("LITEOPS_SIM_SK"), kSk);
        badEnv.insert(QStringLiteral("LITEOPS_SIM_IAM_PASSWORD"), kPassword);
        bad.setProcessEnvironment(badEnv);
        bad.start(QStringLiteral(LITEOPS_SIM_BINARY), {QStringLiteral("--servers"), QStringLiteral("10")});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QFile badLog(outputPath(QStringLiteral("liteops-sim-refused.output")));
        QVERIFY(badLog.open(QIODevice::WriteOnly));
        badLog.write(bad.readAllStandardOutput() + bad.readAllStandardError());

        // The compatibility options still work; their warning must not repeat the secret.
        QProcess compat;
        compat.start(QStringLiteral(LITEOPS_SIM_BINARY),
                     {QStringLiteral("--ak"), kAk, QStringLiteral("--sk"), kSk, QStringLiteral("--token"), kToken,
                      QStringLiteral("--servers"), QStringLiteral("4"), QStringLiteral("--jobs"), QStringLiteral("1")});
        QVERIFY(compat.waitForStarted(10000));
        QSignalSpy compatOutput(&compat, &QProcess::readyReadStandardOutput);
        while (!compat.canReadLine())
            QVERIFY(compatOutput.wait(10000));
        compat.terminate();
        QVERIFY(compat.waitForFinished(10000));
        const QByteArray compatErr = compat.readAllStandardError();
        QFile compatLog(outputPath(QStringLiteral("liteops-sim-compat.output")));
        QVERIFY(compatLog.open(QIODevice::WriteOnly));
        compatLog.write(compat.readAllStandardOutput() + compatErr);
        QVERIFY2(compatErr.contains("warning: --sk") && compatErr.contains("warning: --token"), compatErr.constData());
    }
};

QTEST_MAIN(CanaryExercise)
#include "canary_exercise.moc"
