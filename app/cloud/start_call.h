// SPDX-License-Identifier: Apache-2.0
#pragma once
// How every CloudClient call begins: create the Call, run the checks every request shares,
// and only then start the work. The calls in cloud_client.cpp use it; new calls (the server
// actions, in a file of their own) should too, instead of copying the precheck block:
//
//     Call<Server> *CloudClient::stopServer(const QString &id)
//     {
//         return startCall<Server>(d.get(), QStringLiteral("POST /v1/{project}/dev-servers/{id}/stop"),
//                                  {{tr("Server id"), id}}, [&](Call<Server> *call) {
//             RequestSpec spec;
//             ...
//             runSingle<Server>(d.get(), call, spec, &decodeServer);
//         });
//     }
#include "call_access.h"
#include "client_private.h"
#include "request_path.h"

#include <initializer_list>
#include <optional>
#include <utility>

namespace liteops {

// The checks before any request of a call: the configuration, then each {what, id} pair
// (`what` names the id in the error message). nullopt when the call may go on.
inline std::optional<CloudError> precheckCall(const CloudClient *client,
                                              std::initializer_list<std::pair<QString, QString>> ids)
{
    const QString problem = client->configProblem();
    if (!problem.isEmpty()) {
        const bool credentials = !client->config().credentials.isComplete();
        return CloudError::make(credentials ? CloudError::Kind::Auth : CloudError::Kind::Client, problem);
    }
    for (const auto &[what, id] : ids) {
        if (auto e = validateId(what, id))
            return e;
    }
    return std::nullopt;
}

// A new call owned by the client, counted in pendingCallCount() until it finishes.
template <typename T>
Call<T> *newCall(CloudClientPrivate *d, const QString &description)
{
    auto *call = new Call<T>(d->q);
    CloudCallPrivateAccess::setDescription(call, description);
    ++d->pendingCalls;
    QObject::connect(call, &CloudCall::finished, d->q, [d] { --d->pendingCalls; });
    return call;
}

// Creates the call, runs precheckCall() and, when it passes, `start(call)` at once (start
// may still refuse with CloudCallPrivateAccess::finishWithErrorLater). A refused call
// finishes from the event loop, never before the caller has connected to it.
template <typename T, typename Start>
Call<T> *startCall(CloudClientPrivate *d, const QString &description,
                   std::initializer_list<std::pair<QString, QString>> ids, Start &&start)
{
    Call<T> *call = newCall<T>(d, description);
    if (auto e = precheckCall(d->q, ids)) {
        CloudCallPrivateAccess::finishWithErrorLater(call, *e);
        return call;
    }
    std::forward<Start>(start)(call);
    return call;
}

} // namespace liteops
