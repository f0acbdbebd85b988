// SPDX-License-Identifier: Apache-2.0
// liteops-bench: measures the models against plain references, offscreen.
//   liteops-bench [--json] [--quick] [--wall] [--reps N] [--only NAME]...
#include "bench_report.h"
#include "bench_scenarios.h"

#include <QApplication>
#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

using namespace liteops::bench;

int main(int argc, char **argv)
{
    // Always offscreen: the numbers must not depend on a display server.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("liteops-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures LiteOps' decoders and models against plain references; prints a table, "
                       "or JSON with --json."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("One tenth of the sizes and 3 repetitions (smoke test)."));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only this scenario (repeatable)."),
                                  QStringLiteral("name"));
    const QCommandLineOption wall(QStringLiteral("wall"),
                                  QStringLiteral("Time with the wall clock instead of the process's CPU time."));
    const QCommandLineOption reps(QStringLiteral("reps"),
                                  QStringLiteral("Repetitions per measurement (default 7; more for profiling)."),
                                  QStringLiteral("n"));
    parser.addOptions({json, quick, only, wall, reps});
    parser.process(app);
    useWallClock() = parser.isSet(wall);

    Options options;
    options.quick = parser.isSet(quick);
    options.reps = options.quick ? 3 : 7;
    if (parser.isSet(reps))
        options.reps = std::max(1, parser.value(reps).toInt());

    struct Entry
    {
        const char *name;
        Scenario (*run)(const Options &);
    };
    const Entry all[] = {
        {"decode_10k_tasks", decode10kTasks},
        {"load_20k_tasks", load20kTasks},
        {"refresh_10k_tasks_1pct", refresh10kTasks1pct},
        {"refresh_100k_jobs_1pct", refresh100kJobs1pct},
        {"filter_100k_jobs", filter100kJobs},
        {"sort_100k_jobs", sort100kJobs},
        {"memory_20k_tasks", memory20kTasks},
        {"store_write_20k_tasks", storeWrite20kTasks},
        {"start_100k_jobs_cached", start100kJobsCached},
        {"server_history_600k_tasks", serverHistory600kTasks},
        {"fleet_facts_20k_servers", fleetFacts20kServers},
        {"fleet_refresh_1pct", fleetRefresh1pct},
        {"load_fleet_20k", loadFleet20k},
    };
    const QStringList wanted = parser.values(only);
    QList<Scenario> results;
    for (const Entry &e : all) {
        if (!wanted.isEmpty() && !wanted.contains(QLatin1String(e.name)))
            continue;
        if (!parser.isSet(json))
            std::fprintf(stderr, "running %s...\n", e.name);
        results.append(e.run(options));
    }
    QByteArray out = parser.isSet(json) ? toJson(results) : toTable(results).toUtf8();
    if (!parser.isSet(json))
        out += useWallClock() ? "times: wall clock, median of each scenario's runs\n"
                              : "times: CPU time of the process, median of each scenario's runs\n";
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
