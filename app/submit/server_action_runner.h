// SPDX-License-Identifier: Apache-2.0
#pragma once
// ServerActionRunner: one server action (reboot, start or stop) on N servers, the one engine
// behind the console's Reboot/Start/Stop and `liteops-cli servers reboot|start|stop`.
//
// Rules it keeps so no front end has to:
//  * at most kMaxInFlight calls at a time, in the order the servers were given;
//  * each server's call is sent once: an outcome that is unknown (a timeout or a reset after
//    sending, a cancel after sending) is reported as Unknown and never sent again, because
//    a reboot sent twice reboots twice;
//  * cancel() starts nothing more; calls in flight are cancelled, so each still reports
//    (Unknown when it may have reached the service, NotSent otherwise), then finished().
#include "cloud_client.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace liteops {

class ServerActionRunner : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Succeeded, // the service accepted the action
        Refused,   // the service (or the client before sending) refused it: nothing happened
        Unknown,   // it may have reached the service; check the server before acting again
        NotSent,   // cancelled before it was sent
    };
    struct ServerOutcome
    {
        QString serverId;
        Outcome outcome = Outcome::NotSent;
        QString status;    // Succeeded: the server's status in the answer (e.g. REBOOTING)
        QString errorCode; // Refused / Unknown: the service's code (or the HTTP status)
        QString message;   // Refused / Unknown: what went wrong, translated
        QString requestId;
    };

    static constexpr int kMaxInFlight = 5;

    ServerActionRunner(CloudClient *client, ServerAction action, const QStringList &serverIds,
                       QObject *parent = nullptr);
    ~ServerActionRunner() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    // One per server, in the order they finished.
    const QList<ServerOutcome> &outcomes() const { return m_outcomes; }
    int count(Outcome outcome) const;
    bool allSucceeded() const { return m_finished && count(Outcome::Succeeded) == m_serverIds.size(); }
    // The most calls that were in flight at once (tests check the limit).
    int peakInFlight() const { return m_peakInFlight; }

    // "Reboot 3 servers (a, b, c)?": the confirmation the console and the CLI ask, naming the
    // count and the first servers (translated).
    static QString question(ServerAction action, const QStringList &names);
    static QString outcomeName(Outcome outcome); // translated: "succeeded", "refused", ...
    static QString outcomeKey(Outcome outcome);  // for scripts: succeeded, refused, unknown, not_sent

signals:
    void serverFinished(const liteops::ServerActionRunner::ServerOutcome &outcome);
    void finished();

private:
    void sendNext();
    void record(const QString &serverId, const Result<Server> &result);
    void finishIfDone();

    QPointer<CloudClient> m_client;
    ServerAction m_action;
    QStringList m_serverIds;
    int m_next = 0;
    QList<QPointer<Call<Server>>> m_inFlight;
    QList<ServerOutcome> m_outcomes;
    int m_peakInFlight = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace liteops
