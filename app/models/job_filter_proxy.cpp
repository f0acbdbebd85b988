// SPDX-License-Identifier: Apache-2.0
#include "job_filter_proxy.h"

#include "job_list_model.h"

namespace liteops {

namespace {

int compareStrings(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive);
}

} // namespace

JobFilterProxy::JobFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    // Re-filter and re-sort rows whose data changed, so a refresh keeps the view right.
    setDynamicSortFilter(true);
}

void JobFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_jobs = qobject_cast<const JobListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void JobFilterProxy::setStateFilter(StateSet states)
{
    setFilters(states, m_type, m_text);
}

void JobFilterProxy::setTypeFilter(const QString &type)
{
    setFilters(m_states, type, m_text);
}

void JobFilterProxy::setTextFilter(const QString &text)
{
    setFilters(m_states, m_type, text);
}

void JobFilterProxy::setHideDeleted(bool hide)
{
    setFilters(m_states, m_type, m_text, hide);
}

void JobFilterProxy::setFilters(StateSet states, const QString &type, const QString &text)
{
    setFilters(states, type, text, m_hideDeleted);
}

void JobFilterProxy::setFilters(StateSet states, const QString &type, const QString &text, bool hideDeleted)
{
    const QString trimmed = text.trimmed();
    if (states == m_states && type == m_type && trimmed == m_text && hideDeleted == m_hideDeleted)
        return;
    m_states = states;
    m_type = type;
    m_text = trimmed;
    m_hideDeleted = hideDeleted;
    // One layout change for the whole table; invalidateFilter() would emit a remove or
    // insert per run of rows, which costs far more when most rows change. With a view
    // attached the proxy filters and sorts inside invalidate(), so the keys help there too.
    armSortKeys(sortColumn());
    invalidate();
    disarmSortKeys();
}

void JobFilterProxy::sort(int column, Qt::SortOrder order)
{
    armSortKeys(column);
    QSortFilterProxyModel::sort(column, order);
    disarmSortKeys();
}

bool JobFilterProxy::armSortKeys(int column)
{
    m_sortKeysArmed = false;
    if (!m_jobs)
        return false;
    const QList<Job> &jobs = m_jobs->jobs();
    m_sortKeys.resize(size_t(jobs.size()));
    switch (column) {
    case JobListModel::Created:
        for (qsizetype i = 0; i < jobs.size(); ++i)
            m_sortKeys[size_t(i)] = jobs[i].createdAtMs;
        break;
    case JobListModel::Updated:
        for (qsizetype i = 0; i < jobs.size(); ++i)
            m_sortKeys[size_t(i)] = jobs[i].updatedAtMs;
        break;
    case JobListModel::Status:
        for (qsizetype i = 0; i < jobs.size(); ++i)
            m_sortKeys[size_t(i)] = qint64(jobs[i].state);
        break;
    case JobListModel::FailedCount:
        for (qsizetype i = 0; i < jobs.size(); ++i)
            m_sortKeys[size_t(i)] = JobListModel::rawValue(jobs[i], column).toLongLong();
        break;
    default: return false; // text columns compare the strings themselves
    }
    m_sortKeysColumn = column;
    m_sortKeysArmed = true;
    return true;
}

bool JobFilterProxy::textMatches(const Job &job, QStringView text)
{
    if (text.isEmpty())
        return true;
    return QStringView(job.name).contains(text, Qt::CaseInsensitive)
           || QStringView(job.id).contains(text, Qt::CaseInsensitive)
           || QStringView(job.type).contains(text, Qt::CaseInsensitive)
           || QStringView(job.userName).contains(text, Qt::CaseInsensitive)
           || QStringView(job.description).contains(text, Qt::CaseInsensitive);
}

bool JobFilterProxy::hidesAsDeleted(State state) const
{
    // A state filter that names Deleted is the user asking for deleted jobs.
    return m_hideDeleted && state == State::Deleted && (m_states.isAll() || !m_states.contains(State::Deleted));
}

bool JobFilterProxy::accepts(const Job &job) const
{
    return m_states.contains(job.state) && !hidesAsDeleted(job.state) && (m_type.isEmpty() || job.type == m_type)
           && textMatches(job, m_text);
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_states.isAll() && m_type.isEmpty() && m_text.isEmpty() && !m_hideDeleted)
        return true;
    if (m_jobs) {
        const Job *job = m_jobs->jobAt(sourceRow);
        return job && accepts(*job);
    }
    // Any other source: the same rule on its typed roles.
    const QAbstractItemModel *src = sourceModel();
    const QModelIndex first = src->index(sourceRow, 0, sourceParent);
    const QVariant state = first.data(StateRole);
    if (state.isValid() && (!m_states.contains(State(state.toInt())) || hidesAsDeleted(State(state.toInt()))))
        return false;
    if (!m_type.isEmpty()
        && src->index(sourceRow, JobListModel::Type, sourceParent).data(RawValueRole).toString() != m_type)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column :
         {JobListModel::Name, JobListModel::Id, JobListModel::Type, JobListModel::User, JobListModel::Description}) {
        if (src->index(sourceRow, column, sourceParent)
                .data(RawValueRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool JobFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_sortKeysArmed && left.column() == m_sortKeysColumn
        && size_t(std::max(left.row(), right.row())) < m_sortKeys.size())
        return m_sortKeys[size_t(left.row())] < m_sortKeys[size_t(right.row())];
    if (m_jobs) {
        // Typed fields straight from the structs: no QVariant per comparison.
        const Job &a = m_jobs->jobs()[left.row()];
        const Job &b = m_jobs->jobs()[right.row()];
        switch (left.column()) {
        case JobListModel::Name: return compareStrings(a.name, b.name) < 0;
        case JobListModel::Type: return compareStrings(a.type, b.type) < 0;
        case JobListModel::Status: return a.state < b.state;
        case JobListModel::User: return compareStrings(a.userName, b.userName) < 0;
        case JobListModel::Created: return a.createdAtMs < b.createdAtMs;
        case JobListModel::Updated: return a.updatedAtMs < b.updatedAtMs;
        case JobListModel::Description: return compareStrings(a.description, b.description) < 0;
        case JobListModel::Id: return a.id < b.id;
        default: break;
        }
    }
    const QVariant a = left.data(RawValueRole);
    const QVariant b = right.data(RawValueRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return compareStrings(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace liteops
