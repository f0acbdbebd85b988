// SPDX-License-Identifier: Apache-2.0
// The servers' own behaviour in the simulated world: which tails of the fleet the seeded
// history never queried or queried long ago, which servers are flaky, and the server actions
// (reboot, start, stop) with their transitional statuses.
#include "world.h"

#include "seeded_random.h"

namespace liteops::sim {

namespace {

constexpr quint64 kSaltFlaky = 0xF1A4;

// A tail of about one server in twenty; none in worlds too small to spare one.
int tailSize(int serverCount)
{
    return serverCount < 8 ? 0 : qMax(1, serverCount / 20);
}

struct ActionShape
{
    const char *transitional;
    const char *final;
};

ActionShape shapeOf(ServerAction action)
{
    switch (action) {
    case ServerAction::Reboot: return {"REBOOTING", "RUNNING"};
    case ServerAction::Start: return {"STARTING", "RUNNING"};
    case ServerAction::Stop: return {"STOPPING", "STOPPED"};
    }
    return {"REBOOTING", "RUNNING"};
}

// The statuses each action may start from (the transitional ones refuse every action).
bool actionAllowedFrom(ServerAction action, const QString &status)
{
    static const QStringList runningLike{QStringLiteral("RUNNING"), QStringLiteral("ERROR"),
                                         QStringLiteral("REBOOT_FAILED"), QStringLiteral("STOP_FAILED")};
    static const QStringList stoppedLike{QStringLiteral("STOPPED"), QStringLiteral("START_FAILED")};
    return action == ServerAction::Start ? stoppedLike.contains(status) : runningLike.contains(status);
}

} // namespace

std::pair<int, int> World::unqueriedServers() const
{
    const int tail = tailSize(m_serverCount);
    return {m_serverCount - tail, tail};
}

std::pair<int, int> World::staleQueriedServers() const
{
    const int tail = tailSize(m_serverCount);
    return {m_serverCount - 2 * tail, tail};
}

int World::queriedServerCount() const
{
    return m_serverCount - 2 * tailSize(m_serverCount);
}

bool World::serverFlaky(int index) const
{
    // Running servers the recent fleet query reaches (so a fleet view sees their failures):
    // about one in twenty-five, plus every 29th so small worlds have some too.
    if (index < 1 || index >= queriedServerCount() || seededServerStatus(index) != QLatin1String("RUNNING"))
        return false;
    return index % 29 == 5 || unitOf(hashOf(m_seed, kSaltFlaky, quint64(index))) < 0.04;
}

QString World::flakyMessage(int index) const
{
    // One message per server, the same every time: what makes a failure cluster.
    const quint64 h = hashOf(m_seed, kSaltFlaky, quint64(index), 1);
    switch (h % 4) {
    case 0: return QStringLiteral("npu-smi info failed: device %1 is not reachable (dcmi error -8020)").arg(h % 8);
    case 1: return QStringLiteral("driver health check failed: /dev/davinci%1 is missing").arg(h % 8);
    case 2: return QStringLiteral("HCCS link %1 of device %2 is down").arg((h >> 8) % 7).arg(h % 8);
    default: return QStringLiteral("ssh to %1 timed out after 30s").arg(server(index, 0).privateIps.value(0));
    }
}

QString World::serverStatus(int index, qint64 atMs) const
{
    QString status = seededServerStatus(index);
    const auto it = m_actions.constFind(index);
    if (it == m_actions.cend())
        return status;
    for (const ActionRecord &a : *it) {
        if (a.atMs > atMs)
            break;
        const ActionShape shape = shapeOf(a.action);
        status = QLatin1String(atMs < a.atMs + m_actionDurationMs ? shape.transitional : shape.final);
    }
    return status;
}

QString World::applyServerAction(int index, ServerAction action, qint64 nowMs)
{
    const QString status = serverStatus(index, nowMs);
    if (!actionAllowedFrom(action, status))
        return status;
    m_actions[index].append(ActionRecord{nowMs, action});
    return {};
}

} // namespace liteops::sim
