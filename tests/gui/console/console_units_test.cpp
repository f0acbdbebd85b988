// SPDX-License-Identifier: Apache-2.0
// The console's pure helpers that stay with the widgets: rerun requests, what a selection
// of servers means, and time formatting. (Export encoding, the command line, notification
// text and id checks are tested without widgets in tests/unit/console.)
#include "core/encode.h"
#include "error_banner.h"
#include "job_summary_view.h"
#include "rerun_request.h"
#include "server_selection.h"

#include <QTest>

using namespace liteops;
using namespace liteops::ui;

namespace {

Task task(const QString &id, const QString &server, const QString &status, const QString &message = {})
{
    return Task::Builder()
        .id(id)
        .targetId(server)
        .targetName(QStringLiteral("node-") + server)
        .status(status)
        .message(message)
        .build();
}

Job jobWithTasks()
{
    Job j;
    j.id = QStringLiteral("job-1");
    j.name = QStringLiteral("upgrade drivers (fleet A)");
    j.type = QStringLiteral("HDK_UPGRADE");
    j.status = QStringLiteral("FINISHED");
    j.state = State::Partial;
    j.items = {JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1.0.3")}}}};
    j.tasks = {task(QStringLiteral("t1"), QStringLiteral("s1"), QStringLiteral("SUCCESS")),
               task(QStringLiteral("t2"), QStringLiteral("s2"), QStringLiteral("FAILED"), QStringLiteral("disk full")),
               task(QStringLiteral("t3"), QStringLiteral("s3"), QStringLiteral("SKIPPED")),
               task(QStringLiteral("t4"), QStringLiteral("s4"), QStringLiteral("FAILED"), QStringLiteral("timeout")),
               task(QStringLiteral("t5"), QStringLiteral("s2"), QStringLiteral("FAILED"), QStringLiteral("again"))};
    return j;
}

} // namespace

class ConsoleUnitsTest : public QObject
{
    Q_OBJECT

private slots:
    void rerunTakesFailedServersOnceAndSkippedOnRequest()
    {
        const Job j = jobWithTasks();
        const RerunSelection s = rerunCandidates(j);
        QCOMPARE(s.failedServerIds, (QStringList{QStringLiteral("s2"), QStringLiteral("s4")}));
        QCOMPARE(s.skippedServerIds, QStringList{QStringLiteral("s3")});
        const QDateTime now(QDate(2026, 3, 4), QTime(5, 6));
        CreateJobRequest r = rerunRequest(j, false, now);
        QCOMPARE(r.serverIds, s.failedServerIds);
        QCOMPARE(r.type, j.type);
        QCOMPARE(r.items, j.items);
        QVERIFY(isValidJobNameOrType(r.name)); // spaces and brackets replaced
        QVERIFY(r.name.endsWith(QStringLiteral("-rerun-20260304-0506")));
        QVERIFY(validateCreateRequest(r).isEmpty());
        r = rerunRequest(j, true, now);
        QCOMPARE(r.serverIds, (QStringList{QStringLiteral("s2"), QStringLiteral("s4"), QStringLiteral("s3")}));
        Job longName = j;
        longName.name = QString(80, QLatin1Char('n'));
        QCOMPARE(rerunRequest(longName, false, now).name.size(), 64);
    }

    // A selection (tree rows, a cluster, a version row) means the servers of its tasks: each
    // server once, in the job's task order, whatever order the rows were picked in.
    void selectionMeansEachServerOnceInTaskOrder()
    {
        const Job j = jobWithTasks();
        const QList<SelectedServer> servers = serversOfTasks(j, {QStringLiteral("t5"), QStringLiteral("t4"),
                                                                 QStringLiteral("t2"), QStringLiteral("nope")});
        QCOMPARE(serverIdsOf(servers), (QStringList{QStringLiteral("s2"), QStringLiteral("s4")}));
        QCOMPARE(serverNamesOf(servers), (QStringList{QStringLiteral("node-s2"), QStringLiteral("node-s4")}));
        QVERIFY(serversOfTasks(j, {}).isEmpty());
    }

    void rerunNamesCountUpAndFitTheApi()
    {
        QCOMPARE(rerunName(QStringLiteral("upgrade")), QStringLiteral("upgrade-rerun-1"));
        QCOMPARE(rerunName(QStringLiteral("upgrade-rerun-1")), QStringLiteral("upgrade-rerun-2"));
        QCOMPARE(rerunName(QStringLiteral("a b")), QStringLiteral("a_b-rerun-1"));
        QCOMPARE(rerunName(QString()), QStringLiteral("job-rerun-1"));
        const QString longName = rerunName(QString(80, QLatin1Char('n')));
        QCOMPARE(longName.size(), 60); // room for the wizard's "-w01"
        QVERIFY(longName.endsWith(QStringLiteral("-rerun-1")));
        QVERIFY(isValidJobNameOrType(longName + QStringLiteral("-w01")));
    }

    void rerunOnServersKeepsTypeItemsAndOnlyThoseServers()
    {
        const Job j = jobWithTasks();
        const QDateTime now(QDate(2026, 3, 4), QTime(5, 6));
        const CreateJobRequest r = rerunOnServers(j, {QStringLiteral("s1"), QStringLiteral("s3")}, now);
        QCOMPARE(r.serverIds, (QStringList{QStringLiteral("s1"), QStringLiteral("s3")}));
        QCOMPARE(r.type, j.type);
        QCOMPARE(r.items, j.items);
        QCOMPARE(r.name, QStringLiteral("upgrade_drivers__fleet_A_-rerun-1"));
        QVERIFY(r.description.contains(j.id));
        QVERIFY(validateCreateRequest(r).isEmpty());
    }

    void rerunKeepsOnlyTheChosenErrorCluster()
    {
        const Job j = jobWithTasks();
        // "disk full" and "timeout" are two clusters; the text is matched case-insensitively.
        QCOMPARE(rerunCandidates(j, QStringLiteral("DISK")).failedServerIds, QStringList{QStringLiteral("s2")});
        QCOMPARE(rerunRequest(j, false, QDateTime::currentDateTime(), QStringLiteral("time")).serverIds,
                 QStringList{QStringLiteral("s4")});
        QVERIFY(rerunCandidates(j, QStringLiteral("no such error")).failedServerIds.isEmpty());
    }

    void times()
    {
        QCOMPARE(formatDuration(-1), QString());
        QCOMPARE(formatDuration(850), QStringLiteral("850 ms"));
        QCOMPARE(formatDuration(185000), QStringLiteral("3 min 05 s"));
        QCOMPARE(formatUtcTooltip(kUnknownTime), QString());
        QCOMPARE(formatUtcTooltip(1757558550702), QStringLiteral("2025-09-11 02:42:30.702 UTC"));
        QCOMPARE(formatAge(42), QStringLiteral("42 s"));
        QCOMPARE(formatAge(7200), QStringLiteral("2 h"));
    }
};

QTEST_MAIN(ConsoleUnitsTest)
#include "console_units_test.moc"
