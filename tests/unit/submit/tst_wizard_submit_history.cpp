// SPDX-License-Identifier: Apache-2.0
// SubmissionHistory (JSON lines, fsync'd appends, torn lines) and DraftStore (atomic saves).
#include "draftstore.h"
#include "history_waves.h"
#include "submissionhistory.h"

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

    // The History dialog's rows: one per wave, newest first, first line for the request,
    // last for the outcome; gate lines only mark the wave a run waited after.
    void historyByWaveGroupsLinesAndMarksGates()
    {
        const auto line =
            [](const QString &submission, int wave, const QString &outcome, const QString &message = QString()) {
            HistoryEntry e;
            e.submissionId = submission;
            e.wave = wave;
            e.outcome = outcome;
            e.message = message;
            e.phase = outcome == QLatin1String("sending") ? HistoryEntry::Phase::Sending : HistoryEntry::Phase::Done;
            if (outcome == QLatin1String("created"))
                e.jobId = QStringLiteral("%1-job-%2").arg(submission).arg(wave);
            return e;
        };
        const QList<HistoryEntry> entries{
            line(QStringLiteral("a"), 0, QStringLiteral("sending")),
            line(QStringLiteral("a"), 0, QStringLiteral("created")),
            line(QStringLiteral("a"), 0, QStringLiteral("gate"), QStringLiteral("after the first wave")),
            line(QStringLiteral("a"), 0, QStringLiteral("continued")),
            line(QStringLiteral("a"), 1, QStringLiteral("sending")),
            line(QStringLiteral("a"), 1, QStringLiteral("created")),
            line(QStringLiteral("b"), 0, QStringLiteral("sending")),
            line(QStringLiteral("b"), 0, QStringLiteral("created")),
            line(QStringLiteral("b"), 0, QStringLiteral("gate"), QStringLiteral("after every wave")),
        };
        const QList<WaveHistory> rows = historyByWave(entries);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].first.submissionId, QStringLiteral("b")); // newest first
        QCOMPARE(rows[0].first.phase, HistoryEntry::Phase::Sending);
        QCOMPARE(rows[0].last.jobId, QStringLiteral("b-job-0"));
        QVERIFY(rows[0].hasGate);
        QVERIFY(rows[0].waitingAtGate); // b's last line is this gate
        QCOMPARE(rows[0].gateReason, QStringLiteral("after every wave"));
        QCOMPARE(rows[1].first.wave, 1);
        QVERIFY(!rows[1].hasGate);
        QCOMPARE(rows[2].first.wave, 0);
        QCOMPARE(rows[2].last.outcome, QStringLiteral("created")); // not the gate lines
        QVERIFY(rows[2].hasGate);
        QVERIFY(!rows[2].waitingAtGate); // a went on
    }
};

QTEST_GUILESS_MAIN(WizardSubmitHistoryTest)
#include "tst_wizard_submit_history.moc"
