// SPDX-License-Identifier: Apache-2.0
#pragma once
// Tasks of the open job as a tree: group rows (by state, failed first, or by error cluster)
// with the tasks below them, or a flat list. applyJob() merges a new snapshot of the same
// job by task id: changed cells get dataChanged with only the changed roles, new and gone
// tasks are inserted and removed, and nothing is reset, so selection, expansion and scroll
// position survive every poll. A task whose group changes is removed from the old group and
// inserted into the new one rather than moved: TaskFilterProxy takes the removal and the
// insertion of one snapshot in together and moves the task, its selection and current index
// with it, in one layout change (a source move would cost it a full rebuild).
//
// Every task lives in a slot (see the accessors for TaskFilterProxy below). A gone task's
// slot is freed only after its snapshot is applied, so within one snapshot's signals a slot
// stands for one task: the proxy can follow tasks by slot alone.
//
// Index scheme: a group row has internalId 0; a task row's internalId is the stable id of
// its group (never its position), so persistent indexes stay right when groups come and go.
// In Flat mode every row is a top-level task row with internalId 0.
#include "item_roles.h"
#include "core/types.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>
#include <utility>
#include <vector>

namespace liteops {

class TaskTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        ServerName,
        ServerId,
        Status,
        Message,
        CloudServerType,
        CloudServerId,
        Created,
        Updated,
        Duration,
        ColumnCount
    };
    Q_ENUM(Column)
    enum class Grouping { ByState, ByErrorCluster, Flat };
    Q_ENUM(Grouping)
    using enum ItemRole;

    explicit TaskTreeModel(QObject *parent = nullptr);
    ~TaskTreeModel() override;

    Grouping grouping() const { return m_grouping; }
    // Regroups without a reset: a layout change that keeps selected tasks selected.
    void setGrouping(Grouping grouping);

    // Merges the job's tasks by task id. A job with another id replaces the content (that
    // one is a reset: it is a different job, not a refresh).
    void applyJob(const Job &job);
    void clear();

    const QString &jobId() const { return m_jobId; }
    // Whose job it is: the first two columns name a server, a ServiceStage step or an IEF node.
    Provider provider() const { return m_provider; }
    int taskCount() const { return int(m_seq.size() - m_freeSlots.size() - m_vacatedSlots.size()); }

    const Task *taskAt(const QModelIndex &index) const; // nullptr for group rows
    bool isGroup(const QModelIndex &index) const;
    QModelIndex indexOfTask(QStringView taskId, int column = 0) const;
    // indexOfTask() of each id, in the order of taskIds (invalid for an id with no task), in
    // one pass over the tasks instead of one per id.
    QModelIndexList indexesOfTasks(const QStringList &taskIds, int column = 0) const;
    // Column-0 indexes of the failed tasks in that error cluster (see ErrorClusterer), in any
    // grouping; what the failure summary selects when a cluster is clicked.
    QModelIndexList indexesForCluster(const QString &clusterId) const;
    // Column-0 indexes of every task in document order.
    QModelIndexList taskIndexes() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Typed value of a task cell, as RawValueRole returns it.
    static QVariant rawValue(const Task &task, int column);
    // Where a state's group sorts: failed first (the Status column sorts by it too).
    static int stateRank(State state);

    // For TaskFilterProxy, which keeps its own order of each group's tasks. A task lives in a
    // slot that stays its own for as long as the task does; a gone task's slot may hold a new
    // task from the next snapshot on, never in the snapshot that removed it. Groups are numbered 0..groupCount()-1 in display order; Flat mode has exactly
    // one group, id 0, whose tasks are the top-level rows.
    int slotCount() const { return int(m_seq.size()); }
    int slotOf(const QModelIndex &index) const { return slotAt(index); } // -1 for group rows
    const Task *taskAtSlot(int slot) const;                              // nullptr when free
    int documentPosition(int slot) const { return m_seq[size_t(slot)]; }
    quintptr groupIdOfSlot(int slot) const { return m_groupOf[size_t(slot)]; }
    QModelIndex indexOfSlot(int slot, int column = 0) const;
    int groupCount() const { return int(m_groups.size()); }
    quintptr groupIdAt(int group) const { return m_groups[size_t(group)].stableId; }
    const std::vector<int> &groupSlots(int group) const { return m_groups[size_t(group)].members; }
    int groupOfId(quintptr id) const { return m_grouping == Grouping::Flat ? (id == 0 ? 0 : -1) : groupPosition(id); }

signals:
    void groupingChanged(liteops::TaskTreeModel::Grouping grouping);
    // Around every applyJob(): TaskFilterProxy notes the row signals in between and takes
    // them in at once.
    void snapshotAboutToBeApplied();
    void snapshotApplied();

private:
    struct Group
    {
        quintptr stableId = 0; // internalId of the group's task rows; never reused
        int tier = 0;          // sort key: clusters before states, failed first
        QString key;           // cluster id; empty for state groups (the tier says which)
        State state = State::Unknown;
        bool isCluster = false;
        std::vector<int> members; // task slots, ordered by m_seq (document order)
    };
    struct GroupKey
    {
        int tier = 0;
        QString key;
        State state = State::Unknown;
        bool isCluster = false;
    };
    // A changed task: the changed columns (emitted as runs, see column_runs.h) and their
    // roles. StateRole and ClusterIdRole go out with the Status and Message cells only, never
    // as a range over the whole row, which a sorting proxy would take as a sort-key change.
    struct Change
    {
        int slot;
        quint32 columns;
        QList<int> roles;
    };
    // A snapshot being merged in place: what mergeInPlace() finds before touching anything.
    struct Merge
    {
        std::vector<int> matched;    // snapshot position -> its task's slot, -1 for a new task
        std::vector<int> newSlotOf;  // slot -> snapshot position, -1 for a task that is gone
        bool sameIds = false;        // the same tasks in the same order: the usual poll
        std::vector<char> leaving;   // by slot: the task changes group
        std::vector<int> movers;     // snapshot positions of the tasks that change group
        std::vector<Change> changes; // cells that change in place
    };

    GroupKey groupKeyOf(const Task &task) const;
    static bool sameGroup(const Group &group, const GroupKey &key)
    {
        return group.tier == key.tier && group.key == key.key;
    }
    int findGroup(const GroupKey &key, bool *found) const; // position, or insertion point
    int groupPosition(quintptr stableId) const { return m_groupPos.value(stableId, -1); }
    int slotAt(const QModelIndex &index) const; // -1 for group rows and invalid indexes
    int rowInGroup(const Group &group, int slot) const;
    QModelIndex groupIndex(int position) const; // the parent of that group's task rows
    int ensureGroup(const GroupKey &key);
    void reindexGroupPositions();
    QString groupLabel(const Group &group) const;
    int allocSlot(const Task &task);
    void rebuild(const QList<Task> &tasks); // no signals; slot = document position
    // Rebuild under one layout change, mapping persistent indexes by identity. newSlotOf
    // maps an old slot to its position in `tasks`, or -1 when the task is gone.
    // Also switches to `grouping`; group rows keep their persistent indexes only when the
    // grouping stays the same.
    void rebuildKeepingPersistent(const QList<Task> &tasks, const std::vector<int> &newSlotOf, Grouping grouping);
    // Merges by task id with fine-grained signals. Returns false, changing nothing, when the
    // snapshot reorders tasks it shares with the model; newSlotOf is filled either way.
    // Its steps, in task_tree_model_merge.cpp:
    bool mergeInPlace(const QList<Task> &tasks, std::vector<int> &newSlotOf);
    bool matchById(const QList<Task> &tasks, Merge &merge) const;
    std::vector<int> slotsInDocumentOrder() const;
    QHash<quintptr, int> groupSizes() const;
    void sortOutChanges(const QList<Task> &tasks, Merge &merge) const;
    void removeDepartures(const Merge &merge);
    void removeDeparturesFromGroup(int position, const Merge &merge);
    void vacateSlot(int slot, const Merge &merge);
    void adoptSnapshotTasks(const QList<Task> &tasks, const Merge &merge);
    void insertArrivals(const QList<Task> &tasks, const Merge &merge);
    void insertIntoGroups(std::vector<std::pair<quintptr, int>> &arrivals);
    static Change describeChange(int slot, const Task &before, const Task &after);
    void emitChanges(std::vector<Change> &changes);
    void emitGroupSizeChanges(const QHash<quintptr, int> &sizesBefore);
    void freeVacatedSlots();

    Grouping m_grouping = Grouping::ByState;
    QString m_jobId;
    Provider m_provider = Provider::ModelArts;
    bool m_hasJob = false;
    QList<Task> m_tasks;             // by slot
    std::vector<int> m_seq;          // by slot: document position, -1 for a free slot
    std::vector<quintptr> m_groupOf; // by slot: stable id of its group
    std::vector<int> m_freeSlots;    // for new tasks
    std::vector<int> m_vacatedSlots; // of tasks the snapshot being applied removed
    std::vector<Group> m_groups;     // ordered as shown; one unnamed group in Flat mode
    QHash<quintptr, int> m_groupPos; // stable id -> position in m_groups
    quintptr m_nextGroupId = 1;
};

} // namespace liteops
