#pragma once
// Keeps the current task and the selected tasks of a view on the task tree across refreshes.
// Most of that needs nothing (merges keep persistent indexes), but a task that changes group
// is removed and inserted, which drops it from the selection; this puts it back by task id,
// through any proxies between the selection model and the TaskTreeModel.
#include <QObject>
#include <QPointer>
#include <QStringList>

class QItemSelectionModel;
class QModelIndex;

namespace liteops {

class TaskTreeModel;

class TaskSelectionKeeper : public QObject
{
    Q_OBJECT
public:
    // `selection` may sit on the model itself or on proxies stacked on it.
    TaskSelectionKeeper(TaskTreeModel *model, QItemSelectionModel *selection, QObject *parent = nullptr);

private:
    void remember();
    void restore();
    QModelIndex toView(const QModelIndex &sourceIndex) const;

    QPointer<TaskTreeModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QString m_currentId;
    int m_currentColumn = 0;
    QStringList m_selectedIds;
};

} // namespace liteops
