// SPDX-License-Identifier: Apache-2.0
#pragma once
// The scenarios of the benchmark; each measures ours and its reference in one run.
#include "bench_report.h"

class QAbstractItemView;

namespace liteops::bench {

Scenario decode10kTasks(const Options &o);
Scenario load20kTasks(const Options &o);
Scenario refresh10kTasks1pct(const Options &o);
Scenario refresh100kJobs1pct(const Options &o);
Scenario filter100kJobs(const Options &o);
Scenario sort100kJobs(const Options &o);
Scenario memory20kTasks(const Options &o);
Scenario storeWrite20kTasks(const Options &o);
Scenario start100kJobsCached(const Options &o);
Scenario serverHistory600kTasks(const Options &o);
Scenario fleetFacts20kServers(const Options &o);
Scenario fleetRefresh1pct(const Options &o);
Scenario loadFleet20k(const Options &o);

// Lays out and paints the view now, as the next frame would.
void paintNow(QAbstractItemView &view);
// Runs the item layout the view deferred after model signals (QTreeView lays out its rows
// on the next paint); the paint itself is left out.
void layoutNow(QAbstractItemView &view);
// A shown, fixed-size view with fixed column widths (never ResizeToContents).
void prepareView(QAbstractItemView &view, int columns);

} // namespace liteops::bench
