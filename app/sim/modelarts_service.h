// SPDX-License-Identifier: Apache-2.0
#pragma once
// ModelArts Lite Server (DevServer) endpoints: jobs (list, detail, create, delete), templates
// (list, detail) and servers (list). Answers in the service's shapes via the core encoders.
#include "http_exchange.h"

#include <QList>
#include <vector>

namespace liteops::sim {

class World;
enum class ServerAction : quint8;
struct SimOptions;

class ModelArtsService
{
public:
    ModelArtsService(World &world, const SimOptions &options);

    SimResponse listJobs(const SimRequest &request, qint64 nowMs) const;
    SimResponse jobDetail(const SimRequest &request, const QString &jobId, qint64 nowMs) const;
    SimResponse createJob(const SimRequest &request, qint64 nowMs);
    SimResponse deleteJobs(const SimRequest &request, qint64 nowMs);
    SimResponse listTemplates(const SimRequest &request) const;
    SimResponse templateDetail(const SimRequest &request, const QString &templateId) const;
    SimResponse listServers(const SimRequest &request, qint64 nowMs) const;
    // PUT .../dev-servers/{id}/reboot|start|stop: answers the server in its new status.
    SimResponse serverAction(const SimRequest &request, const QString &serverId, ServerAction action, qint64 nowMs);

    // Error codes the simulator answers with (documented in --help).
    static constexpr const char *kMissingParameter = "ModelArts.0101";
    static constexpr const char *kBadParameter = "ModelArts.0104";
    static constexpr const char *kTooManyServers = "ModelArts.0105";
    static constexpr const char *kNoSuchServer = "ModelArts.6404";
    static constexpr const char *kNoSuchJob = "ModelArts.6405";
    static constexpr const char *kNoSuchTemplate = "ModelArts.6406";
    static constexpr const char *kWrongServerStatus = "ModelArts.6409";

private:
    const std::vector<int> &serversByUpdateTime() const;

    World &m_world;
    int m_taskDurationMs;
    int m_maxServersPerJob;
    mutable std::vector<int> m_byUpdateTime; // built on first use
};

} // namespace liteops::sim
