// SPDX-License-Identifier: Apache-2.0
#pragma once
// Help > Language: System / English / 中文. The choice is stored in AppSettings and applied at the
// next start (translators are installed before any widget exists, so no live switching).
#include <QString>

class QMenu;
class QWidget;

namespace liteops::ui {

// The stored choice: empty for "follow the system", otherwise a locale name such as "zh_CN".
QString storedLanguage();
void storeLanguage(const QString &locale);

// A menu whose entries store the choice and tell the user it applies at the next start.
QMenu *createLanguageMenu(QWidget *parent);

} // namespace liteops::ui
