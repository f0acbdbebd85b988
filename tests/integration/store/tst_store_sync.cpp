// SPDX-License-Identifier: Apache-2.0
// DetailSync against liteops-sim: every finished job's detail fetched once, newest first,
// at most two at a time; throttling with Retry-After; server faults; cancel and resume in a
// new store object (as after a restart); foreground calls first.
#include "sim_fixture.h"
#include "detail_sync.h"
#include "local_store.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;
using namespace liteops::store;
using namespace liteops::test;

class StoreSyncTest : public QObject
{
    Q_OBJECT

    sim::SimOptions m_options;
    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("sync%1.sqlite").arg(++m_n)); }

    template <typename R>
    R readNow(LocalStore &store, std::function<R(const StoreReader &)> work)
    {
        std::optional<R> answer;
        store.read<R>(this, std::move(work), [&](R r) { answer = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000); }();
        return answer.value_or(R{});
    }

    // Stores the job list as the console would; returns how many of its jobs are finished
    // (created at or after `since`), the work of a sync.
    int storeList(CloudClient &client, LocalStore &store, qint64 since = 0)
    {
        const auto list = finish(client.listJobs());
        if (!list.ok())
            return -1;
        store.putJobList(list.value());
        int finished = 0;
        for (const Job &job : list.value())
            finished += isSyncedState(job.state) && job.createdAtMs >= since;
        return finished;
    }

    // Runs a sync to its end; returns its outcome.
    DetailSync::Outcome runSync(DetailSync &sync, int timeoutMs = 60000)
    {
        QSignalSpy done(&sync, &DetailSync::finished);
        sync.start();
        if (!done.wait(timeoutMs))
            return DetailSync::Outcome::Cancelled;
        return done.at(0).at(0).value<DetailSync::Outcome>();
    }

    int detailRequests(int before) const { return m_sim->requestCount() - before; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_options.jobs = 40;
        m_sim = startSimulator(m_options);
    }

    void cleanup() { m_sim->clearFaults(); }

    void fetchesEachFinishedDetailOnce()
    {
        CloudClient client(configFor(*m_sim));
        LocalStore store(freshPath());
        const int finishedJobs = storeList(client, store);
        QVERIFY(finishedJobs > 10);
        DetailSync sync(&client, &store);
        QSignalSpy progress(&sync, &DetailSync::progress);
        const int before = m_sim->requestCount();
        QCOMPARE(runSync(sync), DetailSync::Outcome::Completed);
        QCOMPARE(sync.done(), finishedJobs);
        QCOMPARE(detailRequests(before), finishedJobs);
        QCOMPARE(progress.constLast().at(0).toInt(), finishedJobs);
        QCOMPARE(progress.constLast().at(1).toInt(), finishedJobs);
        const StoreStats stats = readNow<StoreStats>(store, [](const StoreReader &r) { return r.stats(); });
        QCOMPARE(stats.finishedDetails, finishedJobs);
        QVERIFY(isKnownTime(stats.lastSyncMs));
        // The stored details are the service's.
        QHash<QString, Job> truth;
        for (const Job &job : m_sim->jobs())
            truth.insert(job.id, job);
        const QList<Job> listed = readNow<QList<Job>>(store, [](const StoreReader &r) { return r.jobList(); });
        for (const Job &row : listed) {
            if (!isSyncedState(row.state))
                continue;
            const auto stored = readNow<std::optional<Job>>(store, [id = row.id](const StoreReader &r) {
                return r.finishedJob(id);
            });
            QVERIFY(stored);
            QCOMPARE(stored->tasks.size(), truth.value(row.id).tasks.size());
            QCOMPARE(stored->status, truth.value(row.id).status);
        }
        // Nothing is fetched twice.
        DetailSync again(&client, &store);
        const int second = m_sim->requestCount();
        QCOMPARE(runSync(again), DetailSync::Outcome::Completed);
        QCOMPARE(again.done(), 0);
        QCOMPARE(detailRequests(second), 0);
    }

    // The ServiceStage and IEF jobs the simulator serves, fetched through the real client and
    // stored as the console and the CLI store them: each comes back whole under its provider,
    // the ModelArts job list and the counts leave them out, and the sync never asks for them.
    void serviceStageAndIefDetailsStoredBeside()
    {
        CloudClient client(configFor(*m_sim));
        LocalStore store(freshPath());
        const int finishedJobs = storeList(client, store);
        QList<Job> fetched;
        for (const sim::SampleJob &sample : sim::Simulator::sampleJobs(m_options)) {
            const Result<Job> r = sample.provider == Provider::ServiceStage
                                      ? finish(client.getServiceStageJob(sample.id))
                                      : finish(client.getIefJob(sample.id));
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
            store.putJobDetail(r.value());
            fetched << r.value();
        }
        QVERIFY(
            std::any_of(fetched.cbegin(), fetched.cend(), [](const Job &j) { return j.provider == Provider::Ief; }));
        QVERIFY(std::any_of(fetched.cbegin(), fetched.cend(),
                            [](const Job &j) { return j.provider == Provider::ServiceStage; }));
        const int before = m_sim->requestCount();
        int finishedOthers = 0;
        for (const Job &job : std::as_const(fetched)) {
            // A finished one is served as finished; a running one is kept but asked for again.
            const auto finished = readNow<std::optional<Job>>(store, [job](const StoreReader &r) {
                return r.finishedJob(job.id, job.provider);
            });
            QCOMPARE(finished.has_value(), isFinalState(job.state));
            finishedOthers += finished.has_value();
            const auto stored = readNow<std::optional<Job>>(store, [job](const StoreReader &r) {
                return r.storedDetail(job.id, job.provider);
            });
            QVERIFY(stored);
            QCOMPARE(*stored, job);
        }
        QVERIFY(finishedOthers > 0);
        QCOMPARE(detailRequests(before), 0);
        const QList<Job> listed = readNow<QList<Job>>(store, [](const StoreReader &r) { return r.jobList(); });
        QCOMPARE(listed.size(), m_sim->jobs().size());
        QVERIFY(std::all_of(listed.cbegin(), listed.cend(),
                            [](const Job &j) { return j.provider == Provider::ModelArts; }));
        const StoreStats stats = readNow<StoreStats>(store, [](const StoreReader &r) { return r.stats(); });
        QCOMPARE(stats.jobs, listed.size());
        QCOMPARE(stats.serviceStageJobs + stats.iefJobs, fetched.size());
        DetailSync sync(&client, &store);
        const int beforeSync = m_sim->requestCount();
        QCOMPARE(runSync(sync), DetailSync::Outcome::Completed);
        QCOMPARE(detailRequests(beforeSync), finishedJobs);
    }

    void horizonLimitsTheWork()
    {
        CloudClient client(configFor(*m_sim));
        LocalStore store(freshPath());
        const int all = storeList(client, store);
        const qint64 since = QDateTime::currentMSecsSinceEpoch() - 3LL * 24 * 3600 * 1000;
        const int expected = storeList(client, store, since);
        QVERIFY(expected > 0 && expected < all);
        DetailSync sync(&client, &store);
        sync.setOptions({.horizonDays = 3});
        QCOMPARE(runSync(sync), DetailSync::Outcome::Completed);
        QCOMPARE(sync.done(), expected);
    }

    void throttlingWaitsRetryAfter()
    {
        // More 429s than the client's own attempts: the sync must wait and ask again.
        m_sim->addFault(QStringLiteral("GET /dev-servers/jobs/[^/]+$ throttle 1 count=4"), nullptr);
        ClientConfig config = configFor(*m_sim);
        config.maxAttempts = 1;
        CloudClient client(config);
        LocalStore store(freshPath());
        const int finishedJobs = storeList(client, store);
        QVERIFY(finishedJobs > 10);
        DetailSync sync(&client, &store);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runSync(sync), DetailSync::Outcome::Completed);
        QVERIFY2(timer.elapsed() >= 1000, "Retry-After was not honoured");
        QCOMPARE(sync.done(), finishedJobs);
    }

    void serverFaultsSkipThenResume()
    {
        // Two failing answers are skipped (and left for the next run); the rest is stored.
        m_sim->addFault(QStringLiteral("GET /dev-servers/jobs/[^/]+$ status 500 count=2"), nullptr);
        ClientConfig config = configFor(*m_sim);
        config.maxAttempts = 1;
        CloudClient client(config);
        LocalStore store(freshPath());
        const int finishedJobs = storeList(client, store);
        QVERIFY(finishedJobs > 10);
        DetailSync sync(&client, &store);
        QCOMPARE(runSync(sync), DetailSync::Outcome::Completed);
        QCOMPARE(sync.done(), finishedJobs - 2);
        DetailSync next(&client, &store);
        QCOMPARE(runSync(next), DetailSync::Outcome::Completed);
        QCOMPARE(next.done(), 2);
    }

    void persistentFailureEndsTheRun()
    {
        m_sim->addFault(QStringLiteral("GET /dev-servers/jobs/[^/]+$ status 503"), nullptr);
        ClientConfig config = configFor(*m_sim);
        config.maxAttempts = 1;
        CloudClient client(config);
        LocalStore store(freshPath());
        const int finishedJobs = storeList(client, store);
        QVERIFY(finishedJobs > 10);
        DetailSync sync(&client, &store);
        QSignalSpy done(&sync, &DetailSync::finished);
        sync.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.at(0).at(0).value<DetailSync::Outcome>(), DetailSync::Outcome::Failed);
        QVERIFY(!done.at(0).at(1).toString().isEmpty());
        QCOMPARE(sync.done(), 0);
    }

    void cancelThenResumeAfterRestart()
    {
        const QString path = freshPath();
        CloudClient client(configFor(*m_sim));
        int firstRun = 0;
        int finishedJobs = 0;
        {
            LocalStore store(path);
            finishedJobs = storeList(client, store);
            QVERIFY(finishedJobs > 10);
            DetailSync sync(&client, &store);
            QSignalSpy progress(&sync, &DetailSync::progress);
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(sync.done() >= 5, 30000);
            sync.cancel();
            QVERIFY(!sync.isRunning());
            firstRun = sync.done();
        } // the store closes, as when the console quits
        LocalStore reopened(path);
        QCOMPARE(readNow<StoreStats>(reopened, [](const StoreReader &r) { return r.stats(); }).finishedDetails,
                 firstRun);
        DetailSync resumed(&client, &reopened);
        const int before = m_sim->requestCount();
        QCOMPARE(runSync(resumed), DetailSync::Outcome::Completed);
        QCOMPARE(resumed.total(), finishedJobs - firstRun);
        QCOMPARE(resumed.done(), finishedJobs - firstRun);
        QCOMPARE(detailRequests(before), finishedJobs - firstRun);
    }

    void yieldsToForeground()
    {
        CloudClient client(configFor(*m_sim));
        LocalStore store(freshPath());
        const int finishedJobs = storeList(client, store);
        QVERIFY(finishedJobs > 10);
        DetailSync sync(&client, &store);
        sync.setForegroundBusy(true);
        const int before = m_sim->requestCount();
        QSignalSpy progress(&sync, &DetailSync::progress);
        sync.start();
        QVERIFY(progress.wait(5000)); // the total, read from the store
        store.flush();
        QCoreApplication::processEvents();
        QCOMPARE(detailRequests(before), 0);
        QCOMPARE(sync.done(), 0);
        sync.setForegroundBusy(false);
        QSignalSpy done(&sync, &DetailSync::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(sync.done(), finishedJobs);
    }

    void atMostTwoInFlight()
    {
        // Every detail answer takes 150 ms; the simulator sees at most two at once.
        m_sim->addFault(QStringLiteral("GET /dev-servers/jobs/[^/]+$ latency 150"), nullptr);
        CloudClient client(configFor(*m_sim));
        LocalStore store(freshPath());
        const int finishedJobs = storeList(client, store);
        QVERIFY(finishedJobs > 10);
        DetailSync sync(&client, &store);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runSync(sync), DetailSync::Outcome::Completed);
        // n answers, at most two at a time, 150 ms each: at least n/2 * 150 ms. More at once
        // would be faster.
        QVERIFY2(timer.elapsed() >= (finishedJobs / 2) * 150 - 50, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(StoreSyncTest)
#include "tst_store_sync.moc"
