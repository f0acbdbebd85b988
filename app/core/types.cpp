// SPDX-License-Identifier: Apache-2.0
#include "types.h"

namespace liteops {

TaskCounts TaskCounts::of(const QList<Task> &tasks)
{
    TaskCounts c;
    c.total = int(tasks.size());
    for (const Task &t : tasks) {
        switch (t.state()) {
        case State::Pending: ++c.pending; break;
        case State::Running: ++c.running; break;
        case State::Succeeded: ++c.succeeded; break;
        case State::Failed: ++c.failed; break;
        case State::Skipped: ++c.skipped; break;
        case State::Cancelled: ++c.cancelled; break;
        case State::Partial:
        case State::Deleted:
        case State::Unknown: ++c.other; break;
        }
    }
    return c;
}

} // namespace liteops
