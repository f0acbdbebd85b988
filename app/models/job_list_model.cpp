// SPDX-License-Identifier: Apache-2.0
#include "job_list_model.h"

#include "display_format.h"
#include "row_changes.h"

#include <QSet>

#include <algorithm>

namespace liteops {

namespace {

const QList<int> &cellRoles()
{
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, RawValueRole};
    return roles;
}

// The failed count to show: what the service reported, else what its tasks say.
int failedCountOf(const Job &job)
{
    if (job.abnormalCount >= 0)
        return job.abnormalCount;
    if (job.reportedFailed >= 0)
        return job.reportedFailed;
    if (!job.tasks.isEmpty())
        return job.counts().failed;
    return -1;
}

// Which cells of a row a new snapshot of the job changes (columns 0 when none), as runs of
// adjacent columns. Roles that every cell answers (StateRole, ProviderRole) go out with the
// changed cells only: a range over the whole row would cover the proxy's sort column, and
// QSortFilterProxyModel (Qt 6.4) re-sorts a row for any range covering it, whatever the roles
// (that made a 1% refresh of 100k jobs 4x slower). A state change always changes the Status
// cell, so a delegate that draws the state elsewhere in the row repaints the row on that
// signal.
// Servers done and in total from the job itself: its tasks, else the counts its service
// reported beside them (IEF, ServiceStage).
JobListModel::ServerProgress ownProgress(const Job &job)
{
    JobListModel::ServerProgress p;
    if (!job.tasks.isEmpty()) {
        p.total = int(job.tasks.size());
        p.done = int(
            std::count_if(job.tasks.cbegin(), job.tasks.cend(), [](const Task &t) { return isFinalState(t.state()); }));
    } else if (job.reportedTotal >= 0) {
        p.total = job.reportedTotal;
        if (job.reportedSucceeded >= 0 && job.reportedFailed >= 0)
            p.done = std::min(p.total, job.reportedSucceeded + job.reportedFailed);
    }
    return p;
}

RowChange describeChange(int row, const Job &a, const Job &b, const JobListModel &model)
{
    RowChange c{row, 0, {}};
    auto touch = [&c](int column) { c.columns |= 1u << column; };
    if (a.name != b.name)
        touch(JobListModel::Name);
    if (a.type != b.type)
        touch(JobListModel::Type);
    const bool stateChanged = a.state != b.state;
    if (stateChanged || a.status != b.status)
        touch(JobListModel::Status);
    if (failedCountOf(a) != failedCountOf(b))
        touch(JobListModel::FailedCount);
    if (a.userName != b.userName)
        touch(JobListModel::User);
    if (a.createdAtMs != b.createdAtMs)
        touch(JobListModel::Created);
    if (a.updatedAtMs != b.updatedAtMs)
        touch(JobListModel::Updated);
    if (a.description != b.description)
        touch(JobListModel::Description);
    if (a.provider != b.provider)
        touch(JobListModel::Id); // no column of its own; the id cell carries it
    const JobListModel::ServerProgress before = model.progressOf(a);
    const JobListModel::ServerProgress after = model.progressOf(b);
    if (before != after)
        touch(JobListModel::Progress);
    if (before.total != after.total)
        touch(JobListModel::TotalServers);
    if (c.columns == 0)
        return c;
    c.roles = cellRoles();
    if (stateChanged)
        c.roles.append(StateRole);
    if (a.provider != b.provider)
        c.roles.append(ProviderRole);
    return c;
}

} // namespace

JobListModel::JobListModel(QObject *parent) : QAbstractTableModel(parent) {}

JobListModel::~JobListModel() = default;

void JobListModel::applySnapshot(const QList<Job> &jobs)
{
    Match match = matchAndTakeInChanges(jobs);
    // The changed cells, before any row moves.
    emitRowChanges(match.changes, int(m_jobs.size()),
                   [this](int top, int bottom, int first, int last, const QList<int> &roles) {
        emit dataChanged(index(top, first), index(bottom, last), roles);
    });
    removeVanishedRows(match.kept);
    if (match.anyNew)
        appendNewRows(jobs, match);
}

// Matches by id; the first of duplicated ids wins, later ones are ignored. Changed rows are
// compared and taken in as they are matched, while both jobs are in the cache (a second
// pass over 100,000 jobs cost a third of a poll's merge); rows are stable until the
// removals, and a matched row keeps its id.
JobListModel::Match JobListModel::matchAndTakeInChanges(const QList<Job> &jobs)
{
    const qsizetype n = jobs.size();
    Match match;
    match.matched.assign(size_t(n), -1);
    match.kept.assign(size_t(m_jobs.size()), 0);
    match.duplicate.assign(size_t(n), 0);
    QSet<QString> seen;
    const QList<Job> &current = m_jobs; // const access: no detach check per row
    for (qsizetype i = 0; i < n; ++i) {
        const QString &id = jobs[i].id;
        int row = -1;
        if (i < current.size() && current[i].id == id) // polls usually answer in the same order
            row = int(i);
        else
            row = m_rowOfId.value(id, -1);
        if (row >= 0 && match.kept[size_t(row)]) {
            match.duplicate[size_t(i)] = 1;
        } else if (row >= 0) {
            match.matched[size_t(i)] = row;
            match.kept[size_t(row)] = 1;
            if (!(current[row] == jobs[i])) {
                RowChange c = describeChange(row, current[row], jobs[i], *this);
                m_jobs[row] = jobs[i];
                if (c.columns)
                    match.changes.push_back(std::move(c));
            }
        } else if (seen.contains(id)) {
            match.duplicate[size_t(i)] = 1;
        } else {
            seen.insert(id);
            match.anyNew = true;
        }
    }
    return match;
}

// Vanished rows, in runs from the bottom.
void JobListModel::removeVanishedRows(const std::vector<char> &kept)
{
    bool removed = false;
    for (int r = int(m_jobs.size()) - 1; r >= 0; --r) {
        if (kept[size_t(r)])
            continue;
        const int last = r;
        while (r > 0 && !kept[size_t(r - 1)])
            --r;
        beginRemoveRows({}, r, last);
        m_jobs.remove(r, last - r + 1);
        endRemoveRows();
        removed = true;
    }
    if (removed) {
        m_rowOfId.clear();
        m_rowOfId.reserve(m_jobs.size());
        for (int r = 0; r < int(m_jobs.size()); ++r)
            m_rowOfId.insert(m_jobs[r].id, r);
    }
}

// New rows, appended in snapshot order.
void JobListModel::appendNewRows(const QList<Job> &jobs, const Match &match)
{
    const auto isNew = [&match](qsizetype i) { return match.matched[size_t(i)] < 0 && !match.duplicate[size_t(i)]; };
    int count = 0;
    for (qsizetype i = 0; i < jobs.size(); ++i)
        count += isNew(i) ? 1 : 0;
    const int first = int(m_jobs.size());
    beginInsertRows({}, first, first + count - 1);
    m_jobs.reserve(first + count);
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (!isNew(i))
            continue;
        m_rowOfId.insert(jobs[i].id, int(m_jobs.size()));
        m_jobs.append(jobs[i]);
    }
    endInsertRows();
}

void JobListModel::clear()
{
    if (m_jobs.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_jobs.size()) - 1);
    m_jobs.clear();
    m_rowOfId.clear();
    m_notedProgress.clear();
    endRemoveRows();
}

void JobListModel::resetTo(const QList<Job> &jobs)
{
    beginResetModel();
    m_jobs.clear();
    m_rowOfId.clear();
    m_notedProgress.clear();
    m_rowOfId.reserve(jobs.size());
    m_jobs.reserve(jobs.size());
    for (const Job &job : jobs) {
        if (m_rowOfId.contains(job.id))
            continue; // same rule as applySnapshot: the first of duplicated ids wins
        m_rowOfId.insert(job.id, int(m_jobs.size()));
        m_jobs.append(job);
    }
    endResetModel();
}

JobListModel::ServerProgress JobListModel::progressOf(const Job &job) const
{
    ServerProgress p = ownProgress(job);
    if (p.total < 0)
        p = m_notedProgress.value(job.id);
    // A detail noted while the job ran is behind once the listing says it ended.
    if (p.total >= 0 && isFinalState(job.state))
        p.done = p.total;
    return p;
}

void JobListModel::noteDetail(const Job &detail)
{
    const ServerProgress noted = ownProgress(detail);
    if (noted.total < 0 || detail.id.isEmpty())
        return;
    const int row = rowOfId(detail.id);
    const ServerProgress before = row >= 0 ? progressOf(m_jobs[row]) : ServerProgress();
    m_notedProgress.insert(detail.id, noted);
    if (row < 0)
        return;
    const ServerProgress after = progressOf(m_jobs[row]);
    if (after == before)
        return;
    const int first = before.total == after.total ? int(Progress) : std::min(int(Progress), int(TotalServers));
    emit dataChanged(index(row, first), index(row, std::max(int(Progress), int(TotalServers))), cellRoles());
}

const Job *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs[row] : nullptr;
}

int JobListModel::rowOfId(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex JobListModel::index(int row, int column, const QModelIndex &parent) const
{
    // Called for every comparison while a proxy sorts: bounds checks only, no virtual calls.
    if (parent.isValid() || row < 0 || column < 0 || row >= m_jobs.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QVariant JobListModel::rawValue(const Job &job, int column)
{
    switch (column) {
    case Name: return job.name;
    case Type: return job.type;
    case Status: return int(job.state);
    case FailedCount: return failedCountOf(job);
    case User: return job.userName;
    case Created: return job.createdAtMs;
    case Updated: return job.updatedAtMs;
    case Description: return job.description;
    case Id: return job.id;
    default: return {};
    }
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_jobs.size())
        return {};
    const Job &job = m_jobs[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return job.name;
        case Type: return job.type;
        case Status: return job.status.isEmpty() ? stateDisplayName(job.state) : job.status;
        case FailedCount: {
            const int failed = failedCountOf(job);
            return failed < 0 ? QVariant() : QVariant(failed);
        }
        case User: return job.userName;
        case Created: return formatLocalTime(job.createdAtMs);
        case Updated: return formatLocalTime(job.updatedAtMs);
        case Description: return job.description;
        case Id: return job.id;
        case Progress: {
            const ServerProgress p = progressOf(job);
            if (p.total < 0)
                return {};
            return p.done < 0 ? QStringLiteral("?/%1").arg(p.total) : QStringLiteral("%1/%2").arg(p.done).arg(p.total);
        }
        case TotalServers: {
            const int total = progressOf(job).total;
            return total < 0 ? QVariant() : QVariant(total);
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Status: return stateDisplayName(job.state);
        case Created: return formatUtcTime(job.createdAtMs);
        case Updated: return formatUtcTime(job.updatedAtMs);
        case Description: return job.description.isEmpty() ? QVariant() : QVariant(job.description);
        case Progress: {
            const ServerProgress p = progressOf(job);
            if (p.total < 0)
                return tr("Open the job to count its servers");
            return p.done < 0 ? tr("%n server(s)", nullptr, p.total)
                              : tr("%1 of %n server(s) done", nullptr, p.total).arg(p.done);
        }
        default: return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case Progress: {
            // Share done, in ten-thousandths; unknown sorts first.
            const ServerProgress p = progressOf(job);
            return p.total > 0 && p.done >= 0 ? int(qint64(p.done) * 10000 / p.total) : (p.total == 0 ? 10000 : -1);
        }
        case TotalServers: return progressOf(job).total;
        default: return rawValue(job, index.column());
        }
    case StateRole: return int(job.state);
    case JobIdRole: return job.id;
    case ProviderRole: return int(job.provider);
    default: return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Status: return tr("Status");
    case FailedCount: return tr("Failed");
    case User: return tr("User");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    case Description: return tr("Description");
    case Id: return tr("ID");
    case Progress: return tr("Progress");
    case TotalServers: return tr("Servers");
    default: return {};
    }
}

} // namespace liteops
