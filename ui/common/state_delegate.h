// SPDX-License-Identifier: Apache-2.0
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
    enum Mode {
        StatusCells, // item rows of a status column: icon + state name, raw status on hover
        GroupRows,   // group rows of a tree (first column): icon beside the group label
    };
    explicit StateIconDelegate(QObject *parent = nullptr, Mode mode = StatusCells)
        : QStyledItemDelegate(parent), m_mode(mode)
    {
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Mode m_mode;
};

} // namespace liteops::ui
