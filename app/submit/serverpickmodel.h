// SPDX-License-Identifier: Apache-2.0
#pragma once
// The server table of the wizard's Targets page: the fleet with a check box per server, and
// a proxy filtering on typed fields (text, status, flavor, category). The selection is an
// ordered list of ids so it can hold ids the fleet list does not (a rerun of a job whose
// servers have since gone): those are reported, never silently dropped.
#include "core/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace liteops {

class ServerPickModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, StatusColumn, FlavorColumn, CategoryColumn, IpColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ServerIdRole, SelectedRole };

    explicit ServerPickModel(QObject *parent = nullptr);

    void setServers(const QList<Server> &servers);
    const QList<Server> &servers() const { return m_servers; }
    const Server &serverAt(int row) const { return m_servers.at(row); }
    int rowOfId(const QString &id) const { return m_rowById.value(id, -1); }

    QStringList selectedIds() const { return m_selected; }
    int selectedCount() const { return int(m_selected.size()); }
    void setSelectedIds(const QStringList &ids);             // replaces the selection
    void setSelected(const QList<int> &rows, bool selected); // batch, one dataChanged
    void addSelectedIds(const QStringList &ids);
    bool isSelected(int row) const { return m_selectedSet.contains(m_servers.at(row).id); }
    // Selected ids that are not in the fleet list.
    QStringList selectedUnknownIds() const;
    // Selected servers whose status is not RUNNING.
    int selectedNotRunningCount() const;
    // Their rows, in selection order (to name them, or to untick them).
    QList<int> selectedNotRunningRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void selectionChanged();

private:
    void emitCheckChanged(int firstRow, int lastRow);

    QList<Server> m_servers;
    QHash<QString, int> m_rowById;
    QStringList m_selected;
    QSet<QString> m_selectedSet;
};

// Filters on typed fields of the source model's servers; big changes use invalidate-once.
class ServerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ServerFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);     // name, id, IP: case-insensitive substring
    void setStatus(const QString &status); // exact; empty: any
    void setFlavor(const QString &flavor);
    void setCategory(const QString &category);
    // Source rows currently visible, for "select all visible".
    QList<int> visibleSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text, m_status, m_flavor, m_category;
};

} // namespace liteops
