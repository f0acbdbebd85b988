// SPDX-License-Identifier: Apache-2.0
#include "fleet_filter_proxy.h"

#include "fleet_model.h"

#include <QSet>

namespace liteops::fleet {

namespace {

bool textMatches(const FleetRow &row, QStringView text)
{
    auto has = [&](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
    const Server &s = row.server;
    if (has(s.name) || has(s.id) || has(s.flavor) || has(s.status))
        return true;
    for (const QString &ip : s.privateIps) {
        if (has(ip))
            return true;
    }
    return row.facts && (has(row.facts->driver) || has(row.facts->firmware) || has(row.facts->topErrorCluster));
}

// The distinct non-empty values of one server field over every row, sorted for a menu.
QStringList distinctValues(const QList<FleetRow> &rows, QString Server::*field)
{
    QSet<QString> seen;
    for (const FleetRow &row : rows) {
        const QString &value = row.server.*field;
        if (!value.isEmpty())
            seen.insert(value);
    }
    QStringList values(seen.cbegin(), seen.cend());
    values.sort(Qt::CaseInsensitive);
    return values;
}

} // namespace

FleetFilterProxy::FleetFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FleetFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_fleet = qobject_cast<const FleetModel *>(model);
    Q_ASSERT(m_fleet || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void FleetFilterProxy::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void FleetFilterProxy::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void FleetFilterProxy::setFlavorFilter(const QString &flavor)
{
    if (flavor == m_flavor)
        return;
    m_flavor = flavor;
    invalidateRowsFilter();
}

void FleetFilterProxy::setComplianceFilter(const QList<Compliance> &states)
{
    quint32 bits = 0;
    for (Compliance c : states)
        bits |= 1u << quint32(c);
    if (bits == m_complianceBits)
        return;
    m_complianceBits = bits;
    invalidateRowsFilter();
}

void FleetFilterProxy::setFlakyOnly(bool flakyOnly)
{
    if (flakyOnly == m_flakyOnly)
        return;
    m_flakyOnly = flakyOnly;
    invalidateRowsFilter();
}

bool FleetFilterProxy::acceptsByFields(const FleetRow &row) const
{
    if (!m_status.isEmpty() && row.server.status.compare(m_status, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_flavor.isEmpty() && row.server.flavor != m_flavor)
        return false;
    return m_text.isEmpty() || textMatches(row, m_text);
}

bool FleetFilterProxy::acceptsByChips(const FleetRow &row) const
{
    if (m_complianceBits && !(m_complianceBits & (1u << quint32(row.compliance.state))))
        return false;
    return !m_flakyOnly || (row.facts && row.facts->isFlaky());
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_fleet || sourceParent.isValid())
        return false;
    const FleetRow &row = m_fleet->rowAt(sourceRow);
    return acceptsByFields(row) && acceptsByChips(row);
}

bool FleetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_fleet && left.column() == right.column()) {
        const QString *a = FleetModel::plainText(m_fleet->rowAt(left.row()), left.column());
        const QString *b = FleetModel::plainText(m_fleet->rowAt(right.row()), right.column());
        if (a && b)
            return a->compare(*b, sortCaseSensitivity()) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

QStringList FleetFilterProxy::statusValues() const
{
    return m_fleet ? distinctValues(m_fleet->rows(), &Server::status) : QStringList();
}

QStringList FleetFilterProxy::flavorValues() const
{
    return m_fleet ? distinctValues(m_fleet->rows(), &Server::flavor) : QStringList();
}

ChipCounts FleetFilterProxy::chipCounts() const
{
    ChipCounts counts;
    if (!m_fleet)
        return counts;
    for (const FleetRow &row : m_fleet->rows()) {
        if (!acceptsByFields(row))
            continue;
        ++counts.total;
        ++counts.byCompliance[size_t(row.compliance.state)];
        if (row.facts && row.facts->isFlaky())
            ++counts.flaky;
    }
    return counts;
}

} // namespace liteops::fleet
