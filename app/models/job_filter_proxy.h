#pragma once
// Filters and sorts the job list on typed fields. The text filter is a case-insensitive
// substring of name, id, type, user or description; states and type are exact. Every filter
// change is one invalidate() (a single layout change), never setFilterFixedString, which
// is an order of magnitude slower at 100k rows. Sorting compares RawValueRole values.
#include "item_roles.h"

#include <QSortFilterProxyModel>

namespace liteops {

class JobListModel;
struct Job;

class JobFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit JobFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    StateSet stateFilter() const { return m_states; }
    void setStateFilter(StateSet states); // StateSet::all() (the default) shows every state
    QString typeFilter() const { return m_type; }
    void setTypeFilter(const QString &type); // empty: any type
    QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);
    // All three at once, one invalidate.
    void setFilters(StateSet states, const QString &type, const QString &text);

    // The match itself, public so callers (and the benchmark) can use the same rule.
    static bool textMatches(const Job &job, QStringView text);
    bool accepts(const Job &job) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const JobListModel *m_jobs = nullptr; // the source when it is a JobListModel: fast path
    StateSet m_states = StateSet::all();
    QString m_type;
    QString m_text;
};

} // namespace liteops
