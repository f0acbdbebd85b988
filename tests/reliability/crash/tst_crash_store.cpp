// SPDX-License-Identifier: Apache-2.0
// Crash safety of the local store: kill -9 in the middle of large writes (a driver storing
// 60,000-task job details) and in the middle of a background sync (liteops-cli cache sync
// against the simulator). The next open must find a sound database with every committed
// job complete (no torn detail), and a new sync must resume with what is still missing.
#include "cli_process.h"
#include "simulator.h"
#include "store_reads.h"
#include "store_schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace liteops;
using namespace liteops::store;

class CrashStoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Opens the store as the next start would; checks it is sound; returns the stats.
    struct Reopened
    {
        StoreStats stats;
        QStringList tornJobs; // finished details whose task count is not what was written
    };
    Reopened reopen(const QString &path, const std::function<int(const QString &)> &expectedTasks)
    {
        Reopened r;
        const QString name = QUuid::createUuid().toString();
        {
            const OpenResult open = openStoreDatabase(path, name);
            if (!open.ok || !open.movedAsideTo.isEmpty()) {
                qWarning("reopen: %s", qPrintable(open.problem));
                r.tornJobs << QStringLiteral("<not opened>");
            } else {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
                    || q.value(0).toString() != QLatin1String("ok"))
                    r.tornJobs << QStringLiteral("<integrity>");
                const StoreReader reader(db);
                r.stats = reader.stats();
                QSqlQuery jobs(db);
                jobs.exec(QStringLiteral("SELECT j.id, (SELECT count(*) FROM tasks t WHERE t.job_id = j.id)"
                                         " FROM jobs j WHERE detail_final = 1"));
                while (jobs.next()) {
                    const QString id = jobs.value(0).toString();
                    if (jobs.value(1).toInt() != expectedTasks(id))
                        r.tornJobs << id;
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return r;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killDuringLargeWrites()
    {
        constexpr int kTasks = 60000;
        const QString path = m_dir.filePath(QStringLiteral("large.sqlite"));
        QProcess driver;
        QSignalSpy output(&driver, &QProcess::readyReadStandardOutput);
        driver.start(QStringLiteral(CRASH_STORE_DRIVER_PATH),
                     {QStringLiteral("--path"), path, QStringLiteral("--tasks"), QString::number(kTasks),
                      QStringLiteral("--jobs"), QStringLiteral("50")});
        QVERIFY(driver.waitForStarted());
        // Two details committed; the third is being written when the kill comes.
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += driver.readAllStandardOutput()).contains("stored 2\n"), 120000);
        ::kill(pid_t(driver.processId()), SIGKILL);
        QVERIFY(driver.waitForFinished(10000));
        QCOMPARE(driver.exitStatus(), QProcess::CrashExit);

        const Reopened r = reopen(path, [](const QString &) { return kTasks; });
        QVERIFY2(r.tornJobs.isEmpty(), qPrintable(r.tornJobs.join(QLatin1Char(' '))));
        QVERIFY(r.stats.finishedDetails >= 2);
        QCOMPARE(r.stats.tasks, r.stats.finishedDetails * kTasks);
    }

    void killDuringSyncThenResume()
    {
        sim::SimOptions o;
        o.jobs = 60;
        o.noAuth = true;
        sim::Simulator sim(o);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        // Slow detail answers: the sync is surely under way when it is killed.
        QVERIFY(sim.addFault(QStringLiteral("GET /dev-servers/jobs/[^/]+$ latency 150"), &error));
        QHash<QString, int> truth;
        for (const Job &job : sim.jobs())
            truth.insert(job.id, int(job.tasks.size()));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString data = m_dir.filePath(QStringLiteral("sync-data"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), data);
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("LITEOPS_AUTH_TOKEN"), QStringLiteral("crash-store-token"));
        const QStringList base{QStringLiteral("--endpoint"), sim.baseUrl().toString(), QStringLiteral("--project-id"),
                               sim.projectId()};
        const test::CliRun status = test::runCli(QStringLiteral(LITEOPS_CLI_PATH),
                                                 base + QStringList{"cache", "status", "--format", "json"}, env);
        const QString path = QJsonDocument::fromJson(status.out.toUtf8()).object().value("file").toString();
        QVERIFY(!path.isEmpty());

        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(LITEOPS_CLI_PATH), base + QStringList{"cache", "sync"});
        QVERIFY(cli.waitForStarted());
        // Killed once a few details are in (read through a connection of our own, as a
        // second process would).
        QTRY_VERIFY_WITH_TIMEOUT(reopen(path, [&](const QString &id) { return truth.value(id); }).stats.finishedDetails
                                     >= 5,
                                 60000);
        ::kill(pid_t(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(10000));

        const Reopened afterKill = reopen(path, [&](const QString &id) { return truth.value(id); });
        QVERIFY2(afterKill.tornJobs.isEmpty(), qPrintable(afterKill.tornJobs.join(QLatin1Char(' '))));
        const qint64 before = afterKill.stats.finishedDetails;
        QVERIFY(before >= 5);

        // The next sync fetches only what is missing.
        sim.clearFaults();
        const test::CliRun resumed = test::runCli(QStringLiteral(LITEOPS_CLI_PATH),
                                                  base + QStringList{"cache", "sync", "--format", "json"}, env);
        QCOMPARE(resumed.code, 0);
        const int fetched = QJsonDocument::fromJson(resumed.out.toUtf8()).object().value("fetched").toInt();
        const Reopened done = reopen(path, [&](const QString &id) { return truth.value(id); });
        QVERIFY(done.tornJobs.isEmpty());
        QCOMPARE(done.stats.finishedDetails, before + fetched);
        int finished = 0;
        for (const Job &job : sim.jobs())
            finished += isSyncedState(job.state);
        QVERIFY(fetched > 0);
        QVERIFY(done.stats.finishedDetails >= finished - 1); // a job may finish meanwhile
    }
};

QTEST_GUILESS_MAIN(CrashStoreTest)
#include "tst_crash_store.moc"
