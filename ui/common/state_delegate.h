#pragma once
// Draws the state icon beside the status text of a cell, from the model's StateRole, so
// views of QtCore-only models still show state as icon + text.
#include <QStyledItemDelegate>

namespace liteops::ui {

class StateIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace liteops::ui
