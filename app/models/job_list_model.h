// SPDX-License-Identifier: Apache-2.0
#pragma once
// The job list: one row per job, merged by id on every refresh so that selection, current
// index and scroll position stay where they are. Typed values go out through RawValueRole
// for sorting; display text is made on demand.
#include "item_roles.h"
#include "core/types.h"
#include "row_changes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace liteops {

class JobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Progress ("12/20": servers done of all) and TotalServers come from the job's tasks or
    // the counts its service reported, else from the last detail noted for it (noteDetail()):
    // a ModelArts listing carries neither.
    enum Column {
        Name,
        Type,
        Status,
        FailedCount,
        User,
        Created,
        Updated,
        Description,
        Id,
        Progress,
        TotalServers,
        ColumnCount
    };
    Q_ENUM(Column)
    using enum ItemRole;

    explicit JobListModel(QObject *parent = nullptr);
    ~JobListModel() override;

    // Merges a full snapshot by job id: changed rows get dataChanged with only the roles that
    // changed, vanished rows are removed, new rows are appended in snapshot order. Never resets.
    void applySnapshot(const QList<Job> &jobs);
    void clear(); // removes every row (rows removed, not a reset)
    // Replaces everything with a model reset: for another project or profile, where no
    // selection or position could carry over. Never for a refresh.
    void resetTo(const QList<Job> &jobs);

    // The servers of a job as its detail says (tasks, or the counts reported beside them);
    // fills the Progress and Total columns of jobs whose listing has no counts.
    void noteDetail(const Job &detail);

    const Job *jobAt(int row) const;      // nullptr when out of range
    int rowOfId(const QString &id) const; // -1 when absent
    const QList<Job> &jobs() const { return m_jobs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Typed value of a cell from the job alone, as RawValueRole returns it for every column
    // but Progress and TotalServers (which may need a noted detail); proxies compare these.
    static QVariant rawValue(const Job &job, int column);

    // Servers done (in a final state) and in total; -1 when not known.
    struct ServerProgress
    {
        int done = -1;
        int total = -1;
        friend bool operator==(const ServerProgress &, const ServerProgress &) = default;
    };
    ServerProgress progressOf(const Job &job) const;

private:
    // A snapshot matched against the rows (see applySnapshot()).
    struct Match
    {
        std::vector<int> matched;    // snapshot position -> current row, -1 when new
        std::vector<char> kept;      // current row -> still there
        std::vector<char> duplicate; // snapshot position -> an id seen before, ignored
        bool anyNew = false;
        std::vector<RowChange> changes;
    };
    Match matchAndTakeInChanges(const QList<Job> &jobs);
    void removeVanishedRows(const std::vector<char> &kept);
    void appendNewRows(const QList<Job> &jobs, const Match &match);

    QList<Job> m_jobs;
    QHash<QString, int> m_rowOfId;
    QHash<QString, ServerProgress> m_notedProgress; // by job id, from noteDetail()
};

} // namespace liteops
