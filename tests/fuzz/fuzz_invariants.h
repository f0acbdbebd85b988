// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the fuzz targets: invariants that must hold for anything a decoder accepts. A broken
// invariant aborts, so libFuzzer stops and saves the input as a crash-* file like any other
// crash. The checks are cheap on purpose: the fuzzer's speed is what finds bugs.
#include "core/decode.h"
#include "core/encode.h"
#include "fuzz_threads.h"

#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

#define LITEOPS_FUZZ_CHECK(cond)                                                                                       \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", __FILE__, __LINE__, #cond);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (0)

namespace liteops::fuzz {

inline QByteArrayView bytesOf(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Every JSON value takes at least one byte and a separator, so nothing decoded from `inputSize`
// bytes can hold more rows than that: more means the decoder invented data.
inline bool countFits(qsizetype count, size_t inputSize)
{
    return count >= 0 && size_t(count) <= inputSize / 2 + 1;
}

inline bool validState(State state)
{
    return int(state) >= 0 && int(state) < kStateCount;
}

// Reads every packed field, so ASan sees any offset that points outside the task's buffer.
inline void checkTask(const Task &task)
{
    LITEOPS_FUZZ_CHECK(validState(task.state()));
    LITEOPS_FUZZ_CHECK(task.state() == stateFromStatus(task.status()));
    qsizetype total = task.id().size() + task.targetId().size() + task.targetName().size() + task.name().size()
                      + task.message().size();
    for (const auto &[key, value] : task.cloudServer()) {
        total += key.size() + value.size();
        LITEOPS_FUZZ_CHECK(task.cloudServerValue(key).size() >= 0);
    }
    LITEOPS_FUZZ_CHECK(total >= 0);
    const qint64 duration = task.durationMs();
    LITEOPS_FUZZ_CHECK(duration == -1 || (task.createdAtMs() != kUnknownTime && task.updatedAtMs() != kUnknownTime));
}

// A decoded job: counts add up, every task is sound, and re-encoding it (what the CLI's JSON
// output and the simulator do) neither crashes nor yields JSON our own decoder refuses.
inline void checkJob(const Job &job, size_t inputSize, bool withDetail)
{
    LITEOPS_FUZZ_CHECK(validState(job.state));
    LITEOPS_FUZZ_CHECK(countFits(job.tasks.size(), inputSize));
    LITEOPS_FUZZ_CHECK(countFits(job.items.size(), inputSize));
    for (const Task &task : job.tasks)
        checkTask(task);
    const TaskCounts counts = job.counts();
    LITEOPS_FUZZ_CHECK(counts.total == job.tasks.size());
    LITEOPS_FUZZ_CHECK(counts.pending + counts.running + counts.succeeded + counts.failed + counts.skipped
                           + counts.cancelled + counts.other
                       == counts.total);
    (void)job.createdAt();
    (void)job.updatedAt();

    const QByteArray encoded = QJsonDocument(jobToJson(job, withDetail)).toJson(QJsonDocument::Compact);
    const Decoded<Job> again = decodeJobDetail(encoded);
    if (!again.ok()) {
        std::fprintf(stderr, "re-encoded job is refused: %s\n%s\n", qPrintable(again.error().toString()),
                     encoded.constData());
    }
    LITEOPS_FUZZ_CHECK(again.ok());
    LITEOPS_FUZZ_CHECK(again.value().tasks.size() == (withDetail ? job.tasks.size() : 0));
}

template <typename T>
void checkPage(const Page<T> &page, size_t inputSize)
{
    LITEOPS_FUZZ_CHECK(countFits(page.rows.size(), inputSize));
}

inline void checkError(const DecodeError &error)
{
    // A refusal must say something; the path may be empty (the document itself).
    LITEOPS_FUZZ_CHECK(!error.message.isEmpty());
    (void)error.toString();
}

} // namespace liteops::fuzz
