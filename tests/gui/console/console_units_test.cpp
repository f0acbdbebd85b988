// The console's pure helpers: export encoding, rerun requests, the command line, notification
// text, id checks and time formatting.
#include "core/encode.h"
#include "error_banner.h"
#include "job_summary_view.h"
#include "launch_options.h"
#include "notifier.h"
#include "open_job_dialog.h"
#include "test_credentials.h"
#include "cloud_client.h"
#include "rerun_confirm_dialog.h"
#include "rerun_request.h"
#include "server_selection.h"
#include "simulator.h"
#include "table_export.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;
using namespace liteops::ui;

namespace {

Task task(const QString &id, const QString &server, const QString &status, const QString &message = {})
{
    return Task::Builder().id(id).targetId(server).targetName(QStringLiteral("node-") + server).status(status).message(message).build();
}

Job jobWithTasks()
{
    Job j;
    j.id = QStringLiteral("job-1");
    j.name = QStringLiteral("upgrade drivers (fleet A)");
    j.type = QStringLiteral("HDK_UPGRADE");
    j.status = QStringLiteral("FINISHED");
    j.state = State::Partial;
    j.items = {JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1.0.3")}}}};
    j.tasks = {task(QStringLiteral("t1"), QStringLiteral("s1"), QStringLiteral("SUCCESS")),
               task(QStringLiteral("t2"), QStringLiteral("s2"), QStringLiteral("FAILED"), QStringLiteral("disk full")),
               task(QStringLiteral("t3"), QStringLiteral("s3"), QStringLiteral("SKIPPED")),
               task(QStringLiteral("t4"), QStringLiteral("s4"), QStringLiteral("FAILED"), QStringLiteral("timeout")),
               task(QStringLiteral("t5"), QStringLiteral("s2"), QStringLiteral("FAILED"), QStringLiteral("again"))};
    return j;
}

} // namespace

class ConsoleUnitsTest : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesAndGuardsFormulas()
    {
        ExportTable t;
        t.headers = {QStringLiteral("name"), QStringLiteral("message")};
        t.rows = {{QStringLiteral("a,b"), QStringLiteral("say \"hi\"\nthen go")},
                  {QStringLiteral("=cmd()"), QStringLiteral("+1")},
                  {QStringLiteral("-5"), QStringLiteral("@x")}};
        const QByteArray csv = toCsv(t);
        QCOMPARE(csv, QByteArray("name,message\r\n"
                                 "\"a,b\",\"say \"\"hi\"\"\nthen go\"\r\n"
                                 "'=cmd(),'+1\r\n"
                                 "-5,'@x\r\n"));
    }

    void jsonKeysAreTheColumnTitles()
    {
        ExportTable t;
        t.headers = {QStringLiteral("Server"), QStringLiteral("Status")};
        t.rows = {{QStringLiteral("n1"), QStringLiteral("Failed")}, {QStringLiteral("节点2"), QStringLiteral("Succeeded")}};
        const QJsonArray a = QJsonDocument::fromJson(toJson(t)).array();
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[1].toObject().value(QStringLiteral("Server")).toString(), QStringLiteral("节点2"));
        QCOMPARE(formatForPath(QStringLiteral("x.JSON")), ExportFormat::Json);
        QCOMPARE(formatForPath(QStringLiteral("x.csv")), ExportFormat::Csv);
        QTemporaryDir dir;
        QString error;
        QVERIFY(writeExport(dir.filePath(QStringLiteral("out.json")), t, &error));
        QVERIFY(!writeExport(dir.filePath(QStringLiteral("missing/dir/out.csv")), t, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }

    void rerunTakesFailedServersOnceAndSkippedOnRequest()
    {
        const Job j = jobWithTasks();
        const RerunSelection s = rerunCandidates(j);
        QCOMPARE(s.failedServerIds, (QStringList{QStringLiteral("s2"), QStringLiteral("s4")}));
        QCOMPARE(s.skippedServerIds, QStringList{QStringLiteral("s3")});
        const QDateTime now(QDate(2026, 3, 4), QTime(5, 6));
        CreateJobRequest r = rerunRequest(j, false, now);
        QCOMPARE(r.serverIds, s.failedServerIds);
        QCOMPARE(r.type, j.type);
        QCOMPARE(r.items, j.items);
        QVERIFY(isValidJobNameOrType(r.name)); // spaces and brackets replaced
        QVERIFY(r.name.endsWith(QStringLiteral("-rerun-20260304-0506")));
        QVERIFY(validateCreateRequest(r).isEmpty());
        r = rerunRequest(j, true, now);
        QCOMPARE(r.serverIds, (QStringList{QStringLiteral("s2"), QStringLiteral("s4"), QStringLiteral("s3")}));
        Job longName = j;
        longName.name = QString(80, QLatin1Char('n'));
        QCOMPARE(rerunRequest(longName, false, now).name.size(), 64);
    }

    // A selection (tree rows, a cluster, a version row) means the servers of its tasks: each
    // server once, in the job's task order, whatever order the rows were picked in.
    void selectionMeansEachServerOnceInTaskOrder()
    {
        const Job j = jobWithTasks();
        const QList<SelectedServer> servers =
            serversOfTasks(j, {QStringLiteral("t5"), QStringLiteral("t4"), QStringLiteral("t2"), QStringLiteral("nope")});
        QCOMPARE(serverIdsOf(servers), (QStringList{QStringLiteral("s2"), QStringLiteral("s4")}));
        QCOMPARE(serverNamesOf(servers), (QStringList{QStringLiteral("node-s2"), QStringLiteral("node-s4")}));
        QVERIFY(serversOfTasks(j, {}).isEmpty());
    }

    void rerunNamesCountUpAndFitTheApi()
    {
        QCOMPARE(rerunName(QStringLiteral("upgrade")), QStringLiteral("upgrade-rerun-1"));
        QCOMPARE(rerunName(QStringLiteral("upgrade-rerun-1")), QStringLiteral("upgrade-rerun-2"));
        QCOMPARE(rerunName(QStringLiteral("a b")), QStringLiteral("a_b-rerun-1"));
        QCOMPARE(rerunName(QString()), QStringLiteral("job-rerun-1"));
        const QString longName = rerunName(QString(80, QLatin1Char('n')));
        QCOMPARE(longName.size(), 60); // room for the wizard's "-w01"
        QVERIFY(longName.endsWith(QStringLiteral("-rerun-1")));
        QVERIFY(isValidJobNameOrType(longName + QStringLiteral("-w01")));
    }

    void rerunOnServersKeepsTypeItemsAndOnlyThoseServers()
    {
        const Job j = jobWithTasks();
        const QDateTime now(QDate(2026, 3, 4), QTime(5, 6));
        const CreateJobRequest r = rerunOnServers(j, {QStringLiteral("s1"), QStringLiteral("s3")}, now);
        QCOMPARE(r.serverIds, (QStringList{QStringLiteral("s1"), QStringLiteral("s3")}));
        QCOMPARE(r.type, j.type);
        QCOMPARE(r.items, j.items);
        QCOMPARE(r.name, QStringLiteral("upgrade_drivers__fleet_A_-rerun-1"));
        QVERIFY(r.description.contains(j.id));
        QVERIFY(validateCreateRequest(r).isEmpty());
    }

    void rerunKeepsOnlyTheChosenErrorCluster()
    {
        const Job j = jobWithTasks();
        // "disk full" and "timeout" are two clusters; the text is matched case-insensitively.
        QCOMPARE(rerunCandidates(j, QStringLiteral("DISK")).failedServerIds, QStringList{QStringLiteral("s2")});
        QCOMPARE(rerunRequest(j, false, QDateTime::currentDateTime(), QStringLiteral("time")).serverIds,
                 QStringList{QStringLiteral("s4")});
        QVERIFY(rerunCandidates(j, QStringLiteral("no such error")).failedServerIds.isEmpty());
    }

    // The confirmation dialog (the console without the wizard) creates through the same engine:
    // a lost answer is reconciled, not sent twice.
    void rerunDialogReconcilesALostAnswer()
    {
        QStandardPaths::setTestModeEnabled(true);
        sim::SimOptions so;
        so.servers = 20;
        so.taskDurationMs = 100;
        // The secret-leak scan sets LITEOPS_TEST_ACCESS_KEY/_SECRET_KEY to canary values.
        so.accessKey = testenv::credential(testenv::kEnvAccessKey, QStringLiteral("AKUNITSRERUN"));
        so.secretKey = testenv::credential(testenv::kEnvSecretKey, QStringLiteral("units-rerun-secret"));
        testenv::noteConfigured("units-rerun", "ak", so.accessKey);
        testenv::noteConfigured("units-rerun", "sk", so.secretKey);
        sim::Simulator simulator(so);
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));
        QVERIFY(simulator.addFault(QStringLiteral("POST .*/dev-servers/jobs$ truncate count=1"), &error));
        ClientConfig c;
        c.endpoints.modelArts = simulator.baseUrl();
        c.projectId = simulator.projectId();
        c.credentials.mode = Credentials::Mode::AkSk;
        c.credentials.accessKey = so.accessKey;
        c.credentials.secretKey = so.secretKey;
        c.retryBaseDelayMs = 20;
        CloudClient client(c);
        CreateJobRequest request;
        request.name = QStringLiteral("units-rerun");
        request.type = QStringLiteral("HDK_QUERY");
        request.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
        request.serverIds = {simulator.servers().at(0).id, simulator.servers().at(1).id};
        RerunConfirmDialog dialog(&client, request);
        QSignalSpy created(&dialog, &RerunConfirmDialog::jobsCreated);
        dialog.createButton()->click();
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY(created.wait(20000));
        QCOMPARE(created.size(), 1);
        QCOMPARE(simulator.receivedCreateBodies().size(), 1);
        int named = 0;
        for (const Job &j : simulator.jobs())
            named += j.name == request.name ? 1 : 0;
        QCOMPARE(named, 1);
        QCOMPARE(created.first().first().toStringList().size(), 1);
    }

    void commandLine()
    {
        QString error;
        auto o = parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--sandbox"), QStringLiteral("--open-job"),
                                     QStringLiteral("abc"), QStringLiteral("--lang"), QStringLiteral("zh_CN")},
                                    &error);
        QVERIFY2(o, qPrintable(error));
        QVERIFY(o->sandbox);
        QCOMPARE(o->openJob, QStringLiteral("abc"));
        QCOMPARE(o->language, QStringLiteral("zh_CN"));
        o = parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--endpoint"), QStringLiteral("https://ma.example.com"),
                                QStringLiteral("--project-id"), QStringLiteral("p1"), QStringLiteral("--ief-endpoint"),
                                QStringLiteral("https://ief.example.com")},
                               &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->endpoint, QUrl(QStringLiteral("https://ma.example.com")));
        QCOMPARE(o->iefEndpoint.host(), QStringLiteral("ief.example.com"));

        QVERIFY(!parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--endpoint"), QStringLiteral("ftp://x")}, &error));
        QVERIFY(error.contains(QStringLiteral("--endpoint")));
        QVERIFY(!parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--sandbox"), QStringLiteral("--profile"), QStringLiteral("p")}, &error));
        QVERIFY(!parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--project-id"), QStringLiteral("p")}, &error));
        QVERIFY(!parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--bogus")}, &error));
        QString help;
        o = parseLaunchOptions({QStringLiteral("liteops"), QStringLiteral("--help")}, &error, &help);
        QVERIFY(o);
        QVERIFY(help.contains(QStringLiteral("--servicestage-endpoint")));
    }

    void endpointCredentialsComeFromTheEnvironment()
    {
        LaunchOptions o;
        o.endpoint = QUrl(QStringLiteral("https://ma.example.com"));
        qputenv(kEnvAccessKey, "AK1");
        qputenv(kEnvSecretKey, "SK1");
        qputenv(kEnvProjectId, "proj");
        QString problem;
        ClientConfig c = endpointConfig(o, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(c.credentials.accessKey, QStringLiteral("AK1"));
        QCOMPARE(c.projectId, QStringLiteral("proj"));
        QCOMPARE(c.endpoints.ief, o.endpoint);
        qunsetenv(kEnvAccessKey);
        qunsetenv(kEnvSecretKey);
        c = endpointConfig(o, &problem);
        QVERIFY(!problem.isEmpty());
        qunsetenv(kEnvProjectId);
    }

    void notificationSaysHowItEnded()
    {
        Job j = jobWithTasks();
        Notification n = finishedJobNotification(j, 2);
        QVERIFY(n.failed);
        QVERIFY(n.title.contains(j.name));
        QVERIFY2(n.body.contains(QStringLiteral("3 of 5")), qPrintable(n.body));
        QVERIFY(n.body.contains(QStringLiteral("node-s2")));
        QVERIFY(n.body.contains(QStringLiteral("node-s4")));
        j.tasks = {task(QStringLiteral("t1"), QStringLiteral("s1"), QStringLiteral("SUCCESS"))};
        j.state = State::Succeeded;
        n = finishedJobNotification(j);
        QVERIFY(!n.failed);
        QVERIFY(n.body.contains(QStringLiteral("none failed")));
    }

    void idsAndTimes()
    {
        QVERIFY(jobIdProblem(QStringLiteral("  ")).size() > 0);
        QVERIFY(jobIdProblem(QStringLiteral("x\ty")).size() > 0);
        QVERIFY(jobIdProblem(QStringLiteral("..\\x")).size() > 0);
        QVERIFY(jobIdProblem(QStringLiteral("JOB6d2c1c4e-aaaa")).isEmpty());
        QCOMPARE(formatDuration(-1), QString());
        QCOMPARE(formatDuration(850), QStringLiteral("850 ms"));
        QCOMPARE(formatDuration(185000), QStringLiteral("3 min 05 s"));
        QCOMPARE(formatUtcTooltip(kUnknownTime), QString());
        QCOMPARE(formatUtcTooltip(1757558550702), QStringLiteral("2025-09-11 02:42:30.702 UTC"));
        QCOMPARE(formatAge(42), QStringLiteral("42 s"));
        QCOMPARE(formatAge(7200), QStringLiteral("2 h"));
    }
};

QTEST_MAIN(ConsoleUnitsTest)
#include "console_units_test.moc"
