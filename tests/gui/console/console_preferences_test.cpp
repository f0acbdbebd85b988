// SPDX-License-Identifier: Apache-2.0
// The console's preferences, offscreen on the sandbox: View › Theme (applied at once,
// remembered, icons drawn in the palette's text colour), Help › Keyboard Shortcuts (every
// shortcut the window really has), the keyboard path (Tab from the job list to the task tree,
// Ctrl+F in the pane with focus) and File › Local Data… (what the store holds, and the
// retention applied at once).
#include "console_fixture.h"
#include "local_data_dialog.h"
#include "local_store.h"
#include "profile_cache.h"
#include "shortcuts_dialog.h"
#include "store_reads.h"
#include "theme.h"
#include "error_banner.h"
#include "job_filter_bar.h"
#include "task_panel.h"
#include "window_fit.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace liteops;
using namespace liteops::ui;
using namespace liteops::ui::test;

namespace {

QAction *windowAction(const Console &c, const QString &name)
{
    return c.window->findChild<QAction *>(name);
}

// The mean lightness of the icon's drawn (non-transparent) pixels.
int iconLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage();
    qint64 sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                sum += c.lightness();
                ++count;
            }
        }
    return count ? int(sum / count) : -1;
}

template <typename T>
T waitForDialog(QWidget *window)
{
    T dialog = nullptr;
    const bool shown =
        QTest::qWaitFor([&] { return (dialog = window->findChild<T>()) != nullptr && dialog->isVisible(); }, 5000);
    return shown ? dialog : nullptr; // the caller verifies
}

QString describeFocus()
{
    QWidget *w = QApplication::focusWidget();
    return w ? QStringLiteral("%1 \"%2\"")
                   .arg(QString::fromLatin1(w->metaObject()->className()),
                        w->objectName().isEmpty() ? w->accessibleName() : w->objectName())
             : QStringLiteral("(none)");
}

// Opens a ModelArts job with tasks on the Tasks tab; returns it (empty when there is none).
Job openJobWithTasks(Console &c)
{
    const Job job = c.simJob([](const Job &j) {
        return j.provider == Provider::ModelArts && j.tasks.size() > 2 && j.state != State::Deleted;
    });
    if (job.id.isEmpty())
        return {};
    c.window->openJob({Provider::ModelArts, job.id, {}});
    if (!QTest::qWaitFor([&] { return c.detail()->hasJob() && c.detail()->job().id == job.id; }, 30000))
        return {};
    c.detail()->showTasksTab();
    return job;
}

store::StoreStats readStats(store::LocalStore *local)
{
    std::optional<store::StoreStats> stats;
    QObject context;
    local->read<store::StoreStats>(
        &context, [](const store::StoreReader &r) { return r.stats(); },
        [&](const store::StoreStats &s) { stats = s; });
    if (!QTest::qWaitFor([&] { return stats.has_value(); }, 10000))
        qFatal("the store did not answer a read within 10 s");
    return *stats;
}

} // namespace

class ConsolePreferencesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QPalette m_startingPalette;

private slots:
    void initTestCase()
    {
        useTemporarySettings(&m_settings);
        m_startingPalette = QApplication::palette();
    }
    void cleanupTestCase() { removeTestData(); }

    void themeAppliesAtOnceAndIsRemembered()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        QAction *dark = windowAction(c, QStringLiteral("theme-dark"));
        QAction *light = windowAction(c, QStringLiteral("theme-light"));
        QAction *system = windowAction(c, QStringLiteral("theme-system"));
        QVERIFY(dark && light && system);
        QVERIFY(system->isChecked());

        dark->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(storedTheme(), Theme::Dark);
        // The icons are drawn in the palette's text colour: light strokes on the dark window.
        QAction *refresh = windowAction(c, QStringLiteral("refresh"));
        QVERIFY(refresh && !refresh->icon().isNull());
        QVERIFY2(iconLightness(refresh->icon()) > 150, qPrintable(QString::number(iconLightness(refresh->icon()))));

        light->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY2(iconLightness(refresh->icon()) < 100, qPrintable(QString::number(iconLightness(refresh->icon()))));
        QCOMPARE(storedTheme(), Theme::Light);

        system->trigger();
        QCOMPARE(QApplication::palette(), m_startingPalette);
        QCOMPARE(storedTheme(), Theme::System);
        // A name the menu does not know (a newer version's, say) falls back to System.
        QCOMPARE(themeFromKey(QStringLiteral("solarized")), Theme::System);
    }

    void shortcutsDialogListsEveryShortcutOfTheWindow()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        QAction *open = windowAction(c, QStringLiteral("keyboardShortcuts"));
        QVERIFY(open);
        open->trigger();
        auto *dialog = waitForDialog<ShortcutsDialog *>(c.window.get());
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        QSet<QString> listed;
        for (int row = 0; row < table->rowCount(); ++row)
            listed.insert(table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text());
        int withKeys = 0;
        for (const QAction *a : c.window->findChildren<QAction *>()) {
            if (a->shortcut().isEmpty())
                continue;
            ++withKeys;
            QString text = a->text();
            text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            const QString entry = text + QLatin1Char('=') + a->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(entry), qPrintable(entry));
        }
        QVERIFY2(withKeys >= 8, "the window has fewer shortcuts than the toolbar and menus give it");
        dialog->close();
    }

    // From the job list, Tab reaches the task tree in at most four presses, and no read-only
    // label is a stop anywhere in the window's tab chain.
    void tabReachesTheTaskTreeAndSkipsLabels()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = openJobWithTasks(c);
        QVERIFY(!job.id.isEmpty());
        c.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(c.window.get()));
        c.list()->view()->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(c.list()->view()));
        QWidget *tree = c.detail()->tasks()->view();
        int presses = 0;
        QStringList path;
        while (QApplication::focusWidget() != tree && presses < 12) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            ++presses;
            path << describeFocus();
        }
        QVERIFY2(presses <= 4, qPrintable(path.join(QStringLiteral(" -> "))));
        // Round the whole chain: every stop is something to operate, never a label.
        QSet<QWidget *> seen;
        for (int i = 0; i < 200 && !seen.contains(QApplication::focusWidget()); ++i) {
            QWidget *now = QApplication::focusWidget();
            seen.insert(now);
            path << describeFocus();
            QVERIFY2(!qobject_cast<QLabel *>(now), qPrintable(describeFocus()));
            QTest::keyClick(now, Qt::Key_Tab);
        }
        QVERIFY2(seen.contains(c.list()->view()), qPrintable(path.join(QStringLiteral(" -> "))));
    }

    // Ctrl+F filters the pane the user works in and the status bar says which.
    void findFiltersThePaneWithFocusAndSaysWhich()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        QVERIFY(!openJobWithTasks(c).id.isEmpty());
        c.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(c.window.get()));
        QStatusBar *status = c.window->statusBar();

        c.detail()->tasks()->view()->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(c.detail()->tasks()->view()));
        QTest::keySequence(c.window.get(), QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(c.detail()->tasks()->filterField()));
        QCOMPARE(status->currentMessage(), QStringLiteral("Filtering tasks"));

        c.list()->view()->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(c.list()->view()));
        QTest::keySequence(c.window.get(), QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(c.list()->filterBar()->searchField()));
        QCOMPARE(status->currentMessage(), QStringLiteral("Filtering jobs"));
    }

    // 1024×700: nothing forces the window wider than 1,000 px, banners included; every
    // toolbar action is on screen (icon-only when the texts do not fit); no chip is cut.
    void narrowWindowKeepsEverythingReachable()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        c.list()->banner()->showError(
            BannerError::plain(QStringLiteral("The job list could not be refreshed, and this title is long enough to "
                                              "need more than one line in a narrow window."),
                               QStringLiteral("The service answered 503 Service Unavailable; the rows below are "
                                              "from the last good refresh and may be out of date.")),
            QDateTime::currentDateTime());
        c.window->resize(1000, 680);
        QTRY_COMPARE(c.window->width(), 1000);
        QVERIFY2(c.window->minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(c.window->minimumSizeHint().width())));
        auto *bar = c.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QTRY_COMPARE(bar->toolButtonStyle(), Qt::ToolButtonIconOnly);
        for (QAction *a : bar->actions()) {
            if (a->isSeparator() || !a->isVisible()) // hidden on purpose (no failed nodes to rerun)
                continue;
            QWidget *w = bar->widgetForAction(a);
            QVERIFY2(w, qPrintable(a->text()));
            QTRY_VERIFY2(w->isVisible() && bar->rect().contains(w->geometry()), qPrintable(a->text()));
        }
        for (auto *chip : c.list()->findChildren<QToolButton *>(QRegularExpression(QStringLiteral("^chip-")))) {
            if (!chip->isVisible())
                continue;
            QVERIFY2(chip->width() >= chip->sizeHint().width(), qPrintable(chip->text()));
            QVERIFY2(chip->parentWidget()->rect().contains(chip->geometry()), qPrintable(chip->text()));
        }
        // At every width, with texts or without, no action hides behind the overflow arrow.
        for (int width : {1100, 1216, 1300, 1450, 1600, 1900}) {
            c.window->resize(width, 800);
            QTRY_COMPARE(c.window->width(), width);
            for (QAction *a : bar->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                QWidget *w = bar->widgetForAction(a);
                QTRY_VERIFY2(w->isVisible() && bar->rect().contains(w->geometry()),
                             qPrintable(QStringLiteral("%1 at %2 px").arg(a->text()).arg(width)));
            }
        }
        // Wide: the texts are back.
        QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }

    // A first window fits the screen; a saved one from a bigger screen is brought inside.
    void windowFitsTheAvailableArea()
    {
        const QRect screen(0, 0, 1024, 700);
        QCOMPARE(firstWindowSize(QSize(1360, 820), screen), QSize(972, 665));
        QCOMPARE(firstWindowSize(QSize(800, 600), screen), QSize(800, 600));
        const QMargins frame(2, 30, 2, 2);
        QCOMPARE(fitWindow(QRect(100, 100, 600, 400), frame, screen), QRect(100, 100, 600, 400));
        QCOMPARE(fitWindow(QRect(1500, 900, 1360, 820), frame, screen), QRect(2, 30, 1020, 668));
        QCOMPARE(fitWindow(QRect(600, 400, 500, 400), frame, screen), QRect(522, 298, 500, 400));
    }

    void localDataDialogShowsTheStoreAndAppliesRetention()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        ProfileCache *cache = c.window->localData();
        QVERIFY(cache);
        store::LocalStore *local = cache->store();
        store::StoreStats before;
        QTRY_VERIFY_WITH_TIMEOUT((before = readStats(local)).jobs > 0, 20000);
        const qint64 spanMs = before.newestJobMs - before.oldestJobMs;
        QVERIFY2(spanMs > 3LL * 24 * 3600 * 1000, "the sandbox's jobs should span several days");
        // A horizon that keeps the newer part of the jobs only.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int days = int((now - before.oldestJobMs) / (24LL * 3600 * 1000) / 2) + 1;
        const qint64 cutoff = now - qint64(days) * 24 * 3600 * 1000;
        std::optional<int> expected;
        QObject context;
        local->read<int>(
            &context,
            [cutoff](const store::StoreReader &r) {
            int kept = 0;
            for (const Job &j : r.jobList())
                kept += j.createdAtMs >= cutoff ? 1 : 0;
            return kept;
            },
            [&](int n) { expected = n; });
        QTRY_VERIFY(expected.has_value());
        QVERIFY(*expected > 0 && *expected < before.jobs);

        windowAction(c, QStringLiteral("localDataSettings"))->trigger();
        auto *dialog = waitForDialog<LocalDataDialog *>(c.window.get());
        QVERIFY(dialog);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("localDataSummary"));
        // What the store holds (the sync keeps adding tasks; the list of jobs stays).
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLocale().toString(readStats(local).jobs)
                                                            + QStringLiteral(" job")),
                                 10000);
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("localDataPath"))->text().endsWith(QStringLiteral(".sqlite")));

        dialog->findChild<QSpinBox *>(QStringLiteral("horizonDays"))->setValue(days);
        dialog->findChild<QSpinBox *>(QStringLiteral("maxMegabytes"))->setValue(0);
        QSignalSpy shown(dialog, &LocalDataDialog::statsShown);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QVERIFY(shown.wait(10000));
        // Every job older than the horizon is gone (the sandbox may add a new one meanwhile).
        std::optional<std::pair<int, int>> keptAndOld;
        local->read<std::pair<int, int>>(
            &context,
            [cutoff](const store::StoreReader &r) {
            std::pair<int, int> counts{0, 0};
            for (const Job &j : r.jobList())
                ++(j.createdAtMs >= cutoff ? counts.first : counts.second);
            return counts;
            },
            [&](std::pair<int, int> counts) { keptAndOld = counts; });
        QTRY_VERIFY(keptAndOld.has_value());
        QCOMPARE(keptAndOld->second, 0);
        QVERIFY(keptAndOld->first >= *expected);
        QCOMPARE(RetentionSettings::load().horizonDays, days);
        QCOMPARE(RetentionSettings::load().maxMegabytes, 0);
        dialog->close();
    }
};

QTEST_MAIN(ConsolePreferencesTest)
#include "console_preferences_test.moc"
