// SPDX-License-Identifier: Apache-2.0
#pragma once
// Filters the task tree by state set and free text (server name, server id, message, raw
// status; case-insensitive substring) and sorts each group's tasks on typed fields. Group rows
// keep the model's order (failed first) whatever the sort, and stay while any of their tasks
// matches.
//
// Why not QSortFilterProxyModel: it answers each row a merge removes or inserts with work
// in the size of the group (its mappings are vectors it walks and rebuilds), and a view on it
// lays out through a hash lookup per row. 100 tasks changing state in a 10,000-task job cost
// it more than the merge saved. This proxy knows the TaskTreeModel: it keeps, per group, the
// model's task slots in display order, takes a whole snapshot's changes in one go when the
// model says the snapshot is applied (removals out, arrivals merged in by binary order), and
// tells the views in as few signals as that allows: group rows that come or go as row
// removals and insertions, the tasks' new places as one layout change (persistent indexes,
// hence selection and current index, follow their tasks), and the changed cells as
// dataChanged, per row when few changed, one range per group when most did.
//
// Index scheme, as in TaskTreeModel: a group row has internalId 0; a task row's internalId is
// the model's stable id of its group. In Flat mode every row is a top-level task row.
#include "item_roles.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPersistentModelIndex>
#include <vector>

namespace liteops {

class Task;
class TaskTreeModel;

class TaskFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit TaskFilterProxy(QObject *parent = nullptr);
    ~TaskFilterProxy() override;

    // Only a TaskTreeModel (or nullptr); anything else is refused with a warning.
    void setSourceModel(QAbstractItemModel *model) override;

    void setStateFilter(StateSet states);
    QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);
    void setFilters(StateSet states, const QString &text);

    static bool textMatches(const Task &task, QStringView text);
    bool accepts(const Task &task) const;

    // -1 keeps the model's document order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Recomputes every group's rows in one layout change (after a big filter change).
    void invalidate();

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // One shown group: its model id and its tasks' slots in display order.
    struct Shown
    {
        quintptr groupId = 0;
        std::vector<int> taskSlots;
    };
    // What a persistent index stood for before a change, to find it again after.
    struct Identity
    {
        bool isGroup = false;
        quintptr groupId = 0;
        int slot = -1;
        int column = 0;
    };
    // Source changes not yet taken in (see catchUp()).
    struct Pending
    {
        std::vector<int> removed;  // slots that left a group (gone, or moving to another)
        std::vector<int> inserted; // slots that entered a group (new, or moved in)
        std::vector<int> changed;  // slots whose cells changed in place
        quint32 changedColumns = 0;
        QList<int> changedRoles;
        bool allRoles = false;               // a change without a role list: every role may have changed
        std::vector<quintptr> groupsChanged; // group rows whose own data changed
        bool isEmpty() const { return removed.empty() && inserted.empty() && changed.empty() && groupsChanged.empty(); }
    };
    // What catchUp() found moving: shown tasks that leave their place, tasks that look for one.
    struct Moves
    {
        std::vector<char> leaving; // by slot
        bool anyLeaving = false;
        std::vector<int> seeking; // slots, each once
    };
    // The groups as they are to be shown after catchUp().
    struct Layout
    {
        std::vector<Shown> groups;
        QHash<quintptr, int> positionOf; // group id -> position in groups
    };

    bool filtering() const { return !m_states.isAll() || !m_text.isEmpty(); }
    // Strict order of two slots of one group: the sort column, then document order.
    bool before(int a, int b) const;
    std::vector<int> rowsOfGroup(int group) const; // accepted slots of a model group, sorted
    void rebuildAll();                             // no signals
    void reindex();                                // m_shownPos and m_rowOfSlot from m_shown
    void reindexGroupRows();                       // m_shownPos alone
    int shownPos(quintptr groupId) const { return m_shownPos.value(groupId, -1); }
    int slotAtProxy(const QModelIndex &index) const; // -1 for group rows
    bool isGroupRow(const QModelIndex &index) const { return !m_flat && index.internalId() == 0; }

    // Persistent indexes across a change that keeps slots (sort, filter, a snapshot).
    std::vector<Identity> identities(const QModelIndexList &indexes) const;
    QModelIndex indexFor(const Identity &id) const;
    // changePersistentIndexList(from, the indexes of the same identities now).
    void followIdentities(const QModelIndexList &from, const std::vector<Identity> &ids);
    void relayoutInPlace(); // one layout change around rebuildAll()

    // Source signals.
    void connectSource();
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();
    void onSnapshotAboutToBeApplied();
    void onSnapshotApplied();
    // Takes in the pending source changes and tells the views (see the header comment).
    // Its steps, in task_filter_proxy_sync.cpp:
    void catchUp();
    Moves whatMoves(const Pending &pending) const;
    Layout nextLayout(const Moves &moves) const;
    void placeArrivals(std::vector<int> &kept, const std::vector<int> &arrivals) const;
    void insertNewGroupRows(const Layout &next);
    void moveTasksToTheirPlaces(Layout &next);
    void removeEmptiedGroupRows(const Layout &next);
    void emitCellChanges(const std::vector<int> &changedSlots, quint32 columns, const QList<int> &roles);
    void emitGroupRowChanges(const std::vector<quintptr> &groupIds, const QList<int> &roles);

    const TaskTreeModel *m_tasks = nullptr;
    QList<QMetaObject::Connection> m_connections;
    StateSet m_states = StateSet::all();
    QString m_text;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    bool m_flat = false;
    std::vector<Shown> m_shown;      // as the views see it: the group rows in model order
    QHash<quintptr, int> m_shownPos; // group id -> position in m_shown
    std::vector<int> m_rowOfSlot;    // slot -> row under its shown group, -1 when hidden

    Pending m_pending;
    bool m_inSnapshot = false;
    // Across a source layout change: the proxy's persistent indexes as source indexes.
    QModelIndexList m_layoutFrom;
    QList<QPersistentModelIndex> m_layoutSource;
};

} // namespace liteops
