// SPDX-License-Identifier: Apache-2.0
#pragma once
// Included once per fuzz target (through fuzz_invariants.h): libFuzzer's start-up hook.
//
// The decoders hand big arrays (2,048 elements and more, e.g. the 2,100-task job_detail seed)
// to a helper thread of the global QThreadPool when one is free right now. Whether it is free,
// and how many chunks it takes, depends on scheduling, so the coverage libFuzzer sees for the
// same input differs between runs, and so does everything it explores afterwards. The
// reproducible run of run-fuzzers.sh (what ./test does) sets LITEOPS_FUZZ_NO_HELPER_THREAD=1:
// the pool's only thread is then kept busy, tryStart() always refuses, and the caller decodes
// every chunk itself through the same chunked code. `run-fuzzers.sh --explore` leaves the
// helper on, so long runs still fuzz the two-thread decoding.
#include <QSemaphore>
#include <QThreadPool>

#include <cstdlib>

namespace liteops::fuzz {

inline QSemaphore &helperThreadRelease()
{
    static QSemaphore release;
    return release;
}

inline void occupyGlobalThreadPool()
{
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->setMaxThreadCount(1);
    QSemaphore started;
    pool->start([&started] {
        started.release();
        helperThreadRelease().acquire();
    });
    started.acquire(); // the thread is active now, so tryStart() fails from here on
    // Registered after the pool exists, so this runs before the pool's destructor, which
    // waits for its threads to finish.
    std::atexit([] { helperThreadRelease().release(); });
}

} // namespace liteops::fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const char *flag = std::getenv("LITEOPS_FUZZ_NO_HELPER_THREAD");
    if (flag && flag[0] == '1')
        liteops::fuzz::occupyGlobalThreadPool();
    return 0;
}
