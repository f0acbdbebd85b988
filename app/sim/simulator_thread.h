// SPDX-License-Identifier: Apache-2.0
#pragma once
// A Simulator on a thread of its own: its HTTP server, sockets and timers live there, so the
// thread that owns a SimulatorThread (the console's GUI thread, for the Local sandbox) never
// serves HTTP, and a busy GUI thread never delays an answer.
//
// The Simulator is not thread-safe: everything that touches it runs on its thread through
// run()/get(), which block until done (never call them from a slot the simulator's thread
// is waiting on). That also makes reading the request count and changing the fault rules
// atomic with respect to incoming requests.
#include "simulator.h"

#include <QMetaObject>
#include <QThread>
#include <type_traits>

namespace liteops::sim {

class SimulatorThread
{
public:
    SimulatorThread();
    ~SimulatorThread(); // stops serving, then the thread
    SimulatorThread(const SimulatorThread &) = delete;
    SimulatorThread &operator=(const SimulatorThread &) = delete;

    // Creates the simulator on its thread and starts it; false with the message otherwise.
    bool start(const SimOptions &options, QString *errorMessage);
    bool isRunning() const { return m_sim != nullptr; }

    // Fixed once started; safe from any thread.
    QUrl baseUrl() const { return m_baseUrl; }
    QString projectId() const { return m_projectId; }
    // The thread that serves HTTP.
    const QThread *servingThread() const { return &m_thread; }

    // Runs f(simulator) on the simulator's thread and waits for it.
    template <typename F>
    void run(F &&f)
    {
        Simulator *sim = m_sim;
        if (QThread::currentThread() == &m_thread)
            f(*sim);
        else
            QMetaObject::invokeMethod(
                m_context, [&f, sim] { f(*sim); }, Qt::BlockingQueuedConnection);
    }
    template <typename F>
    auto get(F &&f)
    {
        std::invoke_result_t<F &, Simulator &> result{};
        run([&](Simulator &s) { result = f(s); });
        return result;
    }

    // The Simulator calls tests and tools use, each run on the simulator's thread.
    QList<liteops::Job> jobs();
    QList<liteops::Server> servers();
    int requestCount();
    bool addFault(const QString &spec, QString *errorMessage);
    void clearFaults();

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: the target of run()
    Simulator *m_sim = nullptr;   // created, used and deleted on m_thread
    QUrl m_baseUrl;
    QString m_projectId;
};

} // namespace liteops::sim
