// SPDX-License-Identifier: Apache-2.0
#pragma once
// View › Theme: System / Light / Dark, applied at once and remembered (theme.h).
class QMenu;
class QWidget;

namespace liteops::ui {

QMenu *createThemeMenu(QWidget *parent);

} // namespace liteops::ui
