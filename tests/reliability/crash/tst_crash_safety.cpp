// SPDX-License-Identifier: Apache-2.0
// Crash safety of a wave submission: a child process (crash_submit_driver) runs the waves
// through WaveSubmitter + SubmissionHistory + DraftStore against the simulator in this
// process; the test SIGKILLs it at a chosen point, restarts it to read the files back, and
// checks that the history and the draft parse, hold no half-written line, and show exactly
// what was submitted: every job the simulator created is in the history (created, or sent
// with its outcome unknown) and the history claims no job the simulator does not have.
//
// The kill points are made exact, not lucky: the simulator holds the answer of the create in
// flight (latency fault), or the submitter waits between waves (pause), or the reconciling
// listing hangs after a cut-off create. Each point leaves a known history, compared line by
// line.
//
// An approval gate: the driver waits at the gate after wave 1 and is killed there; a
// restarted driver continues from the history, waits at the next gate and is killed again;
// a third one passes the gates to the end. No wave is sent twice and none is lost.
//
// Afterwards a torn last line (what a power cut in the middle of an append could leave) is
// written into the history and the driver is started again for a new submission: the reader
// must skip exactly that line and the new lines must still parse.
#include "core/encode.h"
#include "simulator.h"
#include "submission_plan.h"
#include "submissionhistory.h"
#include "draftstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace liteops;

namespace {

const QString kAk = QStringLiteral("AKCRASHSAFETY");
const QString kSk = QStringLiteral("SKcrash-safety-secret-0001");
constexpr int kServersPerJob = 10;
constexpr int kWaves = 5;
constexpr int kPauseMs = 2000; // between waves: the window of the "between waves" kill point

enum class KillPoint {
    CreateInFlight,     // wave 1's create reached the service, its answer has not come back
    BetweenWaves,       // wave 2 created, wave 3 not started
    ReconcilingUnknown, // wave 3's answer was cut off; the listing that reconciles it hangs
};

struct Outcome
{
    int wave;
    QString outcome;
    friend bool operator==(const Outcome &, const Outcome &) = default;
};

QString describe(const QList<Outcome> &list)
{
    QStringList parts;
    for (const Outcome &o : list)
        parts << QStringLiteral("w%1:%2").arg(o.wave).arg(o.outcome);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class CrashSafetyTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    QStringList m_servers;

    QProcessEnvironment environmentFor(const QString &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HUAWEICLOUD_SDK_SECURITY_TOKEN", "LITEOPS_AUTH_TOKEN"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_sim->projectId());
        return env;
    }

    QStringList submitArguments(const QString &name, const QStringList &servers, int pauseMs, int churnMs) const
    {
        return {QStringLiteral("submit"),
                QStringLiteral("--url"),
                m_sim->baseUrl().toString(),
                QStringLiteral("--name"),
                name,
                QStringLiteral("--servers"),
                servers.join(QLatin1Char(',')),
                QStringLiteral("--per-job"),
                QString::number(kServersPerJob),
                QStringLiteral("--pause-ms"),
                QString::number(pauseMs),
                QStringLiteral("--poll-ms"),
                QStringLiteral("100"),
                QStringLiteral("--draft-churn-ms"),
                QString::number(churnMs)};
    }

    // The restarted driver reading the files with the library classes.
    QJsonObject inspect(const QString &home)
    {
        QProcess p;
        p.setProcessEnvironment(environmentFor(home));
        p.start(QStringLiteral(CRASH_DRIVER_PATH), {QStringLiteral("inspect")});
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("inspect failed: %s", p.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    QList<HistoryEntry> historyNow(const QString &path) const { return SubmissionHistory(path).readAll(); }

    static bool has(const QList<HistoryEntry> &entries, int wave, const QString &outcome)
    {
        return std::any_of(entries.cbegin(), entries.cend(),
                           [&](const HistoryEntry &e) { return e.wave == wave && e.outcome == outcome; });
    }

    int createsNamed(const QString &prefix) const
    {
        int n = 0;
        for (const QByteArray &body : m_sim->receivedCreateBodies())
            n += QJsonDocument::fromJson(body).object().value(QStringLiteral("name")).toString().startsWith(prefix);
        return n;
    }

    void fault(const QString &spec)
    {
        QString error;
        QVERIFY2(m_sim->addFault(spec, &error), qPrintable(error));
    }

    // The files after a kill agree with the simulator: see the file comment.
    void checkAgainstSimulator(const QJsonObject &report, const SubmissionPlan &plan, const QString &prefix,
                               const QList<Outcome> &expected, const WizardDraft &expectedDraft)
    {
        QVERIFY2(!report.isEmpty(), "the restarted driver could not read the files");
        QVERIFY(report.value(QStringLiteral("history_exists")).toBool());
        QCOMPARE(report.value(QStringLiteral("history_error")).toString(), QString());
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 0); // no half-written line

        QList<HistoryEntry> entries;
        for (const QJsonValue &v : report.value(QStringLiteral("entries")).toArray())
            entries.append(HistoryEntry::fromJson(v.toObject()));
        // The creates' lines; a "settled" line reports what a created job did, not a create.
        QList<Outcome> outcomes;
        for (const HistoryEntry &e : std::as_const(entries)) {
            if (e.outcome != QLatin1String("settled"))
                outcomes.append({e.wave, e.outcome});
        }
        QVERIFY2(outcomes == expected,
                 qPrintable(QStringLiteral("history %1, expected %2").arg(describe(outcomes), describe(expected))));

        // Every line is about this submission and carries the exact request of its wave.
        QVERIFY(!entries.isEmpty());
        const QString submission = entries.constFirst().submissionId;
        QVERIFY(!submission.isEmpty());
        for (const HistoryEntry &e : std::as_const(entries)) {
            QCOMPARE(e.submissionId, submission);
            QCOMPARE(e.profile, QStringLiteral("crash-test"));
            QVERIFY(e.wave >= 0 && e.wave < plan.waveCount());
            QCOMPARE(e.request, QJsonDocument::fromJson(encodeCreateRequest(plan.requests.at(e.wave))).object());
        }

        // The simulator's truth: our jobs by name, and the creates that reached it.
        QMap<QString, QStringList> simIdsByName;
        QMap<QString, QString> simNameOfId;
        for (const Job &job : m_sim->jobs()) {
            if (job.name.startsWith(prefix)) {
                simIdsByName[job.name].append(job.id);
                simNameOfId.insert(job.id, job.name);
            }
        }
        QList<QJsonObject> sentRequests;
        for (const HistoryEntry &e : std::as_const(entries)) {
            if (e.phase == HistoryEntry::Phase::Sending)
                sentRequests.append(e.request);
        }
        QList<QJsonObject> received;
        for (const QByteArray &body : m_sim->receivedCreateBodies()) {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            if (o.value(QStringLiteral("name")).toString().startsWith(prefix))
                received.append(o);
        }
        // Each "sending" line is a create the service received, and nothing else was sent.
        QCOMPARE(received, sentRequests);

        // No duplicates, and every job the simulator has is in the history.
        for (auto it = simIdsByName.cbegin(); it != simIdsByName.cend(); ++it) {
            QVERIFY2(it.value().size() == 1,
                     qPrintable(QStringLiteral("%1 jobs named %2").arg(it.value().size()).arg(it.key())));
            const QString id = it.value().constFirst();
            int wave = -1;
            for (int i = 0; i < plan.waveCount(); ++i) {
                if (plan.requests.at(i).name == it.key())
                    wave = i;
            }
            QVERIFY2(wave >= 0, qPrintable(it.key()));
            QVERIFY2(has(entries, wave, QStringLiteral("sending")), qPrintable(it.key()));
            bool claimed = false;
            bool deniedOrFailed = false;
            for (const HistoryEntry &e : std::as_const(entries)) {
                if (e.wave != wave || e.phase != HistoryEntry::Phase::Done)
                    continue;
                if (e.jobId.split(QLatin1Char(',')).contains(id))
                    claimed = true;
                if (e.outcome == QLatin1String("failed") || e.outcome == QLatin1String("reconciled-absent"))
                    deniedOrFailed = true;
            }
            // Recorded as created, or as sent with the outcome still unknown; never denied.
            QVERIFY2(!deniedOrFailed, qPrintable(it.key()));
            const HistoryEntry &last = *std::find_if(entries.crbegin(), entries.crend(),
                                                     [wave](const HistoryEntry &e) { return e.wave == wave; });
            QVERIFY2(claimed || last.outcome == QLatin1String("sending") || last.outcome == QLatin1String("unknown"),
                     qPrintable(QStringLiteral("%1 (%2) is not in the history").arg(it.key(), id)));
        }
        // Nothing in the history claims a job the simulator does not have.
        for (const HistoryEntry &e : std::as_const(entries)) {
            if (e.jobId.isEmpty())
                continue;
            for (const QString &id : e.jobId.split(QLatin1Char(','))) {
                QVERIFY2(simNameOfId.contains(id), qPrintable(QStringLiteral("history claims %1").arg(id)));
                QCOMPARE(simNameOfId.value(id), plan.requests.at(e.wave).name);
            }
        }

        // The draft is intact and is the one that was submitted (only its time moves).
        QVERIFY(report.value(QStringLiteral("draft_exists")).toBool());
        QCOMPARE(report.value(QStringLiteral("draft_error")).toString(), QString());
        WizardDraft draft = WizardDraft::fromJson(report.value(QStringLiteral("draft")).toObject());
        QVERIFY(draft.savedAt.isValid());
        draft.savedAt = expectedDraft.savedAt;
        QVERIFY(draft == expectedDraft);

        // Nothing else lies beside them, except possibly QSaveFile's own temporary name: Qt
        // writes and syncs the new draft unnamed, links it under a temporary name and renames
        // that over the draft, so a kill between link and rename (microseconds) leaves a
        // complete second copy. That one must be a whole draft too.
        const QStringList files = report.value(QStringLiteral("files")).toVariant().toStringList();
        QVERIFY2(files.contains(QStringLiteral("submission-history.jsonl"))
                     && files.contains(QStringLiteral("wizard-draft.json")),
                 qPrintable(files.join(u' ')));
        static const QRegularExpression saveFileTemp(QStringLiteral("^wizard-draft\\.json\\.\\w{6}$"));
        for (const QString &file : files) {
            if (file == QLatin1String("submission-history.jsonl") || file == QLatin1String("wizard-draft.json"))
                continue;
            QVERIFY2(saveFileTemp.match(file).hasMatch(), qPrintable(QStringLiteral("unexpected file %1").arg(file)));
            const QString path = QFileInfo(report.value(QStringLiteral("draft_path")).toString()).absolutePath() + u'/'
                                 + file;
            QString error;
            QVERIFY2(DraftStore(path).load(&error).has_value(), qPrintable(error));
            qInfo("a kill between QSaveFile's link and rename left %s, a complete draft", qPrintable(file));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(CRASH_DRIVER_PATH)), CRASH_DRIVER_PATH);
        sim::SimOptions o;
        o.seed = 9090;
        o.servers = 60;
        o.jobs = 10;
        o.taskDurationMs = 400;
        o.failureRate = 0;
        o.accessKey = kAk;
        o.secretKey = kSk;
        m_sim = std::make_unique<sim::Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        for (const Server &s : m_sim->servers()) {
            if (m_servers.size() < kServersPerJob * kWaves)
                m_servers << s.id;
        }
    }

    void cleanup() { m_sim->clearFaults(); }

    void killMidSubmission_data()
    {
        QTest::addColumn<int>("pointValue");
        QTest::newRow("create-in-flight") << int(KillPoint::CreateInFlight);
        QTest::newRow("between-waves") << int(KillPoint::BetweenWaves);
        QTest::newRow("reconciling-unknown") << int(KillPoint::ReconcilingUnknown);
    }

    void killMidSubmission()
    {
        QFETCH(int, pointValue);
        const auto point = KillPoint(pointValue);
        const QString prefix = QStringLiteral("crash-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
        QTemporaryDir home;
        QVERIFY(home.isValid());

        CreateJobRequest base;
        base.name = prefix;
        base.type = QStringLiteral("HDK_QUERY");
        base.description = QStringLiteral("crash-safety test");
        base.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
        base.serverIds = m_servers;
        const SubmissionPlan plan = planSubmission(base, kServersPerJob);
        QCOMPARE(plan.waveCount(), kWaves);
        WizardDraft expectedDraft;
        expectedDraft.profile = QStringLiteral("crash-test");
        expectedDraft.page = 5;
        expectedDraft.jobType = base.type;
        expectedDraft.items = base.items;
        expectedDraft.serverIds = base.serverIds;
        expectedDraft.name = base.name;
        expectedDraft.description = base.description;
        expectedDraft.serversPerJob = kServersPerJob;
        expectedDraft.pauseSeconds = kPauseMs / 1000;

        if (point == KillPoint::CreateInFlight)
            fault(QStringLiteral("POST /dev-servers/jobs$ latency 60000"));

        QProcess child;
        child.setProcessEnvironment(environmentFor(home.path()));
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(CRASH_DRIVER_PATH), submitArguments(prefix, m_servers, kPauseMs, 20));
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 20000);
        const QJsonObject paths = QJsonDocument::fromJson(child.readLine()).object();
        const QString historyPath = paths.value(QStringLiteral("history")).toString();
        QVERIFY2(historyPath.startsWith(home.path()), qPrintable(historyPath));

        QList<Outcome> expected;
        const auto running = [&child] { return child.state() == QProcess::Running; };
        switch (point) {
        case KillPoint::CreateInFlight:
            QTRY_VERIFY_WITH_TIMEOUT(!running()
                                         || (createsNamed(prefix) == 1
                                             && has(historyNow(historyPath), 0, QStringLiteral("sending"))),
                                     30000);
            expected = {{0, QStringLiteral("sending")}};
            break;
        case KillPoint::BetweenWaves:
            QTRY_VERIFY_WITH_TIMEOUT(!running() || has(historyNow(historyPath), 1, QStringLiteral("created")), 30000);
            expected = {{0, QStringLiteral("sending")},
                        {0, QStringLiteral("created")},
                        {1, QStringLiteral("sending")},
                        {1, QStringLiteral("created")}};
            break;
        case KillPoint::ReconcilingUnknown:
            QTRY_VERIFY_WITH_TIMEOUT(!running() || has(historyNow(historyPath), 1, QStringLiteral("created")), 30000);
            // Added during the pause before wave 3, and consumed in order: the baseline
            // listing of wave 3 passes (the first rule, used up), its create is cut off
            // after the service made the job, and the listing that reconciles it hangs.
            fault(QStringLiteral("GET /dev-servers/jobs$ latency 1 count=1"));
            fault(QStringLiteral("POST /dev-servers/jobs$ truncate count=1"));
            fault(QStringLiteral("GET /dev-servers/jobs$ latency 60000"));
            QTRY_VERIFY_WITH_TIMEOUT(!running()
                                         || (createsNamed(prefix) == 3
                                             && has(historyNow(historyPath), 2, QStringLiteral("unknown"))),
                                     30000);
            expected = {{0, QStringLiteral("sending")}, {0, QStringLiteral("created")}, {1, QStringLiteral("sending")},
                        {1, QStringLiteral("created")}, {2, QStringLiteral("sending")}, {2, QStringLiteral("unknown")}};
            break;
        }
        QVERIFY2(running(), qPrintable(QStringLiteral("the driver ended before the kill point: %1")
                                           .arg(QString::fromUtf8(child.readAllStandardError()))));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        m_sim->clearFaults();

        // Each append is one write of a whole line: the kill cannot have cut the last one.
        {
            QFile file(historyPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().endsWith('\n'));
        }
        const QJsonObject report = inspect(home.path());
        checkAgainstSimulator(report, plan, prefix, expected, expectedDraft);
        if (QTest::currentTestFailed())
            return;
        qInfo("kill point %s: %d history lines, draft intact, %d job(s) on the simulator", QTest::currentDataTag(),
              int(expected.size()), createsNamed(prefix));

        // A torn last line, as a power cut in the middle of an append could leave it.
        const QByteArray lastLine = QJsonDocument(report.value(QStringLiteral("entries")).toArray().last().toObject())
                                        .toJson(QJsonDocument::Compact);
        {
            QFile file(historyPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
            QVERIFY(file.write(lastLine.first(lastLine.size() / 2)) > 0);
        }
        const QJsonObject torn = inspect(home.path());
        QCOMPARE(torn.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(torn.value(QStringLiteral("entries")), report.value(QStringLiteral("entries")));

        // Started again, the application submits something new: its lines start on a fresh
        // line, so the torn one stays the only unreadable line.
        QProcess again;
        again.setProcessEnvironment(environmentFor(home.path()));
        QSignalSpy done(&again, &QProcess::finished);
        again.start(QStringLiteral(CRASH_DRIVER_PATH),
                    submitArguments(prefix + QStringLiteral("-after"), m_servers.mid(0, 5), 0, 0));
        QVERIFY(done.wait(60000));
        QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0,
                 again.readAllStandardError().constData());
        const QJsonObject after = inspect(home.path());
        QCOMPARE(after.value(QStringLiteral("skipped")).toInt(), 1);
        const QJsonArray before = report.value(QStringLiteral("entries")).toArray();
        const QJsonArray now = after.value(QStringLiteral("entries")).toArray();
        // Its create's two lines, then the line saying how its job finished.
        QCOMPARE(now.size(), before.size() + 3);
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(now.at(i), before.at(i));
        QCOMPARE(now.at(before.size()).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("sending"));
        QCOMPARE(now.at(before.size() + 1).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("created"));
        QCOMPARE(now.at(before.size() + 2).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("settled"));
        // Finished: the draft has served its purpose and is gone.
        QVERIFY(!after.value(QStringLiteral("draft_exists")).toBool());
    }

    void killAtTheGateThenContinue()
    {
        const QString prefix = QStringLiteral("crash-gate");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QStringList servers = m_servers.mid(0, 9);
        // 1, 3, 3, 2: gates after waves 1, 2 and 3.
        const QStringList expectedNames{prefix + QStringLiteral("-w01"), prefix + QStringLiteral("-w02"),
                                        prefix + QStringLiteral("-w03"), prefix + QStringLiteral("-w04")};
        QString submission;

        // Starts the driver and waits for its gate line; returns the gate's wave (1-based).
        auto runToGate = [&](const QStringList &arguments, int expectedGate) {
            QProcess child;
            child.setProcessEnvironment(environmentFor(home.path()));
            child.start(QStringLiteral(CRASH_DRIVER_PATH), arguments);
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            QJsonObject gate;
            QTRY_VERIFY_WITH_TIMEOUT(
                child.state() != QProcess::Running ||
                    [&] {
                while (child.canReadLine()) {
                    const QJsonObject line = QJsonDocument::fromJson(child.readLine()).object();
                    if (line.contains(QStringLiteral("gate")))
                        gate = line;
                }
                return !gate.isEmpty();
                }(),
                30000);
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(QStringLiteral("the driver ended before the gate: %1")
                                    .arg(QString::fromUtf8(child.readAllStandardError()))));
            QCOMPARE(gate.value(QStringLiteral("gate")).toInt(), expectedGate);
            submission = gate.value(QStringLiteral("submission")).toString();
            // It waits there: nothing more is sent while nobody answers (a window in which
            // a wrongly sent wave, polled every 100 ms, would show; it ends early if one does).
            QVERIFY(!QTest::qWaitFor([&] { return createsNamed(prefix) != expectedGate; }, 300));
            child.kill(); // SIGKILL at the gate
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        };

        runToGate({QStringLiteral("submit"), QStringLiteral("--url"), m_sim->baseUrl().toString(),
                   QStringLiteral("--name"), prefix, QStringLiteral("--servers"), servers.join(QLatin1Char(',')),
                   QStringLiteral("--waves"), QStringLiteral("1,3"), QStringLiteral("--gate"), QStringLiteral("each"),
                   QStringLiteral("--poll-ms"), QStringLiteral("100")},
                  1);
        if (QTest::currentTestFailed())
            return;
        const QStringList continueArgs{QStringLiteral("continue"),
                                       QStringLiteral("--url"),
                                       m_sim->baseUrl().toString(),
                                       QStringLiteral("--submission"),
                                       submission,
                                       QStringLiteral("--poll-ms"),
                                       QStringLiteral("100")};
        runToGate(continueArgs, 2);
        if (QTest::currentTestFailed())
            return;

        QProcess last;
        last.setProcessEnvironment(environmentFor(home.path()));
        last.start(QStringLiteral(CRASH_DRIVER_PATH), continueArgs + QStringList{QStringLiteral("--pass-gates")});
        // The simulator runs in this process: wait with its event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(last.state() == QProcess::NotRunning, 60000);
        QVERIFY2(last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0,
                 last.readAllStandardError().constData());
        QCOMPARE(last.readAllStandardOutput().count("\"gate\""), 1); // the gate after wave 3, passed

        // Every wave exactly once, in order, and every server exactly once.
        QStringList names;
        QStringList sent;
        for (const QByteArray &body : m_sim->receivedCreateBodies()) {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            if (!o.value(QStringLiteral("name")).toString().startsWith(prefix))
                continue;
            names << o.value(QStringLiteral("name")).toString();
            for (const QJsonValue &v : o.value(QStringLiteral("server_ids")).toArray())
                sent << v.toString();
        }
        QCOMPARE(names, expectedNames);
        QCOMPARE(sent, servers);
        const QJsonObject report = inspect(home.path());
        const std::optional<SubmissionRecord> record =
            SubmissionHistory(report.value(QStringLiteral("history_path")).toString()).submission(submission);
        QVERIFY(record);
        QVERIFY(!record->atGate);
        QCOMPARE(record->gateWave, 2);
        for (const SubmissionRecord::Wave &w : record->waves)
            QCOMPARE(w.status, SubmissionRecord::WaveStatus::Created);
    }
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crash_safety.moc"
