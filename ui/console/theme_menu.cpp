// SPDX-License-Identifier: Apache-2.0
#include "theme_menu.h"

#include "theme.h"

#include <QActionGroup>
#include <QMenu>

namespace liteops::ui {

QMenu *createThemeMenu(QWidget *parent)
{
    auto *menu = new QMenu(QMenu::tr("&Theme"), parent);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, QMenu::tr("&System")},
        {Theme::Light, QMenu::tr("&Light")},
        {Theme::Dark, QMenu::tr("&Dark")},
    };
    for (const auto &[theme, label] : choices) {
        QAction *a = menu->addAction(label);
        a->setObjectName(QStringLiteral("theme-") + themeKey(theme));
        a->setCheckable(true);
        a->setChecked(theme == currentTheme());
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [theme = theme] {
            applyTheme(theme);
            storeTheme(theme);
        });
    }
    return menu;
}

} // namespace liteops::ui
