// SPDX-License-Identifier: Apache-2.0
// The store file: a fresh schema, the migrations from schemas 1 and 2 (fixtures written here
// with those schemas' own statements), and the files that are not a LiteOps store.
#include "store_reads.h"
#include "store_schema.h"
#include "store_test_data.h"
#include "store_writes.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;
using namespace liteops::store;
using namespace liteops::test;

class StoreSchemaTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_n));
    }
    void freshStoreIsCurrent();
    void reopenKeepsData();
    void migratesSchemaOne();
    void migratesSchemaTwo();
    void corruptFileIsMovedAside();
    void foreignDatabaseIsMovedAside();
    void newerFileIsLeftAlone();
    void unwritableFolderTurnsStoreOff();

private:
    QStringList names(const QSqlDatabase &db, const char *type);
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QStringList StoreSchemaTest::names(const QSqlDatabase &db, const char *type)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    q.bindValue(0, QLatin1String(type));
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void StoreSchemaTest::freshStoreIsCurrent()
{
    TestConnection c(m_path);
    QVERIFY2(c.result().ok, qPrintable(c.result().problem));
    QVERIFY(c.result().problem.isEmpty());
    QCOMPARE(schemaVersion(c.db()), kSchemaVersion);
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), kApplicationId);
    QCOMPARE(names(c.db(), "table"), (QStringList{"job_items", "jobs", "servers", "sync_state", "tasks"}));
    QCOMPARE(names(c.db(), "index"),
             (QStringList{"jobs_created", "jobs_missing_detail", "tasks_server_time", "tasks_server_versions"}));
}

void StoreSchemaTest::reopenKeepsData()
{
    {
        TestConnection c(m_path);
        QVERIFY(c.result().ok);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state VALUES ('k', 'v')")));
    }
    TestConnection again(m_path);
    QVERIFY(again.result().ok);
    QVERIFY(again.result().movedAsideTo.isEmpty());
    QCOMPARE(StoreReader(again.db()).syncValue(QStringLiteral("k")), QStringLiteral("v"));
}

void StoreSchemaTest::migratesSchemaOne()
{
    // The file schema 1 wrote: its tables, its one server index, its version, two jobs.
    {
        TestConnection raw(m_path, false);
        QVERIFY(raw.result().ok);
        const char *const schema1[] = {
            "CREATE TABLE jobs (id TEXT PRIMARY KEY, provider TEXT NOT NULL, name TEXT, type TEXT,"
            " status TEXT, state TEXT, user_name TEXT, description TEXT, template_id TEXT,"
            " abnormal_count INTEGER, created_at INTEGER, updated_at INTEGER,"
            " reported_total INTEGER, reported_failed INTEGER, reported_succeeded INTEGER,"
            " listed_at INTEGER, detail_at INTEGER, detail_final INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX jobs_created ON jobs (created_at DESC)",
            "CREATE TABLE job_items (job_id TEXT NOT NULL, position INTEGER NOT NULL, type TEXT,"
            " spec TEXT, PRIMARY KEY (job_id, position)) WITHOUT ROWID",
            "CREATE TABLE tasks (job_id TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT, server_id TEXT,"
            " server_name TEXT, name TEXT, status TEXT, state TEXT, message TEXT, created_at INTEGER,"
            " updated_at INTEGER, sort_at INTEGER, cloud_server TEXT, PRIMARY KEY (job_id, seq))",
            "CREATE INDEX tasks_server ON tasks (server_id)",
            "CREATE TABLE servers (id TEXT PRIMARY KEY, name TEXT, status TEXT, flavor TEXT,"
            " category TEXT, private_ips TEXT, created_at INTEGER, updated_at INTEGER, seen_at INTEGER)",
            "PRAGMA application_id = 1280266323",
            "PRAGMA user_version = 1",
            "INSERT INTO jobs VALUES ('q1','modelarts','query','HDK_QUERY','FINISHED','succeeded','ops',"
            " '', NULL, 0, 1000, 2000, NULL, NULL, NULL, 5000, 5000, 1)",
            "INSERT INTO jobs VALUES ('u1','modelarts','upgrade','HDK_UPGRADE','FINISHED','succeeded','ops',"
            " '', NULL, 0, 3000, 4000, NULL, NULL, NULL, 5000, 5000, 1)",
            "INSERT INTO tasks VALUES ('q1', 0, 't1', 'srv-a', 'a', NULL, 'SUCCESS', 'succeeded',"
            " 'Driver: 24.1.0.3 | Firmware: 7.5.0.5.220', 1000, 1500, 1000, NULL)",
            "INSERT INTO tasks VALUES ('u1', 0, 't2', 'srv-a', 'a', NULL, 'SUCCESS', 'succeeded',"
            " 'Driver: 9.9.9 upgraded', 3000, 3500, 3000, NULL)",
        };
        for (const char *sql : schema1) {
            QSqlQuery q(raw.db());
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        QCOMPARE(kApplicationId, 1280266323);
    }
    TestConnection c(m_path);
    QVERIFY2(c.result().ok, qPrintable(c.result().problem));
    QVERIFY(c.result().movedAsideTo.isEmpty());
    QCOMPARE(schemaVersion(c.db()), kSchemaVersion);
    QVERIFY(names(c.db(), "index").contains(QStringLiteral("tasks_server_versions")));
    QVERIFY(!names(c.db(), "index").contains(QStringLiteral("tasks_server")));

    const StoreReader reader(c.db());
    QCOMPARE(reader.jobList().size(), 2);
    // The query job's task got its versions; the upgrade's message names a driver but is
    // not a query answer, so it did not.
    const std::optional<ServerTask> newest = reader.newestVersions(QStringLiteral("srv-a"));
    QVERIFY(newest);
    QCOMPARE(newest->jobId, QStringLiteral("q1"));
    QCOMPARE(newest->versions, (VersionInfo{"24.1.0.3", "7.5.0.5.220"}));
    const QList<ServerTask> history = reader.serverTasks(QStringLiteral("srv-a"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).jobId, QStringLiteral("u1"));
    QVERIFY(!history.at(0).versions);
}

void StoreSchemaTest::migratesSchemaTwo()
{
    // The file schema 2 wrote (ModelArts jobs only): its tables and indexes, its version, a
    // query job whose task has its versions and an upgrade job, as schema 2's writer left them.
    {
        TestConnection raw(m_path, false);
        QVERIFY(raw.result().ok);
        const char *const schema2[] = {
            "CREATE TABLE jobs (id TEXT PRIMARY KEY, provider TEXT NOT NULL, name TEXT, type TEXT,"
            " status TEXT, state TEXT, user_name TEXT, description TEXT, template_id TEXT,"
            " abnormal_count INTEGER, created_at INTEGER, updated_at INTEGER,"
            " reported_total INTEGER, reported_failed INTEGER, reported_succeeded INTEGER,"
            " listed_at INTEGER, detail_at INTEGER, detail_final INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX jobs_created ON jobs (created_at DESC)",
            "CREATE TABLE job_items (job_id TEXT NOT NULL, position INTEGER NOT NULL, type TEXT,"
            " spec TEXT, PRIMARY KEY (job_id, position)) WITHOUT ROWID",
            "CREATE TABLE tasks (job_id TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT, server_id TEXT,"
            " server_name TEXT, name TEXT, status TEXT, state TEXT, message TEXT, created_at INTEGER,"
            " updated_at INTEGER, sort_at INTEGER, cloud_server TEXT, driver TEXT, firmware TEXT,"
            " PRIMARY KEY (job_id, seq))",
            "CREATE TABLE servers (id TEXT PRIMARY KEY, name TEXT, status TEXT, flavor TEXT,"
            " category TEXT, private_ips TEXT, created_at INTEGER, updated_at INTEGER, seen_at INTEGER)",
            "CREATE INDEX tasks_server_time ON tasks (server_id, sort_at DESC)",
            "CREATE INDEX tasks_server_versions ON tasks (server_id, sort_at DESC)"
            " WHERE state = 'succeeded' AND (driver IS NOT NULL OR firmware IS NOT NULL)",
            "CREATE INDEX jobs_missing_detail ON jobs (created_at DESC) WHERE detail_final = 0",
            "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
            "PRAGMA application_id = 1280266323",
            "PRAGMA user_version = 2",
            "INSERT INTO jobs VALUES ('q1','modelarts','query','HDK_QUERY','FINISHED','succeeded','ops',"
            " '', NULL, 0, 1000, 2000, NULL, NULL, NULL, 5000, 5000, 1)",
            "INSERT INTO jobs VALUES ('u1','modelarts','upgrade','HDK_UPGRADE','FINISHED','succeeded','ops',"
            " '', NULL, 0, 3000, 4000, NULL, NULL, NULL, 5000, 5000, 1)",
            "INSERT INTO tasks VALUES ('q1', 0, 't1', 'srv-a', 'a', NULL, 'SUCCESS', 'succeeded',"
            " 'Driver: 24.1.0.3 | Firmware: 7.5.0.5.220', 1000, 1500, 1000, NULL, '24.1.0.3', '7.5.0.5.220')",
            "INSERT INTO tasks VALUES ('u1', 0, 't2', 'srv-a', 'a', NULL, 'SUCCESS', 'succeeded',"
            " 'upgraded', 3000, 3500, 3000, NULL, NULL, NULL)",
            "INSERT INTO sync_state VALUES ('list_at', '5000')",
        };
        for (const char *sql : schema2) {
            QSqlQuery q(raw.db());
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
    }
    TestConnection c(m_path);
    QVERIFY2(c.result().ok, qPrintable(c.result().problem));
    QVERIFY(c.result().movedAsideTo.isEmpty());
    QCOMPARE(schemaVersion(c.db()), kSchemaVersion);
    QCOMPARE(names(c.db(), "index"),
             (QStringList{"jobs_created", "jobs_missing_detail", "tasks_server_time", "tasks_server_versions"}));
    // Every task stored before was a ModelArts task, and the per-server questions still find
    // them through the (now ModelArts-only) indexes.
    QSqlQuery providers(c.db());
    QVERIFY(providers.exec(QStringLiteral("SELECT DISTINCT provider FROM tasks")));
    QVERIFY(providers.next());
    QCOMPARE(providers.value(0).toString(), QStringLiteral("modelarts"));
    QVERIFY(!providers.next());
    const StoreReader reader(c.db());
    QCOMPARE(reader.jobList().size(), 2);
    QCOMPARE(reader.syncValue(QStringLiteral("list_at")), QStringLiteral("5000"));
    const std::optional<ServerTask> newest = reader.newestVersions(QStringLiteral("srv-a"));
    QVERIFY(newest);
    QCOMPARE(newest->jobId, QStringLiteral("q1"));
    QCOMPARE(newest->versions, (VersionInfo{"24.1.0.3", "7.5.0.5.220"}));
    QCOMPARE(reader.serverTasks(QStringLiteral("srv-a")).size(), 2);
    const std::optional<Job> q1 = reader.finishedJob(QStringLiteral("q1"));
    QVERIFY(q1);
    QVERIFY(q1->extras.isEmpty());
    QCOMPARE(q1->tasks.size(), 1);
    QCOMPARE(q1->tasks.at(0).index(), -1);
    // A ServiceStage detail goes into the upgraded file beside them.
    QVERIFY(writeJobDetail(c.db(), serviceStageJob(QStringLiteral("JOB1")), 6000, nullptr));
    QVERIFY(reader.finishedJob(QStringLiteral("JOB1"), Provider::ServiceStage));
    QCOMPARE(reader.jobList().size(), 2);
}

void StoreSchemaTest::corruptFileIsMovedAside()
{
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    TestConnection c(m_path);
    QVERIFY2(c.result().ok, qPrintable(c.result().problem));
    QVERIFY(!c.result().movedAsideTo.isEmpty());
    QVERIFY(c.result().movedAsideTo.startsWith(m_path + QStringLiteral(".broken-")));
    QVERIFY(c.result().problem.contains(QDir::toNativeSeparators(c.result().movedAsideTo)));
    QFile aside(c.result().movedAsideTo);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray(8192, 'x'));
    QCOMPARE(schemaVersion(c.db()), kSchemaVersion);
}

void StoreSchemaTest::foreignDatabaseIsMovedAside()
{
    {
        TestConnection raw(m_path, false);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
    }
    TestConnection c(m_path);
    QVERIFY2(c.result().ok, qPrintable(c.result().problem));
    QVERIFY(!c.result().movedAsideTo.isEmpty());
    QVERIFY(!c.result().problem.isEmpty());
    TestConnection moved(c.result().movedAsideTo, false);
    QCOMPARE(names(moved.db(), "table"), QStringList{"bookmarks"});
    QCOMPARE(names(c.db(), "table").size(), 5);
}

void StoreSchemaTest::newerFileIsLeftAlone()
{
    {
        TestConnection c(m_path);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion + 1)));
    }
    TestConnection c(m_path);
    QVERIFY(!c.result().ok);
    QVERIFY(c.result().movedAsideTo.isEmpty());
    QVERIFY(c.result().problem.contains(QStringLiteral("newer")));
    QVERIFY(QFile::exists(m_path));
}

void StoreSchemaTest::unwritableFolderTurnsStoreOff()
{
    // A file where the folder should be: the folder can never be created (what a read-only
    // parent does, also for root, who ignores permission bits).
    const QString blocker = m_dir.filePath(QStringLiteral("blocked"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    TestConnection c(blocker + QStringLiteral("/store/p.sqlite"));
    QVERIFY(!c.result().ok);
    QVERIFY(c.result().problem.startsWith(QStringLiteral("Local data is off")));
}

QTEST_GUILESS_MAIN(StoreSchemaTest)
#include "tst_store_schema.moc"
