// SPDX-License-Identifier: Apache-2.0
#include "fleet_model.h"

#include "display_format.h"

#include <QDateTime>
#include <QSet>

namespace liteops::fleet {

namespace {

QString serverKey(const FleetRow &row)
{
    return row.server.id;
}

} // namespace

FleetModel::FleetModel(QObject *parent) : KeyedRowsModel<FleetRow>(parent), m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

FleetRow FleetModel::makeRow(const Server &server) const
{
    FleetRow row;
    row.server = server;
    if (const auto it = m_facts.constFind(server.id); it != m_facts.cend())
        row.facts = *it;
    row.compliance = evaluateCompliance(row.facts ? &*row.facts : nullptr, server.flavor, m_policy, m_nowMs);
    return row;
}

void FleetModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        m_rowOf.insert(m_rows.at(r).server.id, int(r));
}

void FleetModel::replaceRow(int row, FleetRow next)
{
    if (m_rows.at(row) == next)
        return;
    m_rows[row] = std::move(next);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FleetModel::setServers(const QList<Server> &servers)
{
    QList<FleetRow> next;
    next.reserve(servers.size());
    QSet<QString> seen;
    for (const Server &s : servers) {
        // A server listed twice (a page boundary moved under the pager) is one row.
        if (s.id.isEmpty() || seen.contains(s.id))
            continue;
        seen.insert(s.id);
        next.append(makeRow(s));
    }
    mergeRows(std::move(next), serverKey, {});
    reindex();
}

void FleetModel::refreshAllRows()
{
    // One dataChanged over the changed span: a policy change touches most of 20,000 rows,
    // and a signal per row would have the proxy and the views work per row.
    int first = -1;
    int last = -1;
    for (int r = 0; r < int(m_rows.size()); ++r) {
        FleetRow next = makeRow(m_rows.at(r).server);
        if (next == m_rows.at(r))
            continue;
        m_rows[r] = std::move(next);
        first = first < 0 ? r : first;
        last = r;
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void FleetModel::setAllFacts(QHash<QString, ServerFacts> facts)
{
    m_facts = std::move(facts);
    refreshAllRows();
}

void FleetModel::updateFacts(const QStringList &serverIds, const QHash<QString, ServerFacts> &facts)
{
    for (const QString &id : serverIds) {
        if (const auto it = facts.constFind(id); it != facts.cend())
            m_facts.insert(id, *it);
        else
            m_facts.remove(id);
        if (const int r = rowOf(id); r >= 0)
            replaceRow(r, makeRow(m_rows.at(r).server));
    }
}

void FleetModel::setPolicy(const CompliancePolicy &policy, qint64 nowMs)
{
    m_policy = policy;
    m_nowMs = nowMs;
    refreshAllRows();
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case IdColumn: return tr("ID");
    case StatusColumn: return tr("Status");
    case FlavorColumn: return tr("Flavor");
    case CategoryColumn: return tr("Category");
    case PrivateIpColumn: return tr("Private IP");
    case ArchitectureColumn: return tr("Architecture");
    case DriverColumn: return tr("Driver");
    case FirmwareColumn: return tr("Firmware");
    case QueriedAtColumn: return tr("Queried");
    case ComplianceColumn: return tr("Compliance");
    case LastJobColumn: return tr("Last job");
    case LastOutcomeColumn: return tr("Last outcome");
    case LastAtColumn: return tr("Last run");
    case FailuresColumn: return tr("Failures (last %1)").arg(kRecentTasks);
    case StreakColumn: return tr("Failure streak");
    case FlakyColumn: return tr("Flaky");
    default: return {};
    }
}

const QString *FleetModel::plainText(const FleetRow &row, int column)
{
    static const QString none;
    const Server &s = row.server;
    const ServerFacts *f = row.facts ? &*row.facts : nullptr;
    switch (column) {
    case NameColumn: return &s.name;
    case IdColumn: return &s.id;
    case StatusColumn: return &s.status;
    case FlavorColumn: return &s.flavor;
    case CategoryColumn: return &s.category;
    case ArchitectureColumn: return &s.imageArch;
    case DriverColumn: return f ? &f->driver : &none;
    case FirmwareColumn: return f ? &f->firmware : &none;
    case LastJobColumn: return f ? &f->lastJobType : &none;
    default: return nullptr;
    }
}

QVariant FleetModel::display(const FleetRow &row, int column) const
{
    if (const QString *text = plainText(row, column))
        return *text;
    const Server &s = row.server;
    const ServerFacts *f = row.facts ? &*row.facts : nullptr;
    switch (column) {
    case PrivateIpColumn: return s.privateIps.join(QLatin1String(", "));
    case QueriedAtColumn: return f ? formatLocalTime(f->queriedAtMs) : QString();
    case ComplianceColumn:
        return row.compliance.comparedAsText ? tr("%1 (compared as text)").arg(complianceLabel(row.compliance.state))
                                             : complianceLabel(row.compliance.state);
    case LastOutcomeColumn: return f ? stateDisplayName(f->lastOutcome) : QString();
    case LastAtColumn: return f ? formatLocalTime(f->lastAtMs) : QString();
    case FailuresColumn: return f ? QString::number(f->failuresRecent) : QString();
    case StreakColumn: return f ? QString::number(f->failureStreak) : QString();
    case FlakyColumn:
        return f && f->isFlaky() ? f->topErrorCluster.isEmpty() ? tr("Flaky") : f->topErrorCluster : QString();
    default: return {};
    }
}

QVariant FleetModel::sortValue(const FleetRow &row, int column) const
{
    const ServerFacts *f = row.facts ? &*row.facts : nullptr;
    switch (column) {
    case QueriedAtColumn: return f ? f->queriedAtMs : kUnknownTime;
    case LastAtColumn: return f ? f->lastAtMs : kUnknownTime;
    case FailuresColumn: return f ? f->failuresRecent : -1;
    case StreakColumn: return f ? f->failureStreak : -1;
    case ComplianceColumn: return int(row.compliance.state);
    case FlakyColumn: return f && f->isFlaky() ? 1 : 0;
    default: return display(row, column);
    }
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetRow &row = m_rows.at(index.row());
    const ServerFacts *f = row.facts ? &*row.facts : nullptr;
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case RawValueRole: return sortValue(row, index.column());
    case ServerIdRole: return row.server.id;
    case ComplianceRole: return int(row.compliance.state);
    case FlakyRole: return f && f->isFlaky();
    case QueryJobIdRole: return f ? f->queryJobId : QString();
    case LastJobIdRole: return f ? f->lastJobId : QString();
    case Qt::ToolTipRole:
        if (index.column() == QueriedAtColumn && f && f->hasVersions())
            return tr("%1 ago, job %2").arg(formatDuration(m_nowMs - f->queriedAtMs), f->queryJobId);
        if (index.column() == FlakyColumn && f && f->topErrorCount > 0)
            return tr("%n of the last failures read like this", nullptr, f->topErrorCount);
        return {};
    default: return {};
    }
}

} // namespace liteops::fleet
