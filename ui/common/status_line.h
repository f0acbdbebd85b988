// SPDX-License-Identifier: Apache-2.0
#pragma once
// A dialog's status line: what just happened, in the window's text colour, or in the error
// colour when it reports a failure. Shared by the dialogs that show one.
#include <QString>

class QLabel;

namespace liteops::ui {

void showStatus(QLabel *label, const QString &text, bool error);

} // namespace liteops::ui
