// SPDX-License-Identifier: Apache-2.0
// TaskFilterProxy following its TaskTreeModel. The model tells, row by row, what a merge
// removes, inserts and changes; this side only notes the slots while a snapshot is being
// applied, and takes them all in when it is done (catchUp()). Outside a snapshot each change
// is taken in at once. A slot stands for one task throughout a snapshot (the model frees a
// gone task's slot only afterwards), so noting slots is enough to follow tasks.
#include "row_changes.h"
#include "task_filter_proxy.h"
#include "task_tree_model.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <utility>

namespace liteops {

void TaskFilterProxy::connectSource()
{
    const TaskTreeModel *m = m_tasks;
    m_connections << connect(m, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        beginResetModel();
        m_pending = {};
    });
    m_connections << connect(m, &QAbstractItemModel::modelReset, this, [this] {
        rebuildAll();
        endResetModel();
    });
    m_connections << connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                             &TaskFilterProxy::onRowsAboutToBeRemoved);
    m_connections << connect(m, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_inSnapshot)
            catchUp();
    });
    m_connections << connect(m, &QAbstractItemModel::rowsInserted, this, &TaskFilterProxy::onRowsInserted);
    m_connections << connect(m, &QAbstractItemModel::dataChanged, this, &TaskFilterProxy::onDataChanged);
    m_connections << connect(m, &QAbstractItemModel::layoutAboutToBeChanged, this,
                             &TaskFilterProxy::onSourceLayoutAboutToBeChanged);
    m_connections << connect(m, &QAbstractItemModel::layoutChanged, this, &TaskFilterProxy::onSourceLayoutChanged);
    // The model never moves rows; were it to, a layout change is the safe answer.
    m_connections << connect(m, &QAbstractItemModel::rowsAboutToBeMoved, this,
                             &TaskFilterProxy::onSourceLayoutAboutToBeChanged);
    m_connections << connect(m, &QAbstractItemModel::rowsMoved, this, &TaskFilterProxy::onSourceLayoutChanged);
    m_connections << connect(m, &TaskTreeModel::snapshotAboutToBeApplied, this,
                             &TaskFilterProxy::onSnapshotAboutToBeApplied);
    m_connections << connect(m, &TaskTreeModel::snapshotApplied, this, &TaskFilterProxy::onSnapshotApplied);
}

void TaskFilterProxy::onSnapshotAboutToBeApplied()
{
    m_inSnapshot = true;
}

void TaskFilterProxy::onSnapshotApplied()
{
    m_inSnapshot = false;
    catchUp();
}

void TaskFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid() && !m_flat)
        return; // whole groups: catchUp() sees them gone from the model
    for (int r = first; r <= last; ++r)
        m_pending.removed.push_back(m_tasks->slotOf(m_tasks->index(r, 0, parent)));
}

void TaskFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid() && !m_flat) {
        for (int g = first; g <= last; ++g) {
            const std::vector<int> &members = m_tasks->groupSlots(g);
            m_pending.inserted.insert(m_pending.inserted.end(), members.begin(), members.end());
        }
    } else {
        for (int r = first; r <= last; ++r)
            m_pending.inserted.push_back(m_tasks->slotOf(m_tasks->index(r, 0, parent)));
    }
    if (!m_inSnapshot)
        catchUp();
}

void TaskFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    if (m_tasks->isGroup(topLeft)) {
        for (int g = topLeft.row(); g <= bottomRight.row(); ++g)
            m_pending.groupsChanged.push_back(m_tasks->groupIdAt(g));
    } else {
        const QModelIndex parent = topLeft.parent();
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
            m_pending.changed.push_back(m_tasks->slotOf(m_tasks->index(r, 0, parent)));
        for (int c = topLeft.column(); c <= bottomRight.column(); ++c)
            m_pending.changedColumns |= 1u << c;
    }
    if (roles.isEmpty())
        m_pending.allRoles = true;
    else
        addRoles(m_pending.changedRoles, roles);
    if (!m_inSnapshot)
        catchUp();
}

void TaskFilterProxy::onSourceLayoutAboutToBeChanged()
{
    catchUp(); // the model is still as the pending changes left it
    emit layoutAboutToBeChanged();
    m_layoutFrom = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutFrom.size());
    for (const QModelIndex &idx : std::as_const(m_layoutFrom))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(idx)));
}

void TaskFilterProxy::onSourceLayoutChanged()
{
    rebuildAll();
    QModelIndexList to;
    to.reserve(m_layoutFrom.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSource.clear();
    emit layoutChanged();
}

void TaskFilterProxy::catchUp()
{
    if (!m_tasks || m_pending.isEmpty())
        return;
    const Pending p = std::exchange(m_pending, {});
    if (int(m_rowOfSlot.size()) < m_tasks->slotCount())
        m_rowOfSlot.resize(size_t(m_tasks->slotCount()), -1);

    Layout next = nextLayout(whatMoves(p));

    // Tell the views in an order that lets every persistent index follow its task: new group
    // rows first (empty), then every task to its new place in one layout change, then the
    // group rows that are left empty.
    insertNewGroupRows(next);
    moveTasksToTheirPlaces(next);
    removeEmptiedGroupRows(next);

    // Changed cells where they now are, then the group rows' own data.
    const QList<int> roles = p.allRoles ? QList<int>() : p.changedRoles;
    if (!p.changed.empty())
        emitCellChanges(p.changed, p.changedColumns, roles);
    emitGroupRowChanges(p.groupsChanged, roles);
}

// Which shown tasks leave their place, and which tasks look for one.
TaskFilterProxy::Moves TaskFilterProxy::whatMoves(const Pending &pending) const
{
    const int slotCount = m_tasks->slotCount();
    Moves moves;
    moves.leaving.assign(size_t(slotCount), 0);
    const auto leave = [&](int s) {
        if (s >= 0 && s < slotCount) {
            moves.leaving[size_t(s)] = 1;
            moves.anyLeaving = true;
        }
    };
    std::vector<char> queued(size_t(slotCount), 0);
    const auto seek = [&](int s) {
        if (s >= 0 && s < slotCount && !queued[size_t(s)] && m_tasks->taskAtSlot(s)) {
            queued[size_t(s)] = 1;
            moves.seeking.push_back(s);
        }
    };
    for (int s : pending.removed)
        leave(s);
    for (int s : pending.inserted)
        seek(s);
    // A changed cell moves its task only when it is the sort key or may change what the
    // filter says; the Duration column follows the created and updated times.
    const bool orderTouched = m_sortColumn >= 0 && (pending.changedColumns & (1u << m_sortColumn)) != 0;
    if (orderTouched || filtering()) {
        for (int s : pending.changed) {
            leave(s);
            seek(s);
        }
    }
    return moves;
}

// The groups as they are to be shown: kept tasks in their order, arrivals merged in.
TaskFilterProxy::Layout TaskFilterProxy::nextLayout(const Moves &moves) const
{
    QHash<quintptr, std::vector<int>> arrivals;
    for (int s : moves.seeking) {
        if (accepts(*m_tasks->taskAtSlot(s)))
            arrivals[m_tasks->groupIdOfSlot(s)].push_back(s);
    }
    Layout next;
    next.groups.reserve(size_t(m_tasks->groupCount()));
    for (int g = 0; g < m_tasks->groupCount(); ++g) {
        Shown shown{m_tasks->groupIdAt(g), {}};
        const int pos = shownPos(shown.groupId);
        if (pos >= 0) {
            const std::vector<int> &was = m_shown[size_t(pos)].taskSlots;
            if (moves.anyLeaving) {
                shown.taskSlots.reserve(was.size());
                std::copy_if(was.begin(), was.end(), std::back_inserter(shown.taskSlots),
                             [&moves](int s) { return !moves.leaving[size_t(s)]; });
            } else {
                shown.taskSlots = was;
            }
        }
        const auto arrived = arrivals.constFind(shown.groupId);
        if (arrived != arrivals.cend())
            placeArrivals(shown.taskSlots, *arrived);
        if (!m_flat && shown.taskSlots.empty())
            continue;
        next.positionOf.insert(shown.groupId, int(next.groups.size()));
        next.groups.push_back(std::move(shown));
    }
    return next;
}

// Each arrival finds its place among the kept tasks by binary search; arrivals are then
// ordered by that place, and compared with each other only when two land in the same gap.
// The kept runs between them are copied whole. Comparing text keys is what costs here:
// k log n comparisons, not the n of a merge nor the k log k more of sorting the arrivals first.
void TaskFilterProxy::placeArrivals(std::vector<int> &kept, const std::vector<int> &arrivals) const
{
    const auto less = [this](int a, int b) { return before(a, b); };
    std::vector<std::pair<int, int>> placed; // (position among kept, slot)
    placed.reserve(arrivals.size());
    for (int s : arrivals)
        placed.emplace_back(int(std::upper_bound(kept.cbegin(), kept.cend(), s, less) - kept.cbegin()), s);
    std::sort(placed.begin(), placed.end(), [&less](const auto &x, const auto &y) {
        return x.first != y.first ? x.first < y.first : less(x.second, y.second);
    });
    std::vector<int> merged;
    merged.reserve(kept.size() + placed.size());
    int copied = 0;
    for (const auto &[at, s] : placed) {
        merged.insert(merged.end(), kept.cbegin() + copied, kept.cbegin() + at);
        merged.push_back(s);
        copied = at;
    }
    merged.insert(merged.end(), kept.cbegin() + copied, kept.cend());
    kept.swap(merged);
}

// Each new group row goes right after the group that precedes it in the model (shown by
// now), so the groups that stay keep the model's order around it.
void TaskFilterProxy::insertNewGroupRows(const Layout &next)
{
    if (m_flat)
        return;
    for (int j = 0; j < int(next.groups.size()); ++j) {
        if (shownPos(next.groups[size_t(j)].groupId) >= 0)
            continue;
        const int at = j == 0 ? 0 : shownPos(next.groups[size_t(j - 1)].groupId) + 1;
        beginInsertRows({}, at, at);
        m_shown.insert(m_shown.begin() + at, Shown{next.groups[size_t(j)].groupId, {}});
        reindexGroupRows();
        endInsertRows();
    }
}

// One layout change; persistent indexes follow their slots, and a slot's task stays its own
// throughout the snapshot, so none lands on another task.
void TaskFilterProxy::moveTasksToTheirPlaces(Layout &next)
{
    const auto nextSlotsOf = [&next](quintptr groupId) -> std::vector<int> * {
        const int j = next.positionOf.value(groupId, -1);
        return j < 0 ? nullptr : &next.groups[size_t(j)].taskSlots;
    };
    bool moved = false;
    for (const Shown &g : m_shown) {
        const std::vector<int> *nextSlots = nextSlotsOf(g.groupId);
        moved = moved || (nextSlots ? g.taskSlots != *nextSlots : !g.taskSlots.empty());
    }
    if (!moved)
        return;
    emit layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    const std::vector<Identity> ids = identities(from);
    for (Shown &g : m_shown) {
        if (std::vector<int> *nextSlots = nextSlotsOf(g.groupId))
            g.taskSlots.swap(*nextSlots);
        else
            g.taskSlots.clear();
    }
    reindex();
    followIdentities(from, ids);
    emit layoutChanged();
}

void TaskFilterProxy::removeEmptiedGroupRows(const Layout &next)
{
    if (m_flat)
        return;
    for (int pos = int(m_shown.size()) - 1; pos >= 0; --pos) {
        if (next.positionOf.contains(m_shown[size_t(pos)].groupId))
            continue;
        beginRemoveRows({}, pos, pos);
        m_shown.erase(m_shown.begin() + pos);
        reindexGroupRows();
        endRemoveRows();
    }
}

// Per shown group, as row_changes.h says; every changed task shares the columns and roles.
void TaskFilterProxy::emitCellChanges(const std::vector<int> &changedSlots, quint32 columns, const QList<int> &roles)
{
    std::vector<std::pair<int, int>> at; // (shown group, row) of each changed task still shown
    at.reserve(changedSlots.size());
    for (int s : changedSlots) {
        if (s < 0 || s >= int(m_rowOfSlot.size()) || m_rowOfSlot[size_t(s)] < 0)
            continue;
        const int pos = m_flat ? 0 : shownPos(m_tasks->groupIdOfSlot(s));
        if (pos >= 0)
            at.emplace_back(pos, m_rowOfSlot[size_t(s)]);
    }
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
    std::vector<RowChange> rows;
    for (size_t b = 0; b < at.size();) {
        const Shown &g = m_shown[size_t(at[b].first)];
        const quintptr internal = m_flat ? quintptr(0) : g.groupId;
        rows.clear();
        size_t e = b;
        for (; e < at.size() && at[e].first == at[b].first; ++e)
            rows.push_back({at[e].second, columns, roles});
        emitRowChanges(rows, int(g.taskSlots.size()),
                       [&](int top, int bottom, int firstColumn, int lastColumn, const QList<int> &cellRoles) {
            emit dataChanged(createIndex(top, firstColumn, internal), createIndex(bottom, lastColumn, internal),
                             cellRoles);
        });
        b = e;
    }
}

void TaskFilterProxy::emitGroupRowChanges(const std::vector<quintptr> &groupIds, const QList<int> &roles)
{
    for (quintptr id : groupIds) {
        const int pos = shownPos(id);
        if (pos >= 0) {
            const QModelIndex idx = createIndex(pos, 0, quintptr(0));
            emit dataChanged(idx, idx, roles);
        }
    }
}

} // namespace liteops
