// SPDX-License-Identifier: Apache-2.0
#pragma once
// liteops-cli runs one command at a time: it waits for each cloud call in a local event loop.
#include "cloud_call.h"

#include <QEventLoop>
#include <QObject>

namespace liteops::cli {

// Blocks in a local event loop until the call has finished, then deletes it; `completeness`
// receives a listing's completeness when given.
template <typename T>
Result<T> awaitCall(Call<T> *call, ListCompleteness *completeness = nullptr)
{
    call->setAutoDelete(false);
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &CloudCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Result<T> result = call->result();
    if (completeness)
        *completeness = call->completeness();
    delete call;
    return result;
}

} // namespace liteops::cli
