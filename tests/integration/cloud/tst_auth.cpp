// SPDX-License-Identifier: Apache-2.0
// The three auth modes against the simulator's gateway: AK/SK signing (and a wrong key),
// a direct token, IAM password sign-in with a cached token, refresh before expiry, one
// re-authentication on 401 and a clear error after that.
#include "client_private.h"
#include "sim_fixture.h"

using namespace liteops;
using namespace liteops::test;

namespace {
const QString kUser = QStringLiteral("ops-admin");
const QString kPassword = QStringLiteral("Iam-Password-42!");
const QString kDomain = QStringLiteral("acme");
const QString kToken = QStringLiteral("MIIdirect-token-for-tests");

int countIamRequests(const QSignalSpy &spy)
{
    int n = 0;
    for (const QList<QVariant> &args : spy)
        n += args.at(1).toString() == QLatin1String("/v3/auth/tokens");
    return n;
}
} // namespace

class AuthTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;

    ClientConfig iamConfig() const
    {
        ClientConfig c = configFor(*m_sim);
        c.credentials = {};
        c.credentials.mode = Credentials::Mode::IamPassword;
        c.credentials.iamUser = kUser;
        c.credentials.iamPassword = kPassword;
        c.credentials.iamDomain = kDomain;
        return c;
    }

    void fault(const QString &spec)
    {
        QString error;
        QVERIFY2(m_sim->addFault(spec, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        sim::SimOptions o;
        o.accessKey = kAk;
        o.secretKey = kSk;
        o.token = kToken;
        o.iamUser = kUser;
        o.iamPassword = kPassword;
        o.iamDomain = kDomain;
        m_sim = startSimulator(o);
    }

    void cleanup() { m_sim->clearFaults(); }

    void akSkSigned()
    {
        CloudClient client(configFor(*m_sim));
        VERIFY_OK(finish(client.listServers()));
        VERIFY_OK(finish(client.listTemplates()));
        // A signed request the gateway accepted but the service did not find: 404, not 401.
        QCOMPARE(finish(client.getServiceStageJob(QStringLiteral("JOB-does-not-exist"))).error().kind,
                 CloudError::Kind::NotFound);
    }

    void akSkWithSecurityTokenIsSigned()
    {
        ClientConfig c = configFor(*m_sim);
        c.credentials.securityToken = QStringLiteral("temporary-security-token");
        CloudClient client(c);
        VERIFY_OK(finish(client.listTemplates()));
    }

    void wrongSecretKeyIsAnAuthError()
    {
        ClientConfig c = configFor(*m_sim);
        c.credentials.secretKey = QStringLiteral("wrong");
        CloudClient client(c);
        const int before = m_sim->requestCount();
        const auto result = finish(client.listServers());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Auth);
        QCOMPARE(result.error().httpStatus, 401);
        QCOMPARE(result.error().errorCode, QStringLiteral("APIGW.0301"));
        QCOMPARE(m_sim->requestCount() - before, 1); // not retried
    }

    void directToken()
    {
        ClientConfig c = configFor(*m_sim);
        c.credentials = {};
        c.credentials.mode = Credentials::Mode::Token;
        c.credentials.token = kToken;
        CloudClient client(c);
        VERIFY_OK(finish(client.listJobs()));

        c.credentials.token = QStringLiteral("MIInot-a-token");
        client.setConfig(c);
        const auto refused = finish(client.listJobs());
        QCOMPARE(refused.error().kind, CloudError::Kind::Auth);
    }

    void iamTokenFetchedOnceAndShared()
    {
        CloudClient client(iamConfig());
        QSignalSpy requests(&client, &CloudClient::requestFinished);
        // Three calls at once: they wait for the same sign-in.
        auto *a = client.listJobs();
        auto *b = client.listServers();
        auto *c = client.listTemplates();
        for (CloudCall *call : std::initializer_list<CloudCall *>{a, b, c})
            call->setAutoDelete(false); // read after the first one finished
        VERIFY_OK(finish(a));
        VERIFY_OK(finish(b));
        VERIFY_OK(finish(c));
        VERIFY_OK(finish(client.listJobs()));
        QCOMPARE(countIamRequests(requests), 1);
        IamTokenCache *cache = CloudClientTestAccess::iamTokenCache(&client);
        QVERIFY(cache->hasValidToken());
        QVERIFY(cache->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
    }

    void iamTokenRefreshedBeforeExpiry()
    {
        CloudClient client(iamConfig());
        QSignalSpy requests(&client, &CloudClient::requestFinished);
        VERIFY_OK(finish(client.listTemplates()));
        QCOMPARE(countIamRequests(requests), 1);
        IamTokenCache *cache = CloudClientTestAccess::iamTokenCache(&client);
        // 23 h 56 min later the token has 4 minutes left: inside the 5-minute margin.
        cache->setClockOffsetForTest((23 * 60 + 56) * 60 * 1000LL);
        QVERIFY(!cache->hasValidToken());
        VERIFY_OK(finish(client.listTemplates()));
        QCOMPARE(countIamRequests(requests), 2);
        // 23 h 54 min: 6 minutes left, still used.
        CloudClient other(iamConfig());
        QSignalSpy otherRequests(&other, &CloudClient::requestFinished);
        VERIFY_OK(finish(other.listTemplates()));
        CloudClientTestAccess::iamTokenCache(&other)->setClockOffsetForTest((23 * 60 + 54) * 60 * 1000LL);
        VERIFY_OK(finish(other.listTemplates()));
        QCOMPARE(countIamRequests(otherRequests), 1);
    }

    void revokedTokenIsReplacedOnce()
    {
        CloudClient client(iamConfig());
        QSignalSpy requests(&client, &CloudClient::requestFinished);
        // A token the gateway does not know (revoked, or from before a restart).
        CloudClientTestAccess::iamTokenCache(&client)->setTokenForTest("MIIrevoked",
                                                                       QDateTime::currentDateTimeUtc().addSecs(12
                                                                                                               * 3600));
        VERIFY_OK(finish(client.listServers()));
        QCOMPARE(countIamRequests(requests), 1);
    }

    void second401IsAClearError()
    {
        fault(QStringLiteral("GET /dev-servers$ status 401 count=2"));
        CloudClient client(iamConfig());
        QSignalSpy requests(&client, &CloudClient::requestFinished);
        const auto result = finish(client.listServers());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Auth);
        QVERIFY2(result.error().errorMsg.contains(QStringLiteral("freshly issued")),
                 qPrintable(result.error().message()));
        QCOMPARE(countIamRequests(requests), 2); // first sign-in and one re-authentication
    }

    void one401ThenSuccess()
    {
        fault(QStringLiteral("GET /dev-servers$ status 401 count=1"));
        CloudClient client(iamConfig());
        QSignalSpy requests(&client, &CloudClient::requestFinished);
        VERIFY_OK(finish(client.listServers()));
        QCOMPARE(countIamRequests(requests), 2);
    }

    void wrongIamPassword()
    {
        ClientConfig c = iamConfig();
        c.credentials.iamPassword = QStringLiteral("nope");
        CloudClient client(c);
        const int before = m_sim->requestCount();
        const auto result = finish(client.listJobs());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Auth);
        QVERIFY(result.error().errorMsg.contains(QStringLiteral("IAM")));
        QCOMPARE(m_sim->requestCount() - before, 1); // the sign-in only; nothing else sent
    }

    void changingCredentialsDropsTheToken()
    {
        CloudClient client(iamConfig());
        VERIFY_OK(finish(client.listTemplates()));
        QVERIFY(CloudClientTestAccess::iamTokenCache(&client)->hasValidToken());
        ClientConfig c = iamConfig();
        c.credentials.iamPassword = QStringLiteral("changed");
        client.setConfig(c);
        QVERIFY(!CloudClientTestAccess::iamTokenCache(&client)->hasValidToken());
        QCOMPARE(finish(client.listTemplates()).error().kind, CloudError::Kind::Auth);
    }
};

QTEST_GUILESS_MAIN(AuthTest)
#include "tst_auth.moc"
