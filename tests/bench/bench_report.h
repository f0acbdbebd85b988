#pragma once
// One measured scenario, the timing helper every scenario uses, and the two output forms
// (a table for people, JSON for scripts).
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
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

// Median wall time in ms of `reps` runs of `run`; `prepare` runs before each, untimed.
inline double medianMs(int reps, const std::function<void()> &run,
                       const std::function<void()> &prepare = {})
{
    std::vector<double> times;
    times.reserve(size_t(reps));
    for (int i = 0; i < reps; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QByteArray toJson(const QList<Scenario> &scenarios);
QString toTable(const QList<Scenario> &scenarios);

} // namespace liteops::bench
