#include "task_filter_proxy.h"

#include "task_tree_model.h"

namespace liteops {

TaskFilterProxy::TaskFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
    // A group row stays while any of its tasks matches.
    setRecursiveFilteringEnabled(true);
}

void TaskFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_tasks = qobject_cast<const TaskTreeModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TaskFilterProxy::setStateFilter(StateSet states)
{
    setFilters(states, m_text);
}

void TaskFilterProxy::setTextFilter(const QString &text)
{
    setFilters(m_states, text);
}

void TaskFilterProxy::setFilters(StateSet states, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (states == m_states && trimmed == m_text)
        return;
    m_states = states;
    m_text = trimmed;
    invalidate(); // one layout change, not a signal per run of rows
}

bool TaskFilterProxy::textMatches(const Task &task, QStringView text)
{
    if (text.isEmpty())
        return true;
    return task.targetName().contains(text, Qt::CaseInsensitive)
        || task.name().contains(text, Qt::CaseInsensitive)
        || task.targetId().contains(text, Qt::CaseInsensitive)
        || task.id().contains(text, Qt::CaseInsensitive)
        || task.message().contains(text, Qt::CaseInsensitive)
        || QStringView(task.status()).contains(text, Qt::CaseInsensitive);
}

bool TaskFilterProxy::accepts(const Task &task) const
{
    return m_states.contains(task.state()) && textMatches(task, m_text);
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const bool filtering = !m_states.isAll() || !m_text.isEmpty();
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_tasks ? m_tasks->isGroup(idx) : idx.data(IsGroupRole).toBool())
        return !filtering; // shown through its children while filtering
    if (!filtering)
        return true;
    if (m_tasks) {
        const Task *task = m_tasks->taskAt(idx);
        return task && accepts(*task);
    }
    if (!m_states.contains(State(idx.data(StateRole).toInt())))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {TaskTreeModel::ServerName, TaskTreeModel::ServerId, TaskTreeModel::Status}) {
        if (sourceModel()->index(sourceRow, column, sourceParent).data().toString().contains(
                m_text, Qt::CaseInsensitive))
            return true;
    }
    return idx.data(FullMessageRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool TaskFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the model when it is ours: this runs O(log n) times per inserted row.
    const auto isGroup = [this](const QModelIndex &i) {
        return m_tasks ? m_tasks->isGroup(i) : i.data(IsGroupRole).toBool();
    };
    if (isGroup(left) || isGroup(right)) {
        // Groups keep the model's order (failed first) in both directions.
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();
    }
    if (m_tasks) {
        const Task *a = m_tasks->taskAt(left);
        const Task *b = m_tasks->taskAt(right);
        if (a && b) {
            // Typed fields straight from the tasks: no QVariant or QString per comparison.
            auto text = [](QStringView x, QStringView y) { return x.compare(y, Qt::CaseInsensitive) < 0; };
            switch (left.column()) {
            case TaskTreeModel::ServerName:
                return text(a->targetName().isEmpty() ? a->name() : a->targetName(),
                            b->targetName().isEmpty() ? b->name() : b->targetName());
            case TaskTreeModel::ServerId: return text(a->targetId(), b->targetId());
            case TaskTreeModel::Message: return text(a->message(), b->message());
            case TaskTreeModel::CloudServerType:
                return text(a->cloudServerValue(u"type"), b->cloudServerValue(u"type"));
            case TaskTreeModel::CloudServerId:
                return text(a->cloudServerValue(u"id"), b->cloudServerValue(u"id"));
            case TaskTreeModel::Created: return a->createdAtMs() < b->createdAtMs();
            case TaskTreeModel::Updated: return a->updatedAtMs() < b->updatedAtMs();
            case TaskTreeModel::Duration: return a->durationMs() < b->durationMs();
            default: break;
            }
        }
    }
    const QVariant a = left.data(RawValueRole);
    const QVariant b = right.data(RawValueRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace liteops
