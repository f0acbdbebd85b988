// SPDX-License-Identifier: Apache-2.0
#pragma once
// Help › Keyboard Shortcuts: every shortcut the window has, read from its actions and
// shortcut objects at the moment the dialog opens, so the list can never drift from what
// the keys really do.
#include <QDialog>

class QTableWidget;

namespace liteops::ui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);

    struct Entry
    {
        QString what;
        QString keys; // native text, e.g. "Ctrl+Shift+C"
    };
    // The shortcuts of `window`'s actions and QShortcut objects, sorted by what they do.
    static QList<Entry> collect(const QWidget *window);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace liteops::ui
