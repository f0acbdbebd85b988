#include "task_tree_model.h"

#include "column_runs.h"
#include "display_format.h"
#include "error_clusterer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>

namespace liteops {

namespace {

// Group order: what needs attention first.
constexpr std::array<int, kStateCount> kStateRank = {
    5, // Pending
    4, // Running
    7, // Succeeded
    0, // Failed
    6, // Skipped
    2, // Cancelled
    1, // Partial
    8, // Deleted
    3, // Unknown
};

QString firstLine(QStringView text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return (nl < 0 ? text : text.first(nl)).trimmed().toString();
}

QStringView serverNameOf(const Task &t)
{
    return t.targetName().isEmpty() ? t.name() : t.targetName();
}

const QList<int> &cellRoles()
{
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, RawValueRole};
    return roles;
}

} // namespace

int TaskTreeModel::stateRank(State s)
{
    return kStateRank[size_t(s)];
}

const Task *TaskTreeModel::taskAtSlot(int slot) const
{
    if (slot < 0 || slot >= int(m_seq.size()) || m_seq[size_t(slot)] < 0)
        return nullptr;
    return &m_tasks.at(slot);
}

TaskTreeModel::TaskTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    rebuild({});
}

TaskTreeModel::~TaskTreeModel() = default;

// ---- structure ---------------------------------------------------------------------------

TaskTreeModel::GroupKey TaskTreeModel::groupKeyOf(const Task &task) const
{
    GroupKey key;
    key.state = task.state();
    switch (m_grouping) {
    case Grouping::Flat:
        break;
    case Grouping::ByState:
        key.tier = stateRank(task.state());
        break;
    case Grouping::ByErrorCluster:
        if (ErrorClusterer::isClustered(task)) {
            key.tier = 0;
            key.key = ErrorClusterer::clusterIdOf(task);
            key.isCluster = true;
        } else {
            key.tier = 1 + stateRank(task.state());
        }
        break;
    }
    return key;
}

int TaskTreeModel::findGroup(const GroupKey &key, bool *found) const
{
    const auto it = std::lower_bound(m_groups.begin(), m_groups.end(), key,
                                     [](const Group &g, const GroupKey &k) {
                                         if (g.tier != k.tier)
                                             return g.tier < k.tier;
                                         return g.key < k.key;
                                     });
    *found = it != m_groups.end() && sameGroup(*it, key);
    return int(it - m_groups.begin());
}

void TaskTreeModel::reindexGroupPositions()
{
    m_groupPos.clear();
    m_groupPos.reserve(qsizetype(m_groups.size()));
    for (int i = 0; i < int(m_groups.size()); ++i)
        m_groupPos.insert(m_groups[size_t(i)].stableId, i);
}

int TaskTreeModel::ensureGroup(const GroupKey &key)
{
    if (m_grouping == Grouping::Flat)
        return 0;
    bool found = false;
    const int pos = findGroup(key, &found);
    if (found)
        return pos;
    beginInsertRows({}, pos, pos);
    Group g;
    g.stableId = m_nextGroupId++;
    g.tier = key.tier;
    g.key = key.key;
    g.state = key.state;
    g.isCluster = key.isCluster;
    m_groups.insert(m_groups.begin() + pos, std::move(g));
    reindexGroupPositions();
    endInsertRows();
    return pos;
}

void TaskTreeModel::removeGroupIfEmpty(int position)
{
    if (m_grouping == Grouping::Flat || !m_groups[size_t(position)].members.empty())
        return;
    beginRemoveRows({}, position, position);
    m_groups.erase(m_groups.begin() + position);
    reindexGroupPositions();
    endRemoveRows();
}

int TaskTreeModel::rowInGroup(const Group &group, int slot) const
{
    const int seq = m_seq[size_t(slot)];
    const auto it = std::lower_bound(group.members.begin(), group.members.end(), seq,
                                     [this](int s, int q) { return m_seq[size_t(s)] < q; });
    return int(it - group.members.begin());
}

QModelIndex TaskTreeModel::groupIndex(int position) const
{
    if (m_grouping == Grouping::Flat)
        return {};
    return createIndex(position, 0, quintptr(0));
}

QModelIndex TaskTreeModel::indexOfSlot(int slot, int column) const
{
    if (slot < 0 || slot >= int(m_seq.size()) || m_seq[size_t(slot)] < 0)
        return {};
    const int pos = m_grouping == Grouping::Flat ? 0 : groupPosition(m_groupOf[size_t(slot)]);
    if (pos < 0)
        return {};
    const Group &g = m_groups[size_t(pos)];
    return createIndex(rowInGroup(g, slot), column, g.stableId);
}

int TaskTreeModel::slotAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    int pos = 0;
    if (m_grouping != Grouping::Flat) {
        if (index.internalId() == 0)
            return -1;
        pos = groupPosition(index.internalId());
        if (pos < 0)
            return -1;
    }
    const Group &g = m_groups[size_t(pos)];
    if (index.row() >= int(g.members.size()))
        return -1;
    return g.members[size_t(index.row())];
}

int TaskTreeModel::allocSlot(const Task &task)
{
    int slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_tasks[slot] = task;
    } else {
        slot = int(m_tasks.size());
        m_tasks.append(task);
        m_seq.push_back(-1);
        m_groupOf.push_back(0);
    }
    return slot;
}

void TaskTreeModel::rebuild(const QList<Task> &tasks)
{
    const int n = int(tasks.size());
    m_tasks = tasks;
    m_seq.resize(size_t(n));
    std::iota(m_seq.begin(), m_seq.end(), 0);
    m_groupOf.assign(size_t(n), 0);
    m_freeSlots.clear();
    m_groups.clear();

    if (m_grouping == Grouping::Flat) {
        Group g;
        g.stableId = 0;
        g.members.resize(size_t(n));
        std::iota(g.members.begin(), g.members.end(), 0);
        m_groups.push_back(std::move(g));
        reindexGroupPositions();
        return;
    }

    // Bucket by state tier (an array) or by cluster id (a hash), then order the buckets.
    std::vector<Group> buckets;
    std::array<int, kStateCount + 1> tierBucket;
    tierBucket.fill(-1);
    QHash<QString, int> clusterBucket;
    for (int s = 0; s < n; ++s) {
        GroupKey key = groupKeyOf(m_tasks.at(s));
        int *bucket = nullptr;
        int clusterSlot = -1;
        if (key.isCluster) {
            clusterSlot = int(clusterBucket.value(key.key, -1));
            bucket = &clusterSlot;
        } else {
            bucket = &tierBucket[size_t(key.tier)];
        }
        if (*bucket < 0) {
            *bucket = int(buckets.size());
            if (key.isCluster)
                clusterBucket.insert(key.key, *bucket);
            Group g;
            g.tier = key.tier;
            g.key = std::move(key.key);
            g.state = key.state;
            g.isCluster = key.isCluster;
            buckets.push_back(std::move(g));
        }
        buckets[size_t(*bucket)].members.push_back(s);
    }
    std::sort(buckets.begin(), buckets.end(), [](const Group &a, const Group &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        return a.key < b.key;
    });
    m_groups = std::move(buckets);
    for (Group &g : m_groups) {
        g.stableId = m_nextGroupId++;
        for (int s : g.members)
            m_groupOf[size_t(s)] = g.stableId;
    }
    reindexGroupPositions();
}

void TaskTreeModel::rebuildKeepingPersistent(const QList<Task> &tasks,
                                             const std::vector<int> &newSlotOf, Grouping grouping)
{
    const bool keepGroups = grouping == m_grouping;
    emit layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    struct Identity
    {
        int newSlot = -1;
        bool isGroup = false;
        GroupKey group;
    };
    std::vector<Identity> ids;
    ids.reserve(size_t(from.size()));
    for (const QModelIndex &idx : from) {
        Identity id;
        if (isGroup(idx)) {
            id.isGroup = true;
            const Group &g = m_groups[size_t(idx.row())];
            id.group.tier = g.tier;
            id.group.key = g.key;
        } else {
            const int slot = slotAt(idx);
            if (slot >= 0 && slot < int(newSlotOf.size()))
                id.newSlot = newSlotOf[size_t(slot)];
        }
        ids.push_back(std::move(id));
    }

    m_grouping = grouping;
    rebuild(tasks);

    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const Identity &id = ids[size_t(i)];
        if (id.isGroup) {
            bool found = false;
            const int pos = keepGroups && m_grouping != Grouping::Flat ? findGroup(id.group, &found) : 0;
            to.append(found ? createIndex(pos, from[i].column(), quintptr(0)) : QModelIndex());
        } else {
            to.append(indexOfSlot(id.newSlot, from[i].column()));
        }
    }
    changePersistentIndexList(from, to);
    emit layoutChanged();
}

// ---- merging -----------------------------------------------------------------------------

void TaskTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    QList<Task> ordered(taskCount());
    for (size_t s = 0; s < m_seq.size(); ++s) {
        if (m_seq[s] >= 0)
            ordered[m_seq[s]] = m_tasks.at(qsizetype(s));
    }
    const std::vector<int> newSlotOf = m_seq; // document position == slot after rebuild
    rebuildKeepingPersistent(ordered, newSlotOf, grouping);
    emit groupingChanged(grouping);
}

void TaskTreeModel::applyJob(const Job &job)
{
    emit snapshotAboutToBeApplied();
    if (!m_hasJob || job.id != m_jobId) {
        beginResetModel();
        m_hasJob = true;
        m_jobId = job.id;
        m_provider = job.provider; // inside the reset: views read the header titles anew
        rebuild(job.tasks);
        endResetModel();
    } else {
        std::vector<int> newSlotOf;
        if (!mergeInPlace(job.tasks, newSlotOf))
            rebuildKeepingPersistent(job.tasks, newSlotOf, m_grouping);
    }
    emit snapshotApplied();
}

void TaskTreeModel::clear()
{
    beginResetModel();
    m_hasJob = false;
    m_jobId.clear();
    m_provider = Provider::ModelArts;
    rebuild({});
    endResetModel();
}

TaskTreeModel::Change TaskTreeModel::describeChange(int slot, const Task &before, const Task &after)
{
    Change c{slot, 0, {}};
    auto touch = [&c](int column) { c.columns |= 1u << column; };
    if (serverNameOf(before) != serverNameOf(after))
        touch(ServerName);
    if (before.targetId() != after.targetId())
        touch(ServerId);
    const bool stateChanged = before.state() != after.state();
    if (stateChanged || before.status() != after.status())
        touch(Status);
    const bool messageChanged = before.message() != after.message();
    if (messageChanged)
        touch(Message);
    if (before.cloudServerValue(u"type") != after.cloudServerValue(u"type"))
        touch(CloudServerType);
    if (before.cloudServerValue(u"id") != after.cloudServerValue(u"id"))
        touch(CloudServerId);
    if (before.createdAtMs() != after.createdAtMs()) {
        touch(Created);
        touch(Duration);
    }
    if (before.updatedAtMs() != after.updatedAtMs()) {
        touch(Updated);
        touch(Duration);
    }
    const bool clusterChanged = stateChanged
        || (messageChanged && ErrorClusterer::isClustered(after)
            && ErrorClusterer::clusterIdOf(before) != ErrorClusterer::clusterIdOf(after));
    if (c.columns == 0)
        return c;
    c.roles = cellRoles();
    if (messageChanged)
        c.roles.append(FullMessageRole);
    // Row-wide roles ride on the Status or Message cell that changed with them.
    if (stateChanged)
        c.roles.append(StateRole);
    if (clusterChanged)
        c.roles.append(ClusterIdRole);
    return c;
}

void TaskTreeModel::emitChanges(std::vector<Change> &changes)
{
    if (changes.empty())
        return;
    // Per group: one signal per row when few rows changed, one range when most did.
    std::sort(changes.begin(), changes.end(), [this](const Change &a, const Change &b) {
        const int ga = groupPosition(m_groupOf[size_t(a.slot)]);
        const int gb = groupPosition(m_groupOf[size_t(b.slot)]);
        if (ga != gb)
            return ga < gb;
        return m_seq[size_t(a.slot)] < m_seq[size_t(b.slot)];
    });
    auto addRoles = [](QList<int> &into, const QList<int> &from) {
        for (int r : from) {
            if (!into.contains(r))
                into.append(r);
        }
    };
    size_t begin = 0;
    while (begin < changes.size()) {
        const quintptr gid = m_groupOf[size_t(changes[begin].slot)];
        size_t end = begin + 1;
        while (end < changes.size() && m_groupOf[size_t(changes[end].slot)] == gid)
            ++end;
        const int pos = m_grouping == Grouping::Flat ? 0 : groupPosition(gid);
        const Group &g = m_groups[size_t(pos)];
        const size_t count = end - begin;
        if (count > 1 && count * 2 > g.members.size()) {
            int firstRow = INT_MAX, lastRow = -1;
            quint32 columns = 0;
            QList<int> roles;
            for (size_t i = begin; i < end; ++i) {
                const Change &c = changes[i];
                const int row = rowInGroup(g, c.slot);
                firstRow = std::min(firstRow, row);
                lastRow = std::max(lastRow, row);
                columns |= c.columns;
                addRoles(roles, c.roles);
            }
            forEachColumnRun(columns, [&](int first, int last) {
                emit dataChanged(createIndex(firstRow, first, g.stableId),
                                 createIndex(lastRow, last, g.stableId), roles);
            });
        } else {
            for (size_t i = begin; i < end; ++i) {
                const Change &c = changes[i];
                const int row = rowInGroup(g, c.slot);
                forEachColumnRun(c.columns, [&](int first, int last) {
                    emit dataChanged(createIndex(row, first, g.stableId),
                                     createIndex(row, last, g.stableId), c.roles);
                });
            }
        }
        begin = end;
    }
}

bool TaskTreeModel::mergeInPlace(const QList<Task> &tasks, std::vector<int> &newSlotOf)
{
    const int n = int(tasks.size());
    const int slotCount = int(m_seq.size());
    const int live = taskCount();
    newSlotOf.assign(size_t(slotCount), -1);
    std::vector<int> matched(size_t(n), -1); // new position -> old slot

    std::vector<int> docSlots(static_cast<size_t>(live));
    for (int s = 0; s < slotCount; ++s) {
        if (m_seq[size_t(s)] >= 0)
            docSlots[size_t(m_seq[size_t(s)])] = s;
    }
    // Fast path: polls of a running job answer the same tasks in the same order.
    bool sameIds = live == n;
    for (int i = 0; sameIds && i < n; ++i)
        sameIds = m_tasks.at(docSlots[size_t(i)]).id() == tasks.at(i).id();
    if (sameIds) {
        for (int i = 0; i < n; ++i) {
            matched[size_t(i)] = docSlots[size_t(i)];
            newSlotOf[size_t(docSlots[size_t(i)])] = i;
        }
    } else {
        QHash<QStringView, int> byId;
        byId.reserve(live);
        for (int i = live - 1; i >= 0; --i) // first occurrence of a duplicated id wins
            byId.insert(m_tasks.at(docSlots[size_t(i)]).id(), docSlots[size_t(i)]);
        for (int i = 0; i < n; ++i) {
            const auto it = byId.constFind(tasks.at(i).id());
            if (it != byId.cend() && newSlotOf[size_t(*it)] < 0) {
                matched[size_t(i)] = *it;
                newSlotOf[size_t(*it)] = i;
            }
        }
        int last = -1;
        for (int i = 0; i < n; ++i) {
            const int s = matched[size_t(i)];
            if (s < 0)
                continue;
            if (m_seq[size_t(s)] < last)
                return false;
            last = m_seq[size_t(s)];
        }
    }

    QHash<quintptr, int> countsBefore;
    if (m_grouping != Grouping::Flat) {
        for (const Group &g : m_groups)
            countsBefore.insert(g.stableId, int(g.members.size()));
    }

    // What changed, decided before anything is touched. A task whose group changes leaves
    // its group and is inserted into the new one (remove + insert, not beginMoveRows):
    // QSortFilterProxyModel answers every source move by clearing all its mappings and
    // sorting them again, which made 100 moves behind the task proxy take seconds.
    std::vector<char> leaving(size_t(slotCount), 0);
    std::vector<Change> changes;
    std::vector<int> movers; // new positions of tasks that change group
    bool anyLeaving = false;
    for (int i = 0; i < n; ++i) {
        const int s = matched[size_t(i)];
        if (s < 0)
            continue;
        const Task &before = m_tasks.at(s);
        const Task &after = tasks.at(i);
        if (before == after)
            continue;
        if (m_grouping != Grouping::Flat
            && !sameGroup(m_groups[size_t(groupPosition(m_groupOf[size_t(s)]))], groupKeyOf(after))) {
            leaving[size_t(s)] = 1;
            anyLeaving = true;
            movers.push_back(i);
            continue;
        }
        Change change = describeChange(s, before, after);
        if (change.columns)
            changes.push_back(std::move(change));
    }

    // 1. Tasks that are gone or change group, in runs from the bottom so positions above
    //    stay valid.
    auto goesAway = [&](int s) { return newSlotOf[size_t(s)] < 0 || leaving[size_t(s)]; };
    auto release = [&](int s) {
        if (newSlotOf[size_t(s)] < 0) {
            m_tasks[s] = Task();
            m_seq[size_t(s)] = -1;
            m_freeSlots.push_back(s);
        }
        m_groupOf[size_t(s)] = 0;
    };
    if (live > n || !sameIds || anyLeaving) {
        for (int pos = int(m_groups.size()) - 1; pos >= 0; --pos) {
            Group &g = m_groups[size_t(pos)];
            const bool allGone = std::all_of(g.members.begin(), g.members.end(), goesAway);
            if (allGone && m_grouping != Grouping::Flat) {
                beginRemoveRows({}, pos, pos);
                for (int s : g.members)
                    release(s);
                m_groups.erase(m_groups.begin() + pos);
                reindexGroupPositions();
                endRemoveRows();
                continue;
            }
            int r = int(g.members.size()) - 1;
            while (r >= 0) {
                if (!goesAway(g.members[size_t(r)])) {
                    --r;
                    continue;
                }
                const int last = r;
                while (r > 0 && goesAway(g.members[size_t(r - 1)]))
                    --r;
                beginRemoveRows(groupIndex(pos), r, last);
                for (int k = r; k <= last; ++k)
                    release(g.members[size_t(k)]);
                g.members.erase(g.members.begin() + r, g.members.begin() + last + 1);
                endRemoveRows();
                --r;
            }
        }
    }

    // 2. New document positions; the relative order of kept tasks is unchanged, so every
    //    group stays sorted.
    for (int i = 0; i < n; ++i) {
        if (matched[size_t(i)] >= 0)
            m_seq[size_t(matched[size_t(i)])] = i;
    }

    // 3. The snapshot's Task objects, for changed tasks (movers are in no group at this
    //    point) and unchanged ones alike: decoded tasks share text chunks (Task::TextArena),
    //    and keeping an old unchanged task would keep its whole old chunk alive. When every
    //    slot is its task's document position (no task came or went since the last rebuild:
    //    the usual poll of a running job), that is the snapshot's list itself, shared.
    bool slotsInDocumentOrder = sameIds && m_freeSlots.empty() && slotCount == n;
    for (int s = 0; slotsInDocumentOrder && s < slotCount; ++s)
        slotsInDocumentOrder = m_seq[size_t(s)] == s;
    if (slotsInDocumentOrder) {
        m_tasks = tasks;
    } else {
        for (int i = 0; i < n; ++i) {
            if (matched[size_t(i)] >= 0)
                m_tasks[matched[size_t(i)]] = tasks.at(i);
        }
    }

    // 4. New tasks and movers into their groups, in blocks of adjacent rows per group.
    std::vector<std::pair<quintptr, int>> pending; // (group, slot) in document order
    size_t nextMover = 0;
    for (int i = 0; i < n; ++i) {
        int slot = -1;
        if (matched[size_t(i)] < 0) {
            slot = allocSlot(tasks.at(i));
            m_seq[size_t(slot)] = i;
        } else if (nextMover < movers.size() && movers[nextMover] == i) {
            slot = matched[size_t(i)];
            ++nextMover;
        } else {
            continue;
        }
        const int pos = ensureGroup(groupKeyOf(m_tasks.at(slot)));
        m_groupOf[size_t(slot)] = m_groups[size_t(pos)].stableId;
        pending.emplace_back(m_groups[size_t(pos)].stableId, slot);
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t k = 0; k < pending.size();) {
        const quintptr gid = pending[k].first;
        const int pos = m_grouping == Grouping::Flat ? 0 : groupPosition(gid);
        Group &g = m_groups[size_t(pos)];
        const int row = rowInGroup(g, pending[k].second);
        const int limit = row < int(g.members.size()) ? m_seq[size_t(g.members[size_t(row)])] : INT_MAX;
        size_t e = k + 1;
        while (e < pending.size() && pending[e].first == gid && m_seq[size_t(pending[e].second)] < limit)
            ++e;
        beginInsertRows(groupIndex(pos), row, row + int(e - k) - 1);
        std::vector<int> block;
        block.reserve(e - k);
        for (size_t j = k; j < e; ++j)
            block.push_back(pending[j].second);
        g.members.insert(g.members.begin() + row, block.begin(), block.end());
        endInsertRows();
        k = e;
    }

    // 5. Cell changes, then the counts on group rows.
    emitChanges(changes);
    if (m_grouping != Grouping::Flat) {
        static const QList<int> groupRoles{Qt::DisplayRole, Qt::ToolTipRole, GroupCountRole};
        for (int pos = 0; pos < int(m_groups.size()); ++pos) {
            const Group &g = m_groups[size_t(pos)];
            if (countsBefore.value(g.stableId, -1) != int(g.members.size())) {
                const QModelIndex idx = createIndex(pos, 0, quintptr(0));
                emit dataChanged(idx, idx, groupRoles);
            }
        }
    }
    return true;
}

// ---- lookups -----------------------------------------------------------------------------

const Task *TaskTreeModel::taskAt(const QModelIndex &index) const
{
    const int slot = slotAt(index);
    return slot < 0 ? nullptr : &m_tasks.at(slot);
}

bool TaskTreeModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && m_grouping != Grouping::Flat
        && index.internalId() == 0;
}

QModelIndex TaskTreeModel::indexOfTask(QStringView taskId, int column) const
{
    for (int s = 0; s < int(m_seq.size()); ++s) {
        if (m_seq[size_t(s)] >= 0 && m_tasks.at(s).id() == taskId)
            return indexOfSlot(s, column);
    }
    return {};
}

QModelIndexList TaskTreeModel::indexesOfTasks(const QStringList &taskIds, int column) const
{
    QSet<QStringView> wanted;
    wanted.reserve(taskIds.size());
    for (const QString &id : taskIds)
        wanted.insert(id);
    std::vector<int> found;
    for (int s = 0; s < int(m_seq.size()); ++s) {
        if (m_seq[size_t(s)] >= 0 && wanted.contains(m_tasks.at(s).id()))
            found.push_back(s);
    }
    std::sort(found.begin(), found.end(),
              [this](int a, int b) { return m_seq[size_t(a)] < m_seq[size_t(b)]; });
    QModelIndexList out;
    out.reserve(qsizetype(found.size()));
    for (int s : found)
        out.append(indexOfSlot(s, column));
    return out;
}

QModelIndexList TaskTreeModel::indexesForCluster(const QString &clusterId) const
{
    std::vector<int> found;
    for (int s = 0; s < int(m_seq.size()); ++s) {
        if (m_seq[size_t(s)] < 0)
            continue;
        const Task &t = m_tasks.at(s);
        if (ErrorClusterer::isClustered(t) && ErrorClusterer::clusterIdOf(t) == clusterId)
            found.push_back(s);
    }
    std::sort(found.begin(), found.end(),
              [this](int a, int b) { return m_seq[size_t(a)] < m_seq[size_t(b)]; });
    QModelIndexList out;
    out.reserve(qsizetype(found.size()));
    for (int s : found)
        out.append(indexOfSlot(s));
    return out;
}

QModelIndexList TaskTreeModel::taskIndexes() const
{
    QModelIndexList out(taskCount());
    for (int s = 0; s < int(m_seq.size()); ++s) {
        if (m_seq[size_t(s)] >= 0)
            out[m_seq[size_t(s)]] = indexOfSlot(s);
    }
    return out;
}

// ---- QAbstractItemModel ------------------------------------------------------------------

QModelIndex TaskTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (m_grouping == Grouping::Flat) {
        if (parent.isValid() || row >= int(m_groups[0].members.size()))
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    const Group &g = m_groups[size_t(parent.row())];
    if (row >= int(g.members.size()))
        return {};
    return createIndex(row, column, g.stableId);
}

QModelIndex TaskTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || m_grouping == Grouping::Flat || child.internalId() == 0)
        return {};
    const int pos = groupPosition(child.internalId());
    return pos < 0 ? QModelIndex() : createIndex(pos, 0, quintptr(0));
}

int TaskTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_grouping == Grouping::Flat)
        return parent.isValid() ? 0 : int(m_groups[0].members.size());
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return 0;
    return int(m_groups[size_t(parent.row())].members.size());
}

int TaskTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TaskTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString TaskTreeModel::groupLabel(const Group &group) const
{
    const QString name = group.isCluster ? ErrorClusterer::patternLabel(group.key)
                                         : stateDisplayName(group.state);
    return tr("%1 (%2)").arg(name).arg(group.members.size());
}

QVariant TaskTreeModel::rawValue(const Task &task, int column)
{
    switch (column) {
    case ServerName: return serverNameOf(task).toString();
    case ServerId: return task.targetId().toString();
    case Status: return stateRank(task.state());
    case Message: return task.message().toString();
    case CloudServerType: return task.cloudServerValue(u"type").toString();
    case CloudServerId: return task.cloudServerValue(u"id").toString();
    case Created: return task.createdAtMs();
    case Updated: return task.updatedAtMs();
    case Duration: return task.durationMs();
    default: return {};
    }
}

QVariant TaskTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (isGroup(index)) {
        if (index.row() >= int(m_groups.size()))
            return {};
        const Group &g = m_groups[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? QVariant(groupLabel(g)) : QVariant();
        case Qt::ToolTipRole:
            if (index.column() == 0 && g.isCluster && !g.members.empty()) {
                // The first message of the cluster, so the pattern reads as a real error.
                return m_tasks.at(g.members.front()).message().toString();
            }
            return {};
        case RawValueRole: return g.tier;
        case StateRole: return int(g.state);
        case IsGroupRole: return true;
        case GroupCountRole: return int(g.members.size());
        case ClusterIdRole: return g.isCluster ? QVariant(g.key) : QVariant();
        default: return {};
        }
    }
    const int slot = slotAt(index);
    if (slot < 0)
        return {};
    const Task &t = m_tasks.at(slot);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServerName: return serverNameOf(t).toString();
        case ServerId: return t.targetId().toString();
        case Status: return t.status().isEmpty() ? stateDisplayName(t.state()) : t.status();
        case Message: return firstLine(t.message());
        case CloudServerType: return t.cloudServerValue(u"type").toString();
        case CloudServerId: return t.cloudServerValue(u"id").toString();
        case Created: return formatLocalTime(t.createdAtMs());
        case Updated: return formatLocalTime(t.updatedAtMs());
        case Duration: return formatDuration(t.durationMs());
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Status: return stateDisplayName(t.state());
        case Message: return t.message().isEmpty() ? QVariant() : QVariant(t.message().toString());
        case Created: return formatUtcTime(t.createdAtMs());
        case Updated: return formatUtcTime(t.updatedAtMs());
        default: return {};
        }
    case RawValueRole: return rawValue(t, index.column());
    case StateRole: return int(t.state());
    case TaskIdRole: return t.id().toString();
    case JobIdRole: return m_jobId;
    case IsGroupRole: return false;
    case ClusterIdRole:
        return ErrorClusterer::isClustered(t) ? QVariant(ErrorClusterer::clusterIdOf(t)) : QVariant();
    case FullMessageRole: return t.message().toString();
    default: return {};
    }
}

QVariant TaskTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServerName:
        return m_provider == Provider::ServiceStage ? tr("Step") : m_provider == Provider::Ief ? tr("Node") : tr("Server");
    case ServerId:
        return m_provider == Provider::ServiceStage ? tr("Step ID") : m_provider == Provider::Ief ? tr("Node ID") : tr("Server ID");
    case Status: return tr("Status");
    case Message: return tr("Message");
    case CloudServerType: return tr("Cloud type");
    case CloudServerId: return tr("Cloud server ID");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    case Duration: return tr("Duration");
    default: return {};
    }
}

QHash<int, QByteArray> TaskTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(StateRole, "state");
    names.insert(TaskIdRole, "taskId");
    names.insert(JobIdRole, "jobId");
    names.insert(IsGroupRole, "isGroup");
    names.insert(ClusterIdRole, "clusterId");
    names.insert(GroupCountRole, "groupCount");
    names.insert(FullMessageRole, "fullMessage");
    return names;
}

} // namespace liteops
