// SPDX-License-Identifier: Apache-2.0
#include "run_outcome.h"

#include "core/submission_plan.h"
#include "wavesubmitter.h"

#include <QCoreApplication>

#include <algorithm>

namespace liteops {

namespace {

using WaveStatus = SubmissionRecord::WaveStatus;

void addOptional(std::optional<int> *sum, const std::optional<int> &value)
{
    if (value)
        *sum = sum->value_or(0) + *value;
}

void addTotals(RunSummary *summary, const SubmissionRecord &record)
{
    for (const SubmissionRecord::Wave &w : record.waves) {
        summary->servers += int(w.request.serverIds.size());
        if (!w.totals)
            continue;
        summary->totalsKnown = true;
        WaveTotals &t = summary->totals;
        t.total += w.totals->total;
        t.succeeded += w.totals->succeeded;
        t.failed += w.totals->failed;
        t.skipped += w.totals->skipped;
        addOptional(&t.verified, w.totals->verified);
        addOptional(&t.mismatched, w.totals->mismatched);
    }
}

bool anyWave(const SubmissionRecord &record, bool (*test)(const SubmissionRecord::Wave &))
{
    return std::any_of(record.waves.cbegin(), record.waves.cend(), test);
}

// Every wave created, and every created wave's jobs followed to their end.
RunOutcome finishedOutcome(const SubmissionRecord &record, const WaveTotals &totals)
{
    if (anyWave(record, [](const SubmissionRecord::Wave &w) { return !w.totals.has_value(); }))
        return RunOutcome::Unknown;
    const bool bad = totals.failed > 0 || totals.mismatched.value_or(0) > 0;
    return bad ? RunOutcome::PartiallyFailed : RunOutcome::Succeeded;
}

} // namespace

QString runOutcomeKey(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Succeeded: return QStringLiteral("succeeded");
    case RunOutcome::PartiallyFailed: return QStringLiteral("partially-failed");
    case RunOutcome::BudgetSpent: return QStringLiteral("budget-spent");
    case RunOutcome::AtGate: return QStringLiteral("at-gate");
    case RunOutcome::Stopped: return QStringLiteral("stopped");
    case RunOutcome::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

RunSummary summarizeRun(const SubmissionRecord &record)
{
    RunSummary summary;
    addTotals(&summary, record);
    const bool unknownCreate = anyWave(record,
                                       [](const SubmissionRecord::Wave &w) { return w.status == WaveStatus::Unknown; });
    const bool wavesLeft = anyWave(record, [](const SubmissionRecord::Wave &w) {
        return w.status == WaveStatus::NotSent || w.status == WaveStatus::NotCreated;
    });
    // Without the plan (an older version), the waves never sent are not known.
    summary.canContinue = record.planComplete && (wavesLeft || unknownCreate);
    if (record.atGate) {
        summary.outcome = RunOutcome::AtGate;
        summary.reason = record.gateReason;
    } else if (record.budgetSpent && summary.canContinue) {
        // Spent on the last wave, with nothing left to stop, it is just a run with failures.
        summary.outcome = RunOutcome::BudgetSpent;
        summary.reason = record.budgetReason;
    } else if (unknownCreate) {
        summary.outcome = RunOutcome::Unknown;
    } else if (wavesLeft) {
        summary.outcome = RunOutcome::Stopped;
    } else {
        summary.outcome = finishedOutcome(record, summary.totals);
    }
    return summary;
}

QString runName(const SubmissionRecord &record)
{
    if (record.waves.isEmpty())
        return {};
    const QString first = record.waves.first().request.name;
    const QString suffix = waveSuffix(0, record.waves.size());
    if (record.waves.size() > 1 && first.endsWith(suffix))
        return first.chopped(suffix.size());
    return first;
}

QString continueBlocker(const SubmissionRecord &record, const QString &profile)
{
    if (!summarizeRun(record).canContinue)
        return QCoreApplication::translate("liteops::RunOutcome", "Nothing is left to send in this run.");
    if (record.profile != profile)
        return QCoreApplication::translate(
                   "liteops::RunOutcome",
                   "The run was submitted with the profile %1; connect to it to continue the run.")
            .arg(record.profile);
    if (WaveSubmitter::isLive(record.id))
        return QCoreApplication::translate("liteops::RunOutcome",
                                           "A New job window is still running this submission; continue it there.");
    return {};
}

} // namespace liteops
