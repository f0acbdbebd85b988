#pragma once
// Filters the task tree by state set and free text (server name, server id, message, raw
// status; case-insensitive substring) and sorts on RawValueRole. Group rows stay while any
// of their tasks matches (recursive filtering) and keep their order, failed first, whatever
// the sort column and direction.
#include "item_roles.h"

#include <QSortFilterProxyModel>

namespace liteops {

class Task;
class TaskTreeModel;

class TaskFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TaskFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    StateSet stateFilter() const { return m_states; }
    void setStateFilter(StateSet states);
    QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);
    void setFilters(StateSet states, const QString &text);

    static bool textMatches(const Task &task, QStringView text);
    bool accepts(const Task &task) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const TaskTreeModel *m_tasks = nullptr;
    StateSet m_states = StateSet::all();
    QString m_text;
};

} // namespace liteops
