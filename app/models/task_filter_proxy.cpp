// SPDX-License-Identifier: Apache-2.0
// TaskFilterProxy: filters, sort order, the full rebuild and the QAbstractItemModel side.
// Following the model's changes is in task_filter_proxy_sync.cpp.
#include "task_filter_proxy.h"

#include "task_order.h"
#include "task_tree_model.h"

#include <algorithm>

namespace liteops {

TaskFilterProxy::TaskFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

TaskFilterProxy::~TaskFilterProxy() = default;

void TaskFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *tasks = qobject_cast<TaskTreeModel *>(model);
    if (model && !tasks) {
        qWarning("TaskFilterProxy: the source model must be a TaskTreeModel");
        return;
    }
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_tasks = tasks;
    QAbstractProxyModel::setSourceModel(model);
    m_pending = {};
    m_inSnapshot = false;
    rebuildAll();
    if (m_tasks)
        connectSource();
    endResetModel();
}

// ---- filters and order -------------------------------------------------------------------

void TaskFilterProxy::setStateFilter(StateSet states)
{
    setFilters(states, m_text);
}

void TaskFilterProxy::setTextFilter(const QString &text)
{
    setFilters(m_states, text);
}

void TaskFilterProxy::setFilters(StateSet states, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (states == m_states && trimmed == m_text)
        return;
    m_states = states;
    m_text = trimmed;
    invalidate();
}

bool TaskFilterProxy::textMatches(const Task &task, QStringView text)
{
    if (text.isEmpty())
        return true;
    return task.targetName().contains(text, Qt::CaseInsensitive) || task.name().contains(text, Qt::CaseInsensitive)
           || task.targetId().contains(text, Qt::CaseInsensitive) || task.id().contains(text, Qt::CaseInsensitive)
           || task.message().contains(text, Qt::CaseInsensitive)
           || QStringView(task.status()).contains(text, Qt::CaseInsensitive);
}

bool TaskFilterProxy::accepts(const Task &task) const
{
    return m_states.contains(task.state()) && textMatches(task, m_text);
}

void TaskFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= TaskTreeModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    invalidate();
}

void TaskFilterProxy::invalidate()
{
    if (!m_tasks)
        return;
    catchUp(); // a change the model is in the middle of is taken in first
    relayoutInPlace();
}

bool TaskFilterProxy::before(int a, int b) const
{
    if (m_sortColumn >= 0) {
        const int c = compareTasks(*m_tasks->taskAtSlot(a), *m_tasks->taskAtSlot(b), m_sortColumn);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return m_tasks->documentPosition(a) < m_tasks->documentPosition(b);
}

std::vector<int> TaskFilterProxy::rowsOfGroup(int group) const
{
    const std::vector<int> &members = m_tasks->groupSlots(group);
    std::vector<int> rows;
    if (!filtering()) {
        rows = members; // already in document order
    } else {
        rows.reserve(members.size());
        for (int s : members) {
            if (accepts(*m_tasks->taskAtSlot(s)))
                rows.push_back(s);
        }
    }
    if (m_sortColumn >= 0)
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return before(a, b); });
    return rows;
}

void TaskFilterProxy::rebuildAll()
{
    m_shown.clear();
    m_flat = false;
    if (m_tasks) {
        m_flat = m_tasks->grouping() == TaskTreeModel::Grouping::Flat;
        for (int g = 0; g < m_tasks->groupCount(); ++g) {
            Shown shown{m_tasks->groupIdAt(g), rowsOfGroup(g)};
            if (m_flat || !shown.taskSlots.empty())
                m_shown.push_back(std::move(shown));
        }
    }
    reindex();
}

void TaskFilterProxy::reindex()
{
    reindexGroupRows();
    m_rowOfSlot.assign(size_t(m_tasks ? m_tasks->slotCount() : 0), -1);
    for (const Shown &g : m_shown) {
        for (int row = 0; row < int(g.taskSlots.size()); ++row)
            m_rowOfSlot[size_t(g.taskSlots[size_t(row)])] = row;
    }
}

void TaskFilterProxy::reindexGroupRows()
{
    m_shownPos.clear();
    m_shownPos.reserve(qsizetype(m_shown.size()));
    for (int pos = 0; pos < int(m_shown.size()); ++pos)
        m_shownPos.insert(m_shown[size_t(pos)].groupId, pos);
}

// ---- persistent indexes ------------------------------------------------------------------

std::vector<TaskFilterProxy::Identity> TaskFilterProxy::identities(const QModelIndexList &indexes) const
{
    std::vector<Identity> ids;
    ids.reserve(size_t(indexes.size()));
    for (const QModelIndex &idx : indexes) {
        Identity id;
        id.column = idx.column();
        if (isGroupRow(idx)) {
            id.isGroup = true;
            if (idx.row() < int(m_shown.size()))
                id.groupId = m_shown[size_t(idx.row())].groupId;
        } else {
            id.slot = slotAtProxy(idx);
        }
        ids.push_back(id);
    }
    return ids;
}

QModelIndex TaskFilterProxy::indexFor(const Identity &id) const
{
    if (id.isGroup) {
        const int pos = shownPos(id.groupId);
        return pos < 0 ? QModelIndex() : createIndex(pos, id.column, quintptr(0));
    }
    if (id.slot < 0 || id.slot >= int(m_rowOfSlot.size()) || m_rowOfSlot[size_t(id.slot)] < 0)
        return {};
    const quintptr group = m_tasks->groupIdOfSlot(id.slot);
    if (shownPos(group) < 0)
        return {};
    return createIndex(m_rowOfSlot[size_t(id.slot)], id.column, m_flat ? quintptr(0) : group);
}

void TaskFilterProxy::followIdentities(const QModelIndexList &from, const std::vector<Identity> &ids)
{
    QModelIndexList to;
    to.reserve(from.size());
    for (const Identity &id : ids)
        to.append(indexFor(id));
    changePersistentIndexList(from, to);
}

void TaskFilterProxy::relayoutInPlace()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    const std::vector<Identity> ids = identities(from);
    rebuildAll();
    followIdentities(from, ids);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// ---- QAbstractItemModel ------------------------------------------------------------------

int TaskFilterProxy::slotAtProxy(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || isGroupRow(index))
        return -1;
    const int pos = m_flat ? 0 : shownPos(index.internalId());
    if (pos < 0 || pos >= int(m_shown.size()))
        return -1;
    const std::vector<int> &members = m_shown[size_t(pos)].taskSlots;
    return index.row() < int(members.size()) ? members[size_t(index.row())] : -1;
}

QModelIndex TaskFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_tasks || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    if (isGroupRow(proxyIndex)) {
        if (proxyIndex.row() >= int(m_shown.size()))
            return {};
        const int group = m_tasks->groupOfId(m_shown[size_t(proxyIndex.row())].groupId);
        return group < 0 ? QModelIndex() : m_tasks->index(group, proxyIndex.column());
    }
    return m_tasks->indexOfSlot(slotAtProxy(proxyIndex), proxyIndex.column());
}

QModelIndex TaskFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_tasks || !sourceIndex.isValid() || sourceIndex.model() != m_tasks)
        return {};
    if (m_tasks->isGroup(sourceIndex)) {
        const int pos = shownPos(m_tasks->groupIdAt(sourceIndex.row()));
        return pos < 0 ? QModelIndex() : createIndex(pos, sourceIndex.column(), quintptr(0));
    }
    const int slot = m_tasks->slotOf(sourceIndex);
    if (slot < 0 || slot >= int(m_rowOfSlot.size()) || m_rowOfSlot[size_t(slot)] < 0)
        return {};
    const quintptr group = m_tasks->groupIdOfSlot(slot);
    if (shownPos(group) < 0)
        return {};
    return createIndex(m_rowOfSlot[size_t(slot)], sourceIndex.column(), m_flat ? quintptr(0) : group);
}

QModelIndex TaskFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= TaskTreeModel::ColumnCount)
        return {};
    if (m_flat) {
        if (parent.isValid() || m_shown.empty() || row >= int(m_shown.front().taskSlots.size()))
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (!parent.isValid())
        return row < int(m_shown.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.model() != this || !isGroupRow(parent) || parent.column() != 0 || parent.row() >= int(m_shown.size()))
        return {};
    const Shown &g = m_shown[size_t(parent.row())];
    if (row >= int(g.taskSlots.size()))
        return {};
    return createIndex(row, column, g.groupId);
}

QModelIndex TaskFilterProxy::parent(const QModelIndex &child) const
{
    if (!child.isValid() || m_flat || child.internalId() == 0)
        return {};
    const int pos = shownPos(child.internalId());
    return pos < 0 ? QModelIndex() : createIndex(pos, 0, quintptr(0));
}

QModelIndex TaskFilterProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    if (!idx.isValid())
        return {};
    if (row == idx.row()) {
        if (column < 0 || column >= TaskTreeModel::ColumnCount)
            return {};
        return createIndex(row, column, idx.internalId());
    }
    return index(row, column, parent(idx));
}

int TaskFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (m_flat)
        return parent.isValid() || m_shown.empty() ? 0 : int(m_shown.front().taskSlots.size());
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.model() != this || !isGroupRow(parent) || parent.column() != 0 || parent.row() >= int(m_shown.size()))
        return 0;
    return int(m_shown[size_t(parent.row())].taskSlots.size());
}

int TaskFilterProxy::columnCount(const QModelIndex &) const
{
    return m_tasks ? int(TaskTreeModel::ColumnCount) : 0;
}

bool TaskFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags TaskFilterProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Answered here, not by the model: a view asks for every row it lays out, and a task row
    // that says it never has children spares the view a persistent-index lookup.
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return isGroupRow(index) ? base : base | Qt::ItemNeverHasChildren;
}

QVariant TaskFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_tasks ? m_tasks->headerData(section, orientation, role) : QVariant();
}

} // namespace liteops
