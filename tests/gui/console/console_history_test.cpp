// SPDX-License-Identifier: Apache-2.0
// Submission History from the console: on the Local sandbox the runs go to a file in the
// sandbox's throw-away folder, the window lists only them, a double-click opens the wave's job
// in the console, and the file goes with the sandbox; a real profile never sees them.
#include "console_fixture.h"
#include "profile_cache.h"
#include "submissionhistory.h"
#include "wavesubmitter.h"
#include "wizard/history_tree.h"
#include "wizard/historydialog.h"

#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTreeWidget>

using namespace liteops;
using namespace liteops::ui;
using namespace liteops::ui::test;
namespace H = liteops::ui::history;

namespace {

QStringList runNames(QDialog *dialog)
{
    QStringList names;
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("historyList"));
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
        names << tree->topLevelItem(i)->text(H::NameColumn);
    return names;
}

// A run of a real profile, as an earlier session would have left it.
void recordRealRun()
{
    HistoryEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.profile = QStringLiteral("prod");
    e.submissionId = QStringLiteral("real-run-id");
    e.request = QJsonObject{{QStringLiteral("name"), QStringLiteral("real-run")},
                            {QStringLiteral("server_ids"), QJsonArray{QStringLiteral("a")}}};
    e.outcome = QStringLiteral("sending");
    QVERIFY(SubmissionHistory().append(e));
}

} // namespace

class ConsoleHistoryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        useTemporarySettings(&m_settings);
        qputenv("LITEOPS_AUTH_TOKEN", "console-history-token");
    }
    void cleanupTestCase() { removeTestData(); }

    void theSandboxKeepsItsOwnHistory()
    {
        recordRealRun();
        QString sandboxFile;
        {
            SandboxOptions fast;
            fast.taskDurationMs = 50;
            fast.failureRate = 0;
            Console c(fast);
            LITEOPS_WAIT_FOR_LIST(c);
            QVERIFY(c.window->onSandbox());
            const SubmissionHistory history = c.window->submissionHistory();
            sandboxFile = history.filePath();
            QVERIFY(sandboxFile != SubmissionHistory::defaultFilePath());
            QVERIFY(sandboxFile.startsWith(c.window->localData()->throwAwayFolder()));

            // A run on the sandbox, through the engine, into the sandbox's history.
            CreateJobRequest r;
            r.name = QStringLiteral("sandbox-run");
            r.type = QStringLiteral("HDK_QUERY");
            r.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
            for (const Server &s : c.sim()->servers()) {
                if (s.status == QLatin1String("RUNNING") && r.serverIds.size() < 2)
                    r.serverIds << s.id;
            }
            WaveOptions o;
            o.pollIntervalMs = 60;
            WaveSubmitter submitter(c.window->client(), history, c.window->connectionName());
            QVERIFY(submitter.start(planSubmission(r, 50), o));
            QTRY_COMPARE_WITH_TIMEOUT(submitter.runState(), WaveSubmitter::RunState::Finished, 20000);
            const QString jobId = submitter.createdJobIds().value(0);

            QDialog *dialog = c.window->showHistory();
            QVERIFY(dialog);
            QCOMPARE(runNames(dialog), QStringList{QStringLiteral("sandbox-run")}); // not the real one
            QCOMPARE(dialog->findChild<QTreeWidget *>()->topLevelItem(0)->text(H::OutcomeColumn),
                     QStringLiteral("succeeded"));
            // A double-click on its wave opens the job in the console.
            auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("historyList"));
            emit tree->itemDoubleClicked(tree->topLevelItem(0)->child(0), 0);
            QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == jobId, 20000);
            dialog->close();
        }
        QVERIFY(!QFile::exists(sandboxFile)); // thrown away with the sandbox

        // The real profiles' history kept only its own run.
        QList<SubmissionRecord> real = SubmissionHistory().submissions();
        QCOMPARE(real.size(), 1);
        QCOMPARE(real.first().id, QStringLiteral("real-run-id"));
    }
};

QTEST_MAIN(ConsoleHistoryTest)
#include "console_history_test.moc"
