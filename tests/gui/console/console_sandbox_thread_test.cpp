// SPDX-License-Identifier: Apache-2.0
// The Local sandbox off the GUI thread: its simulator serves HTTP on a thread of its own
// (sim::SimulatorThread). With a 10,000-server fleet the "fleet query" job has 10,000 tasks:
//  * the simulator's thread is not the GUI thread, and requests are handled there;
//  * while the GUI thread is busy (it processes no events at all), a client on another
//    thread still gets the whole 10,000-task job: the sandbox stays responsive;
//  * the console's own path (the client on the GUI thread, decoding off it) opens the job
//    with the GUI thread's longest stall reported, and well below the time the whole
//    exchange takes: the simulator's work is not in it.
#include "test_credentials.h"
#include "cloud_client.h"
#include "sandbox_controller.h"
#include "simulator_thread.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>

using namespace liteops;

class SandboxThreadTest : public QObject
{
    Q_OBJECT

    SandboxController m_sandbox;
    QString m_bigJob;
    qint64 m_otherThreadMs = 0;

private slots:
    void initTestCase()
    {
        SandboxOptions o;
        o.servers = 10000;
        o.jobs = 5;
        QString error;
        QVERIFY2(m_sandbox.start(o, &error), qPrintable(error));
        const Credentials keys = m_sandbox.clientConfig().credentials;
        testenv::noteGenerated("ak", keys.accessKey);
        testenv::noteGenerated("sk", keys.secretKey);
        qsizetype most = 0;
        for (const Job &j : m_sandbox.simulator()->jobs()) {
            if (j.tasks.size() > most) {
                most = j.tasks.size();
                m_bigJob = j.id;
            }
        }
        QCOMPARE(most, qsizetype(10000));
    }

    void servesOnItsOwnThread()
    {
        sim::SimulatorThread *sim = m_sandbox.simulator();
        QVERIFY(sim->servingThread() != QThread::currentThread());
        QVERIFY(sim->servingThread()->isRunning());
        const QThread *where = sim->get([](sim::Simulator &s) { return s.thread(); });
        QCOMPARE(where, sim->servingThread());
    }

    void answersWhileTheGuiThreadIsBusy()
    {
        // A client with an event loop of its own, on another thread.
        QThread clientThread;
        QObject context;
        context.moveToThread(&clientThread);
        clientThread.start();
        std::atomic<int> tasks{-1};
        std::atomic<bool> done{false};
        QString error;
        const ClientConfig config = m_sandbox.clientConfig();
        const int requestsBefore = m_sandbox.simulator()->requestCount();
        QElapsedTimer clock;
        clock.start();
        QMetaObject::invokeMethod(&context, [&] {
            auto *client = new CloudClient(config);
            Call<Job> *call = client->getJob(m_bigJob);
            QObject::connect(call, &CloudCall::finished, client, [&, client, call] {
                if (call->result().ok())
                    tasks = int(call->result().value().tasks.size());
                else
                    error = call->result().error().message();
                client->deleteLater();
                done = true;
            });
        });
        // The GUI thread is busy: it processes no event until the answer is in or 60 s pass.
        volatile quint64 work = 0;
        while (!done && clock.elapsed() < 60000) {
            for (int i = 0; i < 100000; ++i)
                work = work + quint64(i) * 2654435761u;
        }
        m_otherThreadMs = clock.elapsed();
        clientThread.quit();
        clientThread.wait();
        QVERIFY2(done, "no answer while the GUI thread was busy: the sandbox serves on the GUI thread");
        QVERIFY2(tasks == 10000, qPrintable(error));
        QVERIFY(m_sandbox.simulator()->requestCount() > requestsBefore);
        qInfo("10,000-task job answered while the GUI thread was busy: %lld ms", m_otherThreadMs);
    }

    void guiThreadStallWhileOpeningTheLargeJob()
    {
        CloudClient client(m_sandbox.clientConfig());
        // Longest gap between 5 ms ticks of a GUI-thread timer while the job is fetched.
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] { longest = std::max(longest, sinceTick.restart()); });
        QElapsedTimer clock;
        clock.start();
        sinceTick.start();
        ticker.start();
        Call<Job> *call = client.getJob(m_bigJob);
        call->setAutoDelete(false);
        QSignalSpy finished(call, &CloudCall::finished);
        QVERIFY(finished.wait(60000));
        const qint64 total = clock.elapsed();
        longest = std::max(longest, sinceTick.elapsed());
        ticker.stop();
        const CloudError *failure = call->result().errorOrNull();
        QVERIFY2(!failure, qPrintable(failure ? failure->message() : QString()));
        QCOMPARE(call->result().value().tasks.size(), qsizetype(10000));
        delete call;
        qInfo("opening the 10,000-task job from the GUI thread: %lld ms in all, longest GUI-thread stall %lld ms",
              total, longest);
        // The simulator's work (building and sending 10,000 tasks) and the decoding run
        // elsewhere: what stalls the GUI thread is a small part of the exchange.
        QVERIFY2(longest < std::max<qint64>(total / 2, 200),
                 qPrintable(QStringLiteral("stall %1 ms of %2 ms").arg(longest).arg(total)));
    }
};

QTEST_MAIN(SandboxThreadTest)
#include "console_sandbox_thread_test.moc"
