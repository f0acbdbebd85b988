// SPDX-License-Identifier: Apache-2.0
// ModelArts Lite Server actions: PUT /v1/{project_id}/dev-servers/{id}/reboot, /start, /stop
// (the official SDK's RebootDevServer, StartDevServer, StopDevServer: no body, the server in
// the answer).
#include "client_private.h"
#include "cloud_client.h"

namespace liteops {

QString serverActionPath(ServerAction action)
{
    switch (action) {
    case ServerAction::Reboot: return QStringLiteral("reboot");
    case ServerAction::Start: return QStringLiteral("start");
    case ServerAction::Stop: return QStringLiteral("stop");
    }
    return QStringLiteral("reboot");
}

Call<Server> *CloudClient::serverAction(ServerAction action, const QString &id)
{
    const QString verb = serverActionPath(action);
    return sendServerRequestOnce(d.get(), QStringLiteral("PUT /v1/{project}/dev-servers/{id}/") + verb, tr("Server id"),
                                 id, {QStringLiteral("dev-servers"), id, verb}, "PUT");
}

Call<Server> *CloudClient::rebootServer(const QString &id)
{
    return serverAction(ServerAction::Reboot, id);
}

Call<Server> *CloudClient::startServer(const QString &id)
{
    return serverAction(ServerAction::Start, id);
}

Call<Server> *CloudClient::stopServer(const QString &id)
{
    return serverAction(ServerAction::Stop, id);
}

} // namespace liteops
