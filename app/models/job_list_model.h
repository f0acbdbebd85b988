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
    enum Column { Name, Type, Status, FailedCount, User, Created, Updated, Description, Id, ColumnCount };
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

    const Job *jobAt(int row) const; // nullptr when out of range
    int rowOfId(const QString &id) const; // -1 when absent
    const QList<Job> &jobs() const { return m_jobs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Typed value of a cell, as RawValueRole returns it; proxies compare these directly.
    static QVariant rawValue(const Job &job, int column);

private:
    // A snapshot matched against the rows (see applySnapshot()).
    struct Match
    {
        std::vector<int> matched;   // snapshot position -> current row, -1 when new
        std::vector<char> kept;     // current row -> still there
        std::vector<char> duplicate; // snapshot position -> an id seen before, ignored
        bool anyNew = false;
        std::vector<RowChange> changes;
    };
    Match matchAndTakeInChanges(const QList<Job> &jobs);
    void removeVanishedRows(const std::vector<char> &kept);
    void appendNewRows(const QList<Job> &jobs, const Match &match);

    QList<Job> m_jobs;
    QHash<QString, int> m_rowOfId;
};

} // namespace liteops
