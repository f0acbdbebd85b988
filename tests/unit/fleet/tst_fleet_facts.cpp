// SPDX-License-Identifier: Apache-2.0
// Per-server facts from a real store file: versions from the newest succeeded query, the
// last job, recent failures, streaks, flakiness and the top error cluster; and the one-statement
// SQL checked against the same facts worked out from each server's whole history.
#include "fleet_facts.h"
#include "message_pattern.h"
#include "store_reads.h"
#include "store_writes.h"
#include "task_scan.h"
#include "store_test_data.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;
using namespace liteops::fleet;
using liteops::test::storeJob;
using liteops::test::storeTask;

namespace {

constexpr qint64 kT0 = 1'760'000'000'000;

Job jobWith(const QString &id, const QString &type, qint64 created, QList<Task> tasks)
{
    Job job = storeJob(id, QStringLiteral("FINISHED"), created, type);
    job.tasks = std::move(tasks);
    return job;
}

// Facts of one server computed from its whole history, newest first, in plain C++.
ServerFacts expectedFacts(const QString &serverId, const QList<store::ServerTask> &history)
{
    ServerFacts f;
    f.serverId = serverId;
    bool streakOpen = true;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const store::ServerTask &t = history.at(i);
        if (i == 0) {
            f.lastJobId = t.jobId;
            f.lastJobType = t.jobType;
            f.lastOutcome = t.task.state();
            f.lastAtMs = t.task.createdAtMs();
        }
        if (i < kRecentTasks) {
            ++f.recentTasks;
            const bool failed = t.task.state() == State::Failed;
            f.failuresRecent += failed ? 1 : 0;
            streakOpen = streakOpen && failed;
            f.failureStreak += streakOpen ? 1 : 0;
        }
        if (!f.hasVersions() && t.task.state() == State::Succeeded && t.versions) {
            f.driver = t.versions->driver;
            f.firmware = t.versions->firmware;
            f.queriedAtMs = t.task.createdAtMs();
            f.queryJobId = t.jobId;
        }
    }
    return f;
}

// Field by field, so a difference names its field.
void compareFacts(const ServerFacts &actual, const ServerFacts &expected)
{
    QCOMPARE(actual.serverId, expected.serverId);
    QCOMPARE(actual.driver, expected.driver);
    QCOMPARE(actual.firmware, expected.firmware);
    QCOMPARE(actual.queriedAtMs, expected.queriedAtMs);
    QCOMPARE(actual.queryJobId, expected.queryJobId);
    QCOMPARE(actual.lastJobId, expected.lastJobId);
    QCOMPARE(actual.lastJobType, expected.lastJobType);
    QCOMPARE(actual.lastOutcome, expected.lastOutcome);
    QCOMPARE(actual.lastAtMs, expected.lastAtMs);
    QCOMPARE(actual.recentTasks, expected.recentTasks);
    QCOMPARE(actual.failuresRecent, expected.failuresRecent);
    QCOMPARE(actual.failureStreak, expected.failureStreak);
    QCOMPARE(actual.topErrorCluster, expected.topErrorCluster);
    QCOMPARE(actual.topErrorCount, expected.topErrorCount);
    QCOMPARE(actual, expected); // and any field added later
}

// A random job over servers srv-0..srv-11: times from a few seconds, so that tasks of one
// server often tie on sort_at (within a job and across jobs), and a dozen tasks per server
// and job run past the recent ten; succeeded, failed and skipped tasks; query jobs report
// versions. Now and then a task or the whole job has no time at all (a NULL sort_at).
Job randomTieJob(QRandomGenerator &rng, int j)
{
    const bool query = rng.bounded(3) == 0;
    const QStringList messages{QStringLiteral("npu 3 timeout after 30 s"), QStringLiteral("disk /var full (97%)"),
                               QStringLiteral("ssh refused by 10.0.0.7")};
    const qint64 created = rng.bounded(15) == 0 ? kUnknownTime : kT0 + rng.bounded(4) * 1000;
    QList<Task> tasks;
    const int count = int(rng.bounded(40));
    for (int t = 0; t < count; ++t) {
        const int roll = int(rng.bounded(10));
        const bool failed = roll < 3;
        const QString message =
            failed ? messages.at(rng.bounded(3))
            : query
                ? QStringLiteral("Driver: 24.1.%1.3 | Firmware: 7.5.0.5.%2").arg(rng.bounded(3)).arg(rng.bounded(100))
                : QStringLiteral("ok");
        const qint64 at = rng.bounded(10) == 0 ? kUnknownTime : kT0 + rng.bounded(6) * 1000;
        tasks << storeTask(QString::number(t), QStringLiteral("srv-%1").arg(rng.bounded(12)),
                           failed      ? QStringLiteral("FAILED")
                           : roll == 9 ? QStringLiteral("SKIPPED")
                                       : QStringLiteral("SUCCESS"),
                           at, message);
    }
    Job job = jobWith(QStringLiteral("job-%1").arg(j), query ? QStringLiteral("HDK_QUERY") : QStringLiteral("COMMON"),
                      created, tasks);
    return job;
}

} // namespace

class TestFleetFacts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_conn = std::make_unique<test::TestConnection>(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_n)));
        QVERIFY(m_conn->result().ok);
    }
    void cleanup() { m_conn.reset(); }

    void versionsComeFromTheNewestSucceededQuery()
    {
        QSqlDatabase db = m_conn->db();
        const QString v1 = QStringLiteral("Driver: 23.0.6 | Firmware: 7.1.0.11.220");
        const QString v2 = QStringLiteral("Driver: 24.1.0.3 | Firmware: 7.5.0.5.220");
        QVERIFY(store::writeJobDetail(db,
                                      jobWith(QStringLiteral("q1"), QStringLiteral("HDK_QUERY"), kT0,
                                              {storeTask(QStringLiteral("1"), QStringLiteral("s1"),
                                                         QStringLiteral("SUCCESS"), kT0, v1)}),
                                      1, nullptr));
        QVERIFY(store::writeJobDetail(db,
                                      jobWith(QStringLiteral("q2"), QStringLiteral("HDK_QUERY"), kT0 + 10,
                                              {storeTask(QStringLiteral("1"), QStringLiteral("s1"),
                                                         QStringLiteral("SUCCESS"), kT0 + 10, v2)}),
                                      1, nullptr));
        // A newer query that failed, and a newer upgrade, do not replace the versions.
        QVERIFY(store::writeJobDetail(db,
                                      jobWith(QStringLiteral("q3"), QStringLiteral("HDK_QUERY"), kT0 + 20,
                                              {storeTask(QStringLiteral("1"), QStringLiteral("s1"),
                                                         QStringLiteral("FAILED"), kT0 + 20, v1)}),
                                      1, nullptr));
        QVERIFY(store::writeJobDetail(db,
                                      jobWith(QStringLiteral("u1"), QStringLiteral("HDK_UPGRADE"), kT0 + 30,
                                              {storeTask(QStringLiteral("1"), QStringLiteral("s1"),
                                                         QStringLiteral("SUCCESS"), kT0 + 30,
                                                         QStringLiteral("HDK upgraded to 24.1.rc3.10"))}),
                                      1, nullptr));

        const QHash<QString, ServerFacts> all = readAllFacts(db);
        QCOMPARE(all.size(), 1);
        const ServerFacts f = all.value(QStringLiteral("s1"));
        QCOMPARE(f.driver, QStringLiteral("24.1.0.3"));
        QCOMPARE(f.firmware, QStringLiteral("7.5.0.5.220"));
        QCOMPARE(f.queriedAtMs, kT0 + 10);
        QCOMPARE(f.queryJobId, QStringLiteral("q2"));
        QCOMPARE(f.lastJobId, QStringLiteral("u1"));
        QCOMPARE(f.lastJobType, QStringLiteral("HDK_UPGRADE"));
        QCOMPARE(f.lastOutcome, State::Succeeded);
        QCOMPARE(f.lastAtMs, kT0 + 30);
        QCOMPARE(f.failuresRecent, 1);
        QCOMPARE(f.failureStreak, 0);
        QVERIFY(!f.isFlaky());
    }

    void onlyTheLastTenTasksCountAndAStreakIsFlaky()
    {
        QSqlDatabase db = m_conn->db();
        // Oldest first: 3 failures, then 9 successes, then 2 failures (the newest).
        QList<Task> tasks;
        auto add = [&](bool failed, int n) {
            const qint64 at = kT0 + tasks.size() * 1000;
            tasks << storeTask(QString::number(tasks.size()), QStringLiteral("s2"),
                               failed ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"), at,
                               failed ? QStringLiteral("npu %1 timeout after %2 s").arg(n).arg(n * 10) : QString());
        };
        for (int i = 0; i < 3; ++i)
            add(true, i);
        for (int i = 0; i < 9; ++i)
            add(false, i);
        for (int i = 0; i < 2; ++i)
            add(true, i + 5);
        // One task per job, so the newest task's job is the last job.
        for (qsizetype i = 0; i < tasks.size(); ++i)
            QVERIFY(store::writeJobDetail(db,
                                          jobWith(QStringLiteral("j%1").arg(i), QStringLiteral("COMMON"),
                                                  tasks.at(i).createdAtMs(), {tasks.at(i)}),
                                          1, nullptr));

        const ServerFacts f = readFacts(db, {QStringLiteral("s2")}).value(QStringLiteral("s2"));
        QCOMPARE(f.recentTasks, kRecentTasks);
        QCOMPARE(f.failuresRecent, 2);
        QCOMPARE(f.failureStreak, 2);
        QVERIFY(f.isFlaky());
        QCOMPARE(f.lastJobId, QStringLiteral("j13"));
        QCOMPARE(f.lastOutcome, State::Failed);
        QCOMPARE(f.topErrorCluster, normaliseMessage(u"npu 5 timeout after 50 s"));
        QCOMPARE(f.topErrorCount, 2);
        QVERIFY(!f.hasVersions());
    }

    void threeFailuresAmongTenAreFlakyWithoutAStreak()
    {
        QSqlDatabase db = m_conn->db();
        QList<Task> tasks;
        const QList<bool> failedOldestFirst{true, false, true, false, false, true, false, false, false, false};
        for (qsizetype i = 0; i < failedOldestFirst.size(); ++i) {
            const bool failed = failedOldestFirst.at(i);
            tasks << storeTask(QString::number(i), QStringLiteral("s3"),
                               failed ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"), kT0 + i,
                               failed
                                   ? (i == 5 ? QStringLiteral("disk /var full (97%)")
                                             : QStringLiteral("ssh: connect to host 10.0.0.%1 port 22: refused").arg(i))
                                   : QString());
        }
        QVERIFY(
            store::writeJobDetail(db, jobWith(QStringLiteral("j"), QStringLiteral("COMMON"), kT0, tasks), 1, nullptr));
        const ServerFacts f = readAllFacts(db).value(QStringLiteral("s3"));
        QCOMPARE(f.failuresRecent, 3);
        QCOMPARE(f.failureStreak, 0);
        QVERIFY(f.isFlaky());
        QCOMPARE(f.topErrorCluster, normaliseMessage(u"ssh: connect to host 10.0.0.1 port 22: refused"));
        QCOMPARE(f.topErrorCount, 2);
    }

    void serversOfAJobAreItsTaskServers()
    {
        QSqlDatabase db = m_conn->db();
        QVERIFY(store::writeJobDetail(
            db,
            jobWith(QStringLiteral("j"), QStringLiteral("COMMON"), kT0,
                    {storeTask(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("SUCCESS"), kT0),
                     storeTask(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("FAILED"), kT0),
                     storeTask(QStringLiteral("3"), QStringLiteral("a"), QStringLiteral("SUCCESS"), kT0 + 1)}),
            1, nullptr));
        QStringList ids = serversOfJob(db, QStringLiteral("j"));
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(serversOfJob(db, QStringLiteral("other")).isEmpty());
        QVERIFY(readFacts(db, {QStringLiteral("nobody")}).isEmpty());
    }

    // ServiceStage steps and IEF nodes are no fleet servers: a newer IEF job on a node that
    // shares a server's id, with a succeeded task reporting versions, changes none of its facts.
    void serviceStageAndIefTasksAreNoServers()
    {
        QSqlDatabase db = m_conn->db();
        QVERIFY(store::writeJobDetail(db,
                                      jobWith(QStringLiteral("q"), QStringLiteral("HDK_QUERY"), kT0,
                                              {storeTask(QStringLiteral("1"), QStringLiteral("s1"),
                                                         QStringLiteral("SUCCESS"), kT0,
                                                         QStringLiteral("Driver: 24.1.0.3 | Firmware: 7.5"))}),
                                      1, nullptr));
        const QHash<QString, ServerFacts> before = readAllFacts(db);
        const Job ief = test::iefJob(QStringLiteral("ief-1"), QStringLiteral("s1"), kT0 / 1000 + 3600);
        QVERIFY(store::writeJobDetail(db, ief, 2, nullptr));
        QVERIFY(store::writeJobDetail(db, test::serviceStageJob(QStringLiteral("JOB1")), 3, nullptr));
        QCOMPARE(readAllFacts(db), before);
        QCOMPARE(readAllFacts(db).keys(), QList<QString>{QStringLiteral("s1")});
        QCOMPARE(readFacts(db, {QStringLiteral("s1"), QStringLiteral("edge-b-id")}), before);
        QCOMPARE(readFacts(db, {QStringLiteral("s1")}).value(QStringLiteral("s1")).driver, QStringLiteral("24.1.0.3"));
        QVERIFY(serversOfJob(db, ief.id).isEmpty());
    }

    // Random histories: the SQL's facts equal the facts worked out from each whole history.
    void matchesFactsFromWholeHistories()
    {
        QSqlDatabase db = m_conn->db();
        QRandomGenerator rng(1717);
        const QStringList messages{QStringLiteral("npu 3 timeout after 30 s"), QStringLiteral("disk /var full (97%)"),
                                   QStringLiteral("ssh refused by 10.0.0.7")};
        qint64 at = kT0;
        for (int j = 0; j < 60; ++j) {
            const bool query = rng.bounded(3) == 0;
            QList<Task> tasks;
            for (int s = 0; s < 30; ++s) {
                if (rng.bounded(2))
                    continue;
                const int roll = int(rng.bounded(10));
                const bool failed = roll < 3;
                const QString message =
                    failed  ? messages.at(rng.bounded(3))
                    : query ? QStringLiteral("Driver: 24.1.%1.3 | Firmware: 7.5.0.5.220").arg(rng.bounded(3))
                            : QString();
                tasks << storeTask(QString::number(s), QStringLiteral("srv-%1").arg(s),
                                   failed      ? QStringLiteral("FAILED")
                                   : roll == 9 ? QStringLiteral("SKIPPED")
                                               : QStringLiteral("SUCCESS"),
                                   at += 7, message);
            }
            QVERIFY(store::writeJobDetail(db,
                                          jobWith(QStringLiteral("job-%1").arg(j),
                                                  query ? QStringLiteral("HDK_QUERY") : QStringLiteral("COMMON"), at,
                                                  tasks),
                                          1, nullptr));
        }
        const QHash<QString, ServerFacts> all = readAllFacts(db);
        QVERIFY(all.size() > 20);
        const store::StoreReader reader(db);
        int flaky = 0;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            ServerFacts expected = expectedFacts(it.key(), reader.serverTasks(it.key()));
            // The cluster text is checked by the tests above; here its count must agree.
            QCOMPARE(it->topErrorCount > 0, expected.failuresRecent > 0);
            expected.topErrorCluster = it->topErrorCluster;
            expected.topErrorCount = it->topErrorCount;
            QCOMPARE(*it, expected);
            flaky += it->isFlaky() ? 1 : 0;
        }
        QVERIFY(flaky > 0);
        // Asking for some servers gives exactly their facts.
        const QStringList some{QStringLiteral("srv-1"), QStringLiteral("srv-4"), QStringLiteral("srv-4")};
        const QHash<QString, ServerFacts> subset = readFacts(db, some);
        QCOMPARE(subset.size(), 2);
        QCOMPARE(subset.value(QStringLiteral("srv-4")), all.value(QStringLiteral("srv-4")));
    }

    // readAllFacts (one pass over every task row) and readFacts (the indexed SQL per server)
    // give the very same facts for every server, ties in time and NULL times included; the
    // IEF and ServiceStage rows, newer than all and on a server's id, count in neither.
    void allFactsEqualFactsPerServer()
    {
        QSqlDatabase db = m_conn->db();
        QRandomGenerator rng(1777);
        for (int j = 0; j < 80; ++j)
            QVERIFY(store::writeJobDetail(db, randomTieJob(rng, j), 1, nullptr));
        QVERIFY(store::writeJobDetail(db,
                                      test::iefJob(QStringLiteral("ief-1"), QStringLiteral("srv-3"), kT0 / 1000 + 60),
                                      2, nullptr));
        QVERIFY(store::writeJobDetail(db, test::serviceStageJob(QStringLiteral("JOB1")), 3, nullptr));

        const QHash<QString, ServerFacts> all = readAllFacts(db);
        QCOMPARE(all.size(), 12);
        const QHash<QString, ServerFacts> each = readFacts(db, all.keys() << QStringLiteral("edge-b-id"));
        QCOMPARE(each.size(), all.size());
        int flaky = 0, clustered = 0, tiedLast = 0;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            compareFacts(*it, each.value(it.key()));
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(it->recentTasks, kRecentTasks);
            flaky += it->isFlaky() ? 1 : 0;
            clustered += it->topErrorCount > 0 ? 1 : 0;
            tiedLast += it->lastAtMs == kT0 + 5000 ? 1 : 0;
            QVERIFY(it->driver != QLatin1String("99.9.9"));
        }
        // The data reaches every branch: flaky servers, error clusters, the newest time shared.
        QVERIFY(flaky > 0);
        QVERIFY(clustered > 0);
        QVERIFY(tiedLast > 0);
    }

    // The pass reads the same rows through the SQLite C API as through Qt SQL (the fallback
    // when Qt's driver uses another SQLite): every ModelArts row on a server, nothing else.
    void bothScansReadTheSameRows()
    {
        QSqlDatabase db = m_conn->db();
        QRandomGenerator rng(99);
        qsizetype tasks = 0;
        for (int j = 0; j < 10; ++j) {
            const Job job = randomTieJob(rng, j);
            tasks += job.tasks.size();
            QVERIFY(store::writeJobDetail(db, job, 1, nullptr));
        }
        QVERIFY(store::writeJobDetail(db, test::iefJob(QStringLiteral("ief-1"), QStringLiteral("srv-3"), kT0 / 1000), 2,
                                      nullptr));
        const auto rowsOf = [&db](auto scan) {
            QStringList rows;
            const bool ok = scan(db, [&rows](const store::ServerTaskRow &r) {
                rows << QStringList{r.serverId.toString(),
                                    QString::number(r.sortAtMs),
                                    QString::number(r.rowid),
                                    r.state.toString(),
                                    r.jobId.toString(),
                                    r.failedMessage.toString(),
                                    QString::number(r.reportsVersions),
                                    r.driver.toString(),
                                    r.firmware.toString()}
                            .join(u'|');
            });
            return ok ? rows : QStringList{QStringLiteral("failed")};
        };
        const QStringList qt = rowsOf(store::scanServerTasksQt);
        QCOMPARE(rowsOf(store::scanServerTasks), qt);
        QCOMPARE(qt.size(), tasks);
        QVERIFY(qt.filter(QStringLiteral("99.9.9")).isEmpty());
        QVERIFY(!qt.filter(QStringLiteral("|failed|")).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<test::TestConnection> m_conn;
};

QTEST_GUILESS_MAIN(TestFleetFacts)
#include "tst_fleet_facts.moc"
