// SPDX-License-Identifier: Apache-2.0
#pragma once
// The failure summary of the open job: one row per error cluster (pattern, a sample
// message, how many servers). Merged on every refresh like the other models; ClusterIdRole
// gives the id TaskTreeModel::indexesForCluster() takes. A second instance for
// State::Skipped breaks the skipped tasks down by reason the same way (its cluster ids are
// not failure cluster ids: select its rows by TaskIdsRole).
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

    // `clustered`: the task state whose tasks are grouped, State::Failed or State::Skipped.
    explicit FailureSummaryModel(QObject *parent = nullptr, State clustered = State::Failed);

    void applyJob(const Job &job);
    void clear();
    State clusteredState() const { return m_clustered; }
    const QList<ErrorCluster> &clusters() const { return m_rows; }
    const ErrorCluster *clusterAt(int row) const;
    int totalTasks() const; // tasks in all clusters: the failed (or skipped) tasks

    // Rows: largest cluster first, then by pattern.
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    State m_clustered;
};

} // namespace liteops
