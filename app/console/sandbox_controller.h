// SPDX-License-Identifier: Apache-2.0
#pragma once
// The "Local sandbox": the cloud simulator running in-process on a free loopback port, with
// fresh random AK/SK for the session so every request the console makes is really signed
// and verified, exactly as against Huawei Cloud. The simulator runs on a thread of its own
// (sim::SimulatorThread): the GUI thread never serves HTTP, and a busy GUI thread never
// holds up an answer.
#include "cloud_client.h"
#include "job_ref.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace liteops::sim {
class SimulatorThread;
}

namespace liteops {

struct SandboxOptions
{
    int servers = 64;
    int jobs = 40;
    int taskDurationMs = 4000;
    double failureRate = 0.1;
    quint64 seed = 1;
};

class SandboxController : public QObject
{
    Q_OBJECT
public:
    explicit SandboxController(QObject *parent = nullptr);
    ~SandboxController() override;

    // Starts the simulator (once); false with a translated message when it cannot listen.
    bool start(const SandboxOptions &options, QString *errorMessage);
    bool isRunning() const;
    // A client config pointing every service at the simulator, with this session's keys.
    ClientConfig clientConfig() const;
    // The simulator behind it (null until started); touch it only through its run()/get().
    liteops::sim::SimulatorThread *simulator() const { return m_sim.get(); }
    QUrl baseUrl() const;
    // The sandbox's ServiceStage and IEF jobs (no list call finds them), for the Open Job
    // dialog; known from the seed when the sandbox starts. Empty while not running.
    QList<JobRef> sampleJobs() const { return m_samples; }
    // "ServiceStage: FAILED, 1 failed, ... of 24 tasks" for a sample id; empty for others.
    QString sampleDescription(const JobRef &ref) const { return m_sampleText.value(ref.id); }

    // Display name of the sandbox in the profile switcher.
    static QString profileName();

private:
    std::unique_ptr<liteops::sim::SimulatorThread> m_sim;
    QString m_accessKey;
    QString m_secretKey;
    QList<JobRef> m_samples;
    QHash<QString, QString> m_sampleText;
};

} // namespace liteops
