// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Submit again…" of a run in Submission History: the request and the wave plan the run was
// started with, rebuilt from its recorded waves, for the wizard to show (and the user to
// review) before anything is sent.
#include "submissionhistory.h"
#include "wavesubmitter.h"
#include "core/submission_plan.h"
#include "core/types.h"

#include <QString>

namespace liteops {

struct Resubmission
{
    CreateJobRequest request; // every wave's servers, in order, under the run's own name
    WavePlan waves;           // re-planning `request` with it gives the recorded waves again
    GateMode gate = GateMode::None;
    WaveOptions options; // budget and verification as recorded (defaults when not)
    QString rerunOf;     // the job the run reran, if any
};

// Nullopt when the record holds no wave request to start from.
std::optional<Resubmission> resubmissionOf(const SubmissionRecord &record);

} // namespace liteops
