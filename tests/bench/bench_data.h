// SPDX-License-Identifier: Apache-2.0
#pragma once
// Deterministic test data for the benchmark: a ModelArts job detail document in the shape
// of the API (compact JSON, ~300 bytes per task) and a fleet of list jobs.
#include "core/types.h"

#include <QByteArray>
#include <QList>

namespace liteops::bench {

// GET /v1/{project_id}/dev-servers/jobs/{id} with `tasks` tasks: mostly SUCCESS with
// version messages, some FAILED with a few error shapes, some PROCESSING.
QByteArray jobDetailJson(int tasks, quint32 seed = 1);

// The same job after a poll in which `changed` tasks (spread evenly) changed state.
Job withChangedTasks(const Job &job, int changed);

// `count` list rows with varied names, types, users, states and created times.
QList<Job> listJobs(int count, quint32 seed = 2);

// The same list after a poll in which `changed` jobs (spread evenly) changed state.
QList<Job> withChangedJobs(const QList<Job> &jobs, int changed);

} // namespace liteops::bench
