// SPDX-License-Identifier: Apache-2.0
// The liteops-sim command line: argument parsing (the library function the executable uses)
// and the built program itself — first stdout line, serving, clean stop on SIGTERM/SIGINT.
#include "sim_http.h"
#include "test_pki.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <csignal>

using liteops::sim::SimOptions;

class SimCliTest : public QObject
{
    Q_OBJECT

private:
    static QStringList args(const QStringList &rest) { return QStringList{QStringLiteral("liteops-sim")} + rest; }

    // Starts the program, returns the URL of its first stdout line (empty on failure).
    static QUrl startSim(QProcess &process, const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : extra.keys())
            env.insert(name, extra.value(name));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LITEOPS_SIM_BINARY), arguments);
        if (!process.waitForStarted(10000))
            return {};
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        while (!process.canReadLine()) {
            if (!output.wait(10000))
                return {};
        }
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        if (!line.startsWith(QLatin1String("listening on ")))
            return {};
        return QUrl(line.mid(13));
    }

    static void stopWith(QProcess &process, int signal)
    {
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

private slots:
    void parsesEveryOption()
    {
        SimOptions o;
        QString error;
        QVERIFY2(liteops::sim::parseArguments(args({QStringLiteral("--bind"),
                                                    QStringLiteral("127.0.0.1"),
                                                    QStringLiteral("--port"),
                                                    QStringLiteral("8089"),
                                                    QStringLiteral("--seed"),
                                                    QStringLiteral("42"),
                                                    QStringLiteral("--servers"),
                                                    QStringLiteral("20000"),
                                                    QStringLiteral("--jobs"),
                                                    QStringLiteral("100000"),
                                                    QStringLiteral("--project-id"),
                                                    QStringLiteral("proj-1"),
                                                    QStringLiteral("--ak"),
                                                    QStringLiteral("AK"),
                                                    QStringLiteral("--sk"),
                                                    QStringLiteral("SK"),
                                                    QStringLiteral("--token"),
                                                    QStringLiteral("T"),
                                                    QStringLiteral("--iam-user"),
                                                    QStringLiteral("U"),
                                                    QStringLiteral("--iam-password"),
                                                    QStringLiteral("P"),
                                                    QStringLiteral("--iam-domain"),
                                                    QStringLiteral("D"),
                                                    QStringLiteral("--no-auth"),
                                                    QStringLiteral("--task-duration-ms"),
                                                    QStringLiteral("250"),
                                                    QStringLiteral("--failure-rate"),
                                                    QStringLiteral("0.25"),
                                                    QStringLiteral("--max-servers-per-job=20"),
                                                    QStringLiteral("--fault"),
                                                    QStringLiteral("GET /jobs latency 10"),
                                                    QStringLiteral("--fault"),
                                                    QStringLiteral("* . throttle 3 count=2 p=0.5")}),
                                              &o, &error),
                 qPrintable(error));
        QCOMPARE(o.bind, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(o.port, quint16(8089));
        QCOMPARE(o.seed, quint64(42));
        QCOMPARE(o.servers, 20000);
        QCOMPARE(o.jobs, 100000);
        QCOMPARE(o.projectId, QStringLiteral("proj-1"));
        QCOMPARE(o.accessKey, QStringLiteral("AK"));
        QCOMPARE(o.secretKey, QStringLiteral("SK"));
        QCOMPARE(o.token, QStringLiteral("T"));
        QCOMPARE(o.iamUser, QStringLiteral("U"));
        QCOMPARE(o.iamPassword, QStringLiteral("P"));
        QCOMPARE(o.iamDomain, QStringLiteral("D"));
        QVERIFY(o.noAuth);
        QCOMPARE(o.taskDurationMs, 250);
        QCOMPARE(o.failureRate, 0.25);
        QCOMPARE(o.maxServersPerJob, 20);
        QCOMPARE(o.faults.size(), 2);
    }

    void defaults()
    {
        SimOptions o;
        QString error;
        QVERIFY(liteops::sim::parseArguments(args({}), &o, &error));
        QCOMPARE(o.bind, QHostAddress(QHostAddress::LocalHost)); // loopback unless told otherwise
        QCOMPARE(o.port, quint16(0));
        QCOMPARE(o.servers, 64);
        QCOMPARE(o.jobs, 40);
        QCOMPARE(o.maxServersPerJob, 50);
        QCOMPARE(o.projectId.size(), 32);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--verbose")} << "--verbose";
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << "extra";
        QTest::newRow("missing value") << QStringList{QStringLiteral("--port")} << "--port";
        QTest::newRow("port range") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << "--port";
        QTest::newRow("servers range") << QStringList{QStringLiteral("--servers"), QStringLiteral("20001")}
                                       << "--servers";
        QTest::newRow("jobs range") << QStringList{QStringLiteral("--jobs"), QStringLiteral("100001")} << "--jobs";
        QTest::newRow("jobs text") << QStringList{QStringLiteral("--jobs"), QStringLiteral("many")} << "--jobs";
        QTest::newRow("bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("example.com")} << "--bind";
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")} << "--seed";
        QTest::newRow("project id") << QStringList{QStringLiteral("--project-id"), QStringLiteral("a/b")}
                                    << "--project-id";
        QTest::newRow("ak without sk") << QStringList{QStringLiteral("--ak"), QStringLiteral("AK")} << "--sk";
        QTest::newRow("iam without password")
            << QStringList{QStringLiteral("--iam-user"), QStringLiteral("U")} << "--iam-password";
        QTest::newRow("failure rate") << QStringList{QStringLiteral("--failure-rate"), QStringLiteral("1.5")}
                                      << "--failure-rate";
        QTest::newRow("duration") << QStringList{QStringLiteral("--task-duration-ms"), QStringLiteral("0")}
                                  << "--task-duration-ms";
        QTest::newRow("max servers") << QStringList{QStringLiteral("--max-servers-per-job"), QStringLiteral("0")}
                                     << "--max-servers-per-job";
        QTest::newRow("fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("GET /x boom")} << "boom";
        QTest::newRow("sk twice") << QStringList{QStringLiteral("--ak"),      QStringLiteral("AK"),
                                                 QStringLiteral("--sk"),      QStringLiteral("SK"),
                                                 QStringLiteral("--sk-file"), QStringLiteral("/nonexistent")}
                                  << "--sk-file";
        QTest::newRow("sk file missing") << QStringList{QStringLiteral("--ak"), QStringLiteral("AK"),
                                                        QStringLiteral("--sk-file"), QStringLiteral("/nonexistent/sk")}
                                         << "/nonexistent/sk";
        QTest::newRow("token file missing")
            << QStringList{QStringLiteral("--token-file"), QStringLiteral("/nonexistent/t")} << "--token-file";
        QTest::newRow("password without user")
            << QStringList{QStringLiteral("--iam-password"), QStringLiteral("P")} << "--iam-user";
        QTest::newRow("tls cert without key")
            << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("c.pem")} << "--tls-key";
        QTest::newRow("tls key without cert")
            << QStringList{QStringLiteral("--tls-key"), QStringLiteral("k.pem")} << "--tls-cert";
    }
    void rejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        SimOptions o;
        QString error;
        QVERIFY(!liteops::sim::parseArguments(args(arguments), &o, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    // Secrets come from the environment or from files; the command-line options still work
    // but are warned about, and no message ever carries a secret's value.
    void secretsFromEnvironmentAndFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &content) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write(content);
            return f.fileName();
        };
        const QString skFile = write(QStringLiteral("sk"), "sk-from-file-0123\n");
        const QString tokenFile = write(QStringLiteral("token"), "token-from-file-0123\r\n");
        const QString passwordFile = write(QStringLiteral("password"), "pass word from file \xc3\xbc");
        const QString emptyFile = write(QStringLiteral("empty"), "\n");

        QProcessEnvironment env;
        env.insert(QStringLiteral("LITEOPS_SIM_SK"), QStringLiteral("sk-from-env-0123"));
        env.insert(QStringLiteral("LITEOPS_SIM_TOKEN"), QStringLiteral("token-from-env-0123"));
        env.insert(QStringLiteral("LITEOPS_SIM_IAM_PASSWORD"), QStringLiteral("password-from-env-0123"));

        SimOptions o;
        QString error;
        QStringList warnings;
        QVERIFY2(liteops::sim::parseArguments(args({QStringLiteral("--ak"), QStringLiteral("AK"),
                                                    QStringLiteral("--iam-user"), QStringLiteral("U")}),
                                              env, &o, &error, &warnings),
                 qPrintable(error));
        QCOMPARE(o.secretKey, QStringLiteral("sk-from-env-0123"));
        QCOMPARE(o.token, QStringLiteral("token-from-env-0123"));
        QCOMPARE(o.iamPassword, QStringLiteral("password-from-env-0123"));
        QVERIFY(warnings.isEmpty());

        // Files win over the environment; the final line ending is not part of the secret.
        QVERIFY2(liteops::sim::parseArguments(args({QStringLiteral("--ak"), QStringLiteral("AK"),
                                                    QStringLiteral("--sk-file"), skFile, QStringLiteral("--token-file"),
                                                    tokenFile, QStringLiteral("--iam-user"), QStringLiteral("U"),
                                                    QStringLiteral("--iam-password-file"), passwordFile}),
                                              env, &o, &error, &warnings),
                 qPrintable(error));
        QCOMPARE(o.secretKey, QStringLiteral("sk-from-file-0123"));
        QCOMPARE(o.token, QStringLiteral("token-from-file-0123"));
        QCOMPARE(o.iamPassword, QStringLiteral("pass word from file \u00fc"));
        QVERIFY(warnings.isEmpty());

        // An empty variable counts as unset.
        QProcessEnvironment empty;
        empty.insert(QStringLiteral("LITEOPS_SIM_SK"), QString());
        QVERIFY(!liteops::sim::parseArguments(args({QStringLiteral("--ak"), QStringLiteral("AK")}), empty, &o, &error,
                                              &warnings));
        QVERIFY2(error.contains(QLatin1String("LITEOPS_SIM_SK")), qPrintable(error));

        // An empty file is refused, naming the file.
        QVERIFY(!liteops::sim::parseArguments(args({QStringLiteral("--token-file"), emptyFile}), {}, &o, &error,
                                              &warnings));
        QVERIFY2(error.contains(emptyFile) && error.contains(QLatin1String("empty")), qPrintable(error));

        // The command-line options: accepted, each with a warning that names the safer ways
        // and never the value.
        warnings.clear();
        QVERIFY2(liteops::sim::parseArguments(
                     args({QStringLiteral("--ak"), QStringLiteral("AK"), QStringLiteral("--sk"),
                           QStringLiteral("sk-on-the-command-line"), QStringLiteral("--token"),
                           QStringLiteral("token-on-the-command-line"), QStringLiteral("--iam-user"),
                           QStringLiteral("U"), QStringLiteral("--iam-password"),
                           QStringLiteral("password-on-the-command-line")}),
                     env, &o, &error, &warnings),
                 qPrintable(error));
        QCOMPARE(o.secretKey, QStringLiteral("sk-on-the-command-line")); // the command line wins
        QCOMPARE(warnings.size(), 3);
        const QString all = warnings.join(QLatin1Char('\n'));
        for (const char *word : {"--sk", "LITEOPS_SIM_SK", "--sk-file", "--token", "LITEOPS_SIM_TOKEN", "--token-file",
                                 "--iam-password", "LITEOPS_SIM_IAM_PASSWORD", "--iam-password-file", "other users"})
            QVERIFY2(all.contains(QLatin1StringView(word)), word);
        QVERIFY(!all.contains(QLatin1String("on-the-command-line")));
    }

    void helpDocumentsEverything()
    {
        const QString help = liteops::sim::helpText();
        for (const char *word : {"--bind",
                                 "--port",
                                 "--seed",
                                 "--servers",
                                 "--jobs",
                                 "--project-id",
                                 "--ak",
                                 "--sk",
                                 "--token",
                                 "--iam-user",
                                 "--iam-password",
                                 "--iam-domain",
                                 "--no-auth",
                                 "--sk-file",
                                 "--token-file",
                                 "--iam-password-file",
                                 "LITEOPS_SIM_SK",
                                 "LITEOPS_SIM_TOKEN",
                                 "LITEOPS_SIM_IAM_PASSWORD",
                                 "other users of the machine",
                                 "--tls-cert",
                                 "--tls-key",
                                 "https://",
                                 "--task-duration-ms",
                                 "--failure-rate",
                                 "--max-servers-per-job",
                                 "--fault",
                                 "METHOD PATH-REGEX KIND",
                                 "latency",
                                 "status",
                                 "throttle",
                                 "html",
                                 "truncate",
                                 "malformed",
                                 "slow",
                                 "count=N",
                                 "p=F",
                                 "/_sim/catalog",
                                 "/_sim/faults"}) {
            QVERIFY2(help.contains(QLatin1StringView(word)), word);
        }
    }

    void programServesAndStopsOnSigterm()
    {
        // The token from the environment: nothing secret on the command line.
        const QByteArray token = "sim-cli-token-from-the-environment";
        QProcessEnvironment env;
        env.insert(QStringLiteral("LITEOPS_SIM_TOKEN"), QString::fromLatin1(token));
        QProcess process;
        const QUrl url = startSim(process,
                                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--jobs"),
                                   QStringLiteral("5")},
                                  env);
        QVERIFY2(url.isValid() && url.port() > 0, process.readAllStandardError().constData());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
        if (cmdline.open(QIODevice::ReadOnly))
            QVERIFY(!cmdline.readAll().contains(token));

        QNetworkAccessManager nam;
        QUrl jobs = url;
        jobs.setPath(QStringLiteral("/v1/0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b/dev-servers/jobs"));
        QNetworkRequest request(jobs);
        request.setRawHeader("X-Auth-Token", token);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"total").toInt(), 5);
        delete reply;
        // The token is enforced: another one is refused.
        request.setRawHeader("X-Auth-Token", "another-token");
        reply = nam.get(request);
        QSignalSpy refused(reply, &QNetworkReply::finished);
        QVERIFY(refused.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        delete reply;

        stopWith(process, SIGTERM);
        QCOMPARE(process.readAllStandardError(), QByteArray()); // no warning: nothing on the command line
    }

    // The compatibility path: a secret on the command line still works, with a warning on
    // stderr that never repeats it; stdout still starts with the "listening on" line.
    void programWarnsAboutSecretsOnTheCommandLine()
    {
        QProcess process;
        const QUrl url = startSim(process, {QStringLiteral("--ak"), QStringLiteral("AKWARN"), QStringLiteral("--sk"),
                                            QStringLiteral("visible-secret-key-0123")});
        QVERIFY(url.isValid());
        stopWith(process, SIGTERM);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("warning: --sk") && err.contains("LITEOPS_SIM_SK") && err.contains("--sk-file"),
                 err.constData());
        QVERIFY(!err.contains("visible-secret-key-0123"));
    }

    // ServiceStage and IEF have no list call: the program prints ids to open after its
    // "listening on" line, partially failed jobs among them, the ones it serves.
    void programPrintsSampleIds()
    {
        QProcess process;
        const QUrl url = startSim(process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                                            QStringLiteral("7")});
        QVERIFY(url.isValid());
        QStringList lines;
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        while (lines.size() < 6) {
            while (!process.canReadLine())
                QVERIFY(output.wait(10000));
            lines << QString::fromUtf8(process.readLine()).trimmed();
        }
        SimOptions o;
        o.seed = 7;
        QCOMPARE(lines, liteops::sim::Simulator::sampleJobLines(o));
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^servicestage job: \\S+$"))).size(), 3);
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^ief job: \\S+$"))).size(), 3);
        bool partialServiceStage = false, partialIef = false;
        for (const liteops::sim::SampleJob &s : liteops::sim::Simulator::sampleJobs(o)) {
            const bool partial = s.summary.contains(QLatin1String("failed"))
                                 && s.summary.contains(QLatin1String("succeeded"));
            (s.provider == liteops::Provider::Ief ? partialIef : partialServiceStage) |= partial;
        }
        QVERIFY(partialServiceStage && partialIef);
        stopWith(process, SIGTERM);
    }

    void programStopsOnSigint()
    {
        QProcess process;
        QVERIFY(startSim(process, {QStringLiteral("--port"), QStringLiteral("0")}).isValid());
        stopWith(process, SIGINT);
    }

    void programHelpAndBadArguments()
    {
        QProcess help;
        help.start(QStringLiteral(LITEOPS_SIM_BINARY), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(10000));
        QCOMPARE(help.exitCode(), 0);
        QVERIFY(help.readAllStandardOutput().contains("METHOD PATH-REGEX KIND"));

        QProcess bad;
        bad.start(QStringLiteral(LITEOPS_SIM_BINARY), {QStringLiteral("--servers"), QStringLiteral("0")});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--servers"));
        QVERIFY(bad.readAllStandardOutput().isEmpty());
    }

    // HTTPS: --tls-cert/--tls-key with a certificate from a private CA made now; a client
    // that trusts that CA gets answers, and the first line says https.
    void programServesHttps()
    {
        liteops::test::TestPki pki;
        QString error;
        QVERIFY2(pki.generate(&error), qPrintable(error));
        QProcess process;
        const QUrl url = startSim(process, {QStringLiteral("--jobs"), QStringLiteral("3"), QStringLiteral("--tls-cert"),
                                            pki.path(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                                            pki.path(QStringLiteral("server.key"))});
        QVERIFY2(url.isValid(), process.readAllStandardError().constData());
        QCOMPARE(url.scheme(), QStringLiteral("https"));

        QNetworkAccessManager nam;
        QUrl jobs = url;
        jobs.setPath(QStringLiteral("/v1/0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b/dev-servers/jobs"));
        QNetworkRequest request(jobs);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(pki.path(QStringLiteral("ca.pem"))));
        request.setSslConfiguration(tls);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"total").toInt(), 3);
        delete reply;

        // Plain HTTP to the HTTPS port gets no answer.
        QUrl plain = jobs;
        plain.setScheme(QStringLiteral("http"));
        QNetworkRequest plainRequest(plain);
        plainRequest.setTransferTimeout(5000);
        reply = nam.get(plainRequest);
        QSignalSpy plainDone(reply, &QNetworkReply::finished);
        QVERIFY(plainDone.wait(10000));
        QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);
        delete reply;
        stopWith(process, SIGTERM);

        // Bad TLS material: a clear error naming the file, exit 1, nothing on stdout.
        const QList<std::pair<QStringList, QString>> bad{
            {{pki.path(QStringLiteral("missing.pem")), pki.path(QStringLiteral("server.key"))},
             QStringLiteral("missing.pem")},
            {{pki.path(QStringLiteral("server.key")), pki.path(QStringLiteral("server.key"))},
             QStringLiteral("no PEM certificate")},
            {{pki.path(QStringLiteral("server.pem")), pki.path(QStringLiteral("server.pem"))},
             QStringLiteral("private key")},
        };
        for (const auto &[files, mention] : bad) {
            QProcess refused;
            refused.start(QStringLiteral(LITEOPS_SIM_BINARY),
                          {QStringLiteral("--tls-cert"), files.at(0), QStringLiteral("--tls-key"), files.at(1)});
            QVERIFY(refused.waitForFinished(10000));
            QCOMPARE(refused.exitCode(), 1);
            QVERIFY(refused.readAllStandardOutput().isEmpty());
            const QByteArray err = refused.readAllStandardError();
            QVERIFY2(err.contains(mention.toUtf8()), err.constData());
        }
    }

    void portInUseIsAClearError()
    {
        QProcess first;
        const QUrl url = startSim(first, {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(url.isValid());
        QProcess second;
        second.start(QStringLiteral(LITEOPS_SIM_BINARY), {QStringLiteral("--port"), QString::number(url.port())});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(second.readAllStandardError().contains("cannot listen"));
        stopWith(first, SIGTERM);
    }
};

QTEST_GUILESS_MAIN(SimCliTest)
#include "tst_sim_cli.moc"
