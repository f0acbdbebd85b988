// SPDX-License-Identifier: Apache-2.0
#pragma once
// The CLI runs store reads synchronously: it has nothing else to do while it waits.
#include "local_store.h"

#include <QEventLoop>
#include <functional>

namespace liteops::cli {

// Runs a store read and waits for its answer in a local event loop.
template <typename R>
R readAndWait(store::LocalStore *s, std::function<R(const store::StoreReader &)> work)
{
    QEventLoop loop;
    R answer{};
    s->read<R>(&loop, std::move(work), [&](R r) {
        answer = std::move(r);
        loop.quit();
    });
    loop.exec();
    return answer;
}

} // namespace liteops::cli
