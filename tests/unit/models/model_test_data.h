// SPDX-License-Identifier: Apache-2.0
#pragma once
// Builders for test jobs and tasks, and a dump of a whole model as text so a merged model
// can be compared with one rebuilt from scratch.
#include "item_roles.h"
#include "core/types.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace liteops::test {

inline Task makeTask(const QString &id, const QString &status, const QString &message = {},
                     qint64 created = 1757558550733, qint64 updated = 1757558564470)
{
    return Task::Builder()
        .id(id)
        .targetId(QStringLiteral("srv-") + id)
        .targetName(QStringLiteral("liteserver-") + id)
        .message(message)
        .addCloudServer(u"id", QStringLiteral("ecs-") + id)
        .addCloudServer(u"type", u"BMS")
        .status(status)
        .createdAtMs(created)
        .updatedAtMs(updated)
        .build();
}

inline Job makeJob(const QString &id, const QList<Task> &tasks)
{
    Job job;
    job.id = id;
    job.name = QStringLiteral("job-") + id;
    job.type = QStringLiteral("ASCEND_SOFTWARE_UPGRADE");
    job.status = QStringLiteral("PROCESSING");
    job.state = State::Running;
    job.tasks = tasks;
    return job;
}

// Every row, depth first, with the display text and the typed roles of every column.
inline QStringList dumpModel(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList out;
    const int rows = model.rowCount(parent);
    const int cols = model.columnCount(parent);
    for (int r = 0; r < rows; ++r) {
        QStringList cells;
        for (int c = 0; c < cols; ++c) {
            const QModelIndex idx = model.index(r, c, parent);
            cells << idx.data().toString() << idx.data(RawValueRole).toString() << idx.data(Qt::ToolTipRole).toString();
        }
        const QModelIndex first = model.index(r, 0, parent);
        cells << first.data(StateRole).toString() << first.data(TaskIdRole).toString()
              << first.data(ClusterIdRole).toString() << first.data(GroupCountRole).toString()
              << first.data(IsGroupRole).toString();
        out << QString(depth, QLatin1Char(' ')) + cells.join(QLatin1Char('|'));
        if (model.hasChildren(first))
            out << dumpModel(model, first, depth + 1);
    }
    return out;
}

} // namespace liteops::test
