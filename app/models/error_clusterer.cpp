// SPDX-License-Identifier: Apache-2.0
#include "error_clusterer.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace liteops {

QString ErrorClusterer::clusterIdOf(const Task &task)
{
    QString id = normaliseMessage(task.message());
    if (id.isNull())
        id = QLatin1String(""); // empty but not null: a real cluster id
    return id;
}

QString ErrorClusterer::patternLabel(const QString &clusterId)
{
    if (clusterId.isEmpty())
        return QCoreApplication::translate("liteops::ErrorClusterer", "(no message)");
    return clusterId;
}

QList<ErrorCluster> ErrorClusterer::cluster(const QList<Task> &tasks)
{
    return cluster(tasks, State::Failed);
}

QList<ErrorCluster> ErrorClusterer::cluster(const QList<Task> &tasks, State state)
{
    QList<ErrorCluster> clusters;
    QHash<QString, qsizetype> byId;
    for (const Task &t : tasks) {
        if (t.state() != state)
            continue;
        const QString id = clusterIdOf(t);
        auto it = byId.constFind(id);
        if (it == byId.cend()) {
            ErrorCluster c;
            c.id = id;
            c.pattern = patternLabel(id);
            c.sampleMessage = t.message().trimmed().toString();
            it = byId.insert(id, clusters.size());
            clusters.append(std::move(c));
        }
        ErrorCluster &c = clusters[*it];
        ++c.count;
        c.taskIds.append(t.id().toString());
        c.serverIds.append(t.targetId().toString());
    }
    std::stable_sort(clusters.begin(), clusters.end(), [](const ErrorCluster &a, const ErrorCluster &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.id.isEmpty() != b.id.isEmpty())
            return b.id.isEmpty(); // real messages before "(no message)"
        return a.id < b.id;
    });
    return clusters;
}

} // namespace liteops
