// SPDX-License-Identifier: Apache-2.0
#pragma once
// FleetModel: one row per server of the servers list, with what the store knows about it
// (fleet_facts.h) and its compliance (compliance.h). Every update is a merge by server id —
// rows inserted, removed or changed in place, never a reset — so a view keeps its selection
// and scroll position while the servers list is polled and jobs finish.
#include "compliance.h"
#include "fleet_facts.h"
#include "item_roles.h"
#include "keyed_rows_merge.h"
#include "core/types.h"

#include <QHash>
#include <optional>

namespace liteops::fleet {

struct FleetRow
{
    Server server;
    std::optional<ServerFacts> facts; // none: the store has no task on this server
    ComplianceResult compliance;
    friend bool operator==(const FleetRow &, const FleetRow &) = default;
};

enum FleetRole : int {
    ServerIdRole = Qt::UserRole + 64, // QString
    ComplianceRole,                   // int(Compliance)
    FlakyRole,                        // bool
    QueryJobIdRole,                   // QString: the job whose query gave the versions
    LastJobIdRole,                    // QString
};

class FleetModel : public KeyedRowsModel<FleetRow>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdColumn,
        StatusColumn,
        FlavorColumn,
        CategoryColumn,
        PrivateIpColumn,
        ArchitectureColumn,
        DriverColumn,
        FirmwareColumn,
        QueriedAtColumn,
        ComplianceColumn,
        LastJobColumn,
        LastOutcomeColumn,
        LastAtColumn,
        FailuresColumn,
        StreakColumn,
        FlakyColumn,
        ColumnCount
    };

    explicit FleetModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The servers list: rows follow its order; servers gone are removed, new ones inserted.
    void setServers(const QList<Server> &servers);
    // Every server's facts (a server left out has none).
    void setAllFacts(QHash<QString, ServerFacts> facts);
    // The facts of `serverIds` only, e.g. the servers a finished job touched; a listed server
    // missing from `facts` has none any more. Touches those rows alone.
    void updateFacts(const QStringList &serverIds, const QHash<QString, ServerFacts> &facts);
    // The policy, and the time staleness is judged at; every row's compliance is evaluated
    // again and one dataChanged covers the rows that changed.
    void setPolicy(const CompliancePolicy &policy, qint64 nowMs);
    CompliancePolicy policy() const { return m_policy; }

    // The text of a column that shows a field as it is (name, id, status, flavor, category,
    // architecture, driver, firmware, last job type); null for the other columns. Both the
    // cells and the proxy's sort read it, so sorting 20,000 rows makes no QVariant.
    static const QString *plainText(const FleetRow &row, int column);

    const FleetRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &serverId) const { return m_rowOf.value(serverId, -1); }
    const QList<FleetRow> &rows() const { return m_rows; }

private:
    FleetRow makeRow(const Server &server) const;
    void replaceRow(int row, FleetRow next);
    void refreshAllRows();
    void reindex();
    QVariant display(const FleetRow &row, int column) const;
    QVariant sortValue(const FleetRow &row, int column) const;

    QHash<QString, ServerFacts> m_facts; // every server's, listed or not
    QHash<QString, int> m_rowOf;
    CompliancePolicy m_policy;
    qint64 m_nowMs = 0;
};

} // namespace liteops::fleet
