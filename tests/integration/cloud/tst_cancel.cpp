// SPDX-License-Identifier: Apache-2.0
// Cancellation: a cancelled call finishes once with Cancelled and stops its requests; a
// deleted client takes its calls with it without crashing; a call can be kept past
// finished() when auto-delete is off.
#include "sim_fixture.h"

#include <QPointer>

using namespace liteops;
using namespace liteops::test;

class CancelTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;

private slots:
    void initTestCase()
    {
        sim::SimOptions o;
        o.jobs = 60;
        m_sim = startSimulator(o);
    }

    void cleanup() { m_sim->clearFaults(); }

    void cancelWhileWaitingForTheService()
    {
        QString error;
        QVERIFY(m_sim->addFault(QStringLiteral("GET /dev-servers/jobs$ latency 3000"), &error));
        ClientConfig c = configFor(*m_sim);
        c.pageSize = 10;
        CloudClient client(c);
        const int before = m_sim->requestCount();
        auto *call = client.listJobs();
        call->setAutoDelete(false);
        std::unique_ptr<CloudCall> owner(call);
        QSignalSpy finished(call, &CloudCall::finished);
        // Once the first request has reached the service, cancel.
        QTRY_VERIFY(m_sim->requestCount() > before && client.pendingCallCount() == 1);
        call->cancel();
        QCOMPARE(finished.size(), 1); // emitted by cancel() itself
        QVERIFY(call->isFinished());
        QVERIFY(call->error());
        QCOMPARE(call->error()->kind, CloudError::Kind::Cancelled);
        call->cancel(); // a second cancel is harmless
        QCOMPARE(finished.size(), 1);
        QCOMPARE(client.pendingCallCount(), 0);
        // Nothing else arrives later (the delayed answer is dropped).
        QVERIFY(!finished.wait(3500));
        QCOMPARE(finished.size(), 1);
    }

    void cancelBeforeStart()
    {
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        auto *call = client.getJob(m_sim->jobs().constFirst().id);
        QPointer<CloudCall> guard(call);
        QSignalSpy finished(call, &CloudCall::finished);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(guard.isNull()); // auto-deleted after finished()
        QCOMPARE(m_sim->requestCount(), before);
    }

    void cancelDuringRetryWait()
    {
        QString error;
        QVERIFY(m_sim->addFault(QStringLiteral("GET /dev-servers$ throttle 30 count=1"), &error));
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        auto *call = client.listServers();
        QSignalSpy finished(call, &CloudCall::finished);
        QTRY_VERIFY(m_sim->requestCount() > before); // the throttled attempt was answered
        const int requests = m_sim->requestCount();
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.wait(500));
        QCOMPARE(m_sim->requestCount(), requests); // the retry never went out
    }

    void deletingTheClientStopsItsCalls()
    {
        QString error;
        QVERIFY(m_sim->addFault(QStringLiteral("GET /dev-servers/jobs$ latency 2000"), &error));
        auto client = std::make_unique<CloudClient>(configFor(*m_sim));
        const int before = m_sim->requestCount();
        QPointer<CloudCall> call = client->listJobs();
        QSignalSpy finished(call.data(), &CloudCall::finished);
        QTRY_VERIFY(m_sim->requestCount() > before);
        client.reset();
        QVERIFY(call.isNull());
        QCOMPARE(finished.size(), 0);
    }

    void keptCallOutlivesFinished()
    {
        CloudClient client(configFor(*m_sim));
        auto *call = client.listTemplates();
        call->setAutoDelete(false);
        QPointer<Call<QList<Template>>> guard(call);
        QSignalSpy finished(call, &CloudCall::finished);
        QVERIFY(finished.wait(10000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!guard.isNull());
        QVERIFY(call->result().ok());
        delete call;
    }

    void cancellingASentCreateLeavesItsOutcomeUnknown()
    {
        QString error;
        QVERIFY(m_sim->addFault(QStringLiteral("POST /dev-servers/jobs$ latency 1500 count=1"), &error));
        CloudClient client(configFor(*m_sim));
        CreateJobRequest request;
        request.name = QStringLiteral("cancelled-create");
        request.type = QStringLiteral("HDK_QUERY");
        request.serverIds = {m_sim->servers().constFirst().id};
        request.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
        const int bodies = int(m_sim->receivedCreateBodies().size());
        auto *call = client.createJob(request);
        call->setAutoDelete(false);
        std::unique_ptr<CloudCall> owner(call);
        QTRY_COMPARE(int(m_sim->receivedCreateBodies().size()), bodies + 1);
        call->cancel();
        QVERIFY(call->error());
        QCOMPARE(call->error()->kind, CloudError::Kind::UnknownOutcome);
    }

    void thenDeliversTheResult()
    {
        CloudClient client(configFor(*m_sim));
        auto *call = client.listServers();
        int rows = -1;
        QObject context;
        call->then(&context, [&](const Result<QList<Server>> &r) { rows = r.ok() ? int(r.value().size()) : -2; });
        QTRY_COMPARE(rows, int(m_sim->servers().size()));
    }
};

QTEST_GUILESS_MAIN(CancelTest)
#include "tst_cancel.moc"
