// SPDX-License-Identifier: Apache-2.0
// liteops: the desktop console. Thin on purpose: everything lives in liteops_ui, which the
// GUI tests link.
#include "app_settings.h"
#include "icons.h"
#include "language_menu.h"
#include "launch_options.h"
#include "main_window.h"
#include "theme.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LiteOps"));
    QCoreApplication::setApplicationName(QStringLiteral("LiteOps"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("LiteOps"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.liteops.LiteOps"));
    QApplication::setWindowIcon(liteops::ui::appIcon());
    // Before anything reads a setting: what older versions stored by number becomes a key.
    liteops::AppSettings().migrate();

    QString error, help;
    const std::optional<liteops::LaunchOptions> options = liteops::parseLaunchOptions(QCoreApplication::arguments(),
                                                                                      &error, &help);
    if (!options) {
        std::fprintf(stderr, "liteops: %s\n", qPrintable(error));
        return 2;
    }
    if (!help.isEmpty()) {
        std::fputs(qPrintable(help), stdout);
        return 0;
    }

    // The language follows the system unless --lang or the Language menu says otherwise; Qt's
    // own strings too. English loads liteops_en too: it only holds the plural forms.
    const QString chosen = options->language.isEmpty() ? liteops::ui::storedLanguage() : options->language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("liteops"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);

    // View › Theme, before the first widget; "System" leaves the platform's look untouched.
    if (const liteops::ui::Theme theme = liteops::ui::storedTheme(); theme != liteops::ui::Theme::System)
        liteops::ui::applyTheme(theme);

    liteops::ui::MainWindowOptions windowOptions;
    windowOptions.launch = *options;
    liteops::ui::MainWindow window(windowOptions);
    window.show();
    window.start();
    return app.exec();
}
