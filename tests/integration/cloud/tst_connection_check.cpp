// SPDX-License-Identifier: Apache-2.0
// ConnectionCheck ("Test connection") against the simulator over loopback: every configured
// service is asked once and reported on its own line; IAM is checked only when the
// credentials sign in through it; a service without an endpoint is said, not failed.
#include "connection_check.h"
#include "sim_fixture.h"

#include <QTcpServer>

using namespace liteops;
using namespace liteops::test;

namespace {
const QString kUser = QStringLiteral("ops-admin");
const QString kPassword = QStringLiteral("Iam-Password-42!");
const QString kDomain = QStringLiteral("acme");

// Runs a check to its end and returns its outcomes by service.
QList<ServiceCheck> runCheck(const ClientConfig &config, QString *report = nullptr, bool *passed = nullptr)
{
    CloudClient client(config);
    ConnectionCheck check(&client);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    QSignalSpy lines(&check, &ConnectionCheck::serviceChecked);
    if (!finished.wait(30000))
        qFatal("the connection check did not finish within 30 s");
    if (lines.size() != 4)
        qFatal("expected one line per service, got %d", int(lines.size()));
    if (report)
        *report = check.report();
    if (passed)
        *passed = check.passed();
    return check.results();
}

QString outcomes(const QList<ServiceCheck> &results)
{
    QStringList lines;
    for (const ServiceCheck &c : results)
        lines << c.line();
    return lines.join(QLatin1Char('\n'));
}

// A loopback port nobody listens on any more.
QUrl closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
}
} // namespace

class ConnectionCheckTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;

    ClientConfig iamConfig(const QString &password) const
    {
        ClientConfig c = configFor(*m_sim);
        c.credentials = {};
        c.credentials.mode = Credentials::Mode::IamPassword;
        c.credentials.iamUser = kUser;
        c.credentials.iamPassword = password;
        c.credentials.iamDomain = kDomain;
        return c;
    }

private slots:
    void initTestCase()
    {
        sim::SimOptions o;
        o.accessKey = kAk;
        o.secretKey = kSk;
        o.iamUser = kUser;
        o.iamPassword = kPassword;
        o.iamDomain = kDomain;
        m_sim = startSimulator(o);
    }

    void akSkReachesEveryServiceAndLeavesIamAlone()
    {
        const int before = m_sim->requestCount();
        QString report;
        bool passed = false;
        const QList<ServiceCheck> r = runCheck(configFor(*m_sim), &report, &passed);
        QVERIFY2(passed, qPrintable(report));
        for (CloudService s : {CloudService::ModelArts, CloudService::ServiceStage, CloudService::Ief}) {
            QCOMPARE(r.at(int(s)).service, s);
            QVERIFY2(r.at(int(s)).outcome == ServiceCheck::Outcome::Ok, qPrintable(outcomes(r)));
            QVERIFY2(r.at(int(s)).detail.startsWith(QLatin1String("request id ")), qPrintable(outcomes(r)));
        }
        QCOMPARE(r.at(int(CloudService::Iam)).outcome, ServiceCheck::Outcome::NotUsed);
        QVERIFY(report.startsWith(QLatin1String("Connected: every configured service answered.\nModelArts: ok")));
        QVERIFY2(report.contains(QLatin1String("\nIAM: not used: ")), qPrintable(report));
        QCOMPARE(m_sim->requestCount() - before, 3); // one request per service, nothing created
    }

    void iamPasswordSignsInOnce()
    {
        const QList<ServiceCheck> r = runCheck(iamConfig(kPassword));
        for (const ServiceCheck &c : r)
            QVERIFY2(c.outcome == ServiceCheck::Outcome::Ok, qPrintable(outcomes(r)));
        QVERIFY(r.at(int(CloudService::Iam)).detail.startsWith(QLatin1String("request id ")));
    }

    void wrongPasswordFailsAtIamAndSaysSo()
    {
        QString report;
        bool passed = true;
        const QList<ServiceCheck> r = runCheck(iamConfig(QStringLiteral("not-the-password")), &report, &passed);
        QVERIFY(!passed);
        QCOMPARE(r.at(int(CloudService::Iam)).outcome, ServiceCheck::Outcome::Failed);
        QVERIFY2(r.at(int(CloudService::Iam)).detail.contains(QLatin1String("IAM.0004")), qPrintable(outcomes(r)));
        QVERIFY2(report.startsWith(QLatin1String("Connection failed: ModelArts, ServiceStage, IEF, IAM.")),
                 qPrintable(report));
    }

    void eachServiceIsReportedOnItsOwn()
    {
        ClientConfig c = configFor(*m_sim);
        c.maxAttempts = 1;
        c.endpoints.ief = closedPort();
        c.endpoints.serviceStage = {}; // not offered: said, not failed
        QString report;
        bool passed = true;
        const QList<ServiceCheck> r = runCheck(c, &report, &passed);
        QVERIFY(!passed);
        QCOMPARE(r.at(int(CloudService::ModelArts)).outcome, ServiceCheck::Outcome::Ok);
        QCOMPARE(r.at(int(CloudService::ServiceStage)).outcome, ServiceCheck::Outcome::NotConfigured);
        QCOMPARE(r.at(int(CloudService::Ief)).outcome, ServiceCheck::Outcome::Failed);
        QVERIFY2(report.startsWith(QLatin1String("Connection failed: IEF.")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("\nServiceStage: not checked: ")), qPrintable(report));

        ClientConfig wrong = configFor(*m_sim);
        wrong.credentials.secretKey = QStringLiteral("not-the-secret");
        const QList<ServiceCheck> refused = runCheck(wrong);
        for (CloudService s : {CloudService::ModelArts, CloudService::ServiceStage, CloudService::Ief}) {
            QCOMPARE(refused.at(int(s)).outcome, ServiceCheck::Outcome::Failed);
            QVERIFY2(refused.at(int(s)).detail.contains(QLatin1String("APIGW.0301")), qPrintable(outcomes(refused)));
        }
    }

    // The service's own "no such job" proves it; the gateway's "no such API" does not.
    void onlyTheServicesOwnNotFoundCounts()
    {
        CloudClient client(configFor(*m_sim));
        const Result<Job> missing = finish(client.getIefJob(ConnectionCheck::probeJobId()));
        QVERIFY(!missing.ok());
        QVERIFY(probeReachedService(missing.error()));
        CloudError gateway = missing.error();
        gateway.errorCode = QStringLiteral("APIGW.0101");
        QVERIFY(!probeReachedService(gateway));
        gateway.kind = CloudError::Kind::Auth;
        gateway.errorCode = QStringLiteral("IEF.100011");
        QVERIFY(!probeReachedService(gateway));
    }
};

QTEST_GUILESS_MAIN(ConnectionCheckTest)
#include "tst_connection_check.moc"
