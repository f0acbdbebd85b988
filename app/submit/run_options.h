// SPDX-License-Identifier: Apache-2.0
#pragma once
// The options a run was started with, as its history records them, so a run continued later
// (from Submission History, after a restart) keeps its error budget, verification and pacing
// instead of falling back to defaults.
#include "submissionhistory.h"
#include "wavesubmitter.h"

#include <QJsonObject>

namespace liteops {

// The recorded part of `options` (the gate is recorded on its own, as "gate").
QJsonObject recordedOptions(const WaveOptions &options);

// `base` with what `record` was started with laid over it. A record of an older version
// without options gives `base` unchanged.
WaveOptions continueOptions(const SubmissionRecord &record, WaveOptions base);

} // namespace liteops
