// SPDX-License-Identifier: Apache-2.0
#pragma once
// The text a person sees in a window, as plain text: written next to each screenshot so the
// secret-leak scan can search what the screen showed (a PNG cannot be searched). Visible
// widgets only; line edits as displayed (a password field shows its bullets, not its text);
// item views with every row of their model's display data, collapsed branches included.
#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace liteops::testenv {

namespace detail {

inline void addLine(QStringList *out, const QWidget *w, const QString &what, const QString &text)
{
    if (text.isEmpty())
        return;
    out->append(QStringLiteral("%1#%2 %3: %4")
                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), what, text));
}

inline void addModelRows(QStringList *out, const QWidget *view, const QAbstractItemModel *model,
                         const QModelIndex &parent, int depth, int *budget)
{
    const int rows = model->rowCount(parent);
    const int columns = model->columnCount(parent);
    for (int r = 0; r<rows && * budget> 0; ++r, --*budget) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << model->index(r, c, parent).data(Qt::DisplayRole).toString();
        addLine(out, view, QStringLiteral("row"),
                QString(depth * 2, QLatin1Char(' ')) + cells.join(QLatin1String(" | ")));
        const QModelIndex child = model->index(r, 0, parent);
        if (model->hasChildren(child))
            addModelRows(out, view, model, child, depth + 1, budget);
    }
}

inline void addWidget(QStringList *out, const QWidget *w)
{
    if (w->isWindow())
        addLine(out, w, QStringLiteral("title"), w->windowTitle());
    if (auto *label = qobject_cast<const QLabel *>(w)) {
        addLine(out, w, QStringLiteral("text"), label->text());
    } else if (auto *edit = qobject_cast<const QLineEdit *>(w)) {
        addLine(out, w, QStringLiteral("text"), edit->displayText());
        if (edit->text().isEmpty())
            addLine(out, w, QStringLiteral("placeholder"), edit->placeholderText());
    } else if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
        addLine(out, w, QStringLiteral("text"), button->text());
    } else if (auto *combo = qobject_cast<const QComboBox *>(w)) {
        addLine(out, w, QStringLiteral("current"), combo->currentText());
    } else if (auto *spin = qobject_cast<const QAbstractSpinBox *>(w)) {
        addLine(out, w, QStringLiteral("text"), spin->text());
    } else if (auto *plain = qobject_cast<const QPlainTextEdit *>(w)) {
        addLine(out, w, QStringLiteral("text"), plain->toPlainText());
    } else if (auto *rich = qobject_cast<const QTextEdit *>(w)) {
        addLine(out, w, QStringLiteral("text"), rich->toPlainText());
    } else if (auto *group = qobject_cast<const QGroupBox *>(w)) {
        addLine(out, w, QStringLiteral("title"), group->title());
    } else if (auto *bar = qobject_cast<const QProgressBar *>(w)) {
        if (bar->isTextVisible())
            addLine(out, w, QStringLiteral("text"), bar->text());
    } else if (auto *tabs = qobject_cast<const QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            addLine(out, w, QStringLiteral("tab"), tabs->tabText(i));
    } else if (auto *header = qobject_cast<const QHeaderView *>(w)) {
        if (const QAbstractItemModel *m = header->model()) {
            const int n = header->orientation() == Qt::Horizontal ? m->columnCount() : m->rowCount();
            for (int i = 0; i < n; ++i)
                if (!header->isSectionHidden(i))
                    addLine(out, w, QStringLiteral("section"),
                            m->headerData(i, header->orientation(), Qt::DisplayRole).toString());
        }
    } else if (auto *view = qobject_cast<const QAbstractItemView *>(w)) {
        if (const QAbstractItemModel *m = view->model()) {
            int budget = 20000; // rows per view: enough for every screen we grab
            addModelRows(out, w, m, view->rootIndex(), 0, &budget);
        }
    }
}

} // namespace detail

// One line per visible piece of text of `root` and its visible descendants.
inline QString visibleText(const QWidget *root)
{
    QStringList out;
    if (!root->isVisible())
        return {};
    detail::addWidget(&out, root);
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (const QWidget *w : children) {
        if (w->isVisible())
            detail::addWidget(&out, w);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Writes visibleText(root) to `path` (UTF-8); false when the file cannot be written.
inline bool writeVisibleText(const QWidget *root, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(visibleText(root).toUtf8()) >= 0;
}

} // namespace liteops::testenv
