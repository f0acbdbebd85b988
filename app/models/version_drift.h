#pragma once
// Version drift of query jobs: HDK_QUERY tasks report "Driver: 24.1.0.3 | Firmware:
// 7.5.0.5.220" (and variations of it); the summary counts servers per (driver, firmware)
// pair so a fleet that is not on one version stands out.
#include "item_roles.h"
#include "keyed_rows_merge.h"
#include "core/types.h"
#include "versions.h"

#include <QString>

namespace liteops {

struct VersionDriftRow
{
    VersionInfo versions;
    QStringList serverIds; // target ids, document order
    QStringList taskIds;
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

    void applyJob(const Job &job);
    void clear();
    const QList<Row> &rows() const { return m_rows; }
    // Rows: most servers first, then by driver and firmware.
    int serverCount() const; // servers with a parsed version
    bool hasDrift() const { return m_rows.size() > 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace liteops
