#include "state_delegate.h"

#include "icons.h"
#include "item_roles.h"

namespace liteops::ui {

void StateIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(StateRole);
    if (!state.isValid())
        return;
    const int s = state.toInt();
    if (s < 0 || s >= kStateCount)
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = stateIcon(State(s));
    option->decorationSize = QSize(16, 16);
}

} // namespace liteops::ui
