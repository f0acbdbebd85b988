// SPDX-License-Identifier: Apache-2.0
#include "status_line.h"

#include <QLabel>

namespace liteops::ui {

void showStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    // From the window, not the label: the label's own palette may still be red from the
    // previous error.
    QPalette pal = label->window()->palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xd9, 0x3a, 0x3a));
    label->setPalette(pal);
}

} // namespace liteops::ui
