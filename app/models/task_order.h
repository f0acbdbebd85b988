// SPDX-License-Identifier: Apache-2.0
#pragma once
// The order of tasks under one column of the task tree, on typed fields: text compares
// case-insensitively, times and durations as numbers, the status by its group rank (failed
// first). Three-way, so a caller can break ties (TaskFilterProxy uses document order).
#include "core/types.h"

namespace liteops {

int compareTasks(const Task &a, const Task &b, int column);

} // namespace liteops
