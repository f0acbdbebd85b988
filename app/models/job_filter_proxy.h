// SPDX-License-Identifier: Apache-2.0
#pragma once
// Filters and sorts the job list on typed fields. The text filter is a case-insensitive
// substring of name, id, type, user or description; states and type are exact. Every filter
// change is one invalidate() (a single layout change), never setFilterFixedString, which
// is an order of magnitude slower at 100k rows. Sorting compares RawValueRole values.
// Deleted jobs can be hidden (the console's "Show hidden" off); a filter that asks for the
// deleted state by name still shows them.
#include "item_roles.h"

#include <QSortFilterProxyModel>

#include <vector>

namespace liteops {

class JobListModel;
struct Job;

class JobFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit JobFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setStateFilter(StateSet states);    // StateSet::all() (the default) shows every state
    void setTypeFilter(const QString &type); // empty: any type
    void setTextFilter(const QString &text);
    bool hidesDeleted() const { return m_hideDeleted; }
    void setHideDeleted(bool hide);
    // All three at once (deleted jobs as they were), one invalidate.
    void setFilters(StateSet states, const QString &type, const QString &text);
    // All four at once, one invalidate.
    void setFilters(StateSet states, const QString &type, const QString &text, bool hideDeleted);
    // Whether a job in `state` is hidden as deleted under the current filters.
    bool hidesAsDeleted(State state) const;

    // Sorting on a time, count or state column reads the keys from a compact array built
    // once per sort: at 100k rows, reading them from the job structs through
    // QSortFilterProxyModel's comparator was cache-miss bound (4x a plain std::stable_sort).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The match itself, public so callers (and the benchmark) can use the same rule.
    static bool textMatches(const Job &job, QStringView text);
    bool accepts(const Job &job) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Keys of `column` for every source row, valid only during sort() and setFilters().
    bool armSortKeys(int column);
    void disarmSortKeys() { m_sortKeysArmed = false; }

    const JobListModel *m_jobs = nullptr; // the source when it is a JobListModel: fast path
    std::vector<qint64> m_sortKeys;
    int m_sortKeysColumn = -1;
    bool m_sortKeysArmed = false;
    StateSet m_states = StateSet::all();
    QString m_type;
    QString m_text;
    bool m_hideDeleted = false;
};

} // namespace liteops
