// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a run (one submission) came to, derived from its history alone: how it ended and its
// totals. Submission History shows it; nothing here asks the service.
#include "submissionhistory.h"

#include <QString>

namespace liteops {

enum class RunOutcome {
    Succeeded,       // every wave created and finished, no task failed, no driver mismatched
    PartiallyFailed, // every wave created and finished, some tasks failed or mismatched
    BudgetSpent,     // stopped because the error budget was spent; Continue goes on anyway
    AtGate,          // waits at an approval gate; Continue sends the next wave
    Stopped,         // stopped (by the user, or halted) with waves left; Continue goes on
    Unknown,         // a create without a known outcome, or jobs not followed to their end
};

// "succeeded", "partially-failed", "budget-spent", "at-gate", "stopped", "unknown".
QString runOutcomeKey(RunOutcome outcome);

struct RunSummary
{
    RunOutcome outcome = RunOutcome::Unknown;
    int servers = 0;          // in the whole plan
    WaveTotals totals;        // summed over the waves whose jobs finished
    bool totalsKnown = false; // at least one wave's jobs finished
    QString reason;           // the gate's or the budget's message, when it stopped there
    bool canContinue = false; // waves are left that Continue would send (or reconcile)
};

RunSummary summarizeRun(const SubmissionRecord &record);

// The run's own name: its first wave's without the "-w01" the plan added.
QString runName(const SubmissionRecord &record);

// Empty when Continue may go on with `record` from the console connected to `profile`;
// otherwise why not (translated). Continuing sends to the connected cloud, so a run recorded
// under another profile is refused, as is one a window of this process still drives.
QString continueBlocker(const SubmissionRecord &record, const QString &profile);

} // namespace liteops
