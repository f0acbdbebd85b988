// SPDX-License-Identifier: Apache-2.0
#pragma once
// The simulator on a thread of its own, so the console code under test keeps a real event
// loop to itself: the simulator's timers (latency, slow answers) and the client's timeouts
// and retries run side by side, as they would against a remote service.
//
// The Simulator is not thread-safe: everything that touches it goes through run()/get(),
// which execute on the simulator's thread and block until done. That also makes reading the
// request count and changing the fault rules atomic with respect to incoming requests.
#include "simulator.h"

#include <QMetaObject>
#include <QThread>
#include <type_traits>

namespace liteops::test {

class SimThread
{
public:
    explicit SimThread(const sim::SimOptions &options)
    {
        m_thread.setObjectName(QStringLiteral("simulator"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        QString error;
        bool started = false;
        run([&] {
            // Created here so the simulator, its sockets and its timers live on this thread.
            m_sim = new sim::Simulator(options);
            started = m_sim->start(&error);
            m_baseUrl = m_sim->baseUrl();
            m_projectId = m_sim->projectId();
        });
        if (!started)
            qFatal("simulator did not start: %s", qPrintable(error));
    }

    ~SimThread()
    {
        run([this] { delete m_sim; });
        m_thread.quit();
        m_thread.wait();
        delete m_context; // its thread has finished: safe to delete from here
    }

    SimThread(const SimThread &) = delete;
    SimThread &operator=(const SimThread &) = delete;

    QUrl baseUrl() const { return m_baseUrl; }
    QString projectId() const { return m_projectId; }

    // Runs f(simulator) on the simulator's thread and waits for it.
    template <typename F>
    void run(F &&f)
    {
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }

    template <typename F>
    auto get(F &&f)
    {
        std::invoke_result_t<F &, sim::Simulator &> result{};
        run([&] { result = f(*m_sim); });
        return result;
    }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    sim::Simulator *m_sim = nullptr;
    QUrl m_baseUrl;
    QString m_projectId;
};

} // namespace liteops::test
