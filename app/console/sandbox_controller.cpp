// SPDX-License-Identifier: Apache-2.0
#include "sandbox_controller.h"

#include "simulator_thread.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace liteops {
namespace {

QString randomKey(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString key;
    key.reserve(length);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        key.append(QLatin1Char(alphabet[rng->bounded(int(sizeof(alphabet) - 1))]));
    return key;
}

} // namespace

SandboxController::SandboxController(QObject *parent) : QObject(parent) {}

SandboxController::~SandboxController() = default;

bool SandboxController::start(const SandboxOptions &options, QString *errorMessage)
{
    if (m_sim)
        return true;
    m_accessKey = randomKey(20);
    m_secretKey = randomKey(40);
    liteops::sim::SimOptions sim;
    sim.port = 0; // any free loopback port
    sim.seed = options.seed;
    sim.servers = options.servers;
    sim.jobs = options.jobs;
    sim.taskDurationMs = options.taskDurationMs;
    sim.failureRate = options.failureRate;
    sim.accessKey = m_accessKey;
    sim.secretKey = m_secretKey;
    auto simulator = std::make_unique<liteops::sim::SimulatorThread>();
    QString error;
    if (!simulator->start(sim, &error)) {
        if (errorMessage)
            *errorMessage = tr("The local sandbox could not start: %1").arg(error);
        return false;
    }
    m_sim = std::move(simulator);
    m_samples.clear();
    m_sampleText.clear();
    for (const liteops::sim::SampleJob &s : liteops::sim::Simulator::sampleJobs(sim)) {
        m_samples << JobRef{s.provider, s.id, {}};
        m_sampleText.insert(s.id, QStringLiteral("%1, %2").arg(s.status, s.summary));
    }
    return true;
}

bool SandboxController::isRunning() const
{
    return m_sim != nullptr;
}

QUrl SandboxController::baseUrl() const
{
    return m_sim ? m_sim->baseUrl() : QUrl();
}

ClientConfig SandboxController::clientConfig() const
{
    ClientConfig config;
    if (!m_sim)
        return config;
    const QUrl base = m_sim->baseUrl();
    config.endpoints.modelArts = base;
    config.endpoints.serviceStage = base;
    config.endpoints.ief = base;
    config.endpoints.iam = base;
    config.projectId = m_sim->projectId();
    config.credentials.mode = Credentials::Mode::AkSk;
    config.credentials.accessKey = m_accessKey;
    config.credentials.secretKey = m_secretKey;
    config.timeoutMs = 15000;
    return config;
}

QString SandboxController::profileName()
{
    return tr("Local sandbox");
}

} // namespace liteops
