// SPDX-License-Identifier: Apache-2.0
#pragma once
// How a bulk create is cut into waves: one job per wave, each with at most `serversPerJob`
// servers. The wizard and `liteops-cli jobs create` share this plan, so both send exactly
// the same requests for the same input.
#include "types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

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
SubmissionPlan planSubmission(const CreateJobRequest &base, int serversPerJob, int limit = kDefaultServersPerJob);

// The sizes of successive waves, e.g. "1, 5, 25%, 50": a number is a count of servers, a
// percentage is of the whole target list, and the last size repeats until every server is
// covered. The fixed "servers per job" is the one-element list. Percentages round down
// (like Ansible's serial) but never below 1 server; every wave is capped at the service's
// limit, so "1, 100" is the same as "1, 50".
struct WaveSize
{
    int value = kDefaultServersPerJob;
    bool percent = false;
    friend bool operator==(const WaveSize &, const WaveSize &) = default;
};

struct WavePlan
{
    QList<WaveSize> sizes{WaveSize{}}; // never empty

    static WavePlan fixed(int serversPerJob);
    // "1,5,25%,50" (spaces allowed). nullopt, with *problem (translated), when an entry is not
    // a whole number from 1 or a percentage from 1% to 100%, or the list is empty.
    static std::optional<WavePlan> parse(const QString &text, QString *problem = nullptr);
    // "1, 5, 25%, 50": the canonical text, which parse() reads back.
    QString toString() const;
    // True for the one-element list of a plain number (today's "servers per job").
    bool isFixed() const { return sizes.size() == 1 && !sizes.first().percent; }

    // The size of each wave for `total` servers, in order, summing to `total` (one empty wave
    // for 0 servers). Sizes are capped at `limit`; the last wave takes what is left.
    QList<int> waveSizes(qsizetype total, int limit = kDefaultServersPerJob) const;

    friend bool operator==(const WavePlan &, const WavePlan &) = default;
};

// Like planSubmission() above, with waves of the plan's sizes.
SubmissionPlan planSubmission(const CreateJobRequest &base, const WavePlan &waves, int limit = kDefaultServersPerJob);

// "-w03" for wave index 2 of 12 (at least two digits, more when there are 100+ waves).
QString waveSuffix(qsizetype waveIndex, qsizetype waveCount);

} // namespace liteops
