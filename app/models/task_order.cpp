// SPDX-License-Identifier: Apache-2.0
#include "task_order.h"

#include "task_tree_model.h"

namespace liteops {

namespace {

int compareText(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive);
}

template <typename T>
int compareValues(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

QStringView serverNameOf(const Task &t)
{
    return t.targetName().isEmpty() ? t.name() : t.targetName();
}

} // namespace

int compareTasks(const Task &a, const Task &b, int column)
{
    switch (column) {
    case TaskTreeModel::ServerName: return compareText(serverNameOf(a), serverNameOf(b));
    case TaskTreeModel::ServerId: return compareText(a.targetId(), b.targetId());
    case TaskTreeModel::Status:
        return compareValues(TaskTreeModel::stateRank(a.state()), TaskTreeModel::stateRank(b.state()));
    case TaskTreeModel::Message: return compareText(a.message(), b.message());
    case TaskTreeModel::CloudServerType: return compareText(a.cloudServerValue(u"type"), b.cloudServerValue(u"type"));
    case TaskTreeModel::CloudServerId: return compareText(a.cloudServerValue(u"id"), b.cloudServerValue(u"id"));
    case TaskTreeModel::Created: return compareValues(a.createdAtMs(), b.createdAtMs());
    case TaskTreeModel::Updated: return compareValues(a.updatedAtMs(), b.updatedAtMs());
    case TaskTreeModel::Duration: return compareValues(a.durationMs(), b.durationMs());
    default: return 0;
    }
}

} // namespace liteops
