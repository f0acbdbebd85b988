#pragma once
// Draws the state icon beside the status text of a cell, from the model's StateRole, so
// views of QtCore-only models still show state as icon + text. The cell says the normalised
// state in words; its tooltip gives the raw status the service sent.
#include <QStyledItemDelegate>

namespace liteops::ui {

class StateIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace liteops::ui
