// SPDX-License-Identifier: Apache-2.0
#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace liteops::ui {

namespace {

// "&Copy Ids" -> "Copy Ids"; "Copy Names…" keeps its ellipsis.
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList parts;
    for (const QKeySequence &k : keys) {
        if (!k.isEmpty())
            parts << k.toString(QKeySequence::NativeText);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    QSet<QString> seen;
    auto add = [&](const QString &what, const QString &keys) {
        if (what.isEmpty() || keys.isEmpty() || seen.contains(what + keys))
            return;
        seen.insert(what + keys);
        entries.append({what, keys});
    };
    for (const QAction *a : window->findChildren<QAction *>())
        add(plainText(a->text()), keysText(a->shortcuts()));
    for (const QShortcut *s : window->findChildren<QShortcut *>()) {
        const QString what = !s->whatsThis().isEmpty() ? s->whatsThis() : s->objectName();
        add(what, keysText(s->keys()));
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return QString::localeAwareCompare(a.what, b.what) < 0; });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<Entry> entries = collect(window);
    m_table = new QTableWidget(int(entries.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(entries.at(row).what));
        m_table->setItem(row, 1, new QTableWidgetItem(entries.at(row).keys));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(460, 420);
}

} // namespace liteops::ui
