// SPDX-License-Identifier: Apache-2.0
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

    QString firstServer() { return m_sim->servers().constFirst().id; }

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
                                 }()),
                                 10000);
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

    // Paging must never hide rows. A service that ignores limit/offset answers its default
    // page (10 rows) every time: the pager notices a page with no new ids, stops, and the
    // call says "incomplete: 10 of 30" instead of passing 10 rows off as the whole list.
    void pagingIgnoredIsMarkedIncomplete()
    {
        fault(QStringLiteral("GET /dev-servers/jobs$ ignore-paging"));
        const qint64 total = m_sim->jobs().size(); // 30, plus what earlier tests created
        QVERIFY(total > 10);
        ClientConfig c = configFor(*m_sim);
        c.pageSize = 7;
        CloudClient client(c);
        auto *call = client.listJobs();
        call->setAutoDelete(false);
        std::unique_ptr<Call<QList<Job>>> owner(call);
        QSignalSpy done(call, &CloudCall::finished);
        QVERIFY(done.wait(30000));
        VERIFY_OK(call->result());
        QCOMPARE(call->result().value().size(), 10);
        const ListCompleteness &lc = call->completeness();
        QVERIFY(!lc.complete);
        QCOMPARE(lc.received, 10);
        QCOMPARE(lc.total, total);
        QCOMPARE(lc.reason, ListCompleteness::Reason::PagingIgnored);
        QVERIFY2(lc.summary().contains(QStringLiteral("10 of %1").arg(total)), qPrintable(lc.summary()));
        QVERIFY(lc.explanation(QStringLiteral("jobs")).contains(QStringLiteral("returned 10 of %1 jobs").arg(total)));
        QCOMPARE(client.pendingCallCount(), 0);

        // Templates page the same way.
        auto *templates = client.listTemplates();
        templates->setAutoDelete(false);
        std::unique_ptr<Call<QList<Template>>> ownerT(templates);
        QSignalSpy doneT(templates, &CloudCall::finished);
        QVERIFY(doneT.wait(30000));
        VERIFY_OK(templates->result());
        QVERIFY(templates->completeness().complete); // not affected by the jobs fault
    }

    void pagingHonouredIsComplete()
    {
        ClientConfig c = configFor(*m_sim);
        c.pageSize = 7;
        CloudClient client(c);
        auto *call = client.listJobs();
        call->setAutoDelete(false);
        std::unique_ptr<Call<QList<Job>>> owner(call);
        QSignalSpy done(call, &CloudCall::finished);
        QVERIFY(done.wait(30000));
        VERIFY_OK(call->result());
        QVERIFY(call->completeness().complete);
        QCOMPARE(call->completeness().received, call->result().value().size());
        QVERIFY(call->completeness().summary().isEmpty());
    }

    // A 400 to the first page sent with limit/offset: asked once more without them (a GET
    // changed nothing), and that page is the answer, marked incomplete when it is short.
    void pagingRefusedIsRetriedOnceWithoutParameters()
    {
        fault(QStringLiteral("GET /dev-servers/jobs$ reject-paging"));
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        auto *call = client.listJobs();
        call->setAutoDelete(false);
        std::unique_ptr<Call<QList<Job>>> owner(call);
        QSignalSpy done(call, &CloudCall::finished);
        QVERIFY(done.wait(30000));
        VERIFY_OK(call->result());
        QCOMPARE(m_sim->requestCount() - before, 2);
        QCOMPARE(call->result().value().size(), 10);
        QVERIFY(!call->completeness().complete);
        QCOMPARE(call->completeness().total, qint64(m_sim->jobs().size()));
        QCOMPARE(call->completeness().reason, ListCompleteness::Reason::PagingRefused);

        // A short enough answer is complete after the retry.
        JobQuery one;
        one.id = m_sim->jobs().constFirst().id;
        auto *single = client.listJobs(one);
        single->setAutoDelete(false);
        std::unique_ptr<Call<QList<Job>>> ownerS(single);
        QSignalSpy doneS(single, &CloudCall::finished);
        QVERIFY(doneS.wait(30000));
        VERIFY_OK(single->result());
        QCOMPARE(single->result().value().size(), 1);
        QVERIFY(single->completeness().complete);

        // A 400 for another reason is still an error after the one retry.
        m_sim->clearFaults();
        fault(QStringLiteral("GET /dev-servers/jobs$ status 400 count=2"));
        const int before2 = m_sim->requestCount();
        const auto refused = finish(client.listJobs());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 400);
        QCOMPARE(m_sim->requestCount() - before2, 2);
    }

    // A 403 policy denial carries encoded_authorization_message: kept, with the hint that
    // IAM can decode it, and the request id.
    void policyDenialKeepsTheEncodedMessage()
    {
        fault(QStringLiteral("GET /dev-servers$ status 403 count=1"));
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.listServers());
        QVERIFY(!result.ok());
        const CloudError &e = result.error();
        QCOMPARE(e.kind, CloudError::Kind::Auth);
        QCOMPARE(e.errorCode, QStringLiteral("ModelArts.0203"));
        QVERIFY(e.encodedAuthorizationMessage.startsWith(QLatin1String("SIM-ENCODED-")));
        QVERIFY(!e.requestId.isEmpty());
        QVERIFY2(e.message().contains(e.encodedAuthorizationMessage), qPrintable(e.message()));
        QVERIFY(e.message().contains(QLatin1String("IAM can decode")));
        QVERIFY(e.message().contains(e.requestId));
    }

    // No code in the body: the HTTP status is the code, as in the SDKs.
    void statusStandsInForAMissingCode()
    {
        fault(QStringLiteral("GET /dev-servers$ html 502 count=3"));
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.listServers());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().errorCode, QStringLiteral("502"));
        QVERIFY(result.error().errorCodeIsStatus());
        QVERIFY(!result.error().requestId.isEmpty());
    }

    // A create refused with 400 names the field rules (the SDK's description rule included).
    void refusedCreateNamesTheFieldRules()
    {
        fault(QStringLiteral("POST /dev-servers/jobs$ status 400 count=1"));
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.createJob(request(QStringLiteral("refused-create"))));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 400);
        QVERIFY(result.error().hint.contains(QLatin1String("^[-_.a-zA-Z0-9]{1,64}$")));
        QVERIFY(result.error().hint.contains(QLatin1String("description")));
        QVERIFY(result.error().message().contains(result.error().hint));
    }
};

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_faults.moc"
