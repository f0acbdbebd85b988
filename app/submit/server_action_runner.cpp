// SPDX-License-Identifier: Apache-2.0
#include "server_action_runner.h"

#include "fleet_jobs.h"

namespace liteops {

namespace {

ServerActionRunner::Outcome outcomeOf(const CloudError &error)
{
    switch (error.kind) {
    case CloudError::Kind::UnknownOutcome: return ServerActionRunner::Outcome::Unknown;
    case CloudError::Kind::Cancelled: return ServerActionRunner::Outcome::NotSent;
    default: return ServerActionRunner::Outcome::Refused;
    }
}

} // namespace

ServerActionRunner::ServerActionRunner(CloudClient *client, ServerAction action, const QStringList &serverIds,
                                       QObject *parent)
    : QObject(parent), m_client(client), m_action(action), m_serverIds(serverIds)
{
}

ServerActionRunner::~ServerActionRunner()
{
    // Calls belong to the client; leave none running for a runner that is gone.
    for (const QPointer<Call<Server>> &call : std::as_const(m_inFlight)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void ServerActionRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    sendNext();
    finishIfDone(); // no servers at all
}

void ServerActionRunner::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    // The servers not started yet are not sent.
    for (; m_next < m_serverIds.size(); ++m_next)
        record(m_serverIds[m_next],
               Result<Server>(CloudError::make(CloudError::Kind::Cancelled, tr("Cancelled before it was sent."))));
    // cancel() finishes each call at once (Unknown once sent), which records it.
    const QList<QPointer<Call<Server>>> calls = m_inFlight;
    for (const QPointer<Call<Server>> &call : calls) {
        if (call)
            call->cancel();
    }
    finishIfDone();
}

int ServerActionRunner::count(Outcome outcome) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [outcome](const ServerOutcome &o) { return o.outcome == outcome; }));
}

QString ServerActionRunner::question(ServerAction action, const QStringList &names)
{
    const QString first = firstServersText(names);
    const int n = int(names.size());
    switch (action) {
    case ServerAction::Start: return tr("Start %n server(s) (%1)?", nullptr, n).arg(first);
    case ServerAction::Stop: return tr("Stop %n server(s) (%1)?", nullptr, n).arg(first);
    case ServerAction::Reboot: break;
    }
    return tr("Reboot %n server(s) (%1)?", nullptr, n).arg(first);
}

QString ServerActionRunner::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded: return tr("succeeded");
    case Outcome::Refused: return tr("refused");
    case Outcome::Unknown: return tr("unknown");
    case Outcome::NotSent: return tr("not sent");
    }
    return {};
}

QString ServerActionRunner::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded: return QStringLiteral("succeeded");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::Unknown: return QStringLiteral("unknown");
    case Outcome::NotSent: return QStringLiteral("not_sent");
    }
    return {};
}

void ServerActionRunner::sendNext()
{
    if (!m_client) { // the client is gone: what was not sent never will be
        cancel();
        return;
    }
    while (!m_cancelled && m_client && m_inFlight.size() < kMaxInFlight && m_next < m_serverIds.size()) {
        const QString serverId = m_serverIds[m_next++];
        Call<Server> *call = m_client->serverAction(m_action, serverId);
        m_inFlight.append(call);
        m_peakInFlight = qMax(m_peakInFlight, int(m_inFlight.size()));
        connect(call, &CloudCall::finished, this, [this, call, serverId] {
            m_inFlight.removeAll(call);
            record(serverId, call->result());
            sendNext();
            finishIfDone();
        });
    }
}

void ServerActionRunner::record(const QString &serverId, const Result<Server> &result)
{
    ServerOutcome o;
    o.serverId = serverId;
    if (result.ok()) {
        o.outcome = Outcome::Succeeded;
        o.status = result.value().status;
    } else {
        const CloudError &e = result.error();
        o.outcome = outcomeOf(e);
        o.errorCode = e.errorCode;
        // The service's own words when it gave some; the mapped description otherwise.
        o.message = e.errorMsg.isEmpty() ? e.message() : e.errorMsg;
        o.requestId = e.requestId;
    }
    m_outcomes.append(o);
    emit serverFinished(o);
}

void ServerActionRunner::finishIfDone()
{
    if (m_finished || !m_started || !m_inFlight.isEmpty() || m_outcomes.size() < m_serverIds.size())
        return;
    m_finished = true;
    emit finished();
}

} // namespace liteops
