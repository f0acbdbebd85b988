// SPDX-License-Identifier: Apache-2.0
// ServiceStage and IEF job details in the store: they round-trip with their provider, and
// nothing that reads the ModelArts job list, syncs its details or asks about servers sees
// them. The jobs are the decoders' own output (store_test_data.h).
#include "store_reads.h"
#include "store_writes.h"
#include "store_test_data.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;
using namespace liteops::store;
using namespace liteops::test;

class StoreProvidersTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_c.reset(); }
    void serviceStageDetailRoundTrip();
    void iefDetailRoundTrip();
    void jobListIsModelArtsOnly();
    void syncNeverAsksForThem();
    void partialDetailIsNotFinal();
    void serverQuestionsIgnoreThem();
    void anotherProvidersJobIsLeftAlone();
    void statsCountThemApart();
    void retentionAgesJobsWithoutTimeByFetch();
    void jobsOfANamedIefInstanceAreNotKept();

private:
    QSqlDatabase db() const { return m_c->db(); }
    QTemporaryDir m_dir;
    std::unique_ptr<TestConnection> m_c;
    int m_n = 0;
};

void StoreProvidersTest::init()
{
    QVERIFY(m_dir.isValid());
    m_c = std::make_unique<TestConnection>(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_n)));
    QVERIFY(m_c->result().ok);
}

void StoreProvidersTest::serviceStageDetailRoundTrip()
{
    const Job job = serviceStageJob(QStringLiteral("JOB0001"));
    QCOMPARE(job.provider, Provider::ServiceStage);
    QVERIFY(!job.extras.isEmpty());
    QCOMPARE(job.tasks.at(1).index(), 1);
    QString error;
    QVERIFY2(writeJobDetail(db(), job, 7, &error), qPrintable(error));
    const StoreReader reader(db());
    const std::optional<Job> stored = reader.finishedJob(job.id, Provider::ServiceStage);
    QVERIFY(stored);
    QCOMPARE(*stored, job);
    // Asked for as a ModelArts job (the list, the sync, jobs get), the id is unknown.
    QVERIFY(!reader.finishedJob(job.id));
    QVERIFY(!reader.finishedJob(job.id, Provider::Ief));
}

void StoreProvidersTest::iefDetailRoundTrip()
{
    const Job job = iefJob(QStringLiteral("ief-1"), QStringLiteral("node-1"), 1'760'000'000);
    QCOMPARE(job.provider, Provider::Ief);
    QVERIFY(job.extras.contains(QStringLiteral("task_data")));
    QVERIFY(!job.tasks.at(0).extras().isEmpty());
    QCOMPARE(job.tasks.at(0).targetName(), u"edge-a");
    QString error;
    QVERIFY2(writeJobDetail(db(), job, 7, &error), qPrintable(error));
    const std::optional<Job> stored = StoreReader(db()).finishedJob(job.id, Provider::Ief);
    QVERIFY(stored);
    QCOMPARE(*stored, job);
    QVERIFY(!StoreReader(db()).finishedJob(job.id));
}

void StoreProvidersTest::jobListIsModelArtsOnly()
{
    QVERIFY(writeJobList(db(), {storeJob("m1", "FINISHED", 1000), storeJob("m2", "PROCESSING", 2000)}, 5, nullptr));
    QVERIFY(writeJobDetail(db(), serviceStageJob(QStringLiteral("JOB0002")), 6, nullptr));
    QVERIFY(writeJobDetail(db(), iefJob(QStringLiteral("ief-2"), QStringLiteral("n"), 1'760'000'000), 6, nullptr));
    // Even rows that claim to be listed (the filter is the provider, not how a row came in).
    QVERIFY(QSqlQuery(db()).exec(QStringLiteral("UPDATE jobs SET listed_at = 5")));
    QStringList ids;
    for (const Job &job : StoreReader(db()).jobList())
        ids << job.id;
    QCOMPARE(ids, (QStringList{"m2", "m1"}));
    QCOMPARE(StoreReader(db()).jobList(1).size(), 1);
}

void StoreProvidersTest::syncNeverAsksForThem()
{
    QVERIFY(writeJobList(db(), {storeJob("m1", "FINISHED", 1000)}, 5, nullptr));
    // Stored but not final (their task pages stopped early): a ModelArts job would be synced.
    QVERIFY(writeJobDetail(db(), serviceStageJob(QStringLiteral("JOB0003")), 6, nullptr, DetailTasks::Partial));
    QVERIFY(writeJobDetail(db(), iefJob(QStringLiteral("ief-3"), QStringLiteral("n"), 1'760'000'000), 6, nullptr,
                           DetailTasks::Partial));
    const StoreReader reader(db());
    QCOMPARE(reader.jobsNeedingDetail(0, 10), QStringList{"m1"});
    QCOMPARE(reader.countJobsNeedingDetail(0), 1);
}

void StoreProvidersTest::partialDetailIsNotFinal()
{
    const Job job = serviceStageJob(QStringLiteral("JOB0004"));
    QVERIFY(writeJobDetail(db(), job, 6, nullptr, DetailTasks::Partial));
    const StoreReader reader(db());
    QVERIFY(!reader.finishedJob(job.id, Provider::ServiceStage));
    QCOMPARE(reader.storedDetail(job.id, Provider::ServiceStage)->tasks.size(), job.tasks.size());
    // The whole detail, fetched again, is final.
    QVERIFY(writeJobDetail(db(), job, 7, nullptr));
    QVERIFY(reader.finishedJob(job.id, Provider::ServiceStage));
}

void StoreProvidersTest::serverQuestionsIgnoreThem()
{
    // A ModelArts server and an IEF node that share an id; the IEF job is newer and its
    // succeeded task reports versions.
    Job query = storeJob("q", "FINISHED", 1'700'000'000'000, "HDK_QUERY");
    query.tasks = {storeTask("t", "s1", "SUCCESS", 1'700'000'000'000, "Driver: 24.1.0.3 | Firmware: 7.5")};
    QVERIFY(writeJobDetail(db(), query, 5, nullptr));
    QVERIFY(writeJobDetail(db(), iefJob(QStringLiteral("ief-4"), QStringLiteral("s1"), 1'760'000'000), 6, nullptr));
    const StoreReader reader(db());
    const QList<ServerTask> history = reader.serverTasks(QStringLiteral("s1"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).jobId, QStringLiteral("q"));
    const std::optional<ServerTask> versions = reader.newestVersions(QStringLiteral("s1"));
    QVERIFY(versions);
    QCOMPARE(versions->versions, (VersionInfo{"24.1.0.3", "7.5"}));
    QVERIFY(reader.serverTasks(QStringLiteral("edge-b-id")).isEmpty());
}

void StoreProvidersTest::anotherProvidersJobIsLeftAlone()
{
    Job modelArts = storeJob("JOB0005", "FINISHED", 1000);
    modelArts.tasks = {storeTask("t", "s1", "SUCCESS", 1000)};
    QVERIFY(writeJobList(db(), {modelArts}, 5, nullptr));
    QVERIFY(writeJobDetail(db(), modelArts, 5, nullptr));
    // A ServiceStage job with the same id does not take the row or its tasks over.
    QVERIFY(writeJobDetail(db(), serviceStageJob(QStringLiteral("JOB0005")), 6, nullptr));
    const StoreReader reader(db());
    QCOMPARE(reader.finishedJob(QStringLiteral("JOB0005")), std::optional<Job>(modelArts));
    QVERIFY(!reader.finishedJob(QStringLiteral("JOB0005"), Provider::ServiceStage));
    QCOMPARE(reader.jobList().size(), 1);
}

void StoreProvidersTest::statsCountThemApart()
{
    Job f = storeJob("f", "FINISHED", 1000);
    f.tasks = {storeTask("a", "s1", "SUCCESS", 1000)};
    QVERIFY(writeJobList(db(), {f}, 5, nullptr));
    QVERIFY(writeJobDetail(db(), f, 6, nullptr));
    QVERIFY(writeJobDetail(db(), serviceStageJob(QStringLiteral("JOB0006")), 6, nullptr));
    QVERIFY(writeJobDetail(db(), iefJob(QStringLiteral("ief-6"), QStringLiteral("n"), 1), 6, nullptr));
    const StoreStats s = StoreReader(db()).stats();
    QCOMPARE(s.jobs, 1);
    QCOMPARE(s.finishedDetails, 1);
    QCOMPARE(s.tasks, 1);
    QCOMPARE(s.oldestJobMs, 1000);
    QCOMPARE(s.newestJobMs, 1000);
    QCOMPARE(s.serviceStageJobs, 1);
    QCOMPARE(s.iefJobs, 1);
}

void StoreProvidersTest::retentionAgesJobsWithoutTimeByFetch()
{
    Job old = serviceStageJob(QStringLiteral("JOB0007"));
    Job recent = serviceStageJob(QStringLiteral("JOB0008"));
    for (Job *job : {&old, &recent}) {
        job->createdAtMs = job->updatedAtMs = kUnknownTime;
        for (Task &t : job->tasks) {
            t.setCreatedAtMs(kUnknownTime);
            t.setUpdatedAtMs(kUnknownTime);
        }
    }
    QVERIFY(writeJobDetail(db(), old, 1000, nullptr));
    QVERIFY(writeJobDetail(db(), recent, 9000, nullptr));
    QCOMPARE(applyRetention(db(), 5000, 0, nullptr), 1);
    const StoreReader reader(db());
    QVERIFY(!reader.finishedJob(old.id, Provider::ServiceStage));
    QVERIFY(reader.finishedJob(recent.id, Provider::ServiceStage));
}

void StoreProvidersTest::jobsOfANamedIefInstanceAreNotKept()
{
    QVERIFY(storeKeepsJob(Provider::ModelArts, {}));
    QVERIFY(storeKeepsJob(Provider::ServiceStage, {}));
    QVERIFY(storeKeepsJob(Provider::Ief, {}));
    QVERIFY(!storeKeepsJob(Provider::Ief, u"instance-1"));
}

QTEST_GUILESS_MAIN(StoreProvidersTest)
#include "tst_store_providers.moc"
