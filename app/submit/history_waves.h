// SPDX-License-Identifier: Apache-2.0
#pragma once
// The submission history as the History dialog lists it: one row per wave of a submission,
// newest first. A wave's first line gives its time, profile and request, its last line the
// outcome; the approval-gate lines ("gate", "continued") say nothing about the wave's job,
// so they only mark the wave a run waited after.
#include "submissionhistory.h"

#include <QList>
#include <QString>

namespace liteops {

struct WaveHistory
{
    HistoryEntry first;
    HistoryEntry last;
    bool hasGate = false;       // the run had a gate after this wave
    QString gateReason;         // the gate line's message (the latest, if several)
    bool waitingAtGate = false; // the run's last line is this wave's gate: it waits there
};

QList<WaveHistory> historyByWave(const QList<HistoryEntry> &entries);

} // namespace liteops
