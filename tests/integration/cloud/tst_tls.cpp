// SPDX-License-Identifier: Apache-2.0
// HTTPS for real: the simulator serves TLS with certificates from a private CA made at test
// time (test_pki.h), and the cloud layer is checked the way the console uses it, through a
// saved profile's CA bundle:
//  * the private CA as the bundle: calls to every service succeed;
//  * no bundle, or another CA's: a TLS error naming the problem (issuer unknown), no data,
//    and no request reaches the service;
//  * host-name mismatch, expired certificate, a missing bundle and a bundle that is not PEM:
//    each a distinct problem with a distinct message;
//  * the system CA store stays trusted alongside a bundle;
//  * nothing in the source tree (app, ui, tests) calls the ignore-TLS-errors functions of
//    QNetworkReply or QSslSocket: a test greps for their name.
#include "client_private.h"
#include "profile_store.h"
#include "sim_fixture.h"
#include "test_pki.h"

#include <QDirIterator>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>

using namespace liteops;
using namespace liteops::test;
using Problem = CloudError::TlsProblem;

class TlsTest : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    QTemporaryDir m_scratch;

    std::unique_ptr<sim::Simulator> httpsSim(const QString &leaf)
    {
        sim::SimOptions o;
        o.servers = 12;
        o.jobs = 9;
        o.tlsCertificateFile = m_pki.path(leaf + QStringLiteral(".pem"));
        o.tlsKeyFile = m_pki.path(leaf + QStringLiteral(".key"));
        return startSimulator(o);
    }

    // The console's path: a saved profile with a CA bundle, loaded back, turned into the
    // client's configuration.
    ClientConfig profileConfig(const sim::Simulator &simulator, const QString &caFile, const QString &host = {})
    {
        QSettings settings(m_scratch.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        QUrl base = simulator.baseUrl();
        if (!host.isEmpty())
            base.setHost(host);
        Profile p;
        p.name = QStringLiteral("tls-profile");
        p.region = QStringLiteral("cn-north-4");
        p.endpointOverrides.modelArts = p.endpointOverrides.serviceStage = p.endpointOverrides.ief =
            p.endpointOverrides.iam = base;
        p.projectId = simulator.projectId();
        p.accessKey = kAk;
        p.caFile = caFile;
        QString error;
        if (!store.save(p, &error))
            qFatal("profile not saved: %s", qPrintable(error));
        const std::optional<Profile> loaded = store.load(p.name);
        Credentials secrets;
        secrets.secretKey = kSk;
        ClientConfig c = loaded->toClientConfig(secrets);
        c.timeoutMs = 10000;
        c.maxAttempts = 1;
        testenv::noteConfigured("cloud-client", "ak", kAk);
        testenv::noteConfigured("cloud-client", "sk", kSk);
        return c;
    }

    static Result<QList<Job>> listThrough(const ClientConfig &config)
    {
        CloudClient client(config);
        return finish(client.listJobs());
    }

    static void expectTlsFailure(const Result<QList<Job>> &result, const sim::Simulator &simulator, Problem problem,
                                 const QStringList &mentions)
    {
        QVERIFY2(!result.ok(), "the call succeeded");
        const CloudError &e = result.error();
        QCOMPARE(e.kind, CloudError::Kind::Tls);
        QCOMPARE(int(e.tlsProblem), int(problem));
        QCOMPARE(e.httpStatus, 0);
        QVERIFY(!e.retryable); // never retried: trying again changes nothing
        const QString text = e.message();
        for (const QString &word : mentions)
            QVERIFY2(text.contains(word), qPrintable(text + QStringLiteral(" lacks ") + word));
        QCOMPARE(simulator.requestCount(), 0); // no request reached the service: no data
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.generate(&error), qPrintable(error));
        QVERIFY(m_scratch.isValid());
    }

    void privateCaAsTheProfileBundle()
    {
        auto simulator = httpsSim(QStringLiteral("server"));
        QCOMPARE(simulator->baseUrl().scheme(), QStringLiteral("https"));
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
            const ClientConfig config = profileConfig(*simulator, m_pki.path(QStringLiteral("ca.pem")), host);
            QCOMPARE(config.caFile, m_pki.path(QStringLiteral("ca.pem")));
            CloudClient client(config);
            const Result<QList<Job>> jobs = finish(client.listJobs());
            VERIFY_OK(jobs);
            QCOMPARE(jobs.value().size(), simulator->jobs().size());
            VERIFY_OK(finish(client.getJob(jobs.value().first().id)));
            VERIFY_OK(finish(client.listServers()));
            VERIFY_OK(finish(client.listTemplates()));
        }
    }

    void withoutThePrivateCaTheIssuerIsUnknown()
    {
        auto simulator = httpsSim(QStringLiteral("server"));
        // No bundle: the system store alone does not know the private CA.
        expectTlsFailure(listThrough(profileConfig(*simulator, {})), *simulator, Problem::IssuerUnknown,
                         {QStringLiteral("issuer unknown"), m_pki.caName(), QStringLiteral("CA bundle")});
        // Another CA's bundle: the same.
        expectTlsFailure(listThrough(profileConfig(*simulator, m_pki.path(QStringLiteral("other-ca.pem")))), *simulator,
                         Problem::IssuerUnknown, {QStringLiteral("issuer unknown"), m_pki.caName()});
    }

    void hostNameMismatch()
    {
        auto simulator = httpsSim(QStringLiteral("wrong-host"));
        expectTlsFailure(listThrough(profileConfig(*simulator, m_pki.path(QStringLiteral("ca.pem")))), *simulator,
                         Problem::HostNameMismatch,
                         {QStringLiteral("host name mismatch"), QStringLiteral("elsewhere.invalid"),
                          QStringLiteral("127.0.0.1")});
    }

    void expiredCertificate()
    {
        auto simulator = httpsSim(QStringLiteral("expired"));
        expectTlsFailure(listThrough(profileConfig(*simulator, m_pki.path(QStringLiteral("ca.pem")))), *simulator,
                         Problem::Expired,
                         {QStringLiteral("expired on 2020-01-02 00:00:00 UTC"), QStringLiteral("clock")});
    }

    void caBundleMissingOrNotPem()
    {
        auto simulator = httpsSim(QStringLiteral("server"));
        const QString missing = m_scratch.filePath(QStringLiteral("no-such-ca.pem"));
        expectTlsFailure(listThrough(profileConfig(*simulator, missing)), *simulator, Problem::CaBundleUnreadable,
                         {QStringLiteral("Cannot read the CA bundle"), missing});
        // DER is a certificate, but not PEM; a text file is neither.
        expectTlsFailure(listThrough(profileConfig(*simulator, m_pki.path(QStringLiteral("ca.der")))), *simulator,
                         Problem::CaBundleNotPem,
                         {QStringLiteral("holds no PEM certificate"), m_pki.path(QStringLiteral("ca.der"))});
        const QString text = m_scratch.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        f.close();
        expectTlsFailure(listThrough(profileConfig(*simulator, text)), *simulator, Problem::CaBundleNotPem,
                         {QStringLiteral("holds no PEM certificate")});
    }

    // Every problem above reads differently: a user can tell them apart from the text alone.
    void problemsAreDistinct()
    {
        QStringList messages;
        QSet<QString> keys;
        const auto add = [&](const QString &leaf, const QString &caFile) {
            auto simulator = httpsSim(leaf);
            const Result<QList<Job>> r = listThrough(profileConfig(*simulator, caFile));
            if (!r.ok()) {
                messages << r.error().message();
                keys.insert(QString(CloudError::tlsProblemKey(r.error().tlsProblem)));
            }
        };
        add(QStringLiteral("server"), {});
        add(QStringLiteral("wrong-host"), m_pki.path(QStringLiteral("ca.pem")));
        add(QStringLiteral("expired"), m_pki.path(QStringLiteral("ca.pem")));
        add(QStringLiteral("server"), m_scratch.filePath(QStringLiteral("missing.pem")));
        add(QStringLiteral("server"), m_pki.path(QStringLiteral("ca.der")));
        QCOMPARE(messages.size(), 5);
        QCOMPARE(keys.size(), 5);
        QCOMPARE(QSet<QString>(messages.begin(), messages.end()).size(), 5);
        for (const QString &m : std::as_const(messages))
            qInfo("%s", qPrintable(m));
    }

    // A bundle adds to the system's CAs; it never replaces them. The client's effective
    // TLS configuration holds every CA of the system store plus the bundle's, and a CA the
    // process already trusts stays trusted end to end alongside an unrelated bundle.
    void systemStoreStillTrustedAlongsideABundle()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY2(!system.isEmpty(), "no system CA store (the ca-certificates package)");
        auto simulator = httpsSim(QStringLiteral("server"));
        ClientConfig config = profileConfig(*simulator, m_pki.path(QStringLiteral("other-ca.pem")));
        CloudClient client(config);
        const std::optional<QSslConfiguration> tls = CloudClientTestAccess::tlsConfiguration(&client);
        QVERIFY(tls.has_value());
        const QList<QSslCertificate> trusted = tls->caCertificates();
        const QSet<QByteArray> trustedDer = [&] {
            QSet<QByteArray> s;
            for (const QSslCertificate &c : trusted)
                s.insert(c.toDer());
            return s;
        }();
        for (const QSslCertificate &c : system)
            QVERIFY2(trustedDer.contains(c.toDer()), qPrintable(c.subjectDisplayName()));
        const QList<QSslCertificate> other = QSslCertificate::fromPath(m_pki.path(QStringLiteral("other-ca.pem")));
        QCOMPARE(other.size(), 1);
        QVERIFY(trustedDer.contains(other.first().toDer()));
        qInfo("trusted with a bundle: %d system CAs + 1 from the bundle", int(system.size()));

        // End to end: the test CA trusted by the whole process (as the system store would),
        // an unrelated CA as the profile's bundle: the call still succeeds.
        const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
        QSslConfiguration widened = before;
        widened.addCaCertificates(QSslCertificate::fromPath(m_pki.path(QStringLiteral("ca.pem"))));
        QSslConfiguration::setDefaultConfiguration(widened);
        const Result<QList<Job>> jobs = listThrough(config);
        QSslConfiguration::setDefaultConfiguration(before);
        VERIFY_OK(jobs);
    }

    void noIgnoreSslErrorsAnywhere()
    {
        // Built at run time so this file is not a hit itself.
        const QByteArray needle = QByteArray("ignoreSsl") + "Errors";
        const QDir root(QStringLiteral(LITEOPS_TEST_DATA_DIR "/../.."));
        int files = 0;
        QStringList hits;
        for (const QString &top : {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("tests")}) {
            QDirIterator it(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                if (f.readAll().contains(needle))
                    hits << root.relativeFilePath(f.fileName());
            }
        }
        QVERIFY2(files > 100, "the source tree was not found");
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TlsTest)
#include "tst_tls.moc"
