// SPDX-License-Identifier: Apache-2.0
// Bad ids given to the built liteops-cli, against an in-process simulator over loopback (the
// test's event loop serves it while the CLI runs). A value the id must refuse: exit code 2
// (usage/validation), a message on stderr naming the id or its rule, and the simulator saw no
// request. A legal id (quotes, '%2F', '?', '#', emoji, ...): it reaches the simulator intact,
// which answers that no such resource exists, quoting it (exit code 3), or, for the optional
// IEF instance id, the job is shown (exit code 0).
//
// argv cannot carry every value: a NUL ends a C string and an unpaired surrogate has no
// UTF-8 form, so "ctl_nul", "nul_in_middle" and "lone_surrogate" are left out here (the
// cloud and GUI sweeps cover them).
#include "bad_values.h"
#include "cli_process.h"
#include "sim_catalog.h"
#include "simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace liteops;
using namespace liteops::badinput;

namespace {
const QString kAk = QStringLiteral("AKBADINPUTCLI");
const QString kSk = QStringLiteral("SKbad-input-cli-0001");
constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitApiError = 3;

using Run = liteops::test::CliRun;

bool passableInArgv(const char *name)
{
    const QLatin1String n(name);
    return n != QLatin1String("ctl_nul") && n != QLatin1String("nul_in_middle") && n != QLatin1String("lone_surrogate");
}
} // namespace

class BadInputCliTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_home;
    QString m_jobId;
    QString m_iefJobId;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
                                 "HUAWEICLOUD_SDK_PROJECT_ID", "LITEOPS_AUTH_TOKEN", "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_sim->projectId());
        return env;
    }

    QStringList endpoints() const
    {
        const QString url = m_sim->baseUrl().toString();
        return {QStringLiteral("--endpoint"),
                url,
                QStringLiteral("--servicestage-endpoint"),
                url,
                QStringLiteral("--ief-endpoint"),
                url,
                QStringLiteral("--timeout"),
                QStringLiteral("10")};
    }

    Run cli(const QStringList &args)
    {
        return liteops::test::runCli(QStringLiteral(LITEOPS_CLI_PATH), args, environment());
    }

    static void addValueRows() { addBadValueRows(&passableInArgv); }

    static QString describe(const Run &r)
    {
        return QStringLiteral("exit %1\nstderr: %2\nstdout: %3").arg(r.code).arg(r.err.left(600), r.out.left(300));
    }

    void expectRefused(const QStringList &args, const QStringList &keywords)
    {
        const int before = m_sim->requestCount();
        const Run r = cli(args);
        QVERIFY2(r.code == kExitUsage, qPrintable(describe(r)));
        QVERIFY2(!r.err.trimmed().isEmpty(), "no message on stderr");
        bool named = false;
        for (const QString &k : keywords)
            named = named || r.err.contains(k, Qt::CaseInsensitive);
        QVERIFY2(named, qPrintable(QStringLiteral("stderr names neither the field nor its rule: ") + r.err.left(400)));
        QCOMPARE(m_sim->requestCount(), before);
    }

    // Reaches the simulator, which quotes the value back in its error answer.
    void expectSentIntact(const QStringList &args, const QString &value, int requests = 1)
    {
        const int before = m_sim->requestCount();
        const Run r = cli(args);
        QVERIFY2(r.code == kExitApiError, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(value), qPrintable(QStringLiteral("not received intact: ") + r.err.left(600)));
        QCOMPARE(m_sim->requestCount(), before + requests);
    }

    void idCase(const QStringList &command, const QStringList &after, const QString &keyword)
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        const QStringList args = endpoints() + command + QStringList{value} + after;
        if (isLegalPathId(qPrintable(valueClass)))
            expectSentIntact(args, value);
        else
            expectRefused(args, {keyword});
    }

    QStringList catalog(const QString &key) { return liteops::test::simCatalog(m_sim->baseUrl(), key); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        sim::SimOptions so;
        so.accessKey = kAk;
        so.secretKey = kSk;
        so.servers = 8;
        so.jobs = 4;
        m_sim = std::make_unique<sim::Simulator>(so);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_jobId = m_sim->jobs().constFirst().id;
        const QStringList ief = catalog(QStringLiteral("ief_jobs"));
        QVERIFY(!ief.isEmpty());
        m_iefJobId = ief.constFirst();
    }

    void jobsGet_data() { addValueRows(); }
    void jobsGet() { idCase({QStringLiteral("jobs"), QStringLiteral("get")}, {}, QStringLiteral("id")); }

    void jobsWait_data() { addValueRows(); }
    void jobsWait()
    {
        idCase({QStringLiteral("jobs"), QStringLiteral("wait")}, {QStringLiteral("--timeout"), QStringLiteral("5")},
               QStringLiteral("id"));
    }

    void jobsDelete_data() { addValueRows(); }
    void jobsDelete() { idCase({QStringLiteral("jobs"), QStringLiteral("delete")}, {}, QStringLiteral("id")); }

    void serviceStageJob_data() { addValueRows(); }
    void serviceStageJob()
    {
        idCase({QStringLiteral("servicestage"), QStringLiteral("job")}, {}, QStringLiteral("id"));
    }

    void iefJob_data() { addValueRows(); }
    void iefJob() { idCase({QStringLiteral("ief"), QStringLiteral("job")}, {}, QStringLiteral("id")); }

    // Optional header value: empty means none; a legal one is sent and the job is shown.
    void iefInstanceId_data() { addValueRows(); }
    void iefInstanceId()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        const QStringList args = endpoints()
                                 + QStringList{QStringLiteral("ief"), QStringLiteral("job"), m_iefJobId,
                                               QStringLiteral("--instance-id"), value};
        if (value.isEmpty() || isLegalPathId(qPrintable(valueClass))) {
            const int before = m_sim->requestCount();
            const Run r = cli(args);
            QVERIFY2(r.code == kExitOk, qPrintable(describe(r)));
            QVERIFY(r.out.contains(m_iefJobId));
            QCOMPARE(m_sim->requestCount(), before + 1);
        } else {
            expectRefused(args, {QStringLiteral("instance id")});
        }
    }

    // The project id is a path segment of every call, and the API allows only letters,
    // digits and '-' in it: every bad value is refused.
    void projectId_data() { addValueRows(); }
    void projectId()
    {
        QFETCH(QString, value);
        const QStringList args = endpoints()
                                 + QStringList{QStringLiteral("--project-id"), value, QStringLiteral("jobs"),
                                               QStringLiteral("get"), m_jobId};
        if (value.isEmpty()) {
            // An empty option is "not given": the environment's (valid) project id applies.
            const Run r = cli(args);
            QVERIFY2(r.code == kExitOk, qPrintable(describe(r)));
            return;
        }
        expectRefused(args, {QStringLiteral("project id")});
    }

    // The region builds every host name; none of the values is a region id, and nothing may
    // be sent (without --endpoint, a request would leave the machine).
    void region_data() { addValueRows(); }
    void region()
    {
        QFETCH(QString, value);
        expectRefused({QStringLiteral("--region"), value, QStringLiteral("jobs"), QStringLiteral("list")},
                      {QStringLiteral("region"), QStringLiteral("endpoint")});
    }

    // jobs create --server: an id, name or private IP. Refused ones never leave; legal ones
    // are looked up in the servers list (one request), named back intact as unknown, and
    // nothing is created or sent.
    void createServer_data() { addValueRows(); }
    void createServer()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        const int jobsBefore = int(m_sim->jobs().size());
        const int createsBefore = int(m_sim->receivedCreateBodies().size());
        const QStringList args = endpoints() + QStringList{QStringLiteral("jobs"),     QStringLiteral("create"),
                                                           QStringLiteral("--name"),   QStringLiteral("bad-server"),
                                                           QStringLiteral("--type"),   QStringLiteral("HDK_QUERY"),
                                                           QStringLiteral("--item"),   QStringLiteral("HDK_QUERY"),
                                                           QStringLiteral("--server"), value};
        // Trimmed and split on ',' by the CLI; blank gives no server at all.
        const bool legal = !value.trimmed().isEmpty()
                           && (isLegalPathId(qPrintable(valueClass)) || valueClass == QLatin1String("dot_dot")
                               || valueClass == QLatin1String("emoji_zwj"));
        if (legal) {
            const int before = m_sim->requestCount();
            const Run r = cli(args);
            QVERIFY2(r.code == kExitUsage, qPrintable(describe(r)));
            QVERIFY2(r.err.contains(value), qPrintable(QStringLiteral("not named intact: ") + r.err.left(600)));
            QCOMPARE(m_sim->requestCount(), before + 1);
        } else {
            expectRefused(args, {QStringLiteral("server")});
        }
        QCOMPARE(int(m_sim->jobs().size()), jobsBefore);
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), createsBefore);
    }
};

QTEST_GUILESS_MAIN(BadInputCliTest)
#include "tst_bad_input_cli.moc"
