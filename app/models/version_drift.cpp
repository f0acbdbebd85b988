// SPDX-License-Identifier: Apache-2.0
#include "version_drift.h"

#include <QHash>

#include <algorithm>

namespace liteops {
namespace {

const QChar kKeySeparator(0x1F);

// Version rows are keyed "driver<US>firmware"; no-result rows "<US><US>state", which no
// version pair can produce (its key holds one separator).
QString keyOf(const VersionDriftRow &row)
{
    if (row.noResultState)
        return QString(kKeySeparator) + kKeySeparator + stateKey(*row.noResultState);
    return row.versions.driver + kKeySeparator + row.versions.firmware;
}

// No-result rows in the order an admin acts on them: what went wrong, then what may still come.
int noResultRank(State state)
{
    switch (state) {
    case State::Failed: return 0;
    case State::Skipped: return 1;
    case State::Cancelled: return 2;
    case State::Running: return 3;
    case State::Pending: return 4;
    case State::Succeeded: return 5; // succeeded without versions in the message
    default: return 6;
    }
}

bool isQueryJob(const Job &job)
{
    return std::any_of(job.items.cbegin(), job.items.cend(),
                       [](const JobItem &item) { return item.type == QLatin1String("HDK_QUERY"); });
}

bool rowBefore(const VersionDriftRow &a, const VersionDriftRow &b)
{
    if (a.isNoResult() != b.isNoResult())
        return b.isNoResult();
    if (a.isNoResult())
        return noResultRank(*a.noResultState) < noResultRank(*b.noResultState);
    if (a.serverIds.size() != b.serverIds.size())
        return a.serverIds.size() > b.serverIds.size();
    if (a.versions.driver != b.versions.driver)
        return a.versions.driver < b.versions.driver;
    return a.versions.firmware < b.versions.firmware;
}

} // namespace

VersionDriftModel::VersionDriftModel(QObject *parent) : KeyedRowsModel<VersionDriftRow>(parent) {}

void VersionDriftModel::applyJob(const Job &job)
{
    QList<Row> rows;
    QHash<QString, qsizetype> byKey;
    bool anyVersions = false;
    for (const Task &t : job.tasks) {
        Row row;
        if (std::optional<VersionInfo> v = parseVersions(t.message())) {
            row.versions = *v;
            anyVersions = true;
        } else {
            row.noResultState = t.state();
        }
        const QString key = keyOf(row);
        auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            it = byKey.insert(key, rows.size());
            rows.append(std::move(row));
        }
        rows[*it].serverIds.append(t.targetId().toString());
        rows[*it].taskIds.append(t.id().toString());
    }
    // Jobs that never report versions (upgrades, log collection) have no Versions rows at all.
    if (!anyVersions && !isQueryJob(job))
        rows.clear();
    std::sort(rows.begin(), rows.end(), rowBefore);
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, RawValueRole, ServerIdsRole, TaskIdsRole};
    mergeRows(std::move(rows), keyOf, roles);
}

void VersionDriftModel::clear()
{
    clearRows();
}

int VersionDriftModel::versionRowCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.isNoResult(); }));
}

int VersionDriftModel::serverCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.isNoResult() ? 0 : int(r.serverIds.size());
    return n;
}

void VersionDriftModel::setTargetDriver(const QString &driver)
{
    const QString target = driver.trimmed();
    if (target == m_targetDriver)
        return;
    m_targetDriver = target;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Driver), index(int(m_rows.size()) - 1, Driver), {Qt::DisplayRole, Qt::ToolTipRole});
}

bool VersionDriftModel::isTargetRow(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_targetDriver.isEmpty())
        return false;
    const Row &r = m_rows.at(row);
    return !r.isNoResult() && r.versions.driver == m_targetDriver;
}

int VersionDriftModel::serversOnTarget() const
{
    int n = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        n += isTargetRow(row) ? int(m_rows.at(row).serverIds.size()) : 0;
    return n;
}

QString VersionDriftModel::noResultLabel(State state)
{
    return state == State::Succeeded ? tr("No versions in the message")
                                     : tr("No result (%1)").arg(stateDisplayName(state).toLower());
}

int VersionDriftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VersionDriftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionDriftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const int servers = int(r.serverIds.size());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Driver:
            if (r.noResultState)
                return noResultLabel(*r.noResultState);
            if (isTargetRow(index.row()))
                return tr("%1 (fleet target)").arg(r.versions.driver);
            return r.versions.driver.isEmpty() ? tr("(unknown)") : r.versions.driver;
        case Firmware:
            if (r.noResultState)
                return QString();
            return r.versions.firmware.isEmpty() ? tr("(unknown)") : r.versions.firmware;
        case Servers: return servers;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (isTargetRow(index.row()))
            return tr("The fleet's target driver version (set on the Fleet page)");
        if (!r.noResultState)
            return {};
        return tr("%n server(s) reported no driver or firmware version: their task is %1.", nullptr, servers)
            .arg(stateDisplayName(*r.noResultState).toLower());
    case RawValueRole:
        switch (index.column()) {
        case Driver: return r.noResultState ? QString() : r.versions.driver;
        case Firmware: return r.noResultState ? QString() : r.versions.firmware;
        case Servers: return servers;
        default: return {};
        }
    case StateRole: return r.noResultState ? QVariant(int(*r.noResultState)) : QVariant();
    case ServerIdsRole: return r.serverIds;
    case TaskIdsRole: return r.taskIds;
    default: return {};
    }
}

QVariant VersionDriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Driver: return tr("Driver");
    case Firmware: return tr("Firmware");
    case Servers: return tr("Servers");
    default: return {};
    }
}

} // namespace liteops
