// SPDX-License-Identifier: Apache-2.0
#include "task_tree_model.h"

#include "display_format.h"
#include "error_clusterer.h"

#include <QCoreApplication>

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
    case Grouping::Flat: break;
    case Grouping::ByState: key.tier = stateRank(task.state()); break;
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
    const auto it = std::lower_bound(m_groups.begin(), m_groups.end(), key, [](const Group &g, const GroupKey &k) {
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
    m_vacatedSlots.clear();
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

void TaskTreeModel::rebuildKeepingPersistent(const QList<Task> &tasks, const std::vector<int> &newSlotOf,
                                             Grouping grouping)
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
    freeVacatedSlots();
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

// ---- lookups -----------------------------------------------------------------------------

const Task *TaskTreeModel::taskAt(const QModelIndex &index) const
{
    const int slot = slotAt(index);
    return slot < 0 ? nullptr : &m_tasks.at(slot);
}

bool TaskTreeModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && m_grouping != Grouping::Flat && index.internalId() == 0;
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
    // The first slot that holds each wanted id, as indexOfTask() would find it.
    QHash<QStringView, int> slotOfId;
    slotOfId.reserve(taskIds.size());
    for (const QString &id : taskIds)
        slotOfId.insert(id, -1);
    for (int s = 0; s < int(m_seq.size()); ++s) {
        if (m_seq[size_t(s)] < 0)
            continue;
        const auto it = slotOfId.find(m_tasks.at(s).id());
        if (it != slotOfId.end() && *it < 0)
            *it = s;
    }
    QModelIndexList out;
    out.reserve(taskIds.size());
    for (const QString &id : taskIds)
        out.append(indexOfSlot(slotOfId.value(id), column));
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
    std::sort(found.begin(), found.end(), [this](int a, int b) { return m_seq[size_t(a)] < m_seq[size_t(b)]; });
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
    const QString name = group.isCluster ? ErrorClusterer::patternLabel(group.key) : stateDisplayName(group.state);
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
        case Qt::DisplayRole: return index.column() == 0 ? QVariant(groupLabel(g)) : QVariant();
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
    case ClusterIdRole: return ErrorClusterer::isClustered(t) ? QVariant(ErrorClusterer::clusterIdOf(t)) : QVariant();
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
        return m_provider == Provider::ServiceStage ? tr("Step")
               : m_provider == Provider::Ief        ? tr("Node")
                                                    : tr("Server");
    case ServerId:
        return m_provider == Provider::ServiceStage ? tr("Step ID")
               : m_provider == Provider::Ief        ? tr("Node ID")
                                                    : tr("Server ID");
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

} // namespace liteops
