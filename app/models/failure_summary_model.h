#pragma once
// The failure summary of the open job: one row per error cluster (pattern, a sample
// message, how many servers). Merged on every refresh like the other models; ClusterIdRole
// gives the id TaskTreeModel::indexesForCluster() takes.
#include "error_clusterer.h"
#include "item_roles.h"
#include "keyed_rows_merge.h"

namespace liteops {

class FailureSummaryModel : public KeyedRowsModel<ErrorCluster>
{
    Q_OBJECT
public:
    enum Column { Pattern, Sample, Count, ColumnCount };
    Q_ENUM(Column)
    using enum ItemRole;

    explicit FailureSummaryModel(QObject *parent = nullptr);

    void applyJob(const Job &job);
    void clear();
    const ErrorCluster *clusterAt(int row) const;
    int totalFailed() const;

    // Rows: largest cluster first, then by pattern.
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace liteops
