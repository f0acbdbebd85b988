// SPDX-License-Identifier: Apache-2.0
#include "state_delegate.h"

#include "icons.h"
#include "item_roles.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace liteops::ui {

void StateIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool group = index.data(IsGroupRole).toBool();
    if (group != (m_mode == GroupRows))
        return;
    const QVariant state = index.data(StateRole);
    if (!state.isValid())
        return;
    const int s = state.toInt();
    if (s < 0 || s >= kStateCount)
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = stateIcon(State(s));
    option->decorationSize = QSize(16, 16);
    // The normalised state in words; the raw status the service sent stays in the tooltip
    // and in searches. Group rows keep their own label.
    if (!group)
        option->text = stateDisplayName(State(s));
    else
        option->font.setBold(true);
}

bool StateIconDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (m_mode == StatusCells && event->type() == QEvent::ToolTip && index.isValid()
        && !index.data(IsGroupRole).toBool()) {
        const QString raw = index.data(Qt::DisplayRole).toString();
        if (!raw.isEmpty()) {
            QToolTip::showText(event->globalPos(), tr("Status reported by the service: %1").arg(raw), view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace liteops::ui
