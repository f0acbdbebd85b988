// SPDX-License-Identifier: Apache-2.0
// liteops-cli over HTTPS with a private CA made at test time (test_pki.h): the built binary
// against the in-process simulator serving TLS (the test's event loop serves it while the
// CLI runs).
//  * --ca-file with the private CA (or a profile's CA bundle): the call succeeds;
//  * without it: exit 4, a certificate error naming the problem (issuer unknown), no data;
//  * host-name mismatch and an expired certificate: exit 4, each its own message;
//  * a CA file that is missing or not PEM: exit 2 (nothing was sent), each its own message.
#include "sim_fixture.h"
#include "cli_process.h"
#include "profile_store.h"
#include "test_pki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>

using namespace liteops;
using namespace liteops::test;

class CliTlsTest : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    QTemporaryDir m_home;
    // Simulators live until the end: a CLI process may still be closing its connection.
    std::vector<std::unique_ptr<sim::Simulator>> m_sims;

    sim::Simulator *httpsSim(const QString &leaf)
    {
        sim::SimOptions o;
        o.servers = 10;
        o.jobs = 7;
        o.tlsCertificateFile = m_pki.path(leaf + QStringLiteral(".pem"));
        o.tlsKeyFile = m_pki.path(leaf + QStringLiteral(".key"));
        m_sims.push_back(startSimulator(o));
        return m_sims.back().get();
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HUAWEICLOUD_SDK_SECURITY_TOKEN", "LITEOPS_AUTH_TOKEN", "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
        testenv::noteConfigured("cloud-client", "ak", kAk);
        testenv::noteConfigured("cloud-client", "sk", kSk);
        return env;
    }

    CliRun list(const sim::Simulator &sim, const QStringList &tlsArgs, const QString &host = {})
    {
        QUrl base = sim.baseUrl();
        if (!host.isEmpty())
            base.setHost(host);
        QStringList args = tlsArgs;
        args << QStringLiteral("--endpoint") << base.toString() << QStringLiteral("--project-id") << sim.projectId()
             << QStringLiteral("--timeout") << QStringLiteral("20") << QStringLiteral("jobs") << QStringLiteral("list")
             << QStringLiteral("--format") << QStringLiteral("json");
        return runCli(QStringLiteral(LITEOPS_CLI_PATH), args, environment());
    }

    static QString show(const CliRun &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out.left(400), r.err);
    }

    static void expectFailure(const CliRun &r, int code, const QStringList &mentions)
    {
        QVERIFY2(r.code == code, qPrintable(show(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(show(r))); // no data, not even an empty list
        for (const QString &word : mentions)
            QVERIFY2(r.err.contains(word), qPrintable(word + QStringLiteral(" missing from\n") + show(r)));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.generate(&error), qPrintable(error));
        QVERIFY(m_home.isValid());
    }

    void caFileGivenSucceeds()
    {
        sim::Simulator *sim = httpsSim(QStringLiteral("server"));
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
            const CliRun r = list(*sim, {QStringLiteral("--ca-file"), m_pki.path(QStringLiteral("ca.pem"))}, host);
            QVERIFY2(r.code == 0, qPrintable(show(r)));
            QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), sim->jobs().size());
        }
    }

    // The CA bundle of a saved profile is used the same way.
    void profileCaBundleSucceeds()
    {
        sim::Simulator *sim = httpsSim(QStringLiteral("server"));
        QSettings settings(m_home.filePath(QStringLiteral("config/LiteOps/LiteOps.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p;
        p.name = QStringLiteral("private-ca");
        p.region = QStringLiteral("cn-north-4");
        p.endpointOverrides.modelArts = sim->baseUrl();
        p.projectId = sim->projectId();
        p.accessKey = kAk;
        p.caFile = m_pki.path(QStringLiteral("ca.pem"));
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        settings.sync();
        const CliRun r = runCli(QStringLiteral(LITEOPS_CLI_PATH),
                                {QStringLiteral("--profile"), p.name, QStringLiteral("jobs"), QStringLiteral("list"),
                                 QStringLiteral("--format"), QStringLiteral("json")},
                                environment());
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), sim->jobs().size());
    }

    void withoutTheCaTheIssuerIsUnknown()
    {
        sim::Simulator *sim = httpsSim(QStringLiteral("server"));
        expectFailure(list(*sim, {}), 4,
                      {QStringLiteral("issuer unknown"), m_pki.caName(), QStringLiteral("--ca-file")});
        expectFailure(list(*sim, {QStringLiteral("--ca-file"), m_pki.path(QStringLiteral("other-ca.pem"))}), 4,
                      {QStringLiteral("issuer unknown")});
        QCOMPARE(sim->requestCount(), 0);
    }

    void hostNameMismatch()
    {
        sim::Simulator *sim = httpsSim(QStringLiteral("wrong-host"));
        expectFailure(list(*sim, {QStringLiteral("--ca-file"), m_pki.path(QStringLiteral("ca.pem"))}), 4,
                      {QStringLiteral("host name mismatch"), QStringLiteral("elsewhere.invalid")});
    }

    void expiredCertificate()
    {
        sim::Simulator *sim = httpsSim(QStringLiteral("expired"));
        expectFailure(list(*sim, {QStringLiteral("--ca-file"), m_pki.path(QStringLiteral("ca.pem"))}), 4,
                      {QStringLiteral("expired on 2020-01-02")});
    }

    void caFileMissingOrNotPem()
    {
        sim::Simulator *sim = httpsSim(QStringLiteral("server"));
        const QString missing = m_home.filePath(QStringLiteral("missing-ca.pem"));
        const CliRun gone = list(*sim, {QStringLiteral("--ca-file"), missing});
        expectFailure(gone, 2, {QStringLiteral("Cannot read the CA bundle"), missing});
        const CliRun der = list(*sim, {QStringLiteral("--ca-file"), m_pki.path(QStringLiteral("ca.der"))});
        expectFailure(der, 2, {QStringLiteral("holds no PEM certificate")});
        QVERIFY(gone.err != der.err);
        QCOMPARE(sim->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(CliTlsTest)
#include "tst_cli_tls.moc"
