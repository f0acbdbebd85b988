// SPDX-License-Identifier: Apache-2.0
// About box, Help > Language and the shipped translations: the About text names the version,
// Qt and the dependency licenses; the language menu stores the choice; the built .qm files
// translate real strings (zh_CN) and give English its plural forms.
#include "about_dialog.h"
#include "language_menu.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace liteops::ui;

class AboutLanguageTest : public QObject
{
    Q_OBJECT
private slots:
    void init() { storeLanguage(QString()); }

    void aboutShowsVersionQtAndLicenses()
    {
        AboutDialog dialog;
        const auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(text);
        const QString t = text->text();
        QVERIFY2(t.contains(AboutDialog::versionText()), qPrintable(t));
        QVERIFY(AboutDialog::versionText().startsWith(QStringLiteral(LITEOPS_TEST_PROJECT_VERSION)));
        QVERIFY(t.contains(QString::fromLatin1(qVersion())));
        QVERIFY(t.contains(QStringLiteral("LGPL-3.0")));
        QVERIFY(t.contains(QStringLiteral("QtKeychain — BSD-3-Clause")));
        QVERIFY(t.contains(QStringLiteral("simdjson — Apache-2.0")));
        QVERIFY(t.contains(QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0")));
    }

    void languageMenuStoresTheChoice()
    {
        QWidget parent;
        QMenu *menu = createLanguageMenu(&parent);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 3);
        QVERIFY(actions.at(0)->isChecked()); // nothing stored: follows the system
        // The note about the next start is a message box; close it once it is up.
        QTimer closer;
        connect(&closer, &QTimer::timeout, [] {
            if (QWidget *w = QApplication::activeModalWidget())
                w->close();
        });
        closer.start(20);
        actions.at(2)->trigger();
        QCOMPARE(storedLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        actions.at(0)->trigger();
        QVERIFY(storedLanguage().isEmpty());
        QMenu *again = createLanguageMenu(&parent);
        QVERIFY(again->actions().at(0)->isChecked());
    }

    void chineseTranslationLoads()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(LITEOPS_BINARY_DIR "/translations/liteops_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        AboutDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("关于 LiteOps"));
        QCOMPARE(QCoreApplication::translate("liteops::ui::MainWindow", "Delete %n job(s)? This cannot be undone.",
                                             nullptr, 3),
                 QStringLiteral("删除 3 个作业？此操作无法撤销。"));
        QCoreApplication::removeTranslator(&zh);
    }

    void englishPluralsLoad()
    {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(LITEOPS_BINARY_DIR "/translations/liteops_en.qm")));
        QCoreApplication::installTranslator(&en);
        const char *source = "Delete %n job(s)? This cannot be undone.";
        QCOMPARE(QCoreApplication::translate("liteops::ui::MainWindow", source, nullptr, 1),
                 QStringLiteral("Delete 1 job? This cannot be undone."));
        QCOMPARE(QCoreApplication::translate("liteops::ui::MainWindow", source, nullptr, 3),
                 QStringLiteral("Delete 3 jobs? This cannot be undone."));
        QCoreApplication::removeTranslator(&en);
    }
};

QTEST_MAIN(AboutLanguageTest)
#include "about_language_test.moc"
