// SPDX-License-Identifier: Apache-2.0
// liteops-cli fleet against liteops-sim: rows for every server with the store's facts, the
// chip filters, --no-sync, and the closed loop — query versions, some servers outdated,
// upgrade them to the target, query again, those servers now compliant.
#include "cli_process.h"
#include "simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;
using Run = liteops::test::CliRun;

namespace {
const QString kTarget = QStringLiteral("24.1.0.3");
const QString kOld = QStringLiteral("23.0.6");
} // namespace

class CliFleetTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
                                 "HUAWEICLOUD_SDK_PROJECT_ID", "LITEOPS_AUTH_TOKEN", "DBUS_SESSION_BUS_ADDRESS",
                                 "LITEOPS_STORE_MAX_PAGES"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        // The simulator runs without authentication; the CLI still needs some credentials.
        env.insert(QStringLiteral("LITEOPS_AUTH_TOKEN"), QStringLiteral("fleet-test-token"));
        return env;
    }

    Run cli(const QStringList &args)
    {
        return liteops::test::runCli(QStringLiteral(LITEOPS_CLI_PATH),
                                     QStringList{QStringLiteral("--endpoint"), m_sim->baseUrl().toString(),
                                                 QStringLiteral("--project-id"), m_sim->projectId()}
                                         + args,
                                     environment());
    }

    static QString describe(const Run &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out.left(2000), r.err);
    }

    // The rows of `fleet ... --format json` by server id; empty (and a failure) on error.
    QHash<QString, QJsonObject> fleet(QStringList args)
    {
        const Run r = cli(QStringList{QStringLiteral("fleet"), QStringLiteral("--format"), QStringLiteral("json")}
                          + args);
        QHash<QString, QJsonObject> rows;
        if (r.code != 0) {
            qWarning("%s", qPrintable(describe(r)));
            return rows;
        }
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            rows.insert(v[u"id"].toString(), v.toObject());
        return rows;
    }

    // Creates a job of one item on `servers` and waits for it; true when every task succeeded.
    bool runJob(const QString &name, const QString &item, const QStringList &servers)
    {
        const QString type = item.section(QLatin1Char(':'), 0, 0);
        const Run r = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"), name,
                           QStringLiteral("--type"), type, QStringLiteral("--item"), item, QStringLiteral("--server"),
                           servers.join(QLatin1Char(',')), QStringLiteral("--wait"), QStringLiteral("--poll-interval"),
                           QStringLiteral("0.1")});
        if (r.code != 0)
            qWarning("%s", qPrintable(describe(r)));
        return r.code == 0;
    }

    QString jobIdNamed(const QString &name) const
    {
        for (const Job &job : m_sim->jobs()) {
            if (job.name == name)
                return job.id;
        }
        return {};
    }

    QStringList runningServers(int n, int skip) const
    {
        QStringList ids;
        for (const Server &s : m_sim->servers()) {
            if (s.status != QLatin1String("RUNNING") || skip-- > 0)
                continue;
            ids << s.id;
            if (ids.size() == n)
                break;
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        sim::SimOptions o;
        o.servers = 40;
        o.jobs = 8;
        o.noAuth = true;
        o.taskDurationMs = 150;
        o.failureRate = 0.0;
        m_sim = std::make_unique<sim::Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void everyServerHasARowWithTheDocumentedFields()
    {
        const QHash<QString, QJsonObject> rows = fleet({});
        QCOMPARE(rows.size(), m_sim->servers().size());
        for (const char *key :
             {"id", "name", "status", "flavor", "driver", "firmware", "queried_at", "query_job_id", "compliance",
              "failures_last10", "failure_streak", "flaky", "last_job_id", "last_outcome"})
            QVERIFY2(rows.cbegin()->contains(QLatin1String(key)), key);
        const Server first = m_sim->servers().first();
        QCOMPARE(rows.value(first.id).value(u"name").toString(), first.name);
        QCOMPARE(rows.value(first.id).value(u"flavor").toString(), first.flavor);

        const Run csv = cli(
            {QStringLiteral("fleet"), QStringLiteral("--no-sync"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.code == 0, qPrintable(describe(csv)));
        QVERIFY(csv.out.startsWith(QStringLiteral("id,name,status,flavor,")));
        QCOMPARE(csv.out.count(QLatin1Char('\n')), m_sim->servers().size() + 1);
        const Run table = cli({QStringLiteral("fleet"), QStringLiteral("--no-sync")});
        QVERIFY2(table.code == 0 && table.out.contains(first.name), qPrintable(describe(table)));
    }

    void oneChipAtATime()
    {
        const Run r = cli({QStringLiteral("fleet"), QStringLiteral("--outdated"), QStringLiteral("--stale")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("at most one")), qPrintable(r.err));
    }

    // Query, downgrade three servers, query: they are outdated. Upgrade every outdated server
    // to the target, query again: none of them is outdated any more.
    void closedLoopQueryUpgradeQuery()
    {
        const QStringList servers = runningServers(10, 0);
        QCOMPARE(servers.size(), 10);
        const QStringList downgraded = servers.mid(0, 3);
        QVERIFY(runJob(QStringLiteral("fleet-down"), QStringLiteral("HDK_UPGRADE:version=") + kOld, downgraded));
        QVERIFY(runJob(QStringLiteral("fleet-q1"), QStringLiteral("HDK_QUERY"), servers));

        // jobs create --wait kept the query's finished detail: seen even without a sync.
        const QHash<QString, QJsonObject> before = fleet(
            {QStringLiteral("--no-sync"), QStringLiteral("--target-driver"), kTarget});
        QCOMPARE(before.value(servers.first()).value(u"query_job_id").toString(),
                 jobIdNamed(QStringLiteral("fleet-q1")));

        const QHash<QString, QJsonObject> all = fleet({QStringLiteral("--target-driver"), kTarget});
        for (const QString &id : servers) {
            const QJsonObject row = all.value(id);
            QCOMPARE(row.value(u"query_job_id").toString(), jobIdNamed(QStringLiteral("fleet-q1")));
            QVERIFY(!row.value(u"queried_at").toString().isEmpty());
            const QString driver = row.value(u"driver").toString();
            const QString expected = driver == kTarget ? QStringLiteral("compliant") : QStringLiteral("outdated");
            QCOMPARE(row.value(u"compliance").toString(), expected);
            // The query just succeeded on it: no streak; the seeded history may hold failures.
            QCOMPARE(row.value(u"failure_streak").toInt(), 0);
            QCOMPARE(row.value(u"flaky").toBool(), row.value(u"failures_last10").toInt() >= 3);
            QCOMPARE(row.value(u"last_job_id").toString(), jobIdNamed(QStringLiteral("fleet-q1")));
            QCOMPARE(row.value(u"last_outcome").toString(), QStringLiteral("succeeded"));
        }
        for (const QString &id : downgraded)
            QCOMPARE(all.value(id).value(u"driver").toString(), kOld);

        // --outdated keeps exactly the outdated rows.
        const QHash<QString, QJsonObject> outdated = fleet(
            {QStringLiteral("--no-sync"), QStringLiteral("--outdated"), QStringLiteral("--target-driver"), kTarget});
        QSet<QString> expectedOutdated;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it->value(u"compliance").toString() == QLatin1String("outdated"))
                expectedOutdated.insert(it.key());
        }
        QCOMPARE(QSet<QString>(outdated.keyBegin(), outdated.keyEnd()), expectedOutdated);
        for (const QString &id : downgraded)
            QVERIFY(outdated.contains(id));

        const QStringList toUpgrade = outdated.keys();
        QVERIFY(runJob(QStringLiteral("fleet-up"), QStringLiteral("HDK_UPGRADE:version=") + kTarget, toUpgrade));
        QVERIFY(runJob(QStringLiteral("fleet-q2"), QStringLiteral("HDK_QUERY"), toUpgrade));
        const QHash<QString, QJsonObject> after = fleet({QStringLiteral("--target-driver"), kTarget});
        for (const QString &id : toUpgrade) {
            QCOMPARE(after.value(id).value(u"compliance").toString(), QStringLiteral("compliant"));
            QCOMPARE(after.value(id).value(u"query_job_id").toString(), jobIdNamed(QStringLiteral("fleet-q2")));
        }
        QVERIFY(fleet({QStringLiteral("--no-sync"), QStringLiteral("--outdated"), QStringLiteral("--target-driver"),
                       kTarget})
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliFleetTest)
#include "tst_cli_fleet.moc"
