// SPDX-License-Identifier: Apache-2.0
// Fault injection, from the API and from the control endpoint: each kind, count=, p=, method
// and path matching, and spec validation.
#include "sim_http.h"

#include "core/decode.h"
#include "core/encode.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace simtest;
using liteops::sim::Simulator;

class SimFaultsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<Client> m_client;

    Answer jobs(const QString &limit = QStringLiteral("10"))
    {
        return m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs"), QUrlQuery{{QStringLiteral("limit"), limit}});
    }
    void addFault(const QString &spec)
    {
        QString error;
        QVERIFY2(m_sim->addFault(spec, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        liteops::sim::SimOptions o = quietOptions();
        o.jobs = 30;
        m_sim = std::make_unique<Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_client = std::make_unique<Client>(*m_sim);
    }

    void cleanup() { m_sim->clearFaults(); }

    void latency()
    {
        addFault(QStringLiteral("GET /dev-servers/jobs$ latency 400 count=1"));
        QElapsedTimer timer;
        timer.start();
        const Answer slow = jobs();
        QVERIFY(timer.elapsed() >= 390);
        QCOMPARE(slow.status, 200);
        QVERIFY(liteops::decodeJobListPage(slow.body).ok());
    }

    void statusWithHuaweiBody()
    {
        addFault(QStringLiteral("GET /dev-servers/jobs$ status 503 count=1"));
        const Answer a = jobs();
        QCOMPARE(a.status, 503);
        const auto error = liteops::decodeErrorBody(a.body);
        QVERIFY(error.has_value());
        QVERIFY(!error->errorCode.isEmpty());
        QVERIFY(!a.header("X-Request-Id").isEmpty());
        QCOMPARE(jobs().status, 200); // count=1 is used up
    }

    void throttle()
    {
        addFault(QStringLiteral("* /dev-servers/jobs throttle 3 count=1"));
        const Answer a = jobs();
        QCOMPARE(a.status, 429);
        QCOMPARE(a.errorCode(), QStringLiteral("APIGW.0308"));
        QCOMPARE(a.header("Retry-After"), QByteArray("3"));
        addFault(QStringLiteral("* /dev-servers/jobs throttle count=1"));
        QCOMPARE(jobs().header("Retry-After"), QByteArray("2"));
    }

    void throttledCreateNeverReachesTheService()
    {
        addFault(QStringLiteral("POST /dev-servers/jobs$ throttle count=1"));
        const qsizetype before = m_sim->receivedCreateBodies().size();
        const Answer a = m_client->send("POST", m_client->url(QStringLiteral("/v1/%1/dev-servers/jobs")), "{}");
        QCOMPARE(a.status, 429);
        QCOMPARE(m_sim->receivedCreateBodies().size(), before);
    }

    void htmlPage()
    {
        addFault(QStringLiteral("GET /dev-servers/jobs$ html 502 count=1"));
        const Answer a = jobs();
        QCOMPARE(a.status, 502);
        QVERIFY(a.header("Content-Type").startsWith("text/html"));
        QVERIFY(a.body.contains("<html>"));
        QVERIFY(!liteops::decodeErrorBody(a.body).has_value());
    }

    void truncate()
    {
        addFault(QStringLiteral("GET /dev-servers/jobs$ truncate count=1"));
        const Answer a = jobs(QStringLiteral("30"));
        QVERIFY(a.finished);
        QVERIFY2(a.error != QNetworkReply::NoError, "a cut-off body is a transport error");
        QVERIFY(!liteops::decodeJobListPage(a.body).ok());
    }

    void truncatedCreateStillCreates()
    {
        // The ambiguous failure the wizard must reconcile: the job exists, the answer is lost.
        addFault(QStringLiteral("POST /dev-servers/jobs$ truncate count=1"));
        const QString serverId = m_sim->servers().first().id;
        liteops::CreateJobRequest request;
        request.name = QStringLiteral("ambiguous-1");
        request.type = QStringLiteral("HDK_QUERY");
        request.serverIds = {serverId};
        request.items = {liteops::JobItem{QStringLiteral("HDK_QUERY"), {}}};
        const QByteArray body = liteops::encodeCreateRequest(request);
        const Answer a = m_client->send("POST", m_client->url(QStringLiteral("/v1/%1/dev-servers/jobs")), body);
        QVERIFY(a.error != QNetworkReply::NoError);
        QCOMPARE(m_sim->receivedCreateBodies().last(), body);
        const Answer list = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs"),
                                          QUrlQuery{{QStringLiteral("name"), QStringLiteral("ambiguous-1")}});
        QCOMPARE(list.json().value(u"total").toInt(), 1);
    }

    void malformed()
    {
        addFault(QStringLiteral("GET /dev-servers/jobs$ malformed count=1"));
        const Answer a = jobs();
        QCOMPARE(a.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(a.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(!liteops::decodeJobListPage(a.body).ok());
    }

    void slow()
    {
        const Answer normal = jobs();
        QVERIFY(normal.body.size() > 1500);
        addFault(QStringLiteral("GET /dev-servers/jobs$ slow 2000 count=1"));
        QElapsedTimer timer;
        timer.start();
        const Answer a = jobs();
        const qint64 expectedMs = (a.body.size() * 1000) / 2000;
        QVERIFY2(timer.elapsed() >= expectedMs - 250,
                 qPrintable(QStringLiteral("%1 ms for %2 bytes").arg(timer.elapsed()).arg(a.body.size())));
        QCOMPARE(a.status, 200);
        QVERIFY(liteops::decodeJobListPage(a.body).ok());
    }

    void methodAndPathMatching()
    {
        addFault(QStringLiteral("POST /dev-servers/jobs$ status 500"));
        QCOMPARE(jobs().status, 200); // GET is not POST
        m_sim->clearFaults();
        addFault(QStringLiteral("GET limit status 500")); // the query is not part of the path
        QCOMPARE(jobs().status, 200);
        addFault(QStringLiteral("get ^/v1/[^/]+/dev-servers$ status 500"));
        QCOMPARE(m_client->get(QStringLiteral("/v1/%1/dev-servers")).status, 500);
        QCOMPARE(jobs().status, 200);
    }

    void countLimitsHits()
    {
        addFault(QStringLiteral("GET /dev-servers/jobs$ status 500 count=3"));
        QList<int> statuses;
        for (int i = 0; i < 5; ++i)
            statuses.append(jobs().status);
        QCOMPARE(statuses, (QList<int>{500, 500, 500, 200, 200}));
    }

    void probabilityHitsSome()
    {
        addFault(QStringLiteral("GET /dev-servers/jobs$ status 500 p=0.5"));
        int hits = 0;
        for (int i = 0; i < 40; ++i)
            hits += jobs().status == 500 ? 1 : 0;
        QVERIFY2(hits > 5 && hits < 35, qPrintable(QString::number(hits)));
    }

    void controlApi()
    {
        const QUrl faults = m_client->url(QStringLiteral("/_sim/faults"));
        const Answer added = m_client->send("POST", faults, "GET /dev-servers/jobs$ status 504 count=1",
                                            {{"Content-Type", "text/plain"}});
        QCOMPARE(added.status, 201);
        QCOMPARE(jobs().status, 504);
        QCOMPARE(m_client->send("POST", faults, "GET /dev-servers/jobs$ status 500", {{"Content-Type", "text/plain"}})
                     .status,
                 201);
        QCOMPARE(m_client->send("DELETE", faults).status, 200);
        QCOMPARE(jobs().status, 200);
        const Answer bad = m_client->send("POST", faults, "GET ( status 500", {{"Content-Type", "text/plain"}});
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json().value(u"error_msg").toString().contains(QLatin1String("PATH-REGEX")));
    }

    void controlApiIgnoresFaults()
    {
        addFault(QStringLiteral("* . status 500"));
        const Answer a = m_client->get(QStringLiteral("/_sim/catalog"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"modelarts_jobs").toArray().size(), 30 + 1); // + the created one
        const int before = m_sim->requestCount();
        jobs();
        QCOMPARE(m_sim->requestCount(), before + 1);
    }

    void badSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("too short") << "GET /x";
        QTest::newRow("bad method") << "FETCH /x latency 10";
        QTest::newRow("bad regex") << "GET ( latency 10";
        QTest::newRow("bad kind") << "GET /x explode";
        QTest::newRow("latency without ms") << "GET /x latency";
        QTest::newRow("status without code") << "GET /x status count=2";
        QTest::newRow("status out of range") << "GET /x status 99";
        QTest::newRow("html out of range") << "GET /x html 700";
        QTest::newRow("slow zero") << "GET /x slow 0";
        QTest::newRow("count zero") << "GET /x truncate count=0";
        QTest::newRow("p zero") << "GET /x truncate p=0";
        QTest::newRow("p above one") << "GET /x truncate p=1.5";
        QTest::newRow("junk") << "GET /x truncate now";
        QTest::newRow("negative arg") << "GET /x latency -5";
    }
    void badSpecs()
    {
        QFETCH(QString, spec);
        QString error;
        QVERIFY(!m_sim->addFault(spec, &error));
        QVERIFY(!error.isEmpty());
        liteops::sim::SimOptions o;
        QVERIFY(!liteops::sim::parseArguments({QStringLiteral("liteops-sim"), QStringLiteral("--fault"), spec}, &o,
                                              &error));
    }
};

QTEST_GUILESS_MAIN(SimFaultsTest)
#include "tst_sim_faults.moc"
