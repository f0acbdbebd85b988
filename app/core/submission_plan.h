#pragma once
// How a bulk create is cut into waves: one job per wave, each with at most `serversPerJob`
// servers. The wizard and `liteops-cli jobs create` share this plan, so both send exactly
// the same requests for the same input.
#include "types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace liteops {

struct SubmissionPlan
{
    QList<CreateJobRequest> requests; // one per wave, in order

    qsizetype waveCount() const { return requests.size(); }
    qsizetype serverCount() const;
};

// The Task Center console and the simulator accept at most this many servers per job.
inline constexpr int kDefaultServersPerJob = 50;

// Splits `base.serverIds` (order kept, duplicates dropped) into consecutive waves of at most
// `serversPerJob` (clamped to 1..kDefaultServersPerJob unless `limit` says otherwise). With
// more than one wave, the name gets a suffix "-w01", "-w02", ... cut so the whole name still
// fits the 64-character rule.
SubmissionPlan planSubmission(const CreateJobRequest &base, int serversPerJob,
                              int limit = kDefaultServersPerJob);

// "-w03" for wave index 2 of 12 (at least two digits, more when there are 100+ waves).
QString waveSuffix(qsizetype waveIndex, qsizetype waveCount);

} // namespace liteops
