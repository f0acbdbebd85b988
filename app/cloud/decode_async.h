// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal: decode an answer off the calling thread when it is big, and deliver the value
// back on the calling thread (through a QFutureWatcher living there). Small answers are
// decoded in place: a thread hop costs more than parsing a few kilobytes.
#include "core/decode.h"

#include <QFutureWatcher>
#include <QThread>
#include <atomic>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>

namespace liteops {

inline constexpr qsizetype kOffThreadDecodeBytes = 64 * 1024;

// Decodes that ran on a thread other than the caller's, for tests and diagnostics.
inline std::atomic<int> &offThreadDecodeCount()
{
    static std::atomic<int> count{0};
    return count;
}

template <typename V>
void decodeAsync(QObject *context, QByteArray body, Decoded<V> (*decoder)(QByteArrayView),
                 std::function<void(const Decoded<V> &)> done)
{
    if (body.size() < kOffThreadDecodeBytes) {
        done(decoder(body));
        return;
    }
    using Holder = std::shared_ptr<Decoded<V>>;
    auto *watcher = new QFutureWatcher<Holder>(context);
    QObject::connect(watcher, &QFutureWatcher<Holder>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        const Holder result = watcher->result();
        done(*result);
    });
    QThread *caller = QThread::currentThread();
    watcher->setFuture(QtConcurrent::run([body = std::move(body), decoder, caller]() {
        if (QThread::currentThread() != caller)
            ++offThreadDecodeCount();
        return std::make_shared<Decoded<V>>(decoder(body));
    }));
}

} // namespace liteops
