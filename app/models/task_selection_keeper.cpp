#include "task_selection_keeper.h"

#include "task_tree_model.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QSet>

#include <vector>

namespace liteops {

TaskSelectionKeeper::TaskSelectionKeeper(TaskTreeModel *model, QItemSelectionModel *selection,
                                         QObject *parent)
    : QObject(parent), m_model(model), m_selection(selection)
{
    connect(model, &TaskTreeModel::snapshotAboutToBeApplied, this, &TaskSelectionKeeper::remember);
    connect(model, &TaskTreeModel::snapshotApplied, this, &TaskSelectionKeeper::restore);
}

void TaskSelectionKeeper::remember()
{
    m_currentId.clear();
    m_selectedIds.clear();
    if (!m_selection)
        return;
    const QModelIndex current = m_selection->currentIndex();
    m_currentId = current.data(TaskTreeModel::TaskIdRole).toString();
    m_currentColumn = current.column();
    const QModelIndexList selected = m_selection->selectedIndexes();
    QSet<QString> seen;
    for (const QModelIndex &idx : selected) {
        const QString id = idx.data(TaskTreeModel::TaskIdRole).toString();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            m_selectedIds.append(id);
        }
    }
}

QModelIndex TaskSelectionKeeper::toView(const QModelIndex &sourceIndex) const
{
    // The proxies from the selection model's model down to the task tree.
    std::vector<const QAbstractProxyModel *> chain;
    const QAbstractItemModel *m = m_selection->model();
    while (m && m != m_model) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m);
        if (!proxy)
            return {};
        chain.push_back(proxy);
        m = proxy->sourceModel();
    }
    if (!m)
        return {};
    QModelIndex idx = sourceIndex;
    for (auto it = chain.rbegin(); it != chain.rend() && idx.isValid(); ++it)
        idx = (*it)->mapFromSource(idx);
    return idx;
}

void TaskSelectionKeeper::restore()
{
    if (!m_selection || !m_model)
        return;
    const QModelIndex current = m_selection->currentIndex();
    if (!m_currentId.isEmpty()
        && current.data(TaskTreeModel::TaskIdRole).toString() != m_currentId) {
        const QModelIndex idx = toView(m_model->indexOfTask(m_currentId, m_currentColumn));
        if (idx.isValid())
            m_selection->setCurrentIndex(idx, QItemSelectionModel::NoUpdate);
    }
    if (m_selectedIds.isEmpty())
        return;
    QSet<QString> stillSelected;
    for (const QModelIndex &idx : m_selection->selectedIndexes())
        stillSelected.insert(idx.data(TaskTreeModel::TaskIdRole).toString());
    QStringList lost;
    for (const QString &id : std::as_const(m_selectedIds)) {
        if (!stillSelected.contains(id))
            lost.append(id);
    }
    if (lost.isEmpty())
        return;
    QItemSelection reselect;
    for (const QModelIndex &source : m_model->indexesOfTasks(lost)) {
        const QModelIndex idx = toView(source);
        if (idx.isValid())
            reselect.select(idx, idx);
    }
    m_selection->select(reselect, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace liteops
