// SPDX-License-Identifier: Apache-2.0
#include "serverpickmodel.h"

#include <algorithm>

namespace liteops {

namespace {
const QString kRunning = QStringLiteral("RUNNING");
}

ServerPickModel::ServerPickModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServerPickModel::setServers(const QList<Server> &servers)
{
    // Loaded once per wizard (or on an explicit reload), so a reset is the right signal.
    beginResetModel();
    m_servers = servers;
    m_rowById.clear();
    m_rowById.reserve(m_servers.size());
    for (int row = 0; row < m_servers.size(); ++row)
        m_rowById.insert(m_servers.at(row).id, row);
    endResetModel();
    emit selectionChanged();
}

void ServerPickModel::setSelectedIds(const QStringList &ids)
{
    m_selected.clear();
    m_selectedSet.clear();
    for (const QString &id : ids) {
        if (!id.isEmpty() && !m_selectedSet.contains(id)) {
            m_selectedSet.insert(id);
            m_selected.append(id);
        }
    }
    if (!m_servers.isEmpty())
        emitCheckChanged(0, int(m_servers.size()) - 1);
    emit selectionChanged();
}

void ServerPickModel::addSelectedIds(const QStringList &ids)
{
    int first = INT_MAX, last = -1;
    for (const QString &id : ids) {
        if (id.isEmpty() || m_selectedSet.contains(id))
            continue;
        m_selectedSet.insert(id);
        m_selected.append(id);
        const int row = rowOfId(id);
        if (row >= 0) {
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    if (last >= 0)
        emitCheckChanged(first, last);
    emit selectionChanged();
}

void ServerPickModel::setSelected(const QList<int> &rows, bool selected)
{
    int first = INT_MAX, last = -1;
    QSet<QString> removed;
    for (int row : rows) {
        if (row < 0 || row >= m_servers.size())
            continue;
        const QString &id = m_servers.at(row).id;
        if (selected == m_selectedSet.contains(id))
            continue;
        if (selected) {
            m_selectedSet.insert(id);
            m_selected.append(id);
        } else {
            m_selectedSet.remove(id);
            removed.insert(id);
        }
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (!removed.isEmpty())
        m_selected.removeIf([&removed](const QString &id) { return removed.contains(id); });
    if (last >= 0) {
        emitCheckChanged(first, last);
        emit selectionChanged();
    }
}

QStringList ServerPickModel::selectedUnknownIds() const
{
    QStringList unknown;
    for (const QString &id : m_selected) {
        if (!m_rowById.contains(id))
            unknown.append(id);
    }
    return unknown;
}

int ServerPickModel::selectedNotRunningCount() const
{
    return int(selectedNotRunningRows().size());
}

QList<int> ServerPickModel::selectedNotRunningRows() const
{
    QList<int> rows;
    for (const QString &id : m_selected) {
        const int row = rowOfId(id);
        if (row >= 0 && m_servers.at(row).status != kRunning)
            rows.append(row);
    }
    return rows;
}

void ServerPickModel::emitCheckChanged(int firstRow, int lastRow)
{
    emit dataChanged(index(firstRow, NameColumn), index(lastRow, NameColumn), {Qt::CheckStateRole, SelectedRole});
}

int ServerPickModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

int ServerPickModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerPickModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server &s = m_servers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (index.column()) {
        case NameColumn: return s.name;
        case IdColumn: return s.id;
        case StatusColumn: return s.status;
        case FlavorColumn: return s.flavor;
        case CategoryColumn: return s.category;
        case IpColumn: return s.privateIps.join(QLatin1String(", "));
        default: return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_selectedSet.contains(s.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && s.status != kRunning)
            return tr("This server is %1, not RUNNING: its task will probably fail or be "
                      "skipped.")
                .arg(s.status);
        return {};
    case ServerIdRole: return s.id;
    case SelectedRole: return m_selectedSet.contains(s.id);
    default: return {};
    }
}

bool ServerPickModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != NameColumn || role != Qt::CheckStateRole)
        return false;
    const bool selected = value.toInt() == Qt::Checked;
    setSelected({index.row()}, selected);
    return true;
}

Qt::ItemFlags ServerPickModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ServerPickModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case IdColumn: return tr("ID");
    case StatusColumn: return tr("Status");
    case FlavorColumn: return tr("Flavor");
    case CategoryColumn: return tr("Category");
    case IpColumn: return tr("Private IP");
    default: return {};
    }
}

ServerFilterProxy::ServerFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ServerPickModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ServerFilterProxy::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

void ServerFilterProxy::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void ServerFilterProxy::setFlavor(const QString &flavor)
{
    if (m_flavor == flavor)
        return;
    m_flavor = flavor;
    invalidateFilter();
}

void ServerFilterProxy::setCategory(const QString &category)
{
    if (m_category == category)
        return;
    m_category = category;
    invalidateFilter();
}

QList<int> ServerFilterProxy::visibleSourceRows() const
{
    QList<int> rows;
    const int n = rowCount();
    rows.reserve(n);
    for (int r = 0; r < n; ++r)
        rows.append(mapToSource(index(r, 0)).row());
    return rows;
}

bool ServerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *model = qobject_cast<const ServerPickModel *>(sourceModel());
    if (!model)
        return true;
    const Server &s = model->serverAt(sourceRow);
    if (!m_status.isEmpty() && s.status != m_status)
        return false;
    if (!m_flavor.isEmpty() && s.flavor != m_flavor)
        return false;
    if (!m_category.isEmpty() && s.category != m_category)
        return false;
    if (m_text.isEmpty())
        return true;
    if (s.name.contains(m_text, Qt::CaseInsensitive) || s.id.contains(m_text, Qt::CaseInsensitive))
        return true;
    return std::any_of(s.privateIps.cbegin(), s.privateIps.cend(),
                       [this](const QString &ip) { return ip.contains(m_text); });
}

} // namespace liteops
