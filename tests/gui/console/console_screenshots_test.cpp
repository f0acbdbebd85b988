// SPDX-License-Identifier: Apache-2.0
// Grabs the console's main states as PNGs (QWidget::grab). With LITEOPS_SCREENSHOT_DIR set
// they are written there (docs/screenshots/ holds the reviewed ones), each with a .txt of
// the text it shows (searched by the secret-leak scan); without it the test still drives
// every state and checks each grab is a real, full-size image.
#include "visible_text.h"
#include "console_fixture.h"

#include "failure_summary_panel.h"
#include "open_job_dialog.h"
#include "profiles_dialog.h"
#include "task_panel.h"
#include "task_tree_model.h"
#include "version_drift.h"
#include "version_drift_panel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeView>

using namespace liteops;
using namespace liteops::ui;
using namespace liteops::ui::test;

class ConsoleScreenshotsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useTemporarySettings(&m_settings);
        m_dir = qEnvironmentVariable("LITEOPS_SCREENSHOT_DIR");
        if (!m_dir.isEmpty())
            QVERIFY(QDir().mkpath(m_dir));
    }

    void cleanupTestCase() { removeTestData(); }

    void mainStates()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        // 1. First run: the sandbox with its running job open.
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob(), 30000);
        QTRY_VERIFY(c.detail()->job().state == State::Running);
        shoot(c.window.get(), QStringLiteral("console-sandbox-running"));

        // 2. A finished upgrade with failed servers, a failed task selected.
        const Job failed = c.simJob([](const Job &j) {
            return j.provider == Provider::ModelArts && isFinalState(j.state) && j.counts().failed >= 3
                   && !j.items.isEmpty();
        });
        QVERIFY(!failed.id.isEmpty());
        QVERIFY(c.list()->selectJob(failed.id));
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == failed.id, 30000);
        TaskPanel *tasks = c.detail()->tasks();
        QAbstractItemModel *m = tasks->view()->model();
        tasks->view()->setCurrentIndex(m->index(0, 0, m->index(0, 0)));
        shoot(c.window.get(), QStringLiteral("console-failed-nodes"));

        // 3. Grouped by error cluster, with the failure summary.
        tasks->groupingBox()->setCurrentIndex(
            tasks->groupingBox()->findData(int(TaskTreeModel::Grouping::ByErrorCluster)));
        tasks->view()->setCurrentIndex(m->index(0, 0));
        shoot(c.window.get(), QStringLiteral("console-error-clusters"));
        c.detail()->tabs()->setCurrentWidget(c.detail()->failures());
        shoot(c.window.get(), QStringLiteral("console-failure-summary"));

        // 4. Version drift of a query job.
        const Job query = c.simJob([](const Job &j) {
            if (j.provider != Provider::ModelArts || !isFinalState(j.state) || j.state == State::Deleted)
                return false;
            int parsed = 0;
            for (const Task &t : j.tasks)
                parsed += parseVersions(t.message()) ? 1 : 0;
            return parsed > 20;
        });
        QVERIFY(!query.id.isEmpty());
        QVERIFY(c.list()->selectJob(query.id));
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == query.id, 30000);
        c.detail()->tabs()->setCurrentWidget(c.detail()->versions());
        QVERIFY(c.detail()->versions()->hasVersions());
        shoot(c.window.get(), QStringLiteral("console-version-drift"));

        // 5. The service fails: banner, last data kept and marked stale.
        QString error;
        QVERIFY(c.sim()->addFault(QStringLiteral("GET .*/dev-servers/jobs$ throttle 3"), &error));
        QSignalSpy failedList(c.window->monitor(), &JobMonitor::listFailed);
        c.window->monitor()->refreshList();
        QVERIFY(failedList.wait(60000));
        shoot(c.window.get(), QStringLiteral("console-error-banner"));
        c.sim()->clearFaults();

        // 6. A dark system palette: icons, badges, banners and the chart follow it.
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc0));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5b));
        QApplication::setPalette(dark);
        QVERIFY(c.list()->selectJob(failed.id));
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == failed.id, 30000);
        c.detail()->tabs()->setCurrentWidget(c.detail()->tasks());
        shoot(c.window.get(), QStringLiteral("console-dark"));
        QApplication::setPalette(light);

        // 7. The dialogs.
        OpenJobDialog open(c.window.get());
        open.show();
        shoot(&open, QStringLiteral("dialog-open-job"));
        ProfilesDialog profiles(&c.profiles, &c.secrets, c.window.get());
        profiles.show();
        shoot(&profiles, QStringLiteral("dialog-profiles"));
    }

private:
    void shoot(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents(); // let pending layouts settle before grabbing
        const QPixmap pm = w->grab();
        QVERIFY(!pm.isNull());
        QCOMPARE(pm.size(), w->size());
        if (!m_dir.isEmpty()) {
            QVERIFY(pm.save(QDir(m_dir).filePath(name + QStringLiteral(".png"))));
            QVERIFY(testenv::writeVisibleText(w, QDir(m_dir).filePath(name + QStringLiteral(".txt"))));
        }
    }

    QTemporaryDir m_settings;
    QString m_dir;
};

QTEST_MAIN(ConsoleScreenshotsTest)
#include "console_screenshots_test.moc"
