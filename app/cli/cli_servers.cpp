// SPDX-License-Identifier: Apache-2.0
// liteops-cli servers reboot|start|stop: the console's server actions (ServerActionRunner)
// on servers named by id, name or private IP.
#include "cli.h"
#include "cli_runner.h"
#include "server_action_runner.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace liteops::cli {

namespace {

ServerAction actionOf(const QString &command)
{
    if (command == QLatin1String("start"))
        return ServerAction::Start;
    if (command == QLatin1String("stop"))
        return ServerAction::Stop;
    return ServerAction::Reboot;
}

// 0 when every server succeeded; 4 when any outcome is unknown (check before acting
// again), 3 when the service refused some.
int exitCodeOf(const ServerActionRunner &runner)
{
    if (runner.allSucceeded())
        return ExitOk;
    if (runner.count(ServerActionRunner::Outcome::Unknown) > 0)
        return ExitNetwork;
    return ExitApiError;
}

QJsonObject outcomeJson(const ServerActionRunner::ServerOutcome &o, const QString &name)
{
    QJsonObject row{{QStringLiteral("id"), o.serverId},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("outcome"), ServerActionRunner::outcomeKey(o.outcome)}};
    if (!o.status.isEmpty())
        row.insert(QStringLiteral("status"), o.status);
    if (!o.errorCode.isEmpty())
        row.insert(QStringLiteral("error_code"), o.errorCode);
    if (!o.message.isEmpty())
        row.insert(QStringLiteral("error_msg"), o.message);
    if (!o.requestId.isEmpty())
        row.insert(QStringLiteral("request_id"), o.requestId);
    return row;
}

} // namespace

int Runner::serversAction(Format format)
{
    const ServerAction action = actionOf(m_line.command);
    QStringList ids;
    QList<Server> fleet;
    if (const int resolved = resolveServers(m_line.positionals, &ids, &fleet); resolved != ExitOk)
        return resolved;
    QHash<QString, QString> names;
    for (const Server &s : std::as_const(fleet))
        names.insert(s.id, s.name);
    QStringList shown;
    for (const QString &id : std::as_const(ids))
        shown << names.value(id, id);

    // The same confirmation as the console: --yes, or a question in a terminal.
    if (!m_line.has(QStringLiteral("yes"))) {
        if (!stdinIsTerminal()) {
            m_err << tr("error: not confirmed: %1 Give --yes to confirm without a terminal; nothing was sent.")
                         .arg(ServerActionRunner::question(action, shown))
                  << '\n';
            return ExitNotConfirmed;
        }
        m_err << ServerActionRunner::question(action, shown) << ' ' << tr("[y/N] ");
        m_err.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            m_err << tr("Not confirmed; nothing was sent.") << '\n';
            return ExitNotConfirmed;
        }
    }

    ServerActionRunner runner(&client(), action, ids);
    QEventLoop loop;
    QObject::connect(&runner, &ServerActionRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (!runner.isFinished())
        loop.exec();

    // Each server's outcome, in the order given.
    QHash<QString, ServerActionRunner::ServerOutcome> byId;
    for (const ServerActionRunner::ServerOutcome &o : runner.outcomes())
        byId.insert(o.serverId, o);
    QJsonArray array;
    QList<QStringList> rows;
    for (const QString &id : std::as_const(ids)) {
        const ServerActionRunner::ServerOutcome o = byId.value(id);
        array.append(outcomeJson(o, names.value(id)));
        const QString detail = !o.status.isEmpty()     ? o.status
                               : o.errorCode.isEmpty() ? o.message
                                                       : o.errorCode + QLatin1String(": ") + o.message;
        rows << QStringList{id, names.value(id), ServerActionRunner::outcomeName(o.outcome), detail};
    }
    if (format == Format::Json)
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        m_out << table({tr("ID"), tr("NAME"), tr("OUTCOME"), tr("STATUS OR ERROR")}, rows);
    if (const int unknown = runner.count(ServerActionRunner::Outcome::Unknown))
        m_err << tr("%n server(s) with an unknown outcome: check their status before acting again (not re-sent).",
                    nullptr, unknown)
              << '\n';
    return exitCodeOf(runner);
}

} // namespace liteops::cli
