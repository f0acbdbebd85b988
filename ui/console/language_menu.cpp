// SPDX-License-Identifier: Apache-2.0
#include "language_menu.h"

#include "app_settings.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace liteops::ui {

QString storedLanguage()
{
    return AppSettings().language();
}

void storeLanguage(const QString &locale)
{
    AppSettings().setLanguage(locale);
}

QMenu *createLanguageMenu(QWidget *parent)
{
    auto *menu = new QMenu(QMenu::tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString current = storedLanguage();
    // Language names are shown in their own language, so they are not translated.
    const struct
    {
        QString label;
        QString locale;
    } choices[] = {
        {QMenu::tr("System language"), QString()},
        {QStringLiteral("English"), QStringLiteral("en")},
        {QStringLiteral("中文（简体）"), QStringLiteral("zh_CN")},
    };
    for (const auto &choice : choices) {
        QAction *a = menu->addAction(choice.label);
        a->setCheckable(true);
        a->setChecked(choice.locale == current);
        a->setData(choice.locale);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [parent, locale = choice.locale] {
            if (locale == storedLanguage())
                return;
            storeLanguage(locale);
            QMessageBox::information(parent, QMenu::tr("Language"),
                                     QMenu::tr("The new language is used the next time LiteOps starts."));
        });
    }
    return menu;
}

} // namespace liteops::ui
