// SPDX-License-Identifier: Apache-2.0
#include "simulator_thread.h"

namespace liteops::sim {

SimulatorThread::SimulatorThread()
{
    m_thread.setObjectName(QStringLiteral("simulator"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

SimulatorThread::~SimulatorThread()
{
    if (m_sim) {
        Simulator *sim = m_sim;
        QMetaObject::invokeMethod(
            m_context, [sim] { delete sim; }, Qt::BlockingQueuedConnection);
        m_sim = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    delete m_context; // its thread has finished: safe to delete from here
}

bool SimulatorThread::start(const SimOptions &options, QString *errorMessage)
{
    if (m_sim)
        return true;
    bool started = false;
    QString error;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
        // Created here so the simulator, its sockets and its timers live on this thread.
        auto *sim = new Simulator(options);
        started = sim->start(&error);
        if (!started) {
            delete sim;
            return;
        }
        m_sim = sim;
        m_baseUrl = sim->baseUrl();
        m_projectId = sim->projectId();
        },
        Qt::BlockingQueuedConnection);
    if (!started && errorMessage)
        *errorMessage = error;
    return started;
}

QList<liteops::Job> SimulatorThread::jobs()
{
    return get([](Simulator &s) { return s.jobs(); });
}

QList<liteops::Server> SimulatorThread::servers()
{
    return get([](Simulator &s) { return s.servers(); });
}

int SimulatorThread::requestCount()
{
    return get([](Simulator &s) { return s.requestCount(); });
}

bool SimulatorThread::addFault(const QString &spec, QString *errorMessage)
{
    return get([&](Simulator &s) { return s.addFault(spec, errorMessage); });
}

void SimulatorThread::clearFaults()
{
    run([](Simulator &s) { s.clearFaults(); });
}

} // namespace liteops::sim
