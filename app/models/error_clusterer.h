// SPDX-License-Identifier: Apache-2.0
#pragma once
// Groups failed tasks (and, for the Failures tab's second list, skipped tasks) by the shape of
// their message. Numbers, percentages, hex and UUID ids,
// IP addresses, paths and device indices become placeholders, so "disk /var full (97%)" and
// "disk /var full (98%)" are one cluster. Failed tasks without a message form their own
// cluster (id ""), so they are counted rather than lost.
#include "message_pattern.h"
#include "core/types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace liteops {

// normaliseMessage() lives in core (message_pattern.h): the CLI uses it too.

struct ErrorCluster
{
    QString id;            // the normalised pattern; "" for failed tasks without a message
    QString pattern;       // what to show: the pattern, or a translated "(no message)"
    QString sampleMessage; // the first message of the cluster in document order
    int count = 0;
    QStringList taskIds;   // in document order
    QStringList serverIds; // target ids, in document order

    friend bool operator==(const ErrorCluster &, const ErrorCluster &) = default;
};

class ErrorClusterer
{
public:
    // Only failed tasks are clustered.
    static bool isClustered(const Task &task) { return task.state() == State::Failed; }
    // Cluster id of a failed task: its normalised message ("" when it has none).
    static QString clusterIdOf(const Task &task);
    static QString patternLabel(const QString &clusterId);

    // Clusters of the failed tasks, largest first, then by pattern.
    static QList<ErrorCluster> cluster(const QList<Task> &tasks);
    // The same for the tasks in `state` (State::Skipped: skipped tasks by their reason).
    static QList<ErrorCluster> cluster(const QList<Task> &tasks, State state);
};

} // namespace liteops
