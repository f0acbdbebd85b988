// SPDX-License-Identifier: Apache-2.0
#pragma once
// One measured scenario, the timing helper every scenario uses, and the two output forms
// (a table for people, JSON for scripts).
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace liteops::bench {

struct Scenario
{
    QString name;
    double ours = 0;      // ms, or bytes for memory scenarios
    double reference = 0; // ms, or bytes (the JSON size) for memory scenarios
    double goal = 0;      // ratio ours / reference must be at most this
    bool bytes = false;   // values are bytes, not milliseconds
    QString note;         // what was measured, shown under the table

    double ratio() const { return reference > 0 ? ours / reference : 0; }
    bool met() const { return ratio() <= goal; }
};

struct Options
{
    bool quick = false;
    int reps = 7;
    int scale(int full) const { return quick ? std::max(1, full / 10) : full; }
};

// What the timer reads. CPU time of the whole process (every thread) by default: on a
// shared machine wall time mostly measures the neighbours. --wall switches to wall time.
inline bool &useWallClock()
{
    static bool wall = false;
    return wall;
}

inline double nowMs()
{
    if (useWallClock()) {
        static QElapsedTimer epoch = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return double(epoch.nsecsElapsed()) / 1e6;
    }
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Median time in ms of `reps` runs of `run`; `prepare` runs before each, untimed.
inline double medianMs(int reps, const std::function<void()> &run, const std::function<void()> &prepare = {})
{
    std::vector<double> times;
    times.reserve(size_t(reps));
    for (int i = 0; i < reps; ++i) {
        if (prepare)
            prepare();
        const double start = nowMs();
        run();
        times.push_back(nowMs() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QByteArray toJson(const QList<Scenario> &scenarios);
QString toTable(const QList<Scenario> &scenarios);

} // namespace liteops::bench
