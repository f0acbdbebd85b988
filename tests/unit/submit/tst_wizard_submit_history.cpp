// SPDX-License-Identifier: Apache-2.0
// SubmissionHistory (JSON lines, fsync'd appends, torn lines, its folder and the move out of
// the old one), a run's outcome and totals, Submit again's plan, and DraftStore (atomic saves).
#include "core/encode.h"
#include "draftstore.h"
#include "history_location.h"
#include "resubmission.h"
#include "run_options.h"
#include "run_outcome.h"
#include "submissionhistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;

class WizardSubmitHistoryTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathsAreUnderTheAppDataLocation()
    {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(SubmissionHistory::defaultFilePath().startsWith(base));
        QVERIFY(DraftStore::defaultFilePath().startsWith(base));
        // Test mode keeps tests away from the user's real data.
        QVERIFY(base.contains(QLatin1String("qttest")));
    }

    void appendsOneLinePerEntryAndReadsThemBack()
    {
        QTemporaryDir dir;
        SubmissionHistory history(dir.filePath(QStringLiteral("sub/history.jsonl")));
        HistoryEntry before;
        before.time = QDateTime::fromMSecsSinceEpoch(1755005748201, Qt::UTC);
        before.profile = QStringLiteral("prod");
        before.submissionId = QStringLiteral("s1");
        before.wave = 2;
        before.request = QJsonObject{{QStringLiteral("name"), QStringLiteral("up-w03")}};
        before.outcome = QStringLiteral("sending");
        HistoryEntry after = before;
        after.phase = HistoryEntry::Phase::Done;
        after.outcome = QStringLiteral("created");
        after.jobId = QStringLiteral("job-1");
        after.requestId = QStringLiteral("req-9");

        QString error;
        QVERIFY2(history.append(before, &error), qPrintable(error));
        QVERIFY2(history.append(after, &error), qPrintable(error));

        QFile file(history.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines, each ending in '\n'
        QVERIFY(lines.at(2).isEmpty());
        QVERIFY(lines.at(0).contains("\"phase\":\"sending\""));
        QVERIFY(lines.at(1).contains("\"job_id\":\"job-1\""));

        const QList<HistoryEntry> read = history.readAll(&error);
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0), before);
        QCOMPARE(read.at(1), after);
    }

    void aTornLastLineIsSkippedAndClosedOff()
    {
        QTemporaryDir dir;
        SubmissionHistory history(dir.filePath(QStringLiteral("h.jsonl")));
        HistoryEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.outcome = QStringLiteral("sending");
        QVERIFY(history.append(e));
        {
            QFile file(history.filePath());
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"time\":\"2025-"); // the process died here
        }
        e.outcome = QStringLiteral("created");
        QVERIFY(history.append(e));
        int skipped = -1;
        const QList<HistoryEntry> read = history.readAll(nullptr, &skipped);
        QCOMPARE(skipped, 1);
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(1).outcome, QStringLiteral("created"));
    }

    void anUnwritableHistorySaysWhy()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SubmissionHistory history(dir.filePath(QStringLiteral("file/inside/h.jsonl")));
        QString error;
        QVERIFY(!history.append(HistoryEntry{}, &error));
        QVERIFY(error.contains(QLatin1String("h.jsonl")));
    }

    void draftRoundTripsEveryField()
    {
        QTemporaryDir dir;
        DraftStore store(dir.filePath(QStringLiteral("d/draft.json")));
        QVERIFY(!store.hasDraft());
        QVERIFY(!store.load().has_value());

        WizardDraft d;
        d.profile = QStringLiteral("prod");
        d.page = 3;
        d.jobType = QStringLiteral("HDK_UPGRADE");
        d.templateId = QStringLiteral("tmpl-1");
        d.items = {JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1.rc3.10")}}},
                   JobItem{QStringLiteral("COMMON"), {{QStringLiteral("k"), QStringLiteral("v")}}}};
        d.serverIds = {QStringLiteral("s2"), QStringLiteral("s1")};
        d.name = QStringLiteral("up");
        d.description = QStringLiteral("升级 ✓");
        d.isReboot = true;
        d.serversPerJob = 20;
        d.wavesInFlight = 2;
        d.budgetFailedTasks = 5;
        d.budgetFailedPercent = 10;
        d.pauseSeconds = 30;
        d.savedAt = QDateTime::fromMSecsSinceEpoch(1755005748201, Qt::UTC);
        QString error;
        QVERIFY2(store.save(d, &error), qPrintable(error));
        QVERIFY(store.hasDraft());
        const std::optional<WizardDraft> back = store.load(&error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, d);

        QVERIFY(store.clear());
        QVERIFY(!store.hasDraft());
    }

    void aCorruptDraftIsReportedNotTrusted()
    {
        QTemporaryDir dir;
        DraftStore store(dir.filePath(QStringLiteral("draft.json")));
        QFile f(store.filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": 1, \"name\": ");
        f.close();
        QString error;
        QVERIFY(!store.load(&error).has_value());
        QVERIFY(error.contains(QLatin1String("draft.json")));
    }

    void saveReplacesTheDraftAtomically()
    {
        QTemporaryDir dir;
        DraftStore store(dir.filePath(QStringLiteral("draft.json")));
        WizardDraft d;
        d.name = QStringLiteral("first");
        QVERIFY(store.save(d));
        d.name = QStringLiteral("second");
        QVERIFY(store.save(d));
        QCOMPARE(store.load()->name, QStringLiteral("second"));
        // QSaveFile leaves no temporary files behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("draft.json")});
    }

    // A run's outcome and totals come from its lines alone: created waves, their "settled"
    // counts, a gate or a spent budget as the last word.
    void summarizeRunDerivesTheOutcome_data()
    {
        QTest::addColumn<QStringList>("outcomes"); // per line: "wave:outcome"
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("canContinue");
        QTest::newRow("all settled, no failure")
            << QStringList{"0:sending", "0:created", "0:settled", "1:sending", "1:created", "1:settled"} << "succeeded"
            << false;
        QTest::newRow("a failed task") << QStringList{"0:sending", "0:created", "0:settled-failed",
                                                      "1:sending", "1:created", "1:settled"}
                                       << "partially-failed" << false;
        QTest::newRow("a mismatched driver")
            << QStringList{"0:sending", "0:created", "0:settled-mismatched", "1:sending", "1:created", "1:settled"}
            << "partially-failed" << false;
        QTest::newRow("waits at a gate") << QStringList{"0:sending", "0:created", "0:settled", "0:gate"} << "at-gate"
                                         << true;
        QTest::newRow("gate passed, then stopped")
            << QStringList{"0:sending", "0:created", "0:settled", "0:gate", "0:continued"} << "stopped" << true;
        QTest::newRow("budget spent with waves left")
            << QStringList{"0:sending", "0:created", "0:budget", "0:settled-failed"} << "budget-spent" << true;
        QTest::newRow("budget spent on the last wave")
            << QStringList{"0:sending", "0:created", "0:settled",       "1:sending",
                           "1:created", "1:budget",  "1:settled-failed"}
            << "partially-failed" << false;
        QTest::newRow("no answer to a create") << QStringList{"0:sending"} << "unknown" << true;
        QTest::newRow("created, never followed")
            << QStringList{"0:sending", "0:created", "1:sending", "1:created"} << "unknown" << false;
        QTest::newRow("refused, can be sent again") << QStringList{"0:sending", "0:failed"} << "stopped" << true;
    }

    void summarizeRunDerivesTheOutcome()
    {
        QFETCH(QStringList, outcomes);
        QFETCH(QString, expected);
        QFETCH(bool, canContinue);
        QTemporaryDir dir;
        SubmissionHistory history(dir.filePath(QStringLiteral("h.jsonl")));
        for (const QString &spec : std::as_const(outcomes)) {
            const int wave = spec.section(u':', 0, 0).toInt();
            QString outcome = spec.section(u':', 1);
            HistoryEntry e = planLine(wave, 2);
            WaveTotals t;
            t.total = t.succeeded = 3;
            if (outcome == QLatin1String("settled-failed")) {
                t.succeeded = 1;
                t.failed = 2;
            } else if (outcome == QLatin1String("settled-mismatched")) {
                t.verified = 2;
                t.mismatched = 1;
            }
            if (outcome.startsWith(QLatin1String("settled"))) {
                outcome = QStringLiteral("settled");
                e.counts = t.toJson();
            }
            e.outcome = outcome;
            e.phase = outcome == QLatin1String("sending") ? HistoryEntry::Phase::Sending : HistoryEntry::Phase::Done;
            if (outcome == QLatin1String("created"))
                e.jobId = QStringLiteral("job-%1").arg(wave);
            if (outcome == QLatin1String("gate") || outcome == QLatin1String("budget"))
                e.message = QStringLiteral("why: %1").arg(outcome);
            QVERIFY(history.append(e));
        }
        const QList<SubmissionRecord> records = history.submissions();
        QCOMPARE(records.size(), 1);
        const RunSummary summary = summarizeRun(records.first());
        QCOMPARE(runOutcomeKey(summary.outcome), expected);
        QCOMPARE(summary.canContinue, canContinue);
        QCOMPARE(summary.servers, 6); // two waves of three, whether sent or not
        if (expected == QLatin1String("at-gate") || expected == QLatin1String("budget-spent"))
            QVERIFY(summary.reason.startsWith(QLatin1String("why: ")));
    }

    void totalsAddUpTheSettledWaves()
    {
        QTemporaryDir dir;
        SubmissionHistory history(dir.filePath(QStringLiteral("h.jsonl")));
        const QList<WaveTotals> waves{{3, 2, 1, 0, 2, 0}, {3, 1, 0, 2, std::nullopt, std::nullopt}};
        for (int i = 0; i < 2; ++i) {
            HistoryEntry e = planLine(i, 2);
            QVERIFY(history.append(e));
            e.phase = HistoryEntry::Phase::Done;
            e.outcome = QStringLiteral("created");
            e.jobId = QStringLiteral("job-%1").arg(i);
            QVERIFY(history.append(e));
            e.outcome = QStringLiteral("settled");
            e.counts = waves.at(i).toJson();
            QVERIFY(history.append(e));
        }
        const SubmissionRecord record = history.submissions().first();
        QCOMPARE(record.waves.at(0).totals, waves.at(0));
        QCOMPARE(record.waves.at(1).totals, waves.at(1));
        QCOMPARE(record.waves.at(1).status, SubmissionRecord::WaveStatus::Created); // not turned unknown
        const RunSummary summary = summarizeRun(record);
        QCOMPARE(summary.totals.succeeded, 3);
        QCOMPARE(summary.totals.failed, 1);
        QCOMPARE(summary.totals.skipped, 2);
        QCOMPARE(summary.totals.verified, std::optional<int>(2)); // known for one wave only
        QCOMPARE(summary.totals.mismatched, std::optional<int>(0));
        QCOMPARE(runOutcomeKey(summary.outcome), QStringLiteral("partially-failed"));
    }

    // Submit again rebuilds the run's request and the shortest wave plan that gives the same
    // waves; Continue keeps the recorded budget and verification.
    void resubmissionRebuildsTheRequestAndThePlan()
    {
        CreateJobRequest base;
        base.name = QStringLiteral("upgrade");
        base.type = QStringLiteral("HDK_UPGRADE");
        base.items = {JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1.0")}}}};
        for (int i = 0; i < 120; ++i)
            base.serverIds << QStringLiteral("srv-%1").arg(i, 3, 10, QLatin1Char('0'));
        const WavePlan progressive = *WavePlan::parse(QStringLiteral("1, 5, 50"));
        const SubmissionPlan plan = planSubmission(base, progressive);
        WaveOptions options;
        options.budgetFailedTasks = 4;
        options.verify = true;
        options.gate = GateMode::AfterFirst;

        QTemporaryDir dir;
        SubmissionHistory history(dir.filePath(QStringLiteral("h.jsonl")));
        HistoryEntry first;
        first.submissionId = QStringLiteral("run");
        first.phase = HistoryEntry::Phase::Sending;
        first.outcome = QStringLiteral("sending");
        first.gate = gateModeKey(options.gate);
        first.options = recordedOptions(options);
        first.rerunOf = QStringLiteral("job-original");
        for (const CreateJobRequest &r : plan.requests)
            first.plan.append(QJsonDocument::fromJson(encodeCreateRequest(r)).object());
        first.request = first.plan.first().toObject();
        QVERIFY(history.append(first));

        const SubmissionRecord record = history.submissions().first();
        QCOMPARE(runName(record), QStringLiteral("upgrade"));
        const std::optional<Resubmission> again = resubmissionOf(record);
        QVERIFY(again);
        QCOMPARE(again->request.name, base.name);
        QCOMPARE(again->request.serverIds, base.serverIds);
        QCOMPARE(again->request.items, base.items);
        QCOMPARE(again->waves.toString(), progressive.toString());
        QCOMPARE(planSubmission(again->request, again->waves).requests, plan.requests);
        QCOMPARE(again->gate, GateMode::AfterFirst);
        QCOMPARE(again->options.budgetFailedTasks, 4);
        QVERIFY(again->options.verify);
        QCOMPARE(again->rerunOf, QStringLiteral("job-original"));

        WaveOptions base2;
        base2.pollIntervalMs = 77;
        const WaveOptions resumed = continueOptions(record, base2);
        QCOMPARE(resumed.budgetFailedTasks, 4);
        QVERIFY(resumed.verify);
        QCOMPARE(resumed.gate, GateMode::AfterFirst);
        QCOMPARE(resumed.pollIntervalMs, 77); // the caller's pacing of polls stays
    }

    // The history moves once from the doubled ".../LiteOps/LiteOps/" to ".../LiteOps/".
    void theHistoryMovesOutOfTheDoubledFolderOnce()
    {
        const QString org = QCoreApplication::organizationName();
        const QString app = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("LiteOps"));
        QCoreApplication::setApplicationName(QStringLiteral("LiteOps"));
        const auto restore = qScopeGuard([&] {
            QCoreApplication::setOrganizationName(org);
            QCoreApplication::setApplicationName(app);
        });
        const QString oldFolder = legacyHistoryFolder();
        QVERIFY(oldFolder.endsWith(QLatin1String("/LiteOps/LiteOps")));
        QVERIFY(historyFolder().endsWith(QLatin1String("/LiteOps")));
        QVERIFY(!historyFolder().endsWith(QLatin1String("/LiteOps/LiteOps")));
        QDir(historyFolder()).removeRecursively();
        QVERIFY(QDir().mkpath(oldFolder));
        const QString oldFile = oldFolder + QStringLiteral("/submission-history.jsonl");
        QVERIFY(SubmissionHistory(oldFile).append(planLine(0, 1)));

        const QString path = SubmissionHistory::defaultFilePath();
        QCOMPARE(path, historyFolder() + QStringLiteral("/submission-history.jsonl"));
        QVERIFY(!QFile::exists(oldFile));
        QCOMPARE(SubmissionHistory().readAll().size(), 1);

        // Once: a file that shows up in the old place later does not replace the new one.
        QVERIFY(SubmissionHistory(oldFile).append(planLine(0, 1)));
        QVERIFY(SubmissionHistory(oldFile).append(planLine(1, 1)));
        QCOMPARE(SubmissionHistory().readAll().size(), 1);
        QVERIFY(QFile::exists(oldFile));
        QVERIFY(!migrateHistoryFile(oldFile, path));
        QDir(historyFolder()).removeRecursively();
    }

private:
    // A "sending" line of wave `wave` of a run of `waves` waves of three servers each; the
    // first line carries the plan.
    static HistoryEntry planLine(int wave, int waves)
    {
        HistoryEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.profile = QStringLiteral("prod");
        e.submissionId = QStringLiteral("run-1");
        e.wave = wave;
        e.outcome = QStringLiteral("sending");
        QJsonArray plan;
        for (int i = 0; i < waves; ++i) {
            CreateJobRequest r;
            r.name = QStringLiteral("run-w%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            r.type = QStringLiteral("HDK_QUERY");
            r.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
            for (int s = 0; s < 3; ++s)
                r.serverIds << QStringLiteral("srv-%1-%2").arg(i).arg(s);
            plan.append(QJsonDocument::fromJson(encodeCreateRequest(r)).object());
        }
        e.request = plan.at(wave).toObject();
        if (wave == 0)
            e.plan = plan;
        return e;
    }
};

QTEST_GUILESS_MAIN(WizardSubmitHistoryTest)
#include "tst_wizard_submit_history.moc"
