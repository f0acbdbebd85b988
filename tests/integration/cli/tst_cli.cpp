// SPDX-License-Identifier: Apache-2.0
// liteops-cli end to end: the built binary against an in-process simulator over loopback
// (the test's event loop serves the simulator while the CLI runs). Checks output formats,
// field names, waves, dry runs, reconciliation of a lost create, and every exit code.
#include "cli_process.h"
#include "core/encode.h"
#include "profile_store.h"
#include "simulator.h"
#include "submission_plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace liteops;

namespace {
const QString kAk = QStringLiteral("AKCLITEST");
const QString kSk = QStringLiteral("SK-cli-test-secret-0123");

// Simulators live until cleanupTestCase(), which destroys them after every CLI process
// that talked to them has exited (tst_sim_teardown covers that shutdown path).
QList<sim::Simulator *> &keptSims()
{
    static QList<sim::Simulator *> k;
    return k;
}
sim::Simulator *keepAlive(std::unique_ptr<sim::Simulator> simulator)
{
    QList<sim::Simulator *> &kept = keptSims();
    kept.append(simulator.release());
    return kept.constLast();
}

using Run = liteops::test::CliRun;

const QRegularExpression kIsoMs(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
} // namespace

class CliTest : public QObject
{
    Q_OBJECT

    sim::Simulator *m_sim = nullptr;
    QTemporaryDir m_home;

    QProcessEnvironment environment(bool withCredentials = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
                                 "HUAWEICLOUD_SDK_PROJECT_ID", "LITEOPS_AUTH_TOKEN", "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        if (withCredentials) {
            env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
            env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
            env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_sim->projectId());
        }
        return env;
    }

    QStringList endpoints(const sim::Simulator &sim) const
    {
        const QString url = sim.baseUrl().toString();
        return {QStringLiteral("--endpoint"),     url, QStringLiteral("--servicestage-endpoint"), url,
                QStringLiteral("--ief-endpoint"), url};
    }

    Run cli(const QStringList &args, const QProcessEnvironment &env, bool withEndpoints = true,
            const sim::Simulator *target = nullptr)
    {
        QStringList all = withEndpoints ? endpoints(target ? *target : *m_sim) : QStringList();
        all += args;
        return liteops::test::runCli(QStringLiteral(LITEOPS_CLI_PATH), all, env);
    }

    Run cli(const QStringList &args) { return cli(args, environment()); }

    QJsonArray jsonArray(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qWarning("not a JSON array: %s", qPrintable(run.out.left(300)));
        return doc.array();
    }

    int jobsNamed(const QString &name) const
    {
        int n = 0;
        for (const Job &job : m_sim->jobs())
            n += job.name == name;
        return n;
    }

    QStringList serverIds(int count) const
    {
        QStringList ids;
        for (const Server &s : m_sim->servers()) {
            if (ids.size() == count)
                break;
            ids << s.id;
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        sim::SimOptions o;
        o.accessKey = kAk;
        o.secretKey = kSk;
        o.servers = 300;
        o.jobs = 230; // more than one page of the CLI's listing
        o.taskDurationMs = 300;
        o.failureRate = 0.0;
        o.maxServersPerJob = 50;
        m_sim = keepAlive(std::make_unique<sim::Simulator>(o));
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void cleanup() { m_sim->clearFaults(); }
    void cleanupTestCase()
    {
        qDeleteAll(keptSims());
        keptSims().clear();
    }

    void helpDocumentsCommandsAndExitCodes()
    {
        const Run run = cli({QStringLiteral("--help")}, environment(false), false);
        QCOMPARE(run.code, 0);
        for (const char *text : {"jobs list",
                                 "jobs get ID",
                                 "jobs create",
                                 "jobs wait ID",
                                 "jobs delete ID",
                                 "templates list",
                                 "servers list",
                                 "servicestage job ID",
                                 "ief job ID",
                                 "--batch-size",
                                 "--dry-run",
                                 "--instance-id",
                                 "--profile",
                                 "--ca-file",
                                 "--max-failures",
                                 "--wait",
                                 "--template",
                                 "--param",
                                 "--servers-file",
                                 "--state",
                                 "--poll-interval",
                                 "jobs resume",
                                 "jobs rerun-failed",
                                 "--include-skipped",
                                 "--cluster",
                                 "jobs history",
                                 "HUAWEICLOUD_SDK_AK",
                                 "HUAWEICLOUD_SDK_SECURITY_TOKEN",
                                 "LITEOPS_AUTH_TOKEN",
                                 "Exit codes",
                                 "  0  ",
                                 "  1  ",
                                 "  2  ",
                                 "  3  ",
                                 "  4  "})
            QVERIFY2(run.out.contains(QLatin1String(text)), text);
    }

    void version()
    {
        const Run run = cli({QStringLiteral("--version")}, environment(false), false);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("liteops-cli 0.1.0")));
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no-command") << QStringList{};
        QTest::newRow("unknown-group") << QStringList{QStringLiteral("nodes"), QStringLiteral("list")};
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("jobs"), QStringLiteral("frobnicate")};
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("jobs"), QStringLiteral("list"),
                                                       QStringLiteral("--colour")};
        QTest::newRow("missing-value") << QStringList{QStringLiteral("jobs"), QStringLiteral("list"),
                                                      QStringLiteral("--status")};
        QTest::newRow("bad-format") << QStringList{QStringLiteral("jobs"), QStringLiteral("list"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("csv-create") << QStringList{QStringLiteral("jobs"), QStringLiteral("create"),
                                                   QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("get-no-id") << QStringList{QStringLiteral("jobs"), QStringLiteral("get")};
        QTest::newRow("get-bad-id") << QStringList{QStringLiteral("jobs"), QStringLiteral("get"),
                                                   QStringLiteral("../etc")};
        QTest::newRow("bad-timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("zero"),
                                                    QStringLiteral("servers"), QStringLiteral("list")};
        QTest::newRow("bad-tasks") << QStringList{QStringLiteral("jobs"), QStringLiteral("get"), QStringLiteral("x"),
                                                  QStringLiteral("--tasks"), QStringLiteral("some")};
        QTest::newRow("create-no-servers")
            << QStringList{QStringLiteral("jobs"),   QStringLiteral("create"),   QStringLiteral("--name"),
                           QStringLiteral("n"),      QStringLiteral("--type"),   QStringLiteral("HDK_QUERY"),
                           QStringLiteral("--item"), QStringLiteral("HDK_QUERY")};
        QTest::newRow("create-bad-name") << QStringList{QStringLiteral("jobs"),     QStringLiteral("create"),
                                                        QStringLiteral("--name"),   QStringLiteral("bad name"),
                                                        QStringLiteral("--type"),   QStringLiteral("HDK_QUERY"),
                                                        QStringLiteral("--server"), QStringLiteral("s1"),
                                                        QStringLiteral("--item"),   QStringLiteral("HDK_QUERY")};
        QTest::newRow("create-bad-item") << QStringList{
            QStringLiteral("jobs"),     QStringLiteral("create"),
            QStringLiteral("--name"),   QStringLiteral("n"),
            QStringLiteral("--type"),   QStringLiteral("HDK_QUERY"),
            QStringLiteral("--server"), QStringLiteral("s1"),
            QStringLiteral("--item"),   QStringLiteral("HDK_UPGRADE:version")};
        QTest::newRow("create-missing-servers-file")
            << QStringList{QStringLiteral("jobs"),           QStringLiteral("create"),
                           QStringLiteral("--name"),         QStringLiteral("n"),
                           QStringLiteral("--type"),         QStringLiteral("HDK_QUERY"),
                           QStringLiteral("--servers-file"), QStringLiteral("no-such-file.txt"),
                           QStringLiteral("--item"),         QStringLiteral("HDK_QUERY")};
        QTest::newRow("create-batch-too-big")
            << QStringList{QStringLiteral("jobs"),      QStringLiteral("create"),       QStringLiteral("--name"),
                           QStringLiteral("n"),         QStringLiteral("--type"),       QStringLiteral("HDK_QUERY"),
                           QStringLiteral("--server"),  QStringLiteral("s1"),           QStringLiteral("--item"),
                           QStringLiteral("HDK_QUERY"), QStringLiteral("--batch-size"), QStringLiteral("51")};
    }

    void usageErrorsExit2()
    {
        QFETCH(QStringList, args);
        const int before = m_sim->requestCount();
        const Run run = cli(args);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(m_sim->requestCount(), before); // nothing was sent
    }

    void noCredentialsIsAClearUsageError()
    {
        QProcessEnvironment env = environment(false);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString()); // empty counts as unset
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString());
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_sim->projectId());
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("list")}, env);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("No credentials")));
        QVERIFY(run.err.contains(QStringLiteral("HUAWEICLOUD_SDK_AK")));
    }

    void jobsListJsonHasEveryJob()
    {
        const Run run = cli(
            {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonArray jobs = jsonArray(run);
        QCOMPARE(jobs.size(), m_sim->jobs().size());
        QVERIFY(jobs.size() >= 230);
        QSet<QString> ids;
        for (const QJsonValue &v : jobs) {
            const QJsonObject job = v.toObject();
            for (const char *key :
                 {"id", "name", "type", "status", "state", "abnormal_count", "create_at", "update_at"})
                QVERIFY2(job.contains(QLatin1String(key)), key);
            QVERIFY2(kIsoMs.match(job.value(u"create_at").toString()).hasMatch(),
                     qPrintable(job.value(u"create_at").toString()));
            ids.insert(job.value(u"id").toString());
        }
        QCOMPARE(ids.size(), jobs.size());
    }

    void jobsListCsvAndTable()
    {
        const Run csv = cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--status"), QStringLiteral("FINISHED")});
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(),
                 QStringLiteral("id,name,type,status,state,abnormal_count,user_name,create_at,update_at"));
        int finished = 0;
        for (const Job &job : m_sim->jobs())
            finished += job.status == QLatin1String("FINISHED");
        QCOMPARE(int(lines.size()) - 1, finished);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains(QStringLiteral(",FINISHED,")));

        const Job sample = m_sim->jobs().constFirst();
        const Run table = cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--name"), sample.name});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("ID")));
        QVERIFY(table.out.contains(sample.id));
    }

    void jobsGetFormatsAndTaskFilter()
    {
        // The seeded upgrade with failures.
        Job withFailures;
        for (const Job &job : m_sim->jobs()) {
            if (job.counts().failed > 0 && job.counts().succeeded > 0) {
                withFailures = job;
                break;
            }
        }
        QVERIFY(!withFailures.id.isEmpty());
        const Run json = cli({QStringLiteral("jobs"), QStringLiteral("get"), withFailures.id,
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonObject job = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(job.value(u"id").toString(), withFailures.id);
        const QJsonArray tasks = job.value(u"tasks").toArray();
        QCOMPARE(tasks.size(), withFailures.tasks.size());
        const QJsonObject task = tasks.at(0).toObject();
        for (const char *key :
             {"id", "server_id", "server_name", "status", "state", "message", "cloud_server", "create_at", "update_at"})
            QVERIFY2(task.contains(QLatin1String(key)), key);
        QVERIFY(task.value(u"cloud_server").isObject());

        const Run failed = cli({QStringLiteral("jobs"), QStringLiteral("get"), withFailures.id,
                                QStringLiteral("--tasks"), QStringLiteral("failed"), QStringLiteral("--format"),
                                QStringLiteral("csv")});
        QCOMPARE(failed.code, 0);
        const QStringList lines = failed.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(),
                 QStringLiteral("id,server_id,server_name,status,state,message,create_at,update_at"));
        QCOMPARE(int(lines.size()) - 1, withFailures.counts().failed);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains(QStringLiteral(",FAILED,failed,")));

        const Run table = cli({QStringLiteral("jobs"), QStringLiteral("get"), withFailures.id});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(withFailures.name));
        QVERIFY(table.out.contains(QStringLiteral("FAILED")));
    }

    void apiErrorExit3WithDetails()
    {
        const Run run = cli(
            {QStringLiteral("jobs"), QStringLiteral("get"), QStringLiteral("00000000-0000-0000-0000-000000000000")});
        QCOMPARE(run.code, 3);
        QVERIFY(run.err.contains(QStringLiteral("HTTP status: 404")));
        QVERIFY(run.err.contains(QStringLiteral("error_code:  ModelArts.")));
        QVERIFY(run.err.contains(QStringLiteral("error_msg:")));
        QVERIFY(QRegularExpression(QStringLiteral("request id:  \\S+")).match(run.err).hasMatch());
    }

    void refusedCreateExit3()
    {
        // An unknown server is caught by resolution before anything is sent (exit 2) ...
        const int before = int(m_sim->receivedCreateBodies().size());
        const Run unknown = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                                 QStringLiteral("cli-unknown-server"), QStringLiteral("--type"),
                                 QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
                                 QStringLiteral("no-such-server"), QStringLiteral("--item"),
                                 QStringLiteral("HDK_QUERY")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no-such-server")));
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), before);
        QCOMPARE(jobsNamed(QStringLiteral("cli-unknown-server")), 0);

        // ... and a create the service refuses reports its answer (exit 3).
        QString error;
        QVERIFY(m_sim->addFault(QStringLiteral("POST /dev-servers/jobs$ status 400 count=1"), &error));
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("cli-refused"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                             QStringLiteral("--server"), serverIds(1).constFirst(), QStringLiteral("--item"),
                             QStringLiteral("HDK_QUERY")});
        QCOMPARE(run.code, 3);
        QVERIFY(run.err.contains(QStringLiteral("HTTP status: 400")));
        QVERIFY(run.err.contains(QStringLiteral("error_code:  ModelArts.")));
        QCOMPARE(jobsNamed(QStringLiteral("cli-refused")), 0);
    }

    void wrongKeyExit3()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("wrong-secret"));
        const Run run = cli({QStringLiteral("servers"), QStringLiteral("list")}, env);
        QCOMPARE(run.code, 3);
        QVERIFY(run.err.contains(QStringLiteral("APIGW.0301")));
        QVERIFY(!run.err.contains(QStringLiteral("wrong-secret")));
    }

    void networkErrorExit4()
    {
        const Run run = cli({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:1"),
                             QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("servers"),
                             QStringLiteral("list")},
                            environment(), false);
        QCOMPARE(run.code, 4);
        QVERIFY(run.err.startsWith(QStringLiteral("error: ")));
    }

    void createInWavesMatchesDryRun()
    {
        const QStringList servers = serverIds(120);
        QStringList args{QStringLiteral("jobs"),
                         QStringLiteral("create"),
                         QStringLiteral("--name"),
                         QStringLiteral("cli-waves"),
                         QStringLiteral("--type"),
                         QStringLiteral("HDK_UPGRADE"),
                         QStringLiteral("--item"),
                         QStringLiteral("HDK_UPGRADE:version=24.1.0,upgrade_mode=online"),
                         QStringLiteral("--description"),
                         QStringLiteral("driver upgrade"),
                         QStringLiteral("--reboot"),
                         QStringLiteral("--batch-size"),
                         QStringLiteral("50"),
                         QStringLiteral("--format"),
                         QStringLiteral("json")};
        // The first 40 by --server (two forms), the rest from a file with a header and a comment.
        args << QStringLiteral("--server") << servers.mid(0, 20).join(QLatin1Char(','));
        args << QStringLiteral("--server") << servers.mid(20, 20);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("servers.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,name\n# the rest\n");
        for (const QString &id : servers.mid(40))
            file.write(id.toUtf8() + ",some-name\n");
        file.close();
        args << QStringLiteral("--servers-file") << file.fileName();

        const int bodiesBefore = int(m_sim->receivedCreateBodies().size());
        const Run dry = cli(args + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), bodiesBefore); // nothing sent
        const QJsonArray bodies = jsonArray(dry);
        QCOMPARE(bodies.size(), 3);

        // The same plan the wizard uses.
        CreateJobRequest base;
        base.name = QStringLiteral("cli-waves");
        base.type = QStringLiteral("HDK_UPGRADE");
        base.description = QStringLiteral("driver upgrade");
        base.isReboot = true;
        base.serverIds = servers;
        base.items = {JobItem{QStringLiteral("HDK_UPGRADE"),
                              {{QStringLiteral("version"), QStringLiteral("24.1.0")},
                               {QStringLiteral("upgrade_mode"), QStringLiteral("online")}}}};
        const SubmissionPlan plan = planSubmission(base, 50);
        QCOMPARE(plan.waveCount(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(bodies.at(i).toObject(),
                     QJsonDocument::fromJson(encodeCreateRequest(plan.requests.at(i))).object());

        const Run real = cli(args);
        QCOMPARE(real.code, 0);
        const QList<QByteArray> received = m_sim->receivedCreateBodies().mid(bodiesBefore);
        QCOMPARE(received.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(QJsonDocument::fromJson(received.at(i)).object(), bodies.at(i).toObject());
        const QJsonArray created = jsonArray(real);
        QCOMPARE(created.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QString name = plan.requests.at(i).name;
            QCOMPARE(created.at(i).toObject().value(u"name").toString(), name);
            QCOMPARE(jobsNamed(name), 1);
        }

        // jobs wait on the last wave: its tasks settle in 300 ms and none fail.
        const QString id = created.at(2).toObject().value(u"id").toString();
        const Run wait = cli(
            {QStringLiteral("jobs"), QStringLiteral("wait"), id, QStringLiteral("--timeout"), QStringLiteral("60")});
        QCOMPARE(wait.code, 0);
        QVERIFY(wait.out.contains(QStringLiteral("finished")));

        const Run table = cli({QStringLiteral("jobs"), QStringLiteral("delete"), id});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("Deleted job ") + id));
    }

    void lostCreateIsReconciledNotResent()
    {
        QString error;
        QVERIFY(m_sim->addFault(QStringLiteral("POST /dev-servers/jobs$ truncate count=1"), &error));
        const int bodiesBefore = int(m_sim->receivedCreateBodies().size());
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("cli-lost-answer"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                             QStringLiteral("--server"), serverIds(1).constFirst(), QStringLiteral("--item"),
                             QStringLiteral("HDK_QUERY")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.contains(QStringLiteral("cli-lost-answer")));
        QVERIFY(run.out.contains(QStringLiteral("Created job")));
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), bodiesBefore + 1);
        QCOMPARE(jobsNamed(QStringLiteral("cli-lost-answer")), 1);
    }

    void waitOnAJobWithFailuresExit1()
    {
        Job withFailures;
        for (const Job &job : m_sim->jobs()) {
            if (isFinalState(job.state) && job.counts().failed > 0)
                withFailures = job;
        }
        QVERIFY(!withFailures.id.isEmpty());
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("wait"), withFailures.id});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains(QStringLiteral("%1 failed").arg(withFailures.counts().failed)));
    }

    void waitTimeoutExit4()
    {
        sim::SimOptions o;
        o.accessKey = kAk;
        o.secretKey = kSk;
        o.taskDurationMs = 600000; // nothing settles during the test
        o.projectId = m_sim->projectId();
        sim::Simulator &slow = *keepAlive(std::make_unique<sim::Simulator>(o));
        QString error;
        QVERIFY2(slow.start(&error), qPrintable(error));
        const Run created = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                                 QStringLiteral("cli-slow"), QStringLiteral("--type"), QStringLiteral("HDK_QUERY"),
                                 QStringLiteral("--server"), slow.servers().constFirst().id, QStringLiteral("--item"),
                                 QStringLiteral("HDK_QUERY"), QStringLiteral("--format"), QStringLiteral("json")},
                                environment(), true, &slow);
        QCOMPARE(created.code, 0);
        const QString id = jsonArray(created).at(0).toObject().value(u"id").toString();
        const Run run = cli({QStringLiteral("jobs"), QStringLiteral("wait"), id, QStringLiteral("--timeout"),
                             QStringLiteral("2")},
                            environment(), true, &slow);
        QCOMPARE(run.code, 4);
        QVERIFY(run.err.contains(QStringLiteral("did not finish")));
    }

    void templatesServersServiceStageIef()
    {
        const Run templates = cli(
            {QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(templates.code, 0);
        const QJsonArray t = jsonArray(templates);
        QVERIFY(t.size() >= 3);
        QVERIFY(t.at(0).toObject().contains(u"flavor_type"));

        const Run servers = cli(
            {QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(servers.code, 0);
        const QStringList lines = servers.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.constFirst().startsWith(QStringLiteral("id,name,status,flavor,")));
        QCOMPARE(int(lines.size()) - 1, int(m_sim->servers().size()));

        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(
            QNetworkRequest(m_sim->baseUrl().resolved(QUrl(QStringLiteral("/_sim/catalog")))));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        QVERIFY(spy.wait(5000));
        const QJsonObject catalog = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();

        const QString ssId = catalog.value(u"servicestage_jobs").toArray().at(0).toString();
        const Run ss = cli({QStringLiteral("servicestage"), QStringLiteral("job"), ssId, QStringLiteral("--format"),
                            QStringLiteral("json")});
        QCOMPARE(ss.code, 0);
        const QJsonObject ssJob = QJsonDocument::fromJson(ss.out.toUtf8()).object();
        QCOMPARE(ssJob.value(u"id").toString(), ssId);
        QCOMPARE(ssJob.value(u"provider").toString(), QStringLiteral("servicestage"));
        QVERIFY(!ssJob.value(u"tasks").toArray().isEmpty());
        // A step's `messages` JSON is shown as its text, as the console shows it.
        QStringList messages;
        for (const QJsonValue &id : catalog.value(u"servicestage_jobs").toArray()) {
            const Run job = cli({QStringLiteral("servicestage"), QStringLiteral("job"), id.toString(),
                                 QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(job.code, 0);
            for (const QJsonValue &task : QJsonDocument::fromJson(job.out.toUtf8()).object().value(u"tasks").toArray())
                messages << task.toObject().value(u"message").toString();
        }
        QVERIFY(std::none_of(messages.cbegin(), messages.cend(), [](const QString &m) { return m.startsWith(u'{'); }));
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(),
                            [](const QString &m) { return m.startsWith(QLatin1String("health check of instance")); }));

        const QString iefId = catalog.value(u"ief_jobs").toArray().at(0).toString();
        const Run ief = cli({QStringLiteral("ief"), QStringLiteral("job"), iefId, QStringLiteral("--instance-id"),
                             QStringLiteral("inst-1"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(ief.code, 0);
        QVERIFY(
            ief.out.startsWith(QStringLiteral("id,server_id,server_name,status,state,message,create_at,update_at")));
    }

    // servers reboot|start|stop: refused without --yes when stdin is no terminal (a pipe here),
    // each server's outcome with it, exit 0 only when all succeeded, an unknown outcome never
    // re-sent.
    void serverActions()
    {
        QStringList running;
        QString name;
        for (const Server &s : m_sim->servers()) {
            if (s.status == QLatin1String("RUNNING") && running.size() < 3) {
                running << s.id;
                name = s.name;
            }
        }
        const auto statusOf = [this](const QString &id) {
            for (const Server &s : m_sim->servers()) {
                if (s.id == id)
                    return s.status;
            }
            return QString();
        };
        int before = m_sim->requestCount();
        Run r = cli({QStringLiteral("servers"), QStringLiteral("reboot"), running[0], running[1]});
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QStringLiteral("--yes")) && r.err.contains(QStringLiteral("nothing was sent")),
                 qPrintable(r.err));
        QCOMPARE(m_sim->requestCount(), before + 1); // the servers list, no action
        QCOMPARE(statusOf(running[0]), QStringLiteral("RUNNING"));

        // By id and by name; JSON rows name each outcome.
        r = cli({QStringLiteral("servers"), QStringLiteral("stop"), running[0], name, QStringLiteral("--yes"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = jsonArray(r);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"id").toString(), running[0]);
        QCOMPARE(rows.at(1).toObject().value(u"id").toString(), running[2]);
        for (const QJsonValue &row : rows) {
            QCOMPARE(row.toObject().value(u"outcome").toString(), QStringLiteral("succeeded"));
            QCOMPARE(row.toObject().value(u"status").toString(), QStringLiteral("STOPPING"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(running[0]), QStringLiteral("STOPPED"), 5000);

        // Start on a running server is refused (exit 3); the stopped one starts.
        r = cli({QStringLiteral("servers"), QStringLiteral("start"), running[0], running[1], QStringLiteral("--yes")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("ModelArts.6409")) && r.out.contains(QStringLiteral("STARTING")),
                 qPrintable(r.out));

        // A timeout after sending: unknown, exit 4, sent once.
        QString error;
        QVERIFY2(m_sim->addFault(QStringLiteral("PUT /%1/reboot$ latency 3000 count=3").arg(running[1]), &error),
                 qPrintable(error));
        before = m_sim->requestCount();
        r = cli({QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("servers"), QStringLiteral("reboot"),
                 running[1], QStringLiteral("--yes")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.out.contains(QStringLiteral("unknown")) && r.err.contains(QStringLiteral("not re-sent")),
                 qPrintable(r.out + r.err));
        QCOMPARE(m_sim->requestCount(), before + 2); // the list, then the reboot once
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(running[2]), QStringLiteral("STOPPED"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(running[1]), QStringLiteral("RUNNING"), 5000);
        QCOMPARE(cli({QStringLiteral("servers"), QStringLiteral("start"), running[2], QStringLiteral("--yes")}).code,
                 0);
    }

    void tokenFromEnvironment()
    {
        sim::SimOptions o;
        o.token = QStringLiteral("MIIcli-token");
        o.projectId = m_sim->projectId();
        sim::Simulator &tokenSim = *keepAlive(std::make_unique<sim::Simulator>(o));
        QString error;
        QVERIFY2(tokenSim.start(&error), qPrintable(error));
        QProcessEnvironment env = environment(false);
        env.insert(QStringLiteral("LITEOPS_AUTH_TOKEN"), QStringLiteral("MIIcli-token"));
        const Run run = cli({QStringLiteral("--project-id"), m_sim->projectId(), QStringLiteral("templates"),
                             QStringLiteral("list")},
                            env, true, &tokenSim);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("hdk-upgrade")));
    }

    void profileSuppliesEndpointsAndProject()
    {
        // The profile as the console would save it, in the CLI's (test) settings home.
        {
            QSettings settings(m_home.filePath(QStringLiteral("config/LiteOps/LiteOps.conf")), QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile p;
            p.name = QStringLiteral("local");
            p.endpointOverrides.modelArts = m_sim->baseUrl();
            p.projectId = m_sim->projectId();
            p.accessKey = kAk;
            QString problem;
            QVERIFY2(store.save(p, &problem), qPrintable(problem));
        }
        // No keychain here: the secret comes from the environment, the rest from the profile.
        QProcessEnvironment env = environment(false);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
        const Run run = cli({QStringLiteral("--profile"), QStringLiteral("local"), QStringLiteral("servers"),
                             QStringLiteral("list")},
                            env, false);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(m_sim->servers().constFirst().id));

        const Run noSecret = cli({QStringLiteral("--profile"), QStringLiteral("local"), QStringLiteral("servers"),
                                  QStringLiteral("list")},
                                 environment(false), false);
        QCOMPARE(noSecret.code, 2);
        QVERIFY(noSecret.err.contains(QStringLiteral("keychain")));

        const Run missing = cli({QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("servers"),
                                 QStringLiteral("list")},
                                environment(), false);
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
