// SPDX-License-Identifier: Apache-2.0
// Server actions against the simulator over loopback: CloudClient's reboot/start/stop calls
// (success, refusal, throttling, timeout and reset -> unknown, never re-sent: the
// simulator counts what it received) and ServerActionRunner (at most 5 in flight, each
// server's outcome, cancel).
#include "server_action_runner.h"
#include "sim_fixture.h"

#include <QSignalSpy>

using namespace liteops;
using namespace liteops::test;

class ServerActionsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    QStringList m_running;

    QString statusOf(const QString &id) const
    {
        for (const Server &s : m_sim->servers()) {
            if (s.id == id)
                return s.status;
        }
        return {};
    }

    void fault(const QString &spec)
    {
        QString error;
        QVERIFY2(m_sim->addFault(spec, &error), qPrintable(error));
    }

    // Waits for every server to leave its transitional status, so the next test starts clean.
    void settle()
    {
        static const QStringList transitional{QStringLiteral("REBOOTING"), QStringLiteral("STARTING"),
                                              QStringLiteral("STOPPING")};
        for (const QString &id : std::as_const(m_running))
            QTRY_VERIFY_WITH_TIMEOUT(!transitional.contains(statusOf(id)), 5000);
    }

private slots:
    void initTestCase()
    {
        sim::SimOptions o;
        o.servers = 80;
        o.jobs = 0;
        o.taskDurationMs = 300; // how long REBOOTING and the like last
        m_sim = startSimulator(o);
        for (const Server &s : m_sim->servers()) {
            if (s.status == QLatin1String("RUNNING"))
                m_running << s.id;
        }
        QVERIFY(m_running.size() >= 30);
    }

    void cleanup()
    {
        m_sim->clearFaults();
        settle();
    }

    void rebootSucceeds()
    {
        CloudClient client(configFor(*m_sim));
        const Result<Server> r = finish(client.rebootServer(m_running[0]));
        VERIFY_OK(r);
        QCOMPARE(r.value().id, m_running[0]);
        QCOMPARE(r.value().status, QStringLiteral("REBOOTING"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_running[0]), QStringLiteral("RUNNING"), 5000);
    }

    void badIdIsNeverSent()
    {
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        const Result<Server> r = finish(client.stopServer(QStringLiteral("a/b")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, CloudError::Kind::Client);
        QCOMPARE(m_sim->requestCount(), before);
    }

    void refusalsCarryTheServiceCode()
    {
        CloudClient client(configFor(*m_sim));
        Result<Server> r = finish(client.startServer(m_running[1])); // it is RUNNING
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 409);
        QCOMPARE(r.error().errorCode, QStringLiteral("ModelArts.6409"));
        r = finish(client.rebootServer(QStringLiteral("00000000-0000-4000-8000-000000000000")));
        QCOMPARE(r.error().kind, CloudError::Kind::NotFound);
        QCOMPARE(r.error().errorCode, QStringLiteral("ModelArts.6404"));
    }

    // 429: the gateway refused it before the service saw it, so it is safe to send again.
    void throttledOnceThenSucceeds()
    {
        fault(QStringLiteral("PUT /stop$ throttle 1 count=1"));
        ClientConfig c = configFor(*m_sim);
        c.retryMaxDelayMs = 1200;
        CloudClient client(c);
        const int before = m_sim->requestCount();
        const Result<Server> r = finish(client.stopServer(m_running[2]));
        VERIFY_OK(r);
        QCOMPARE(r.value().status, QStringLiteral("STOPPING"));
        QCOMPARE(m_sim->requestCount(), before + 2);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_running[2]), QStringLiteral("STOPPED"), 5000);
        VERIFY_OK(finish(client.startServer(m_running[2])));
    }

    void timeoutOrResetIsUnknownAndSentOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("timeout") << QStringLiteral("latency 1500");
        QTest::newRow("reset") << QStringLiteral("truncate");
    }

    void timeoutOrResetIsUnknownAndSentOnce()
    {
        QFETCH(QString, kind);
        fault(QStringLiteral("PUT /reboot$ %1 count=5").arg(kind));
        ClientConfig c = configFor(*m_sim);
        c.timeoutMs = 300;
        CloudClient client(c);
        const int before = m_sim->requestCount();
        const Result<Server> r = finish(client.rebootServer(m_running[3]));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, CloudError::Kind::UnknownOutcome);
        // It did reach the service (the server rebooted), and it was sent exactly once.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_running[3]), QStringLiteral("RUNNING"), 5000);
        QCOMPARE(m_sim->requestCount(), before + 1);
        QCOMPARE(client.pendingCallCount(), 0);
    }

    void runnerKeepsFiveInFlight()
    {
        fault(QStringLiteral("PUT /reboot$ latency 150"));
        CloudClient client(configFor(*m_sim));
        const QStringList ids = m_running.mid(4, 12);
        ServerActionRunner runner(&client, ServerAction::Reboot, ids);
        QSignalSpy each(&runner, &ServerActionRunner::serverFinished);
        QSignalSpy done(&runner, &ServerActionRunner::finished);
        const int before = m_sim->requestCount();
        runner.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(each.size(), ids.size());
        QCOMPARE(runner.count(ServerActionRunner::Outcome::Succeeded), ids.size());
        QVERIFY(runner.allSucceeded());
        QCOMPARE(runner.peakInFlight(), ServerActionRunner::kMaxInFlight);
        QCOMPARE(m_sim->requestCount(), before + ids.size());
        for (const ServerActionRunner::ServerOutcome &o : runner.outcomes())
            QCOMPARE(o.status, QStringLiteral("REBOOTING"));
    }

    // One refused, one unknown, the rest succeeded; nothing is sent twice.
    void runnerReportsEachOutcome()
    {
        const QString unknown = m_running[16];
        fault(QStringLiteral("PUT /%1/stop$ latency 1500 count=1").arg(unknown));
        ClientConfig c = configFor(*m_sim);
        c.timeoutMs = 400;
        CloudClient client(c);
        QStringList ids = m_running.mid(16, 6);
        ids << QStringLiteral("00000000-0000-4000-8000-000000000000");
        ServerActionRunner runner(&client, ServerAction::Stop, ids);
        QSignalSpy done(&runner, &ServerActionRunner::finished);
        const int before = m_sim->requestCount();
        runner.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(runner.outcomes().size(), ids.size());
        QCOMPARE(runner.count(ServerActionRunner::Outcome::Succeeded), 5);
        QCOMPARE(runner.count(ServerActionRunner::Outcome::Unknown), 1);
        QCOMPARE(runner.count(ServerActionRunner::Outcome::Refused), 1);
        QVERIFY(!runner.allSucceeded());
        for (const ServerActionRunner::ServerOutcome &o : runner.outcomes()) {
            if (o.serverId == unknown)
                QCOMPARE(o.outcome, ServerActionRunner::Outcome::Unknown);
            if (o.outcome == ServerActionRunner::Outcome::Refused)
                QCOMPARE(o.errorCode, QStringLiteral("ModelArts.6404"));
        }
        QCOMPARE(m_sim->requestCount(), before + ids.size());
        for (const QString &id : m_running.mid(16, 6))
            QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("STOPPED"), 5000);
        ServerActionRunner restart(&client, ServerAction::Start, m_running.mid(16, 6));
        QSignalSpy restarted(&restart, &ServerActionRunner::finished);
        restart.start();
        QVERIFY(restarted.wait(10000));
        QVERIFY(restart.allSucceeded());
    }

    // Cancel with five calls sent: those are unknown (not undone, not re-sent), the rest
    // are not sent.
    void runnerCancelsCleanly()
    {
        fault(QStringLiteral("PUT /reboot$ latency 2000"));
        CloudClient client(configFor(*m_sim));
        const QStringList ids = m_running.mid(22, 8);
        ServerActionRunner runner(&client, ServerAction::Reboot, ids);
        QSignalSpy done(&runner, &ServerActionRunner::finished);
        const int before = m_sim->requestCount();
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestCount(), before + 5, 5000);
        runner.cancel();
        QCOMPARE(done.size(), 1);
        QVERIFY(runner.isFinished());
        QCOMPARE(runner.count(ServerActionRunner::Outcome::Unknown), 5);
        QCOMPARE(runner.count(ServerActionRunner::Outcome::NotSent), 3);
        QCOMPARE(client.pendingCallCount(), 0);
        QCOMPARE(m_sim->requestCount(), before + 5);
    }
};

QTEST_GUILESS_MAIN(ServerActionsTest)
#include "tst_server_actions.moc"
