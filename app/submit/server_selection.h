// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Act on any selection": which servers a selection in the console means (tasks picked in
// the task tree, an error cluster, a version row: all come down to task ids) and the create
// request "Rerun on these servers" builds from them. QtCore only, so it is unit-tested
// without widgets; the console's menus (ui/console/server_actions.h) call it.
#include "core/types.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace liteops {

struct SelectedServer
{
    QString id;   // the target (server) id
    QString name; // its name; the id when the task has none
    friend bool operator==(const SelectedServer &, const SelectedServer &) = default;
};

// The servers of these tasks, each once, in the job's task order (not the order of
// `taskIds`). Unknown task ids and tasks without a target id are left out.
QList<SelectedServer> serversOfTasks(const Job &job, const QStringList &taskIds);

QStringList serverIdsOf(const QList<SelectedServer> &servers);
QStringList serverNamesOf(const QList<SelectedServer> &servers);

// "<job name>-rerun-1"; a job that is itself a rerun ("x-rerun-1") gives "x-rerun-2".
// Characters the API refuses become "_"; cut so the wizard's "-w01" wave suffix still fits
// the API's 64 characters.
QString rerunName(const QString &jobName);

// The job's type and items on exactly `serverIds`, named rerunName(), with a description
// that names the original job.
CreateJobRequest rerunOnServers(const Job &job, const QStringList &serverIds, const QDateTime &now);

} // namespace liteops
