// SPDX-License-Identifier: Apache-2.0
#pragma once
// The next poll of a job in a random merge test: some tasks change, some go, new ones come,
// now and then the service reorders its answer, and now and then most tasks change at once.
#include "core/types.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <functional>

namespace liteops::test {

struct SnapshotChurn
{
    int maxChanges = 8;    // tasks that change, fewer than this
    int reorderEvery = 25; // every n-th step swaps the first and last task
    int churnEvery = 40;   // every n-th step changes every task
};

inline QList<Task> nextSnapshot(QRandomGenerator &rng, QList<Task> next, int &nextId, int step,
                                const SnapshotChurn &churn,
                                const std::function<Task(QRandomGenerator &, const QString &)> &randomTask)
{
    const int changes = int(rng.bounded(churn.maxChanges));
    for (int c = 0; c < changes && !next.isEmpty(); ++c) {
        const int at = int(rng.bounded(int(next.size())));
        next[at] = randomTask(rng, next[at].id().toString());
    }
    const int removes = int(rng.bounded(4));
    for (int r = 0; r < removes && !next.isEmpty(); ++r)
        next.removeAt(rng.bounded(int(next.size())));
    const int inserts = int(rng.bounded(5));
    for (int k = 0; k < inserts; ++k)
        next.insert(rng.bounded(int(next.size()) + 1), randomTask(rng, QString::number(nextId++)));
    if (step % churn.reorderEvery == churn.reorderEvery - 1 && next.size() > 2)
        next.swapItemsAt(0, next.size() - 1);
    if (step % churn.churnEvery == churn.churnEvery - 1) {
        for (Task &t : next)
            t = randomTask(rng, t.id().toString());
    }
    return next;
}

} // namespace liteops::test
