// Every fault kind of the simulator against the client: throttle then success, 5xx retried,
// HTML error pages, truncation, malformed JSON, latency past the timeout, the body cap and
// the retry budget; and a create whose answer is lost, which must never be sent twice.
#include "client_private.h"
#include "sim_fixture.h"

#include <QElapsedTimer>

using namespace liteops;
using namespace liteops::test;

class FaultsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;

    void fault(const QString &spec)
    {
        QString error;
        QVERIFY2(m_sim->addFault(spec, &error), qPrintable(error));
    }

    QString firstServer()
    {
        return m_sim->servers().constFirst().id;
    }

    CreateJobRequest request(const QString &name)
    {
        CreateJobRequest r;
        r.name = name;
        r.type = QStringLiteral("HDK_QUERY");
        r.serverIds = {firstServer()};
        r.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
        return r;
    }

    int jobsNamed(const QString &name)
    {
        int n = 0;
        for (const Job &job : m_sim->jobs())
            n += job.name == name;
        return n;
    }

private slots:
    void initTestCase()
    {
        sim::SimOptions o;
        o.jobs = 30;
        o.taskDurationMs = 200;
        m_sim = startSimulator(o);
    }

    void cleanup() { m_sim->clearFaults(); }

    void throttleThenSuccess()
    {
        fault(QStringLiteral("GET /dev-servers/jobs$ throttle 1 count=1"));
        CloudClient client(configFor(*m_sim));
        QElapsedTimer timer;
        timer.start();
        const int before = m_sim->requestCount();
        const auto result = finish(client.listJobs());
        VERIFY_OK(result);
        QCOMPARE(m_sim->requestCount() - before, 2); // refused once, then answered
        QVERIFY2(timer.elapsed() >= 900, "Retry-After: 1 was not honoured");
    }

    void throttledEveryTimeGivesThrottledError()
    {
        fault(QStringLiteral("GET /dev-servers/jobs$ throttle 0 count=10"));
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        const auto result = finish(client.listJobs());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Throttled);
        QCOMPARE(result.error().errorCode, QStringLiteral("APIGW.0308"));
        QCOMPARE(result.error().retryAfterSeconds, 0);
        QCOMPARE(m_sim->requestCount() - before, 3); // at most 3 attempts
    }

    void serverErrorsRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    void serverErrorsRetried()
    {
        QFETCH(int, status);
        fault(QStringLiteral("GET /dev-servers$ status %1 count=2").arg(status));
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        const auto result = finish(client.listServers());
        VERIFY_OK(result);
        QCOMPARE(m_sim->requestCount() - before, 3);
    }

    void plain500IsNotRetried()
    {
        fault(QStringLiteral("GET /dev-servers$ status 500 count=1"));
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        const auto result = finish(client.listServers());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Server);
        QCOMPARE(result.error().httpStatus, 500);
        QVERIFY(!result.error().requestId.isEmpty());
        QCOMPARE(m_sim->requestCount() - before, 1);
    }

    void htmlPageGivesPlainExcerpt()
    {
        fault(QStringLiteral("GET /dev-servers$ html 502 count=3"));
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.listServers());
        QVERIFY(!result.ok());
        const CloudError &e = result.error();
        QCOMPARE(e.kind, CloudError::Kind::Server);
        QCOMPARE(e.httpStatus, 502);
        QVERIFY(!e.errorMsg.isEmpty());
        QVERIFY2(!e.errorMsg.contains(QLatin1Char('<')) && !e.message().contains(QLatin1Char('<')),
                 qPrintable(e.message()));
        QVERIFY(e.errorMsg.size() <= 200);
    }

    void htmlThenSuccess()
    {
        fault(QStringLiteral("GET /dev-servers$ html 503 count=1"));
        CloudClient client(configFor(*m_sim));
        VERIFY_OK(finish(client.listServers()));
    }

    void truncationIsRetriedForReads()
    {
        const Job truth = m_sim->jobs().constFirst();
        fault(QStringLiteral("GET /dev-servers/jobs/[^/]+$ truncate count=1"));
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        const auto result = finish(client.getJob(truth.id));
        VERIFY_OK(result);
        QCOMPARE(result.value().id, truth.id);
        QCOMPARE(m_sim->requestCount() - before, 2);
    }

    void truncationEveryTimeIsANetworkError()
    {
        const Job truth = m_sim->jobs().constFirst();
        fault(QStringLiteral("GET /dev-servers/jobs/[^/]+$ truncate count=3"));
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.getJob(truth.id));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Network);
    }

    void malformedJsonIsADecodeError()
    {
        fault(QStringLiteral("GET /dev-servers/jobs/templates$ malformed count=1"));
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.listTemplates());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Decode);
        QVERIFY(!result.error().errorMsg.isEmpty());
        // The next call is fine: nothing got stuck.
        VERIFY_OK(finish(client.listTemplates()));
    }

    void latencyPastTheTimeout()
    {
        fault(QStringLiteral("GET /dev-servers/jobs$ latency 1500 count=3"));
        ClientConfig c = configFor(*m_sim);
        c.timeoutMs = 300;
        CloudClient client(c);
        const int before = m_sim->requestCount();
        const auto result = finish(client.listJobs());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Timeout);
        QCOMPARE(m_sim->requestCount() - before, 3);
    }

    void latencyOnceThenSuccess()
    {
        fault(QStringLiteral("GET /dev-servers/jobs$ latency 1500 count=1"));
        ClientConfig c = configFor(*m_sim);
        c.timeoutMs = 300;
        CloudClient client(c);
        VERIFY_OK(finish(client.listJobs()));
    }

    void slowButSteadyIsNotATimeout()
    {
        // The timeout is for silence, not for size: a body that keeps arriving is fine.
        fault(QStringLiteral("GET /dev-servers$ slow 20000 count=1"));
        ClientConfig c = configFor(*m_sim);
        c.timeoutMs = 1000;
        CloudClient client(c);
        VERIFY_OK(finish(client.listServers()));
    }

    void bodyCap()
    {
        ClientConfig c = configFor(*m_sim);
        c.maxBodyBytes = 2000;
        CloudClient client(c);
        const auto result = finish(client.listServers());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::TooLarge);
    }

    void retryBudgetStopsHammering()
    {
        fault(QStringLiteral("GET /dev-servers$ status 503 count=200"));
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        for (int i = 0; i < 15; ++i)
            QCOMPARE(finish(client.listServers()).error().kind, CloudError::Kind::Server);
        // 15 calls x 3 attempts would be 45 requests; the budget of 20 retries allows 35 (one
        // more per 5 seconds the test takes on a slow machine).
        const int sent = m_sim->requestCount() - before;
        QVERIFY2(sent >= 35 && sent <= 37, qPrintable(QString::number(sent)));
        QVERIFY(CloudClientTestAccess::retryBudget(&client)->available() <= 1);
    }

    // --- creates -------------------------------------------------------------------------

    void throttledCreateIsRetried()
    {
        fault(QStringLiteral("POST /dev-servers/jobs$ throttle 0 count=1"));
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.createJob(request(QStringLiteral("throttled-create"))));
        VERIFY_OK(result);
        QCOMPARE(jobsNamed(QStringLiteral("throttled-create")), 1);
    }

    void createIsNeverRetriedOn5xx()
    {
        fault(QStringLiteral("POST /dev-servers/jobs$ status 503 count=1"));
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        const auto result = finish(client.createJob(request(QStringLiteral("create-503"))));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Server);
        QCOMPARE(m_sim->requestCount() - before, 1);
    }

    void ambiguousCreate_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncate") << QStringLiteral("truncate");
        QTest::newRow("latency") << QStringLiteral("latency 1500");
    }

    // The service creates the job, but the answer is lost: outcome unknown, no second send,
    // and listing by name finds the one job.
    void ambiguousCreate()
    {
        QFETCH(QString, kind);
        const QString name = QStringLiteral("ambiguous-") + kind.section(QLatin1Char(' '), 0, 0);
        fault(QStringLiteral("POST /dev-servers/jobs$ %1 count=1").arg(kind));
        ClientConfig c = configFor(*m_sim);
        c.timeoutMs = 400;
        CloudClient client(c);
        const int bodiesBefore = int(m_sim->receivedCreateBodies().size());
        const auto result = finish(client.createJob(request(name)));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::UnknownOutcome);
        QVERIFY(!result.error().retryable);
        QVERIFY(result.error().message().contains(QStringLiteral("List jobs")));
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), bodiesBefore + 1);

        // Reconcile the way callers do: list by name.
        JobQuery query;
        query.name = name;
        QList<Job> found;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const auto r = finish(client.listJobs(query));
            found = r.ok() ? r.value() : QList<Job>();
            return found.size() == 1;
        }()), 10000);
        QCOMPARE(found.constFirst().name, name);
        QCOMPARE(jobsNamed(name), 1);
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), bodiesBefore + 1);
    }

    void malformedCreateAnswer()
    {
        // 200 with broken JSON after the service created it: the outcome is unknown to us
        // (the job exists, we cannot say which), so callers reconcile instead of resending.
        fault(QStringLiteral("POST /dev-servers/jobs$ malformed count=1"));
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.createJob(request(QStringLiteral("malformed-create"))));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::UnknownOutcome);
        QVERIFY(result.error().errorMsg.contains(QStringLiteral("could not be read")));
        QCOMPARE(jobsNamed(QStringLiteral("malformed-create")), 1);
    }
};

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_faults.moc"
