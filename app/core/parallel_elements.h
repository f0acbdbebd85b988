// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal to liteops_core: decodes the elements of a big array (the tasks of a job) on the
// calling thread and, when the global thread pool has a thread free right now, on one
// helper thread too.
//
// Why: building 10,000 packed Tasks costs about twice the simdjson parse of the document
// (an allocation and a UTF-16 conversion per task), which alone would break the decode
// goal of docs/PERFORMANCE.md (at most 3x the parse). Elements are independent and the
// DOM is read-only, so two threads halve that part.
//
// Safe by construction: work is handed out in chunks through an atomic counter and the
// caller takes chunks too, so the caller never waits for a helper that has not started;
// it waits only for a helper that is working, because that one reads the caller's DOM.
// The first error in document order wins, exactly as the sequential walk reports it.
#include "json_walker.h"

#include <QList>
#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace liteops::json {

// Arrays shorter than this are decoded on the calling thread alone: starting a helper
// costs tens of microseconds.
inline constexpr size_t kParallelFrom = 2048;
inline constexpr size_t kChunk = 512;

// `one(const Walker &, Element, StatusCache &)` decodes one non-null element; null
// elements are skipped. `w` must be scoped at the array's key.
template <typename T, typename One>
QList<T> decodeElements(const Walker &w, Array array, One &&one)
{
    std::vector<Element> elements;
    elements.reserve(array.size());
    bool anyNull = false;
    for (Element e : array) {
        anyNull = anyNull || e.is_null();
        elements.push_back(e);
    }
    const size_t n = elements.size();

    QList<T> out;
    if (n < kParallelFrom) {
        StatusCache statuses;
        out.reserve(qsizetype(n));
        for (size_t i = 0; i < n; ++i) {
            Walker::Scope at(w, i);
            if (!elements[i].is_null())
                out.append(one(w, elements[i], statuses));
        }
        return out;
    }

    // reserve() first: resize() alone rounds the block up for growth (up to twice the
    // size), and whoever shares the list (TaskTreeModel does) keeps that slack.
    out.reserve(qsizetype(n));
    out.resize(qsizetype(n));
    T *const cells = out.data(); // detached once here; the threads write distinct cells
    const size_t chunks = (n + kChunk - 1) / kChunk;
    std::vector<std::optional<DecodeError>> errors(chunks);
    std::atomic<size_t> next{0};
    std::atomic<size_t> firstFailed{chunks}; // lowest failed chunk so far

    const auto fail = [&](size_t chunk, DecodeError error) {
        errors[chunk] = std::move(error);
        size_t seen = firstFailed.load(std::memory_order_relaxed);
        while (chunk < seen && !firstFailed.compare_exchange_weak(seen, chunk)) {
        }
    };
    const auto work = [&](const Walker &walker) {
        StatusCache statuses;
        for (;;) {
            // Chunks are claimed in order, so every chunk before a failed one is claimed
            // and runs to its end: the lowest failure is the first in document order.
            const size_t chunk = next.fetch_add(1, std::memory_order_relaxed);
            if (chunk >= chunks || chunk > firstFailed.load(std::memory_order_relaxed))
                return;
            const size_t end = std::min(n, (chunk + 1) * kChunk);
            try {
                for (size_t i = chunk * kChunk; i < end; ++i) {
                    Walker::Scope at(walker, i);
                    if (!elements[i].is_null())
                        cells[i] = one(walker, elements[i], statuses);
                }
            } catch (const Failure &f) {
                fail(chunk, f.error);
            } catch (const std::bad_alloc &) {
                fail(chunk, tooLargeError());
            }
        }
    };

    // The helper may be scheduled late on a busy machine. Whoever comes second to `gate`
    // decides: a helper arriving after the caller has finished does nothing, and the caller
    // only waits for a helper that has entered (and so is working on a chunk). The gate
    // lives in shared ownership because a late helper touches it after the caller returned.
    struct Gate
    {
        std::atomic<int> state{0}; // 0 open, 1 helper entered, 2 closed by the caller
        QSemaphore done;
    };
    const auto gate = std::make_shared<Gate>();
    const Walker helperWalker = w; // same path prefix; its own stack
    const auto helper = [gate, &work, &helperWalker] {
        int open = 0;
        if (!gate->state.compare_exchange_strong(open, 1))
            return; // the caller finished everything already
        work(helperWalker);
        gate->done.release();
    };
    const bool started = QThreadPool::globalInstance()->tryStart(helper);
    work(w);
    if (started) {
        int open = 0;
        if (!gate->state.compare_exchange_strong(open, 2)) // the helper entered: wait for it
            gate->done.acquire();
    }

    if (const size_t first = firstFailed.load(); first < chunks)
        throw Failure{*errors[first]};
    if (anyNull) {
        QList<T> present;
        present.reserve(qsizetype(n));
        for (size_t i = 0; i < n; ++i) {
            if (!elements[i].is_null())
                present.append(std::move(out[qsizetype(i)]));
        }
        return present;
    }
    return out;
}

} // namespace liteops::json
