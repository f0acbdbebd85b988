// TaskFilterProxy following its TaskTreeModel. The model tells, row by row, what a merge
// removes, inserts and changes; this side only notes the slots while a snapshot is being
// applied, and takes them all in when it is done (catchUp()). Outside a snapshot each change
// is taken in at once.
#include "column_runs.h"
#include "task_filter_proxy.h"
#include "task_tree_model.h"

#include <algorithm>
#include <iterator>

namespace liteops {

namespace {

void addRoles(QList<int> &into, const QList<int> &from)
{
    for (int r : from) {
        if (!into.contains(r))
            into.append(r);
    }
}

} // namespace

void TaskFilterProxy::connectSource()
{
    const TaskTreeModel *m = m_tasks;
    m_connections << connect(m, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        beginResetModel();
        m_pending = {};
        m_heldTaskIds.clear();
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

// A merge may free a task's slot and give it to a new task before the proxy catches up; the
// ids of the tasks under persistent indexes, taken while the model still matches the proxy,
// tell a slot's old task from its new one.
void TaskFilterProxy::rememberTaskIds()
{
    if (m_idsRemembered)
        return;
    m_idsRemembered = true;
    m_heldTaskIds.clear();
    for (const QModelIndex &idx : persistentIndexList()) {
        const int slot = slotAtProxy(idx);
        if (slot >= 0 && !m_heldTaskIds.contains(slot)) {
            if (const Task *t = m_tasks->taskAtSlot(slot))
                m_heldTaskIds.insert(slot, t->id().toString());
        }
    }
}

void TaskFilterProxy::onSnapshotAboutToBeApplied()
{
    m_inSnapshot = true;
    rememberTaskIds();
}

void TaskFilterProxy::onSnapshotApplied()
{
    m_inSnapshot = false;
    catchUp();
    m_idsRemembered = false;
    m_heldTaskIds.clear();
}

void TaskFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (!m_inSnapshot)
        rememberTaskIds();
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

void TaskFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                    const QList<int> &roles)
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
    // Slots were renumbered: what was remembered about them no longer holds.
    m_idsRemembered = false;
    m_heldTaskIds.clear();
    if (m_inSnapshot)
        rememberTaskIds();
    emit layoutChanged();
}

void TaskFilterProxy::catchUp()
{
    if (!m_tasks || m_pending.isEmpty())
        return;
    Pending p = std::move(m_pending);
    m_pending = {};
    const int slotCount = m_tasks->slotCount();
    if (int(m_rowOfSlot.size()) < slotCount)
        m_rowOfSlot.resize(size_t(slotCount), -1);

    // 1. Which shown tasks leave their place, and which tasks look for one.
    std::vector<char> out(size_t(slotCount), 0);
    bool anyOut = false;
    for (int s : p.removed) {
        if (s >= 0 && s < slotCount) {
            out[size_t(s)] = 1;
            anyOut = true;
        }
    }
    std::vector<char> queued(size_t(slotCount), 0);
    std::vector<int> candidates;
    auto queue = [&](int s) {
        if (s >= 0 && s < slotCount && !queued[size_t(s)] && m_tasks->taskAtSlot(s)) {
            queued[size_t(s)] = 1;
            candidates.push_back(s);
        }
    };
    for (int s : p.inserted)
        queue(s);
    // A changed cell moves its task only when it is the sort key or may change what the
    // filter says; the Duration column follows the created and updated times.
    const bool orderTouched = m_sortColumn >= 0 && (p.changedColumns & (1u << m_sortColumn)) != 0;
    if (orderTouched || filtering()) {
        for (int s : p.changed) {
            if (s >= 0 && s < slotCount) {
                out[size_t(s)] = 1;
                anyOut = true;
                queue(s);
            }
        }
    }

    // 2. The groups as they are to be shown: kept tasks in their order, arrivals merged in.
    QHash<quintptr, std::vector<int>> arrivals;
    for (int s : candidates) {
        if (accepts(*m_tasks->taskAtSlot(s)))
            arrivals[m_tasks->groupIdOfSlot(s)].push_back(s);
    }
    const auto less = [this](int a, int b) { return before(a, b); };
    std::vector<Shown> next;
    next.reserve(size_t(m_tasks->groupCount()));
    QHash<quintptr, int> nextPos;
    for (int g = 0; g < m_tasks->groupCount(); ++g) {
        Shown shown{m_tasks->groupIdAt(g), {}};
        const int pos = shownPos(shown.groupId);
        if (pos >= 0) {
            const std::vector<int> &was = m_shown[size_t(pos)].taskSlots;
            if (anyOut) {
                shown.taskSlots.reserve(was.size());
                std::copy_if(was.begin(), was.end(), std::back_inserter(shown.taskSlots),
                             [&out](int s) { return !out[size_t(s)]; });
            } else {
                shown.taskSlots = was;
            }
        }
        const auto arrived = arrivals.find(shown.groupId);
        if (arrived != arrivals.end()) {
            // Each arrival finds its place among the kept tasks by binary search; arrivals
            // are then ordered by that place, and compared with each other only when two
            // land in the same gap. The kept runs between them are copied whole. Comparing
            // text keys is what costs here: k log n comparisons, not the n of a merge nor
            // the k log k more of sorting the arrivals first.
            const std::vector<int> &kept = shown.taskSlots;
            std::vector<std::pair<int, int>> placed; // (position among kept, slot)
            placed.reserve(arrived->size());
            for (int s : *arrived)
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
            shown.taskSlots.swap(merged);
        }
        if (!m_flat && shown.taskSlots.empty())
            continue;
        nextPos.insert(shown.groupId, int(next.size()));
        next.push_back(std::move(shown));
    }

    // 3. Tell the views, in an order that lets every persistent index follow its task:
    //    new group rows first (empty), then every task to its new place in one layout change,
    //    then the group rows that are left empty.
    const auto reindexPositions = [this] {
        m_shownPos.clear();
        for (int i = 0; i < int(m_shown.size()); ++i)
            m_shownPos.insert(m_shown[size_t(i)].groupId, i);
    };
    if (!m_flat) {
        for (int j = 0; j < int(next.size()); ++j) {
            if (shownPos(next[size_t(j)].groupId) >= 0)
                continue;
            // Right after the group that precedes it in the model (shown by now), so the
            // groups that stay keep the model's order around it.
            const int at = j == 0 ? 0 : shownPos(next[size_t(j - 1)].groupId) + 1;
            beginInsertRows({}, at, at);
            m_shown.insert(m_shown.begin() + at, Shown{next[size_t(j)].groupId, {}});
            reindexPositions();
            endInsertRows();
        }
    }

    bool moved = false;
    for (const Shown &g : m_shown) {
        const int j = nextPos.value(g.groupId, -1);
        moved = moved || (j < 0 ? !g.taskSlots.empty() : g.taskSlots != next[size_t(j)].taskSlots);
    }
    if (moved) {
        emit layoutAboutToBeChanged();
        const QModelIndexList from = persistentIndexList();
        const std::vector<Identity> ids = identities(from);
        for (Shown &g : m_shown) {
            const int j = nextPos.value(g.groupId, -1);
            if (j < 0)
                g.taskSlots.clear();
            else
                g.taskSlots.swap(next[size_t(j)].taskSlots);
        }
        reindex();
        QModelIndexList to;
        to.reserve(from.size());
        for (const Identity &id : ids) {
            if (!id.isGroup) {
                // The slot's task may be gone and the slot handed to a new task.
                const Task *now = m_tasks->taskAtSlot(id.slot);
                const auto held = m_heldTaskIds.constFind(id.slot);
                if (!now || (held != m_heldTaskIds.cend() && now->id() != *held)) {
                    to.append(QModelIndex());
                    continue;
                }
            }
            to.append(indexFor(id));
        }
        changePersistentIndexList(from, to);
        emit layoutChanged();
    }

    if (!m_flat) {
        for (int pos = int(m_shown.size()) - 1; pos >= 0; --pos) {
            if (nextPos.contains(m_shown[size_t(pos)].groupId))
                continue;
            beginRemoveRows({}, pos, pos);
            m_shown.erase(m_shown.begin() + pos);
            reindexPositions();
            endRemoveRows();
        }
    }

    // 4. Changed cells where they now are, then the group rows' own data.
    if (!p.changed.empty())
        emitCellChanges(p.changed, p.changedColumns, p.allRoles ? QList<int>() : p.changedRoles);
    for (quintptr id : p.groupsChanged) {
        const int pos = shownPos(id);
        if (pos >= 0) {
            const QModelIndex idx = createIndex(pos, 0, quintptr(0));
            emit dataChanged(idx, idx, p.allRoles ? QList<int>() : p.changedRoles);
        }
    }
}

void TaskFilterProxy::emitCellChanges(const std::vector<int> &changedSlots, quint32 columns, const QList<int> &roles)
{
    // (shown group, row) of each changed task still shown.
    std::vector<std::pair<int, int>> at;
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
    // Per group: a signal per row when few rows changed, one range when most did.
    for (size_t b = 0; b < at.size();) {
        size_t e = b + 1;
        while (e < at.size() && at[e].first == at[b].first)
            ++e;
        const Shown &g = m_shown[size_t(at[b].first)];
        const quintptr internal = m_flat ? quintptr(0) : g.groupId;
        if (e - b > 1 && (e - b) * 2 > g.taskSlots.size()) {
            const int top = at[b].second, bottom = at[e - 1].second;
            forEachColumnRun(columns, [&](int first, int last) {
                emit dataChanged(createIndex(top, first, internal), createIndex(bottom, last, internal), roles);
            });
        } else {
            for (size_t i = b; i < e; ++i) {
                const int row = at[i].second;
                forEachColumnRun(columns, [&](int first, int last) {
                    emit dataChanged(createIndex(row, first, internal), createIndex(row, last, internal), roles);
                });
            }
        }
        b = e;
    }
}

} // namespace liteops
