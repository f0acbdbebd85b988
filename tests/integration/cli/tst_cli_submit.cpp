// SPDX-License-Identifier: Apache-2.0
// liteops-cli on the wizard's submission engine, end to end: the built binary against an
// in-process simulator over loopback. A rollout that stops on its error budget and is resumed
// through the history, a lost create answer reconciled without a duplicate, the failed-tasks
// CSV fed back as a servers file, template parameters checked before sending, servers given
// by name and private IP, rerun-failed, the --state filter, jobs get by name, and the
// messages for refused credentials and missing endpoints.
#include "test_credentials.h"
#include "cli_process.h"
#include "core/encode.h"
#include "simulator.h"
#include "submissionhistory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;

namespace {
// The secret-leak scan sets LITEOPS_TEST_ACCESS_KEY/_SECRET_KEY to canary values.
const QString kAk = testenv::credential(testenv::kEnvAccessKey, QStringLiteral("AKCLISUBMIT"));
const QString kSk = testenv::credential(testenv::kEnvSecretKey, QStringLiteral("SK-cli-submit-secret-0042"));
using Run = liteops::test::CliRun;
} // namespace

class CliSubmitTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
                                 "HUAWEICLOUD_SDK_PROJECT_ID", "LITEOPS_AUTH_TOKEN", "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_sim->projectId());
        testenv::noteConfigured("cli-submit", "ak", kAk);
        testenv::noteConfigured("cli-submit", "sk", kSk);
        return env;
    }

    // The history file the CLI writes (same organisation and application as the console).
    SubmissionHistory history() const
    {
        return SubmissionHistory(m_home.filePath(QStringLiteral("data/LiteOps/submission-history.jsonl")));
    }

    Run cli(const QStringList &args, const QProcessEnvironment &env, bool withEndpoints = true)
    {
        const QString url = m_sim->baseUrl().toString();
        QStringList all;
        if (withEndpoints)
            all << QStringLiteral("--endpoint") << url << QStringLiteral("--servicestage-endpoint") << url
                << QStringLiteral("--ief-endpoint") << url;
        return liteops::test::runCli(QStringLiteral(LITEOPS_CLI_PATH), all + args, env, 120000);
    }
    Run cli(const QStringList &args) { return cli(args, environment()); }

    static QString describe(const Run &r)
    {
        return QStringLiteral("exit %1\nstderr: %2\nstdout: %3").arg(r.code).arg(r.err.left(1500), r.out.left(500));
    }

    QList<Job> jobsNamed(const QString &name) const
    {
        QList<Job> found;
        for (const Job &j : m_sim->jobs()) {
            if (j.name == name)
                found << j;
        }
        return found;
    }

    QStringList runningServers(int n, int skip = 0) const
    {
        QStringList ids;
        for (const Server &s : m_sim->servers()) {
            if (s.status != QLatin1String("RUNNING"))
                continue;
            if (skip-- > 0)
                continue;
            ids << s.id;
            if (ids.size() == n)
                break;
        }
        return ids;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_home.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

    static QJsonArray jsonArray(const Run &run) { return QJsonDocument::fromJson(run.out.toUtf8()).array(); }

    static QStringList idsOf(const QJsonValue &body)
    {
        QStringList ids;
        for (const QJsonValue &v : body.toObject().value(u"server_ids").toArray())
            ids << v.toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        sim::SimOptions o;
        o.accessKey = kAk;
        o.secretKey = kSk;
        testenv::noteConfigured("cli-submit-sim", "ak", kAk);
        testenv::noteConfigured("cli-submit-sim", "sk", kSk);
        o.servers = 300;
        o.jobs = 60;
        o.taskDurationMs = 300;
        o.failureRate = 0.0;
        o.maxServersPerJob = 50;
        m_sim = std::make_unique<sim::Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_sim->clearFaults();
        m_sim->setStaleDriverServers({});
        QVERIFY(m_sim->setFailingJobNames(QString(), nullptr));
    }

    // 120 servers in waves of 50; every task of wave 1 fails, beyond a budget of 5: exactly
    // one job is created, the exit code is 1 and the message names the wave and its failed
    // servers. Resuming the submission from the history sends waves 2 and 3 only.
    void rolloutStopsOnItsBudgetAndResumesFromTheHistory()
    {
        QString error;
        QVERIFY2(m_sim->setFailingJobNames(QStringLiteral("^rollout-w01$"), &error), qPrintable(error));
        const QStringList servers = runningServers(120);
        QCOMPARE(servers.size(), 120);
        const QString file = writeFile(QStringLiteral("rollout.txt"), servers.join(QLatin1Char('\n')).toUtf8());
        const int createsBefore = int(m_sim->receivedCreateBodies().size());
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("rollout"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                             QStringLiteral("--item"), QStringLiteral("HDK_QUERY"), QStringLiteral("--servers-file"),
                             file, QStringLiteral("--batch-size"), QStringLiteral("50"),
                             QStringLiteral("--max-failures"), QStringLiteral("5"), QStringLiteral("--poll-interval"),
                             QStringLiteral("0.1")});
        QVERIFY2(run.code == 1, qPrintable(describe(run)));
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), createsBefore + 1);
        QCOMPARE(jobsNamed(QStringLiteral("rollout-w01")).size(), 1);
        QCOMPARE(jobsNamed(QStringLiteral("rollout-w02")).size(), 0);
        QCOMPARE(jobsNamed(QStringLiteral("rollout-w03")).size(), 0);
        QVERIFY2(run.err.contains(QStringLiteral("budget")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("wave 1/3 rollout-w01")), qPrintable(run.err));
        // The failed servers named are wave 1's (those failed when the budget was spent).
        const QString named = run.err.section(QStringLiteral("failed server(s): "), 1).section(QLatin1Char('\n'), 0, 0);
        int namedFromWave1 = 0;
        for (const QString &id : servers.mid(0, 50))
            namedFromWave1 += named.contains(id) ? 1 : 0;
        QVERIFY2(namedFromWave1 > 0, qPrintable(run.err));
        for (const QString &id : servers.mid(50))
            QVERIFY(!named.contains(id));
        // One line per wave state change: the wave was created, then stopped the run.
        QCOMPARE(run.err.count(QStringLiteral("rollout-w01: creating")), 1);
        QVERIFY(!run.err.contains(QStringLiteral("rollout-w02: creating")));

        // The console's history shows the run, marked as from the CLI, with the whole plan.
        const QList<SubmissionRecord> records = history().submissions();
        QVERIFY(!records.isEmpty());
        const SubmissionRecord record = records.last();
        QCOMPARE(record.source, QStringLiteral("cli"));
        QCOMPARE(record.waves.size(), 3);
        QVERIFY(run.err.contains(QStringLiteral("liteops-cli jobs resume ") + record.id));

        // Resume: wave 1's failures are accepted, waves 2 and 3 go, wave 1 is not sent again.
        const Run resumed = cli({QStringLiteral("jobs"), QStringLiteral("resume"), record.id,
                                 QStringLiteral("--max-failures"), QStringLiteral("5"),
                                 QStringLiteral("--poll-interval"), QStringLiteral("0.1"), QStringLiteral("--format"),
                                 QStringLiteral("json")});
        QVERIFY2(resumed.code == 0, qPrintable(describe(resumed)));
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), createsBefore + 3);
        for (const char *name : {"rollout-w01", "rollout-w02", "rollout-w03"})
            QCOMPARE(jobsNamed(QLatin1String(name)).size(), 1);
        QCOMPARE(jsonArray(resumed).size(), 3);
        const std::optional<SubmissionRecord> after = history().submission(record.id);
        QVERIFY(after);
        for (const SubmissionRecord::Wave &w : after->waves)
            QCOMPARE(w.status, SubmissionRecord::WaveStatus::Created);

        // Nothing left to do: a usage error, nothing sent.
        const Run again = cli({QStringLiteral("jobs"), QStringLiteral("resume"), record.id});
        QCOMPARE(again.code, 2);
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), createsBefore + 3);

        const Run listed = cli(
            {QStringLiteral("jobs"), QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(jsonArray(listed).at(0).toObject().value(u"submission").toString(), record.id);
        QCOMPARE(jsonArray(listed).at(0).toObject().value(u"source").toString(), QStringLiteral("cli"));
    }

    // --waves 1,5,25%,50 on 40 servers: waves of 1, 5, 10 (25% of 40) and the last 24, in
    // order, each named NAME-wNN; every server exactly once.
    void progressiveWavesGoInTheirSizes()
    {
        const QStringList servers = runningServers(40, 160);
        QCOMPARE(servers.size(), 40);
        const int before = int(m_sim->receivedCreateBodies().size());
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("progressive"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                             QStringLiteral("--item"), QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                             servers.join(QLatin1Char(',')), QStringLiteral("--waves"), QStringLiteral("1, 5,25%,50"),
                             QStringLiteral("--max-failures"), QStringLiteral("0"), QStringLiteral("--poll-interval"),
                             QStringLiteral("0.1")});
        QVERIFY2(run.code == 0, qPrintable(describe(run)));
        const QList<QByteArray> bodies = m_sim->receivedCreateBodies().mid(before);
        QCOMPARE(bodies.size(), 4);
        const QList<int> sizes{1, 5, 10, 24};
        QStringList sent;
        for (int i = 0; i < 4; ++i) {
            const QJsonObject body = QJsonDocument::fromJson(bodies.at(i)).object();
            QCOMPARE(body.value(u"name").toString(),
                     QStringLiteral("progressive-w%1").arg(i + 1, 2, 10, QLatin1Char('0')));
            QCOMPARE(idsOf(body).size(), sizes.at(i));
            sent += idsOf(body);
        }
        QCOMPARE(sent, servers);

        // Bad sizes, or both ways of sizing waves: a usage error, nothing sent.
        for (const QStringList &extra : {QStringList{QStringLiteral("--waves"), QStringLiteral("1,0")},
                                         QStringList{QStringLiteral("--waves"), QStringLiteral("1,150%")},
                                         QStringList{QStringLiteral("--waves"), QStringLiteral("1"),
                                                     QStringLiteral("--batch-size"), QStringLiteral("5")}}) {
            const Run bad = cli(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                                            QStringLiteral("bad-waves"), QStringLiteral("--type"),
                                            QStringLiteral("HDK_QUERY"), QStringLiteral("--item"),
                                            QStringLiteral("HDK_QUERY"), QStringLiteral("--server"), servers.first()}
                                + extra);
            QVERIFY2(bad.code == 2, qPrintable(describe(bad)));
            QVERIFY2(bad.err.contains(QStringLiteral("--waves")), qPrintable(bad.err));
        }
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), before + 4);
    }

    // A canary that fails: 1, then 50s with a budget of 0 stops the run after one server.
    void failingCanaryStopsAfterOneServer()
    {
        QVERIFY(m_sim->setFailingJobNames(QStringLiteral("^canary-w01$"), nullptr));
        const QStringList servers = runningServers(60, 200);
        const int before = int(m_sim->receivedCreateBodies().size());
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("canary"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                             QStringLiteral("--item"), QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                             servers.join(QLatin1Char(',')), QStringLiteral("--waves"), QStringLiteral("1,50"),
                             QStringLiteral("--max-failures"), QStringLiteral("0"), QStringLiteral("--poll-interval"),
                             QStringLiteral("0.1")});
        QVERIFY2(run.code == 1, qPrintable(describe(run)));
        const QList<QByteArray> bodies = m_sim->receivedCreateBodies().mid(before);
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(idsOf(QJsonDocument::fromJson(bodies.first()).object()), QStringList{servers.first()});
        QVERIFY2(run.err.contains(QStringLiteral("wave 1/3 canary-w01")), qPrintable(run.err));
        QCOMPARE(jobsNamed(QStringLiteral("canary-w02")).size(), 0);
    }

    // --pause-each without a terminal: the run stops at each gate (exit 1, nothing more sent);
    // runs list/show read it from the history; runs continue goes on to the next gate, and
    // with --yes through every later gate to the end. No wave is sent twice.
    void gateStopsWithoutATerminalAndRunsContinue()
    {
        const QStringList servers = runningServers(5, 10);
        QCOMPARE(servers.size(), 5);
        const int before = int(m_sim->receivedCreateBodies().size());
        auto creates = [&]() { return int(m_sim->receivedCreateBodies().size()) - before; };
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("gated"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                             QStringLiteral("--item"), QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                             servers.join(QLatin1Char(',')), QStringLiteral("--waves"), QStringLiteral("1,2"),
                             QStringLiteral("--pause-each"), QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
        QVERIFY2(run.code == 1, qPrintable(describe(run)));
        QCOMPARE(creates(), 1);
        QVERIFY2(run.err.contains(QStringLiteral("gate: wave 1: 1 server")), qPrintable(run.err));
        const QString id = history().submissions().last().id;
        QVERIFY2(run.err.contains(QStringLiteral("liteops-cli runs continue ") + id), qPrintable(run.err));

        const Run listed = cli(
            {QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(jsonArray(listed).at(0).toObject().value(u"submission").toString(), id);
        QCOMPARE(jsonArray(listed).at(0).toObject().value(u"state").toString(), QStringLiteral("at-gate"));
        QCOMPARE(jsonArray(listed).at(0).toObject().value(u"outcome").toString(), QStringLiteral("at-gate"));
        const Run shown = cli({QStringLiteral("runs"), QStringLiteral("show"), id.left(8), QStringLiteral("--format"),
                               QStringLiteral("json")});
        QVERIFY2(shown.code == 0, qPrintable(describe(shown)));
        const QJsonObject show = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(show.value(u"at_gate").toBool(), true);
        QCOMPARE(show.value(u"gate").toString(), QStringLiteral("each"));
        QCOMPARE(show.value(u"gate_wave").toInt(), 1);
        QCOMPARE(show.value(u"waves").toArray().size(), 3);
        QCOMPARE(show.value(u"waves").toArray().at(0).toObject().value(u"status").toString(),
                 QStringLiteral("created"));
        QCOMPARE(show.value(u"waves").toArray().at(1).toObject().value(u"status").toString(),
                 QStringLiteral("not-sent"));
        const Run table = cli({QStringLiteral("runs"), QStringLiteral("show"), id});
        QVERIFY2(table.code == 0 && table.out.contains(QStringLiteral("Waits at the gate of wave 1")),
                 qPrintable(describe(table)));

        // Continue: wave 2 goes, and the run stops at its gate (the run's --pause-each).
        const Run second = cli({QStringLiteral("runs"), QStringLiteral("continue"), id,
                                QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
        QVERIFY2(second.code == 1, qPrintable(describe(second)));
        QCOMPARE(creates(), 2);
        QVERIFY2(second.err.contains(QStringLiteral("gate: wave 2: 2 server")), qPrintable(second.err));
        // --yes: every later gate passes; the last wave has none.
        const Run last = cli({QStringLiteral("runs"), QStringLiteral("continue"), id, QStringLiteral("--yes"),
                              QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
        QVERIFY2(last.code == 0, qPrintable(describe(last)));
        QCOMPARE(creates(), 3);
        for (const char *name : {"gated-w01", "gated-w02", "gated-w03"})
            QCOMPARE(jobsNamed(QLatin1String(name)).size(), 1);
        QVERIFY(!history().submission(id)->atGate);
        // Every wave was waited for, so the history knows how the run came out.
        const Run after = cli(
            {QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        const QString outcome = jsonArray(after).at(0).toObject().value(u"outcome").toString();
        QVERIFY2(outcome == QLatin1String("succeeded") || outcome == QLatin1String("partially-failed"),
                 qPrintable(outcome));

        // --yes passes a gate at once; the two kinds of gate together are a usage error.
        const Run yes = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("gated-yes"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                             QStringLiteral("--item"), QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                             servers.join(QLatin1Char(',')), QStringLiteral("--waves"), QStringLiteral("1,50"),
                             QStringLiteral("--pause-after-first"), QStringLiteral("--yes"),
                             QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
        QVERIFY2(yes.code == 0, qPrintable(describe(yes)));
        QVERIFY2(yes.err.contains(QStringLiteral("--yes: continuing")), qPrintable(yes.err));
        QCOMPARE(creates(), 5);
        const Run both = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                              QStringLiteral("gated-both"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                              QStringLiteral("--item"), QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                              servers.first(), QStringLiteral("--pause-after-first"), QStringLiteral("--pause-each")});
        QCOMPARE(both.code, 2);
        QCOMPARE(creates(), 5);
    }

    // --verify on an HDK_UPGRADE: after each wave an HDK_QUERY named after it checks the
    // driver. The gate says what was verified; every wave and its check run once.
    void verifiedUpgradeReportsTheVersionAtTheGate()
    {
        const QStringList servers = runningServers(3, 20);
        const int before = int(m_sim->receivedCreateBodies().size());
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("verified"), QStringLiteral("--type"), QStringLiteral("HDK_UPGRADE"),
                             QStringLiteral("--item"), QStringLiteral("HDK_UPGRADE:version=24.1.RC3.10"),
                             QStringLiteral("--server"), servers.join(QLatin1Char(',')), QStringLiteral("--waves"),
                             QStringLiteral("1,50"), QStringLiteral("--verify"), QStringLiteral("--max-failures"),
                             QStringLiteral("0"), QStringLiteral("--pause-after-first"), QStringLiteral("--yes"),
                             QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
        QVERIFY2(run.code == 0, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("gate: wave 1: 1 server"))
                     && run.err.contains(QStringLiteral("verified 24.1.RC3.10")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral(
                     "verified-w02: finished: 2 succeeded, 0 failed, 0 skipped, 2 verified, 0 mismatched")),
                 qPrintable(run.err));
        QStringList names;
        for (const QByteArray &body : m_sim->receivedCreateBodies().mid(before))
            names << QJsonDocument::fromJson(body).object().value(u"name").toString();
        QCOMPARE(names, (QStringList{QStringLiteral("verified-w01"), QStringLiteral("verified-w01-verify"),
                                     QStringLiteral("verified-w02"), QStringLiteral("verified-w02-verify")}));
        QCOMPARE(jobsNamed(QStringLiteral("verified-w02-verify")).first().tasks.size(), 2);
    }

    // A wave whose upgrade "succeeded" but left the old driver: the verification finds it,
    // and on a budget of 0 the run stops there, naming the server; wave 2 is never sent.
    void verificationMismatchStopsTheRunOnABudgetOfZero()
    {
        const QStringList servers = runningServers(4, 30);
        m_sim->setStaleDriverServers({servers.first()});
        const int before = int(m_sim->receivedCreateBodies().size());
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("stale"), QStringLiteral("--type"), QStringLiteral("HDK_UPGRADE"),
                             QStringLiteral("--item"), QStringLiteral("HDK_UPGRADE:version=24.1.RC3.10"),
                             QStringLiteral("--server"), servers.join(QLatin1Char(',')), QStringLiteral("--waves"),
                             QStringLiteral("1,50"), QStringLiteral("--verify"), QStringLiteral("--max-failures"),
                             QStringLiteral("0"), QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
        m_sim->setStaleDriverServers({});
        QVERIFY2(run.code == 1, qPrintable(describe(run)));
        QStringList names;
        for (const QByteArray &body : m_sim->receivedCreateBodies().mid(before))
            names << QJsonDocument::fromJson(body).object().value(u"name").toString();
        QCOMPARE(names, (QStringList{QStringLiteral("stale-w01"), QStringLiteral("stale-w01-verify")}));
        QVERIFY2(run.err.contains(QStringLiteral("1 succeeded, 0 failed, 0 skipped, 0 verified, 1 mismatched")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("budget")), qPrintable(run.err));
        const QString line =
            run.err.section(QStringLiteral("not on the requested driver: "), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(line.contains(servers.first()) && line.contains(QStringLiteral("reports driver ")),
                 qPrintable(run.err));
        QVERIFY2(!line.contains(QStringLiteral("24.1.RC3.10")), qPrintable(line));
    }

    // --wait without a budget: every wave is waited for; failed tasks give exit 1 like jobs wait.
    void waitReportsFailuresWithoutABudget()
    {
        QVERIFY(m_sim->setFailingJobNames(QStringLiteral("^waited-w02$"), nullptr));
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("waited"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                             QStringLiteral("--item"), QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                             runningServers(4, 130).join(QLatin1Char(',')), QStringLiteral("--batch-size"),
                             QStringLiteral("2"), QStringLiteral("--wait"), QStringLiteral("--poll-interval"),
                             QStringLiteral("0.1")});
        QVERIFY2(run.code == 1, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("waited-w01: finished: 2 succeeded, 0 failed")));
        QVERIFY(run.err.contains(QStringLiteral("waited-w02: finished: 0 succeeded, 2 failed")));
        QCOMPARE(jobsNamed(QStringLiteral("waited-w02")).size(), 1);
    }

    // The create's answer is cut off after the job was made: the engine lists the jobs with
    // that name, finds the new one with the same servers, and sends nothing again.
    void droppedCreateAnswerIsReconciledWithoutDuplicate()
    {
        QString error;
        QVERIFY(m_sim->addFault(QStringLiteral("POST /dev-servers/jobs$ truncate count=1"), &error));
        const int before = int(m_sim->receivedCreateBodies().size());
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("dropped"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                             QStringLiteral("--item"), QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                             runningServers(3, 140).join(QLatin1Char(',')), QStringLiteral("--format"),
                             QStringLiteral("json")});
        QVERIFY2(run.code == 0, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("no clear answer")));
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), before + 1);
        const QList<Job> jobs = jobsNamed(QStringLiteral("dropped"));
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jsonArray(run).at(0).toObject().value(u"id").toString(), jobs.first().id);
        QStringList outcomes;
        for (const HistoryEntry &e : history().readAll()) {
            if (e.request.value(u"name").toString() == QLatin1String("dropped"))
                outcomes << e.outcome;
        }
        QCOMPARE(outcomes, (QStringList{QStringLiteral("sending"), QStringLiteral("unknown"),
                                        QStringLiteral("reconciled-created")}));
    }

    // jobs get ID --tasks failed --format csv > f.csv; jobs create ... --servers-file f.csv
    // reruns exactly the failed servers (the server_id column, not the task ids).
    void failedTasksCsvRoundTrip()
    {
        Job withFailures;
        for (const Job &job : m_sim->jobs()) {
            if (isFinalState(job.state) && job.counts().failed > 1) {
                withFailures = job;
                break;
            }
        }
        QVERIFY(!withFailures.id.isEmpty());
        QStringList failed;
        for (const Task &t : withFailures.tasks) {
            if (t.state() == State::Failed)
                failed << t.targetId().toString();
        }
        const Run csv = cli({QStringLiteral("jobs"), QStringLiteral("get"), withFailures.id, QStringLiteral("--tasks"),
                             QStringLiteral("failed"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.code, 0);
        const QString file = writeFile(QStringLiteral("failed.csv"), csv.out.toUtf8());
        const QStringList create{QStringLiteral("jobs"),           QStringLiteral("create"),
                                 QStringLiteral("--name"),         QStringLiteral("round-trip"),
                                 QStringLiteral("--type"),         QStringLiteral("HDK_QUERY"),
                                 QStringLiteral("--item"),         QStringLiteral("HDK_QUERY"),
                                 QStringLiteral("--servers-file"), file,
                                 QStringLiteral("--format"),       QStringLiteral("json")};
        const Run dry = cli(create + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.code == 0, qPrintable(describe(dry)));
        QCOMPARE(idsOf(jsonArray(dry).at(0)), failed);
        const Run real = cli(create);
        QVERIFY2(real.code == 0, qPrintable(describe(real)));
        const QList<Job> jobs = jobsNamed(QStringLiteral("round-trip"));
        QCOMPARE(jobs.size(), 1);
        QSet<QString> targets;
        for (const Task &t : jobs.first().tasks)
            targets.insert(t.targetId().toString());
        QCOMPARE(targets, QSet<QString>(failed.cbegin(), failed.cend()));
    }

    // --template takes type, items and defaults; --param values are checked against the
    // template's regex before anything is sent, under --dry-run too.
    void templateParametersAreValidated()
    {
        const QString server = runningServers(1, 150).first();
        const QStringList base{QStringLiteral("jobs"),       QStringLiteral("create"),
                               QStringLiteral("--name"),     QStringLiteral("from-template"),
                               QStringLiteral("--template"), QStringLiteral("hdk-upgrade"),
                               QStringLiteral("--server"),   server};
        const int before = int(m_sim->receivedCreateBodies().size());
        const Run bad = cli(
            base
            + QStringList{QStringLiteral("--param"), QStringLiteral("version=latest"), QStringLiteral("--dry-run")});
        QVERIFY2(bad.code == 2, qPrintable(describe(bad)));
        QVERIFY2(bad.err.contains(QStringLiteral("version=\"latest\"")), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("^[0-9]+\\.[0-9]+\\.(rc[0-9]+\\.)?[0-9]+(\\.[0-9]+)*$")),
                 qPrintable(bad.err));
        const Run badReal = cli(base + QStringList{QStringLiteral("--param"), QStringLiteral("upgrade_mode=sideways")});
        QVERIFY2(badReal.code == 2, qPrintable(describe(badReal)));
        QVERIFY(badReal.err.contains(QStringLiteral("upgrade_mode")));
        const Run unknown = cli(
            base + QStringList{QStringLiteral("--param"), QStringLiteral("colour=blue"), QStringLiteral("--dry-run")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("version, upgrade_mode")));
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), before);

        const Run good = cli(base
                             + QStringList{QStringLiteral("--param"), QStringLiteral("version=24.1.rc3.11"),
                                           QStringLiteral("--dry-run"), QStringLiteral("--format"),
                                           QStringLiteral("json")});
        QVERIFY2(good.code == 0, qPrintable(describe(good)));
        const QJsonObject body = jsonArray(good).at(0).toObject();
        QCOMPARE(body.value(u"type").toString(), QStringLiteral("HDK_UPGRADE"));
        const QJsonObject spec = body.value(u"items").toArray().at(0).toObject().value(u"spec").toObject();
        QCOMPARE(spec.value(u"version").toString(), QStringLiteral("24.1.rc3.11"));
        QCOMPARE(spec.value(u"upgrade_mode").toString(), QStringLiteral("offline")); // the default
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), before);
    }

    // --server takes ids, names and private IPs, resolved through the servers list; an
    // unknown entry is listed and nothing is sent.
    void serversByNameAndPrivateIp()
    {
        const QList<Server> fleet = m_sim->servers();
        const Server a = fleet.at(200), b = fleet.at(201), c = fleet.at(202);
        QVERIFY(!b.privateIps.isEmpty());
        const QStringList base{QStringLiteral("jobs"),     QStringLiteral("create"),    QStringLiteral("--name"),
                               QStringLiteral("resolved"), QStringLiteral("--type"),    QStringLiteral("HDK_QUERY"),
                               QStringLiteral("--item"),   QStringLiteral("HDK_QUERY"), QStringLiteral("--dry-run"),
                               QStringLiteral("--format"), QStringLiteral("json")};
        const Run run = cli(base
                            + QStringList{QStringLiteral("--server"), a.name, QStringLiteral("--server"),
                                          b.privateIps.first(), QStringLiteral("--server"), c.id});
        QVERIFY2(run.code == 0, qPrintable(describe(run)));
        QCOMPARE(idsOf(jsonArray(run).at(0)), (QStringList{a.id, b.id, c.id}));

        const int before = m_sim->requestCount();
        const Run unknown = cli(base
                                + QStringList{QStringLiteral("--server"), a.name, QStringLiteral("--server"),
                                              QStringLiteral("no-such-node"), QStringLiteral("--server"),
                                              QStringLiteral("10.255.255.1")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no-such-node")));
        QVERIFY(unknown.err.contains(QStringLiteral("10.255.255.1")));
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(m_sim->requestCount(), before + 1); // the servers list, nothing else
    }

    void rerunFailedIsLinkedToTheOriginal()
    {
        QVERIFY(m_sim->setFailingJobNames(QStringLiteral("^flaky$"), nullptr));
        const QStringList servers = runningServers(3, 160);
        const Run first = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("flaky"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                               QStringLiteral("--item"), QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                               servers.join(QLatin1Char(',')), QStringLiteral("--wait"),
                               QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
        QCOMPARE(first.code, 1);
        // (The rule stays on: the simulator works task outcomes out when asked.)
        const Job original = jobsNamed(QStringLiteral("flaky")).first();

        // --cluster selects by the normalised message: nothing matches this one.
        const Run none = cli({QStringLiteral("jobs"), QStringLiteral("rerun-failed"), QStringLiteral("flaky"),
                              QStringLiteral("--cluster"), QStringLiteral("disk full")});
        QCOMPARE(none.code, 0);
        QVERIFY(none.err.contains(QStringLiteral("nothing to rerun")));

        const Run dry = cli({QStringLiteral("jobs"), QStringLiteral("rerun-failed"), original.id,
                             QStringLiteral("--cluster"), QStringLiteral("npu-smi info timed out after <n>s"),
                             QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(dry.code == 0, qPrintable(describe(dry)));
        QCOMPARE(idsOf(jsonArray(dry).at(0)), servers);
        QVERIFY(jsonArray(dry).at(0).toObject().value(u"name").toString().startsWith(QStringLiteral("flaky-rerun-")));

        const Run rerun = cli({QStringLiteral("jobs"), QStringLiteral("rerun-failed"), QStringLiteral("flaky"),
                               QStringLiteral("--wait"), QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
        QVERIFY2(rerun.code == 0, qPrintable(describe(rerun)));
        const SubmissionRecord record = history().submissions().last();
        QCOMPARE(record.rerunOf, original.id);
        QCOMPARE(record.source, QStringLiteral("cli"));
        QCOMPARE(record.waves.first().request.serverIds, servers);
    }

    void listByStateAndGetByName()
    {
        // Finished with some, not all, tasks failed: the normalised state "partial" (the raw
        // status stays FINISHED).
        int partial = 0;
        for (const Job &job : m_sim->jobs()) {
            const TaskCounts c = job.counts();
            partial += job.status == QLatin1String("FINISHED") && c.failed > 0 && c.failed < c.total ? 1 : 0;
        }
        QVERIFY(partial > 0);
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--state"),
                             QStringLiteral("partial"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonArray jobs = jsonArray(run);
        QCOMPARE(jobs.size(), partial);
        for (const QJsonValue &v : jobs)
            QCOMPARE(v.toObject().value(u"state").toString(), QStringLiteral("partial"));
        // The CSV carries the same stable key.
        const Run csv = cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--state"),
                             QStringLiteral("partial"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out.count(QStringLiteral(",partial,")), partial);

        const Run bad = cli(
            {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("broken")});
        QCOMPARE(bad.code, 2);
        for (const char *key :
             {"pending", "running", "succeeded", "failed", "partial", "skipped", "cancelled", "deleted", "unknown"})
            QVERIFY2(bad.err.contains(QLatin1String(key)), key);

        // A unique name works like the id.
        const Job sample = jobsNamed(QStringLiteral("dropped")).first();
        const Run byName = cli({QStringLiteral("jobs"), QStringLiteral("get"), QStringLiteral("dropped"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(byName.code == 0, qPrintable(describe(byName)));
        QCOMPARE(QJsonDocument::fromJson(byName.out.toUtf8()).object().value(u"id").toString(), sample.id);
        // A shared name: exit 2 with the candidates.
        for (int i = 0; i < 2; ++i) {
            const Run made = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                                  QStringLiteral("twin"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                                  QStringLiteral("--item"), QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                                  runningServers(1, 170 + i).first()});
            QCOMPARE(made.code, 0);
        }
        const Run twin = cli({QStringLiteral("jobs"), QStringLiteral("get"), QStringLiteral("twin")});
        QCOMPARE(twin.code, 2);
        for (const Job &j : jobsNamed(QStringLiteral("twin")))
            QVERIFY(twin.err.contains(j.id));
    }

    void messagesNameCredentialsAndEndpoints()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("wrong-secret"));
        const Run refused = cli({QStringLiteral("servers"), QStringLiteral("list")}, env);
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(
                     QStringLiteral("credentials: the environment (HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK)")),
                 qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QStringLiteral("wrong-secret")));
        QVERIFY(!refused.err.contains(kSk));

        const int before = m_sim->requestCount();
        const Run ss = cli({QStringLiteral("--endpoint"), m_sim->baseUrl().toString(), QStringLiteral("servicestage"),
                            QStringLiteral("job"), QStringLiteral("abc")},
                           environment(), false);
        QCOMPARE(ss.code, 2);
        QVERIFY(ss.err.contains(QStringLiteral("--servicestage-endpoint")));
        QVERIFY(ss.err.contains(QStringLiteral("--region")));
        const Run ief = cli({QStringLiteral("--endpoint"), m_sim->baseUrl().toString(), QStringLiteral("ief"),
                             QStringLiteral("job"), QStringLiteral("abc")},
                            environment(), false);
        QCOMPARE(ief.code, 2);
        QVERIFY(ief.err.contains(QStringLiteral("--ief-endpoint")));
        QVERIFY(ief.err.contains(QStringLiteral("--region")));
        QCOMPARE(m_sim->requestCount(), before);
    }
};

QTEST_GUILESS_MAIN(CliSubmitTest)
#include "tst_cli_submit.moc"
