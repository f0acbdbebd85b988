// SPDX-License-Identifier: Apache-2.0
// Every query of the store on a real file: job list rows, finished details, the sync's
// worklist, a server's history and newest versions, servers, sync state, stats, clearing,
// retention and a full disk.
#include "store_reads.h"
#include "store_schema.h"
#include "store_test_data.h"
#include "store_writes.h"
#include "task_rows.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;
using namespace liteops::store;
using namespace liteops::test;

class StoreQueriesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_c.reset(); }
    void pairsRoundTrip();
    void jobListRowsNewestFirst();
    void listRefreshKeepsDetail();
    void unchangedListRowsAreNotRewritten();
    void finishedDetailRoundTrip();
    void bothTaskWritersStoreTheSameRows();
    void runningDetailIsNotFinal();
    void jobsNeedingDetail();
    void serverHistoryNewestFirst();
    void newestVersionsUsesSucceededQueries();
    void queriesUseTheirIndexes();
    void serversWithSeenTime();
    void statsAndSyncState();
    void clearForgetsEverything();
    void retentionDropsOldJobs();
    void retentionSizeCap();
    void fullDiskFailsCleanly();

private:
    QSqlDatabase db() const { return m_c->db(); }
    QTemporaryDir m_dir;
    std::unique_ptr<TestConnection> m_c;
};

void StoreQueriesTest::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("q.sqlite")));
    m_c = std::make_unique<TestConnection>(m_dir.filePath(QStringLiteral("q.sqlite")));
    QVERIFY(m_c->result().ok);
}

void StoreQueriesTest::pairsRoundTrip()
{
    const QList<std::pair<QString, QString>> pairs{{"id", "ecs-1"}, {"type", ""}, {"k", "a=b;c"}};
    QCOMPARE(decodePairs(encodePairs(pairs)), pairs);
    QVERIFY(decodePairs(encodePairs({})).isEmpty());
}

void StoreQueriesTest::jobListRowsNewestFirst()
{
    Job a = storeJob("a", "FINISHED", 1000);
    Job b = storeJob("b", "PROCESSING", 3000);
    Job c = storeJob("c", "FAILED", 2000);
    c.abnormalCount = 4;
    c.name.clear();
    c.updatedAtMs = kUnknownTime;
    QString error;
    QVERIFY2(writeJobList(db(), {a, b, c}, 42, &error), qPrintable(error));
    const QList<Job> rows = StoreReader(db()).jobList();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), b);
    QCOMPARE(rows.at(1), c);
    QCOMPARE(rows.at(2), a);
}

void StoreQueriesTest::listRefreshKeepsDetail()
{
    Job job = storeJob("j", "FINISHED", 1000);
    job.tasks = {storeTask("t1", "s1", "SUCCESS", 1000)};
    QVERIFY(writeJobDetail(db(), job, 5, nullptr));
    Job listed = job;
    listed.tasks.clear();
    listed.description = QStringLiteral("edited");
    QVERIFY(writeJobList(db(), {listed}, 6, nullptr));
    const std::optional<Job> stored = StoreReader(db()).finishedJob("j");
    QVERIFY(stored);
    QCOMPARE(stored->description, QStringLiteral("edited"));
    QCOMPARE(stored->tasks.size(), 1);
}

void StoreQueriesTest::unchangedListRowsAreNotRewritten()
{
    const Job a = storeJob("a", "FINISHED", 1000);
    Job b = storeJob("b", "PROCESSING", 2000);
    QVERIFY(writeJobList(db(), {a, b}, 1, nullptr));
    QSqlQuery changes(db());
    QVERIFY(changes.exec(QStringLiteral("SELECT total_changes()")) && changes.next());
    const qint64 before = changes.value(0).toLongLong();
    b.status = QStringLiteral("FINISHED");
    b.state = State::Succeeded;
    QVERIFY(writeJobList(db(), {a, b}, 2, nullptr));
    QVERIFY(changes.exec(QStringLiteral("SELECT total_changes()")) && changes.next());
    // b and the list time; a was left alone.
    QCOMPARE(changes.value(0).toLongLong() - before, 2);
    QCOMPARE(StoreReader(db()).jobList().at(0).state, State::Succeeded);
    // A job known from a detail only becomes a list row when listed.
    QVERIFY(writeJobDetail(db(), storeJob("c", "FINISHED", 3000), 3, nullptr));
    QCOMPARE(StoreReader(db()).jobList().size(), 2);
    QVERIFY(writeJobList(db(), {storeJob("c", "FINISHED", 3000)}, 4, nullptr));
    QCOMPARE(StoreReader(db()).jobList().size(), 3);
}

void StoreQueriesTest::finishedDetailRoundTrip()
{
    Job job = storeJob("j", "FINISHED", 1000, "HDK_QUERY");
    job.items = {{"HDK_QUERY", {}}, {"COMMON", {{"command", "ls -l"}, {"timeout", "60"}}}};
    job.reportedTotal = 3;
    job.tasks = {storeTask("t1", "s1", "SUCCESS", 1000, "Driver: 24.1.0.3 | Firmware: 7.5.0.5.220"),
                 storeTask("t2", "s2", "FAILED", kUnknownTime, "timeout"),
                 Task::Builder().id(u"t3").status(QStringLiteral("SKIPPED")).build()};
    QString error;
    QVERIFY2(writeJobDetail(db(), job, 7, &error), qPrintable(error));
    const std::optional<Job> stored = StoreReader(db()).finishedJob("j");
    QVERIFY(stored);
    QCOMPARE(*stored, job);
    QVERIFY(!StoreReader(db()).finishedJob("other"));
    // A detail that is stored again replaces its tasks.
    job.tasks.removeLast();
    QVERIFY(writeJobDetail(db(), job, 8, nullptr));
    QCOMPARE(StoreReader(db()).finishedJob("j")->tasks.size(), 2);
}

// Every column of every task row, with its SQLite type (NULL vs '' vs a number matters).
static QStringList dumpTaskRows(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT * FROM tasks ORDER BY job_id, seq"));
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            cells << (v.isNull() ? QStringLiteral("NULL") : QStringLiteral("%1:%2").arg(v.typeName(), v.toString()));
        }
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// The C API writer (used when Qt's SQLite driver is this binary's SQLite, as on Linux) and
// the Qt SQL writer store identical rows: the same values, the same NULLs, the same types.
void StoreQueriesTest::bothTaskWritersStoreTheSameRows()
{
    QVERIFY2(directTaskRowsAvailable(db()), "Qt's SQLite driver should use the system SQLite here");
    Job job = storeJob("j", "FINISHED", 1000, "HDK_QUERY");
    for (int i = 0; i < 150; ++i) { // more than one 64-row INSERT of the Qt writer, and a tail
        const QString n = QString::number(i);
        job.tasks << (i % 5 == 0
                          ? storeTask("t" + n, "s" + n, "SUCCESS", 1000 + i, "Driver: 24.1.0." + n + " | Firmware: 7.5")
                      : i % 5 == 1
                          ? storeTask("t" + n, "s" + n, "FAILED", kUnknownTime, QStringLiteral("磁盘已满 ü \"'"))
                      : i % 5 == 2 ? Task::Builder().id(QStringLiteral("t") + n).status(QString()).build()
                      : i % 5 == 3 ? Task::Builder()
                                         .id(QStringLiteral("t") + n)
                                         .status(QStringLiteral("SKIPPED"))
                                         .updatedAtMs(5)
                                         .build()
                                   : storeTask("t" + n, "", "RUNNING", 7, QString()));
    }
    QString error;
    QSqlDatabase d = db();
    QVERIFY(d.transaction());
    QVERIFY2(writeTaskRowsQt(d, job, &error), qPrintable(error));
    const QStringList viaQt = dumpTaskRows(d);
    QSqlQuery(d).exec(QStringLiteral("DELETE FROM tasks"));
    QVERIFY2(writeTaskRowsDirect(d, job, &error), qPrintable(error));
    const QStringList direct = dumpTaskRows(d);
    QVERIFY(d.commit());
    QCOMPARE(viaQt.size(), 150);
    QCOMPARE(direct, viaQt);
}

void StoreQueriesTest::runningDetailIsNotFinal()
{
    Job job = storeJob("r", "PROCESSING", 1000);
    job.tasks = {storeTask("t1", "s1", "RUNNING", 1000)};
    QVERIFY(writeJobDetail(db(), job, 5, nullptr));
    QVERIFY(!StoreReader(db()).finishedJob("r"));
    QCOMPARE(StoreReader(db()).storedDetail("r")->tasks.size(), 1);
}

void StoreQueriesTest::jobsNeedingDetail()
{
    QVERIFY(writeJobList(db(),
                         {storeJob("old", "FINISHED", 100), storeJob("f1", "FINISHED", 1000),
                          storeJob("f2", "FAILED", 3000), storeJob("run", "PROCESSING", 4000),
                          storeJob("f3", "FINISHED", 2000)},
                         5, nullptr));
    QVERIFY(writeJobDetail(db(), storeJob("f3", "FINISHED", 2000), 6, nullptr));
    const StoreReader reader(db());
    QCOMPARE(reader.jobsNeedingDetail(500, 10), (QStringList{"f2", "f1"}));
    QCOMPARE(reader.jobsNeedingDetail(0, 10), (QStringList{"f2", "f1", "old"}));
    QCOMPARE(reader.jobsNeedingDetail(0, 1), (QStringList{"f2"}));
    QCOMPARE(reader.countJobsNeedingDetail(500), 2);
    QCOMPARE(reader.countJobsNeedingDetail(0), 3);
}

void StoreQueriesTest::serverHistoryNewestFirst()
{
    Job j1 = storeJob("j1", "FINISHED", 1000);
    j1.tasks = {storeTask("a", "s1", "SUCCESS", 1000), storeTask("b", "s2", "SUCCESS", 1100)};
    Job j2 = storeJob("j2", "FAILED", 5000);
    j2.tasks = {storeTask("c", "s1", "FAILED", 5000, "disk error"),
                storeTask("d", "s1", "SUCCESS", kUnknownTime)}; // sorts at its job's time
    Job j3 = storeJob("j3", "FINISHED", 3000);
    j3.tasks = {storeTask("e", "s1", "SUCCESS", 3000)};
    for (const Job &j : {j1, j2, j3})
        QVERIFY(writeJobDetail(db(), j, 9, nullptr));
    const QList<ServerTask> rows = StoreReader(db()).serverTasks("s1");
    QStringList ids;
    for (const ServerTask &r : rows)
        ids << r.task.id().toString();
    QCOMPARE(ids.size(), 4);
    QCOMPARE(ids.mid(0, 2), (QStringList{"c", "d"})); // both at 5000
    QCOMPARE(ids.mid(2), (QStringList{"e", "a"}));
    QCOMPARE(rows.at(0).jobId, QStringLiteral("j2"));
    QCOMPARE(rows.at(0).task.message(), u"disk error");
    QCOMPARE(rows.at(0).task.state(), State::Failed);
    QCOMPARE(StoreReader(db()).serverTasks("s1", 1).size(), 1);
    QVERIFY(StoreReader(db()).serverTasks("nobody").isEmpty());
}

void StoreQueriesTest::newestVersionsUsesSucceededQueries()
{
    Job q1 = storeJob("q1", "FINISHED", 1000, "HDK_QUERY");
    q1.tasks = {storeTask("a", "s1", "SUCCESS", 1000, "Driver: 23.0.6 | Firmware: 7.1")};
    Job q2 = storeJob("q2", "FINISHED", 2000, "HDK_QUERY");
    q2.tasks = {storeTask("b", "s1", "SUCCESS", 2000, "Driver: 24.1.0.3 | Firmware: 7.5")};
    Job q3 = storeJob("q3", "FAILED", 3000, "HDK_QUERY");
    q3.tasks = {storeTask("c", "s1", "FAILED", 3000, "Driver: 1.0 | Firmware: 1.0")};
    Job u = storeJob("u", "FINISHED", 4000, "COMMON");
    u.items = {{"HDK_UPGRADE", {{"version", "25.0"}}}};
    u.tasks = {storeTask("d", "s1", "SUCCESS", 4000, "Driver: 25.0 installed")};
    for (const Job &j : {q1, q2, q3, u})
        QVERIFY(writeJobDetail(db(), j, 9, nullptr));
    const std::optional<ServerTask> v = StoreReader(db()).newestVersions("s1");
    QVERIFY(v);
    QCOMPARE(v->jobId, QStringLiteral("q2"));
    QCOMPARE(v->jobType, QStringLiteral("HDK_QUERY"));
    QCOMPARE(v->versions, (VersionInfo{"24.1.0.3", "7.5"}));
    QVERIFY(!StoreReader(db()).newestVersions("s2"));
}

void StoreQueriesTest::queriesUseTheirIndexes()
{
    auto plan = [&](const QString &sql) {
        QSqlQuery q(db());
        q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        QString text;
        while (q.next())
            text += q.value(3).toString() + QLatin1Char('\n');
        return text;
    };
    // The per-server indexes hold ModelArts tasks only: a query names the provider to use them.
    const QString history = QStringLiteral(
        "SELECT * FROM tasks WHERE server_id = 's' AND provider = 'modelarts' ORDER BY sort_at DESC");
    QVERIFY(plan(history).contains(QStringLiteral("tasks_server_time")));
    QVERIFY(plan("SELECT * FROM tasks WHERE server_id = 's' AND provider = 'modelarts' AND state = 'succeeded' AND"
                 " (driver IS NOT NULL OR firmware IS NOT NULL) ORDER BY sort_at DESC LIMIT 1")
                .contains(QStringLiteral("tasks_server_versions")));
    QVERIFY(!plan(history).contains(QStringLiteral("TEMP B-TREE")));
    QVERIFY(!plan("SELECT * FROM tasks WHERE server_id = 's' ORDER BY sort_at DESC")
                 .contains(QStringLiteral("tasks_server_time")));
}

void StoreQueriesTest::serversWithSeenTime()
{
    Server s;
    s.id = QStringLiteral("srv-1");
    s.name = QStringLiteral("node-1");
    s.status = QStringLiteral("RUNNING");
    s.flavor = QStringLiteral("snt9b");
    s.category = QStringLiteral("SERVER");
    s.privateIps = {"10.0.0.1", "10.0.0.2"};
    s.createdAtMs = 1000;
    QVERIFY(writeServers(db(), {s}, 777, nullptr));
    const QList<StoredServer> rows = StoreReader(db()).servers();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).server, s);
    QCOMPARE(rows.at(0).seenAtMs, 777);
    QVERIFY(writeServers(db(), {s}, 888, nullptr));
    QCOMPARE(StoreReader(db()).servers().at(0).seenAtMs, 888);
}

void StoreQueriesTest::statsAndSyncState()
{
    Job f = storeJob("f", "FINISHED", 1000);
    f.tasks = {storeTask("a", "s1", "SUCCESS", 1000), storeTask("b", "s2", "SUCCESS", 1000)};
    QVERIFY(writeJobList(db(), {f, storeJob("g", "PROCESSING", 9000)}, 1234, nullptr));
    QVERIFY(writeJobDetail(db(), f, 1300, nullptr));
    QVERIFY(writeServers(db(), {Server{.id = "s1"}}, 1, nullptr));
    QVERIFY(writeSyncValue(db(), "sync_done_at", "5555", nullptr));
    const StoreStats s = StoreReader(db()).stats();
    QCOMPARE(s.jobs, 2);
    QCOMPARE(s.finishedDetails, 1);
    QCOMPARE(s.tasks, 2);
    QCOMPARE(s.servers, 1);
    QCOMPARE(s.oldestJobMs, 1000);
    QCOMPARE(s.newestJobMs, 9000);
    QCOMPARE(s.lastListMs, 1234);
    QCOMPARE(s.lastSyncMs, 5555);
    QVERIFY(s.fileBytes > 0);
    QCOMPARE(StoreReader(db()).syncValue("missing"), QString());
}

void StoreQueriesTest::clearForgetsEverything()
{
    Job f = storeJob("f", "FINISHED", 1000);
    f.tasks = {storeTask("a", "s1", "SUCCESS", 1000)};
    QVERIFY(writeJobDetail(db(), f, 1, nullptr));
    QVERIFY(writeJobList(db(), {f}, 2, nullptr));
    QVERIFY(clearAll(db(), nullptr));
    const StoreStats s = StoreReader(db()).stats();
    QCOMPARE(s.jobs + s.tasks + s.servers, 0);
    QCOMPARE(s.lastListMs, kUnknownTime);
    QCOMPARE(schemaVersion(db()), kSchemaVersion);
}

void StoreQueriesTest::retentionDropsOldJobs()
{
    Job old = storeJob("old", "FINISHED", 1000);
    old.tasks = {storeTask("a", "s1", "SUCCESS", 1000)};
    Job recent = storeJob("new", "FINISHED", 9000);
    recent.tasks = {storeTask("b", "s1", "SUCCESS", 9000)};
    QVERIFY(writeJobDetail(db(), old, 1, nullptr));
    QVERIFY(writeJobDetail(db(), recent, 1, nullptr));
    QCOMPARE(applyRetention(db(), 5000, 0, nullptr), 1);
    QCOMPARE(StoreReader(db()).serverTasks("s1").size(), 1);
    QVERIFY(!StoreReader(db()).finishedJob("old"));
    QVERIFY(StoreReader(db()).finishedJob("new"));
}

void StoreQueriesTest::retentionSizeCap()
{
    const QString longMessage(2000, QLatin1Char('m'));
    for (int j = 0; j < 20; ++j) {
        Job job = storeJob(QStringLiteral("j%1").arg(j), "FINISHED", 1000 + j);
        for (int t = 0; t < 20; ++t)
            job.tasks.append(storeTask(QString::number(t), "s", "SUCCESS", 1000 + j, longMessage));
        QVERIFY(writeJobDetail(db(), job, 1, nullptr));
    }
    const qint64 cap = 300 * 1024;
    QVERIFY(applyRetention(db(), 0, cap, nullptr) > 0);
    const StoreStats s = StoreReader(db()).stats();
    QVERIFY(s.jobs > 0 && s.jobs < 20);
    // The newest jobs are the ones kept.
    QVERIFY(StoreReader(db()).finishedJob("j19"));
    QVERIFY(!StoreReader(db()).finishedJob("j0"));
}

void StoreQueriesTest::fullDiskFailsCleanly()
{
    QVERIFY(writeJobList(db(), {storeJob("kept", "FINISHED", 1)}, 1, nullptr));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 12")));
    Job big = storeJob("big", "FINISHED", 2);
    for (int t = 0; t < 2000; ++t)
        big.tasks.append(storeTask(QString::number(t), "s", "SUCCESS", 2, QString(200, QLatin1Char('x'))));
    QString error;
    QVERIFY(!writeJobDetail(db(), big, 3, &error));
    QCOMPARE(error, QStringLiteral("The disk is full."));
    // Nothing of the failed write is left; what was committed is.
    QVERIFY(!StoreReader(db()).storedDetail("big"));
    QCOMPARE(StoreReader(db()).jobList().size(), 1);
}

QTEST_GUILESS_MAIN(StoreQueriesTest)
#include "tst_store_queries.moc"
