// SPDX-License-Identifier: Apache-2.0
// TaskTreeModel::mergeInPlace(): a new snapshot of the open job merged by task id, step by
// step, with the row and cell signals that let views keep selection, expansion and scroll
// position. The rest of the model is in task_tree_model.cpp.
#include "task_tree_model.h"

#include "row_changes.h"

#include <algorithm>
#include <climits>
#include <span>

namespace liteops {

bool TaskTreeModel::mergeInPlace(const QList<Task> &tasks, std::vector<int> &newSlotOf)
{
    Merge merge;
    if (!matchById(tasks, merge)) {
        newSlotOf = std::move(merge.newSlotOf);
        return false;
    }
    const QHash<quintptr, int> sizesBefore = groupSizes();
    sortOutChanges(tasks, merge);
    if (!merge.sameIds || !merge.movers.empty())
        removeDepartures(merge);
    adoptSnapshotTasks(tasks, merge);
    insertArrivals(tasks, merge);
    emitChanges(merge.changes);
    emitGroupSizeChanges(sizesBefore);
    newSlotOf = std::move(merge.newSlotOf);
    return true;
}

// Which slot holds each task of the snapshot. False when the snapshot reorders tasks it
// shares with the model, which a merge cannot show without moving rows.
bool TaskTreeModel::matchById(const QList<Task> &tasks, Merge &merge) const
{
    const int n = int(tasks.size());
    merge.newSlotOf.assign(m_seq.size(), -1);
    merge.matched.assign(size_t(n), -1);
    const std::vector<int> docSlots = slotsInDocumentOrder();
    const auto match = [&merge](int position, int slot) {
        merge.matched[size_t(position)] = slot;
        merge.newSlotOf[size_t(slot)] = position;
    };

    // Fast path: polls of a running job answer the same tasks in the same order.
    merge.sameIds = int(docSlots.size()) == n;
    for (int i = 0; merge.sameIds && i < n; ++i)
        merge.sameIds = m_tasks.at(docSlots[size_t(i)]).id() == tasks.at(i).id();
    if (merge.sameIds) {
        for (int i = 0; i < n; ++i)
            match(i, docSlots[size_t(i)]);
        return true;
    }

    QHash<QStringView, int> slotOfId;
    slotOfId.reserve(qsizetype(docSlots.size()));
    for (auto it = docSlots.rbegin(); it != docSlots.rend(); ++it) // a duplicated id: the first wins
        slotOfId.insert(m_tasks.at(*it).id(), *it);
    for (int i = 0; i < n; ++i) {
        const auto it = slotOfId.constFind(tasks.at(i).id());
        if (it != slotOfId.cend() && merge.newSlotOf[size_t(*it)] < 0)
            match(i, *it);
    }
    int lastPosition = -1;
    for (int s : merge.matched) {
        if (s < 0)
            continue;
        if (m_seq[size_t(s)] < lastPosition)
            return false;
        lastPosition = m_seq[size_t(s)];
    }
    return true;
}

std::vector<int> TaskTreeModel::slotsInDocumentOrder() const
{
    std::vector<int> docSlots(static_cast<size_t>(taskCount()));
    for (int s = 0; s < int(m_seq.size()); ++s) {
        if (m_seq[size_t(s)] >= 0)
            docSlots[size_t(m_seq[size_t(s)])] = s;
    }
    return docSlots;
}

QHash<quintptr, int> TaskTreeModel::groupSizes() const
{
    QHash<quintptr, int> sizes;
    if (m_grouping != Grouping::Flat) {
        for (const Group &g : m_groups)
            sizes.insert(g.stableId, int(g.members.size()));
    }
    return sizes;
}

// What changed, decided before anything is touched. A task whose group changes leaves its
// group and is inserted into the new one (see the header): it is a mover, not a change.
void TaskTreeModel::sortOutChanges(const QList<Task> &tasks, Merge &merge) const
{
    merge.leaving.assign(m_seq.size(), 0);
    for (int i = 0; i < int(tasks.size()); ++i) {
        const int s = merge.matched[size_t(i)];
        if (s < 0)
            continue;
        const Task &before = m_tasks.at(s);
        const Task &after = tasks.at(i);
        if (before == after)
            continue;
        if (m_grouping != Grouping::Flat
            && !sameGroup(m_groups[size_t(groupPosition(m_groupOf[size_t(s)]))], groupKeyOf(after))) {
            merge.leaving[size_t(s)] = 1;
            merge.movers.push_back(i);
            continue;
        }
        Change change = describeChange(s, before, after);
        if (change.columns)
            merge.changes.push_back(std::move(change));
    }
}

// Step 1: tasks that are gone or change group leave their rows, in runs from the bottom so
// positions above stay valid; a group they leave empty goes as one row.
void TaskTreeModel::removeDepartures(const Merge &merge)
{
    const auto departs = [&merge](int s) { return merge.newSlotOf[size_t(s)] < 0 || merge.leaving[size_t(s)]; };
    for (int pos = int(m_groups.size()) - 1; pos >= 0; --pos) {
        const Group &g = m_groups[size_t(pos)];
        if (m_grouping == Grouping::Flat || !std::all_of(g.members.begin(), g.members.end(), departs)) {
            removeDeparturesFromGroup(pos, merge);
            continue;
        }
        beginRemoveRows({}, pos, pos);
        for (int s : g.members)
            vacateSlot(s, merge);
        m_groups.erase(m_groups.begin() + pos);
        reindexGroupPositions();
        endRemoveRows();
    }
}

void TaskTreeModel::removeDeparturesFromGroup(int position, const Merge &merge)
{
    const auto departs = [&merge](int s) { return merge.newSlotOf[size_t(s)] < 0 || merge.leaving[size_t(s)]; };
    std::vector<int> &members = m_groups[size_t(position)].members;
    for (int r = int(members.size()) - 1; r >= 0; --r) {
        if (!departs(members[size_t(r)]))
            continue;
        const int last = r;
        while (r > 0 && departs(members[size_t(r - 1)]))
            --r;
        beginRemoveRows(groupIndex(position), r, last);
        for (int k = r; k <= last; ++k)
            vacateSlot(members[size_t(k)], merge);
        members.erase(members.begin() + r, members.begin() + last + 1);
        endRemoveRows();
    }
}

// A gone task's slot is emptied now but freed only after the snapshot (freeVacatedSlots()):
// were a new task of this snapshot to take it, the proxy, which catches up at the end,
// would take the new task for the old one.
void TaskTreeModel::vacateSlot(int slot, const Merge &merge)
{
    if (merge.newSlotOf[size_t(slot)] < 0) {
        m_tasks[slot] = Task();
        m_seq[size_t(slot)] = -1;
        m_vacatedSlots.push_back(slot);
    }
    m_groupOf[size_t(slot)] = 0;
}

void TaskTreeModel::freeVacatedSlots()
{
    m_freeSlots.insert(m_freeSlots.end(), m_vacatedSlots.begin(), m_vacatedSlots.end());
    m_vacatedSlots.clear();
}

// Steps 2 and 3: the kept tasks' new document positions (their relative order is unchanged,
// so every group stays sorted), and the snapshot's Task objects, for changed tasks (movers
// are in no group at this point) and unchanged ones alike: decoded tasks share text chunks
// (Task::TextArena), and keeping an old unchanged task would keep its whole old chunk alive.
void TaskTreeModel::adoptSnapshotTasks(const QList<Task> &tasks, const Merge &merge)
{
    const int n = int(tasks.size());
    for (int i = 0; i < n; ++i) {
        if (merge.matched[size_t(i)] >= 0)
            m_seq[size_t(merge.matched[size_t(i)])] = i;
    }
    // When every slot is its task's document position (no task came or went since the last
    // rebuild: the usual poll of a running job), that is the snapshot's list itself, shared.
    bool slotIsPosition = merge.sameIds && m_freeSlots.empty() && int(m_seq.size()) == n;
    for (int s = 0; slotIsPosition && s < n; ++s)
        slotIsPosition = m_seq[size_t(s)] == s;
    if (slotIsPosition) {
        m_tasks = tasks;
        return;
    }
    for (int i = 0; i < n; ++i) {
        if (merge.matched[size_t(i)] >= 0)
            m_tasks[merge.matched[size_t(i)]] = tasks.at(i);
    }
}

// Step 4: new tasks and movers into their groups (made when missing).
void TaskTreeModel::insertArrivals(const QList<Task> &tasks, const Merge &merge)
{
    std::vector<std::pair<quintptr, int>> arrivals; // (group id, slot) in document order
    size_t nextMover = 0;
    for (int i = 0; i < int(tasks.size()); ++i) {
        int slot = merge.matched[size_t(i)];
        if (slot < 0) {
            slot = allocSlot(tasks.at(i));
            m_seq[size_t(slot)] = i;
        } else if (nextMover < merge.movers.size() && merge.movers[nextMover] == i) {
            ++nextMover;
        } else {
            continue;
        }
        const int pos = ensureGroup(groupKeyOf(m_tasks.at(slot)));
        m_groupOf[size_t(slot)] = m_groups[size_t(pos)].stableId;
        arrivals.emplace_back(m_groups[size_t(pos)].stableId, slot);
    }
    insertIntoGroups(arrivals);
}

// Arrivals in blocks of rows that are adjacent in their group, one insertion each.
void TaskTreeModel::insertIntoGroups(std::vector<std::pair<quintptr, int>> &arrivals)
{
    std::stable_sort(arrivals.begin(), arrivals.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t k = 0; k < arrivals.size();) {
        const quintptr gid = arrivals[k].first;
        const int pos = m_grouping == Grouping::Flat ? 0 : groupPosition(gid);
        Group &g = m_groups[size_t(pos)];
        const int row = rowInGroup(g, arrivals[k].second);
        const int limit = row < int(g.members.size()) ? m_seq[size_t(g.members[size_t(row)])] : INT_MAX;
        size_t e = k + 1;
        while (e < arrivals.size() && arrivals[e].first == gid && m_seq[size_t(arrivals[e].second)] < limit)
            ++e;
        beginInsertRows(groupIndex(pos), row, row + int(e - k) - 1);
        std::vector<int> block;
        block.reserve(e - k);
        for (size_t j = k; j < e; ++j)
            block.push_back(arrivals[j].second);
        g.members.insert(g.members.begin() + row, block.begin(), block.end());
        endInsertRows();
        k = e;
    }
}

// Step 5: the changed cells, group by group (see row_changes.h).
void TaskTreeModel::emitChanges(std::vector<Change> &changes)
{
    std::sort(changes.begin(), changes.end(), [this](const Change &a, const Change &b) {
        const int ga = groupPosition(m_groupOf[size_t(a.slot)]);
        const int gb = groupPosition(m_groupOf[size_t(b.slot)]);
        if (ga != gb)
            return ga < gb;
        return m_seq[size_t(a.slot)] < m_seq[size_t(b.slot)];
    });
    std::vector<RowChange> rows;
    for (size_t begin = 0; begin < changes.size();) {
        const quintptr gid = m_groupOf[size_t(changes[begin].slot)];
        const Group &g = m_groups[size_t(m_grouping == Grouping::Flat ? 0 : groupPosition(gid))];
        rows.clear();
        size_t end = begin;
        for (; end < changes.size() && m_groupOf[size_t(changes[end].slot)] == gid; ++end)
            rows.push_back({rowInGroup(g, changes[end].slot), changes[end].columns, changes[end].roles});
        emitRowChanges(rows, int(g.members.size()),
                       [&](int top, int bottom, int firstColumn, int lastColumn, const QList<int> &roles) {
            emit dataChanged(createIndex(top, firstColumn, g.stableId), createIndex(bottom, lastColumn, g.stableId),
                             roles);
        });
        begin = end;
    }
}

// Step 5, last: the counts on group rows whose size changed.
void TaskTreeModel::emitGroupSizeChanges(const QHash<quintptr, int> &sizesBefore)
{
    if (m_grouping == Grouping::Flat)
        return;
    static const QList<int> groupRoles{Qt::DisplayRole, Qt::ToolTipRole, GroupCountRole};
    for (int pos = 0; pos < int(m_groups.size()); ++pos) {
        const Group &g = m_groups[size_t(pos)];
        if (sizesBefore.value(g.stableId, -1) != int(g.members.size())) {
            const QModelIndex idx = createIndex(pos, 0, quintptr(0));
            emit dataChanged(idx, idx, groupRoles);
        }
    }
}

} // namespace liteops
