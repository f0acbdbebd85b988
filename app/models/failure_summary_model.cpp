// SPDX-License-Identifier: Apache-2.0
#include "failure_summary_model.h"

namespace liteops {

FailureSummaryModel::FailureSummaryModel(QObject *parent, State clustered)
    : KeyedRowsModel<ErrorCluster>(parent), m_clustered(clustered)
{
}

void FailureSummaryModel::applyJob(const Job &job)
{
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, RawValueRole, TaskIdsRole, ServerIdsRole};
    mergeRows(
        ErrorClusterer::cluster(job.tasks, m_clustered), [](const ErrorCluster &c) { return c.id; }, roles);
}

void FailureSummaryModel::clear()
{
    clearRows();
}

const ErrorCluster *FailureSummaryModel::clusterAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int FailureSummaryModel::totalTasks() const
{
    int total = 0;
    for (const ErrorCluster &c : m_rows)
        total += c.count;
    return total;
}

int FailureSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailureSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ErrorCluster &c = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Pattern: return c.pattern;
        case Sample: return c.sampleMessage;
        case Count: return c.count;
        default: return {};
        }
    case Qt::ToolTipRole: return c.sampleMessage.isEmpty() ? QVariant() : QVariant(c.sampleMessage);
    case RawValueRole:
        switch (index.column()) {
        case Pattern: return c.id;
        case Sample: return c.sampleMessage;
        case Count: return c.count;
        default: return {};
        }
    case ClusterIdRole: return c.id;
    case StateRole: return int(m_clustered);
    case TaskIdsRole: return c.taskIds;
    case ServerIdsRole: return c.serverIds;
    default: return {};
    }
}

QVariant FailureSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pattern: return m_clustered == State::Skipped ? tr("Reason skipped") : tr("Error");
    case Sample: return tr("Example message");
    case Count: return tr("Servers");
    default: return {};
    }
}

} // namespace liteops
