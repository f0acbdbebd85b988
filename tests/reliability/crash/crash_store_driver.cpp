// SPDX-License-Identifier: Apache-2.0
// The process the store crash test kills during a large write: it stores finished job
// details of `--tasks` tasks each, one after another, through the store's worker thread
// (LocalStore, as the console and the CLI do), and prints "stored N" after each commit.
//
//   crash_store_driver --path FILE --tasks N --jobs N
#include "local_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace liteops;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("path"), QStringLiteral("store file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tasks"), QStringLiteral("tasks per job"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("jobs"), QStringLiteral("jobs"), QStringLiteral("N")});
    parser.process(app);
    const int tasks = parser.value(QStringLiteral("tasks")).toInt();
    const int jobs = parser.value(QStringLiteral("jobs")).toInt();

    store::LocalStore store(parser.value(QStringLiteral("path")));
    for (int j = 0; j < jobs; ++j) {
        Job job;
        job.id = QStringLiteral("crash-job-%1").arg(j);
        job.name = job.id;
        job.type = QStringLiteral("HDK_QUERY");
        job.status = QStringLiteral("FINISHED");
        job.state = State::Succeeded;
        job.createdAtMs = 1700000000000 + j;
        Task::TextArena arena;
        for (int t = 0; t < tasks; ++t) {
            const QString id = QString::number(t);
            const QString server = QStringLiteral("srv-%1").arg(t % 997);
            job.tasks.append(Task::Builder()
                                 .id(id)
                                 .targetId(server)
                                 .targetName(server)
                                 .message(u"Driver: 24.1.0.3 | Firmware: 7.5.0.5.220")
                                 .status(QStringLiteral("SUCCESS"))
                                 .createdAtMs(job.createdAtMs)
                                 .build(arena));
        }
        store.putJobDetail(job);
        store.flush();
        std::printf("stored %d\n", j + 1);
        std::fflush(stdout);
    }
    return 0;
}
