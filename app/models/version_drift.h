// SPDX-License-Identifier: Apache-2.0
#pragma once
// Version drift of query jobs: HDK_QUERY tasks report "Driver: 24.1.0.3 | Firmware:
// 7.5.0.5.220" (and variations of it); the summary counts servers per (driver, firmware)
// pair so a fleet that is not on one version stands out. Servers of a query job that
// reported nothing get rows too, one per state of their task (failed, skipped, still
// running...), so every server of the job is accounted for and can be acted on.
#include "item_roles.h"
#include "keyed_rows_merge.h"
#include "core/types.h"
#include "versions.h"

#include <QString>

#include <optional>

namespace liteops {

struct VersionDriftRow
{
    VersionInfo versions;
    QStringList serverIds; // target ids, document order
    QStringList taskIds;
    // Set on a row of servers without a result: the state of their tasks. Unset on the rows
    // of a reported (driver, firmware) pair.
    std::optional<State> noResultState;
    bool isNoResult() const { return noResultState.has_value(); }
    friend bool operator==(const VersionDriftRow &, const VersionDriftRow &) = default;
};

class VersionDriftModel : public KeyedRowsModel<VersionDriftRow>
{
    Q_OBJECT
public:
    enum Column { Driver, Firmware, Servers, ColumnCount };
    Q_ENUM(Column)
    using enum ItemRole;
    using Row = VersionDriftRow;

    explicit VersionDriftModel(QObject *parent = nullptr);

    // A job gets rows when it is a query (an HDK_QUERY item) or any task reported versions.
    void applyJob(const Job &job);
    void clear();
    const QList<Row> &rows() const { return m_rows; }
    // Rows: the version pairs, most servers first, then by driver and firmware; after them
    // the servers without a result, failed first.
    int versionRowCount() const; // rows of a reported (driver, firmware) pair
    int serverCount() const;     // servers with a parsed version
    bool hasDrift() const { return versionRowCount() > 1; }

    // The fleet's target driver version (the Fleet page's, per profile); empty: none. The row
    // of that driver says so in its Driver cell and tooltip.
    void setTargetDriver(const QString &driver);
    QString targetDriver() const { return m_targetDriver; }
    bool isTargetRow(int row) const;
    int serversOnTarget() const; // servers whose reported driver is the target

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "No result (failed)": what the Driver cell of a no-result row says.
    static QString noResultLabel(State state);

private:
    QString m_targetDriver;
};

} // namespace liteops
