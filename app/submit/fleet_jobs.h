// SPDX-License-Identifier: Apache-2.0
#pragma once
// The jobs the Fleet page starts on the servers it shows: "Query versions now" (an HDK_QUERY
// job, sent through WaveSubmitter like any other) and "Upgrade to target" (HDK_UPGRADE with
// the target driver as the item's `version`, handed to the wizard), and the confirmation
// texts that name the servers. QtCore only: the console's Fleet actions and the CLI call it.
#include "core/types.h"
#include "submission_plan.h"
#include "wavesubmitter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace liteops {

// "HDK_UPGRADE-20250912-1030": the type and the local date and time, with room left for the
// plan's "-w01" wave suffix (the wizard suggests the same names).
QString suggestedJobName(const QString &type, const QDateTime &now);

// The one HDK_QUERY item: the query has no parameters. The wave verification uses it too.
JobItem hdkQueryItem();

// "HDK_QUERY-20250912-1030" on `serverIds`: reads the versions, changes nothing.
CreateJobRequest versionQueryRequest(const QStringList &serverIds, const QDateTime &now);

// HDK_UPGRADE of `serverIds` to `driverVersion`: the built-in template's item with the
// version set; the wizard takes the service's template of that type when it has one.
CreateJobRequest upgradeRequest(const QStringList &serverIds, const QString &driverVersion, const QDateTime &now);

// The query in waves of the service's limit, run until every wave has settled (polled every
// `pollIntervalMs`), so the finished jobs can feed the fleet.
SubmissionPlan versionQueryPlan(const QStringList &serverIds, const QDateTime &now);
WaveOptions versionQueryOptions(int pollIntervalMs);

// The run is over (nothing more will be sent or polled without the user).
bool isRunOver(WaveSubmitter::RunState state);
// The latest snapshot of every job the run created, in wave order.
QList<Job> createdJobsOf(const WaveSubmitter &submitter);

// "node-1, node-2, node-3, node-4, node-5, …": the first servers a confirmation names.
QString firstServersText(const QStringList &names);
// "Query the driver and firmware versions of 3 servers (a, b, c)?"
QString versionQueryQuestion(const QStringList &names);

} // namespace liteops
