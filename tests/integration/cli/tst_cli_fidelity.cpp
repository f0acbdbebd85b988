// SPDX-License-Identifier: Apache-2.0
// liteops-cli against the simulator for what issue 13 asked: a listing the service did not
// page is never printed as if it were whole (stderr, exit 5, a JSON field), a 403 policy
// denial prints its encoded authorization message, and a description that breaks the
// official SDK's rule is warned about, not refused.
#include "cli_process.h"
#include "simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace liteops;

namespace {
const QString kAk = QStringLiteral("AKCLIFIDELITY");
const QString kSk = QStringLiteral("SK-cli-fidelity-secret-0456");
} // namespace

class CliFidelityTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HUAWEICLOUD_SDK_SECURITY_TOKEN", "LITEOPS_AUTH_TOKEN", "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_sim->projectId());
        return env;
    }

    test::CliRun cli(const QStringList &args)
    {
        const QString url = m_sim->baseUrl().toString();
        QStringList all{QStringLiteral("--endpoint"),     url, QStringLiteral("--servicestage-endpoint"), url,
                        QStringLiteral("--ief-endpoint"), url};
        all += args;
        return test::runCli(QStringLiteral(LITEOPS_CLI_PATH), all, environment());
    }

    void fault(const QString &spec)
    {
        QString error;
        QVERIFY2(m_sim->addFault(spec, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        sim::SimOptions o;
        o.accessKey = kAk;
        o.secretKey = kSk;
        o.jobs = 25;
        o.taskDurationMs = 300;
        m_sim = std::make_unique<sim::Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void cleanup() { m_sim->clearFaults(); }

    void helpDocumentsExit5()
    {
        const test::CliRun run = test::runCli(QStringLiteral(LITEOPS_CLI_PATH), {QStringLiteral("--help")},
                                              environment());
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("  5  incomplete listing")));
    }

    void completeListingExits0()
    {
        const test::CliRun run = cli(
            {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 25);
        QVERIFY(!run.err.contains(QLatin1String("incomplete")));
    }

    void ignoredPagingIsIncompleteExit5()
    {
        fault(QStringLiteral("GET /dev-servers/jobs$ ignore-paging"));
        const test::CliRun table = cli({QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(table.code, 5);
        QVERIFY2(table.err.contains(QLatin1String("incomplete: 10 of 25")), qPrintable(table.err));
        QVERIFY(table.err.contains(QLatin1String("returned 10 of 25 jobs")));

        const test::CliRun json = cli(
            {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 5);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), qPrintable(json.out.left(300)));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QLatin1String("incomplete")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("received")).toInt(), 10);
        QCOMPARE(o.value(QLatin1String("total")).toInt(), 25);
        QCOMPARE(o.value(QLatin1String("reason")).toString(), QStringLiteral("paging_ignored"));
        QCOMPARE(o.value(QLatin1String("jobs")).toArray().size(), 10);
        QVERIFY(json.err.contains(QLatin1String("incomplete: 10 of 25")));
    }

    void refusedPagingIsRetriedThenIncomplete()
    {
        fault(QStringLiteral("GET /dev-servers/jobs$ reject-paging"));
        const int before = m_sim->requestCount();
        const test::CliRun run = cli(
            {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.code, 5);
        QCOMPARE(m_sim->requestCount() - before, 2);
        QVERIFY(run.err.contains(QLatin1String("incomplete: 10 of 25")));
        QVERIFY(run.err.contains(QLatin1String("refused the paging parameters")));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 11); // the header and 10 rows
    }

    void policyDenialPrintsTheEncodedMessage()
    {
        fault(QStringLiteral("GET /dev-servers$ status 403 count=1"));
        const test::CliRun run = cli({QStringLiteral("servers"), QStringLiteral("list")});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QLatin1String("encoded_authorization_message: SIM-ENCODED-")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("IAM can decode")));
        QVERIFY(run.err.contains(QLatin1String("request id:")));
        QVERIFY(run.err.contains(QLatin1String("error_code:  ModelArts.0203")));
    }

    void descriptionBreakingTheSdkRuleIsWarnedNotRefused()
    {
        const QString server = m_sim->servers().constFirst().id;
        const test::CliRun run = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                                      QStringLiteral("cli-desc-warning"), QStringLiteral("--type"),
                                      QStringLiteral("HDK_QUERY"), QStringLiteral("--server"), server,
                                      QStringLiteral("--item"), QStringLiteral("HDK_QUERY"),
                                      QStringLiteral("--description"), QStringLiteral("Task description.")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(QLatin1String("warning:"))
                     && run.err.contains(QLatin1String("^[-_.a-zA-Z0-9]{1,64}$")),
                 qPrintable(run.err));
        const test::CliRun plain = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"),
                                        QStringLiteral("cli-desc-ok"), QStringLiteral("--type"),
                                        QStringLiteral("HDK_QUERY"), QStringLiteral("--server"), server,
                                        QStringLiteral("--item"), QStringLiteral("HDK_QUERY"),
                                        QStringLiteral("--description"), QStringLiteral("night-check_1")});
        QCOMPARE(plain.code, 0);
        QVERIFY(!plain.err.contains(QLatin1String("warning:")));
    }

    void refusedCreateNamesTheFieldRules()
    {
        fault(QStringLiteral("POST /dev-servers/jobs$ status 400 count=1"));
        const test::CliRun run = cli(
            {QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("cli-rules"),
             QStringLiteral("--type"), QStringLiteral("HDK_QUERY"), QStringLiteral("--server"),
             m_sim->servers().constFirst().id, QStringLiteral("--item"), QStringLiteral("HDK_QUERY")});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QLatin1String("rules for a job")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(CliFidelityTest)
#include "tst_cli_fidelity.moc"
