// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal: how the client drives a call object (the public API only lets callers read and
// cancel). Not installed, not for the UI.
#include "cloud_call.h"

#include <QMetaObject>

namespace liteops {

class CloudCallPrivateAccess
{
public:
    static void setDescription(CloudCall *call, const QString &text) { call->setDescription(text); }
    static void setAbortHandler(CloudCall *call, std::function<bool()> handler)
    {
        call->setAbortHandler(std::move(handler));
    }
    template <typename T>
    static void finishWithValue(Call<T> *call, T value)
    {
        if (call->isFinished())
            return;
        call->storeValue(std::move(value));
        call->finishNow();
    }
    static void finishWithError(CloudCall *call, const CloudError &error)
    {
        if (call->isFinished())
            return;
        call->storeError(error);
        call->finishNow();
    }
    // For failures known before anything is sent: finished() must still come from the event
    // loop, after the caller had a chance to connect.
    static void finishWithErrorLater(CloudCall *call, const CloudError &error)
    {
        QMetaObject::invokeMethod(
            call, [call, error] { finishWithError(call, error); }, Qt::QueuedConnection);
    }
    static void emitProgress(CloudCall *call, int done, int total) { emit call->progress(done, total); }
    static void setCompleteness(CloudCall *call, const ListCompleteness &c) { call->m_completeness = c; }
};

} // namespace liteops
