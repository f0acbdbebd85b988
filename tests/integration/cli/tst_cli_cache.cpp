// SPDX-License-Identifier: Apache-2.0
// liteops-cli and the local store, end to end: jobs list, jobs get, servicestage job and ief
// job feed it, a stored finished job is served without a request, jobs create --wait keeps
// its run's finished jobs, cache status|sync|clear, a damaged file moved aside, a store that
// cannot be written (no folder, full disk), two CLIs on one file.
#include "cli_process.h"
#include "local_store.h"
#include "simulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;
using Run = liteops::test::CliRun;

class CliCacheTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_home;
    int m_dataDirs = 0;
    QString m_data; // XDG_DATA_HOME of the current test

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
                                 "HUAWEICLOUD_SDK_PROJECT_ID", "LITEOPS_AUTH_TOKEN", "DBUS_SESSION_BUS_ADDRESS",
                                 "LITEOPS_STORE_MAX_PAGES"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data);
        // The simulator runs without authentication; the CLI still needs some credentials.
        env.insert(QStringLiteral("LITEOPS_AUTH_TOKEN"), QStringLiteral("cache-test-token"));
        return env;
    }

    Run cli(QStringList args, const QProcessEnvironment &env)
    {
        args = QStringList{QStringLiteral("--endpoint"), m_sim->baseUrl().toString(), QStringLiteral("--project-id"),
                           m_sim->projectId()}
               + args;
        return liteops::test::runCli(QStringLiteral(LITEOPS_CLI_PATH), args, env);
    }
    Run cli(const QStringList &args) { return cli(args, environment()); }

    QJsonObject status()
    {
        const Run r = cli({"cache", "status", "--format", "json"});
        if (r.code != 0)
            qWarning("cache status: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QString finishedJobId()
    {
        for (const Job &job : m_sim->jobs()) {
            if (job.status == QLatin1String("FINISHED"))
                return job.id;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        sim::SimOptions o;
        o.jobs = 25;
        o.noAuth = true;
        o.taskDurationMs = 300; // a created job settles within the test's time
        m_sim = std::make_unique<sim::Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void init() { m_data = m_home.filePath(QStringLiteral("data%1").arg(++m_dataDirs)); }

    void listFeedsStore()
    {
        const Run r = cli({"jobs", "list"});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("note:")), qPrintable(r.err)); // no store problem
        const QJsonObject s = status();
        QCOMPARE(s.value("jobs").toInt(), m_sim->jobs().size());
        QVERIFY(s.value("last_list").isString());
        QVERIFY(s.value("file").toString().startsWith(QDir::toNativeSeparators(m_data)));
        QVERIFY(s.value("file").toString().endsWith(".sqlite"));
    }

    void finishedJobServedFromStore()
    {
        const QString id = finishedJobId();
        QVERIFY(!id.isEmpty());
        const int before = m_sim->requestCount();
        const Run first = cli({"jobs", "get", id, "--format", "json"});
        QCOMPARE(first.code, 0);
        QCOMPARE(m_sim->requestCount() - before, 1);
        const Run second = cli({"jobs", "get", id, "--format", "json"});
        QCOMPARE(second.code, 0);
        QCOMPARE(m_sim->requestCount() - before, 1); // no request
        QCOMPARE(second.out, first.out);
        const Run refreshed = cli({"jobs", "get", id, "--refresh", "--format", "json"});
        QCOMPARE(refreshed.code, 0);
        QCOMPARE(m_sim->requestCount() - before, 2);
        QCOMPARE(refreshed.out, first.out);
    }

    // jobs wait and jobs rerun-failed keep the detail they fetched, like jobs get.
    void waitAndRerunKeepTheDetail()
    {
        const QString id = finishedJobId();
        QVERIFY(!id.isEmpty());
        QVERIFY(cli({"jobs", "wait", id}).code != 2);
        QCOMPARE(status().value("finished_details").toInt(), 1);
        QString other;
        for (const Job &job : m_sim->jobs())
            if (isFinalState(job.state) && job.id != id)
                other = job.id;
        QVERIFY(!other.isEmpty());
        const Run rerun = cli({"jobs", "rerun-failed", other, "--dry-run", "--yes"});
        QVERIFY2(rerun.code == 0, qPrintable(rerun.err));
        QCOMPARE(status().value("finished_details").toInt(), 2);
    }

    // jobs create --wait polls its job until it settles: that last detail is kept, every task
    // with it, and read back through the store as the console would.
    void createWaitKeepsTheFinishedJob()
    {
        QStringList servers;
        for (const Server &s : m_sim->servers()) {
            if (s.status == QLatin1String("RUNNING") && servers.size() < 3)
                servers << s.id;
        }
        QCOMPARE(servers.size(), 3);
        const Run run = cli({"jobs", "create", "--name", "kept-run", "--type", "HDK_QUERY", "--item", "HDK_QUERY",
                             "--server", servers.join(QLatin1Char(',')), "--wait", "--poll-interval", "0.1"});
        QVERIFY2(run.code == 0 || run.code == 1, qPrintable(run.err)); // 1: a simulated task failed
        QString id;
        for (const Job &job : m_sim->jobs()) {
            if (job.name.startsWith(QLatin1String("kept-run")))
                id = job.id;
        }
        QVERIFY(!id.isEmpty());
        QCOMPARE(status().value("finished_details").toInt(), 1);
        store::LocalStore s(status().value("file").toString());
        std::optional<std::optional<Job>> stored;
        s.read<std::optional<Job>>(
            this, [id](const store::StoreReader &r) { return r.finishedJob(id); },
            [&](const std::optional<Job> &job) { stored = job; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(stored->has_value());
        const Job &job = **stored;
        QVERIFY(isFinalState(job.state));
        QCOMPARE(job.tasks.size(), servers.size());
        for (const Task &t : job.tasks) {
            QVERIFY(servers.contains(t.targetId().toString()));
            QVERIFY(isFinalState(t.state()));
        }
    }

    // servicestage job and ief job feed the store too: a finished one is served from it as
    // the service gave it, and cache status counts it apart from the ModelArts jobs.
    void serviceStageAndIefJobsServedFromStore()
    {
        QCOMPARE(cli({"jobs", "list"}).code, 0);
        int served = 0;
        for (const sim::SampleJob &sample : sim::Simulator::sampleJobs(sim::SimOptions())) {
            if (!isFinalState(stateFromStatus(sample.status)))
                continue;
            const QString group = sample.provider == Provider::ServiceStage ? QStringLiteral("servicestage")
                                                                            : QStringLiteral("ief");
            const int before = m_sim->requestCount();
            const QStringList job{QStringLiteral("--servicestage-endpoint"),
                                  m_sim->baseUrl().toString(),
                                  QStringLiteral("--ief-endpoint"),
                                  m_sim->baseUrl().toString(),
                                  group,
                                  QStringLiteral("job"),
                                  sample.id,
                                  QStringLiteral("--format"),
                                  QStringLiteral("json")};
            const Run first = cli(job);
            QCOMPARE(first.code, 0);
            QVERIFY(m_sim->requestCount() > before);
            const int fetchedAt = m_sim->requestCount();
            const Run second = cli(job);
            QCOMPARE(second.code, 0);
            QCOMPARE(m_sim->requestCount(), fetchedAt); // no request
            QCOMPARE(second.out, first.out);
            const Run refreshed = cli(job + QStringList{QStringLiteral("--refresh")});
            QCOMPARE(refreshed.code, 0);
            QVERIFY(m_sim->requestCount() > fetchedAt);
            QCOMPARE(refreshed.out, first.out);
            if (sample.provider == Provider::Ief) {
                // In a named IEF instance the stored job does not answer: the service does.
                const int asked = m_sim->requestCount();
                const Run instance = cli(job + QStringList{QStringLiteral("--instance-id"), QStringLiteral("inst-1")});
                QCOMPARE(instance.code, 0);
                QVERIFY(m_sim->requestCount() > asked);
            }
            ++served;
        }
        QVERIFY(served >= 2);
        const QJsonObject s = status();
        QCOMPARE(s.value("jobs").toInt(), m_sim->jobs().size());
        QCOMPARE(s.value("servicestage_jobs").toInt() + s.value("ief_jobs").toInt(), served);
        QVERIFY(s.value("ief_jobs").toInt() > 0);
        QCOMPARE(s.value("finished_details").toInt(), 0);
    }

    void syncThenClear()
    {
        const Run sync = cli({"cache", "sync", "--format", "json"});
        QCOMPARE(sync.code, 0);
        const QJsonObject result = QJsonDocument::fromJson(sync.out.toUtf8()).object();
        QVERIFY(result.value("completed").toBool());
        const int fetched = result.value("fetched").toInt();
        QVERIFY(fetched > 10);
        QJsonObject s = status();
        QCOMPARE(s.value("finished_details").toInt(), fetched);
        QVERIFY(s.value("tasks").toInt() > 0);
        QVERIFY(s.value("last_sync").isString());
        // A second sync fetches nothing new.
        const Run again = cli({"cache", "sync", "--format", "json"});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value("fetched").toInt(), 0);
        const Run table = cli({"cache", "status"});
        QVERIFY(table.out.contains(QStringLiteral("Finished details: %1").arg(fetched)));

        const Run clear = cli({"cache", "clear"});
        QCOMPARE(clear.code, 0);
        s = status();
        QCOMPARE(s.value("jobs").toInt(), 0);
        QCOMPARE(s.value("tasks").toInt(), 0);
        QVERIFY(s.value("last_sync").isNull());
        QCOMPARE(cli({"cache", "status", "--format", "csv"}).code, 2);
    }

    void damagedFileMovedAside()
    {
        const QString path = status().value("file").toString();
        QVERIFY(QFile::remove(path) || !QFile::exists(path));
        QFile::remove(path + "-wal");
        QFile::remove(path + "-shm");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        const Run r = cli({"jobs", "list", "--format", "json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), m_sim->jobs().size());
        QCOMPARE(r.err.count(QStringLiteral("note:")), 1);
        QVERIFY2(r.err.contains(QStringLiteral("moved aside")), qPrintable(r.err));
        const QStringList aside = QFileInfo(path).dir().entryList({QFileInfo(path).fileName() + ".broken-*"});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(status().value("jobs").toInt(), m_sim->jobs().size());
    }

    void unusableDataFolderStillWorks()
    {
        QFile blocker(m_data);
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        const Run r = cli({"jobs", "list", "--format", "json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), m_sim->jobs().size());
        QCOMPARE(r.err.count(QStringLiteral("note:")), 1);
        QVERIFY2(r.err.contains(QStringLiteral("Local data is off")), qPrintable(r.err));
        const Run get = cli({"jobs", "get", finishedJobId()});
        QCOMPARE(get.code, 0);
    }

    void fullDiskStillWorks()
    {
        QCOMPARE(cli({"jobs", "list"}).code, 0);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LITEOPS_STORE_MAX_PAGES"), QStringLiteral("20"));
        const Run r = cli({"cache", "sync", "--format", "json"}, env);
        QVERIFY2(r.err.contains(QStringLiteral("disk is full")), qPrintable(r.err));
        QCOMPARE(r.err.count(QStringLiteral("note:")), 1);
        QCOMPARE(r.code, 2);
        const Run list = cli({"jobs", "list", "--format", "json"}, env);
        QCOMPARE(list.code, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), m_sim->jobs().size());
    }

    void twoProcessesOnOneFile()
    {
        QCOMPARE(cli({"jobs", "list"}).code, 0);
        // A sync and a stream of list refreshes at the same time, as the console and a
        // script would.
        QProcess sync;
        sync.setProcessEnvironment(environment());
        QSignalSpy syncDone(&sync, &QProcess::finished);
        sync.start(QStringLiteral(LITEOPS_CLI_PATH), {"--endpoint", m_sim->baseUrl().toString(), "--project-id",
                                                      m_sim->projectId(), "cache", "sync", "--format", "json"});
        for (int i = 0; i < 4; ++i) {
            const Run r = cli({"jobs", "list"});
            QCOMPARE(r.code, 0);
            QVERIFY2(!r.err.contains(QStringLiteral("locked")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("note:")), qPrintable(r.err));
        }
        QVERIFY(!syncDone.isEmpty() || syncDone.wait(60000));
        const QString syncErr = QString::fromUtf8(sync.readAllStandardError());
        QCOMPARE(sync.exitCode(), 0);
        QVERIFY2(!syncErr.contains(QStringLiteral("locked")) && !syncErr.contains(QStringLiteral("note:")),
                 qPrintable(syncErr));
        const int fetched = QJsonDocument::fromJson(sync.readAllStandardOutput()).object().value("fetched").toInt();
        QCOMPARE(status().value("finished_details").toInt(), fetched);
    }
};

QTEST_GUILESS_MAIN(CliCacheTest)
#include "tst_cli_cache.moc"
