// SPDX-License-Identifier: Apache-2.0
#include "view_settings.h"

#include "app_settings.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace liteops::ui {

void setupHeader(QHeaderView *header, const QString &key, const QList<int> &defaultWidths)
{
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int i = 0; i < defaultWidths.size() && i < header->count(); ++i)
        if (defaultWidths[i] > 0)
            header->resizeSection(i, defaultWidths[i]);
    const QByteArray state = AppSettings().headerState(key);
    if (!state.isEmpty())
        header->restoreState(state);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, header, [header](const QPoint &pos) {
        QMenu menu(header);
        const QAbstractItemModel *model = header->model();
        if (!model)
            return;
        int visible = 0;
        for (int i = 0; i < header->count(); ++i)
            visible += header->isSectionHidden(i) ? 0 : 1;
        for (int i = 0; i < header->count(); ++i) {
            QAction *a = menu.addAction(model->headerData(i, header->orientation()).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(i));
            a->setEnabled(header->isSectionHidden(i) || visible > 1); // keep one column
            QObject::connect(a, &QAction::toggled, header, [header, i](bool on) { header->setSectionHidden(i, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });
}

void saveHeader(const QHeaderView *header, const QString &key)
{
    AppSettings().setHeaderState(key, header->saveState());
}

} // namespace liteops::ui
