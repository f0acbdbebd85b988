// SPDX-License-Identifier: Apache-2.0
#pragma once
// Telling views which cells changed, the same way in every model and proxy: rows under one
// parent get a signal each when few of them changed, and one range from the first to the
// last changed row when most did (a view then updates once instead of row by row). Either
// way only runs of changed columns are covered (see column_runs.h).
#include "column_runs.h"

#include <QList>

#include <algorithm>
#include <climits>
#include <span>

namespace liteops {

// The changed cells of one row and the roles they changed.
struct RowChange
{
    int row = 0;
    quint32 columns = 0; // bit per changed column
    QList<int> roles;
};

// Appends the roles of `from` that `into` lacks, in their order.
inline void addRoles(QList<int> &into, const QList<int> &from)
{
    for (int role : from) {
        if (!into.contains(role))
            into.append(role);
    }
}

// `changes` are rows under one parent that has `rowCount` rows. emitRange(top, bottom,
// firstColumn, lastColumn, roles) sends one dataChanged over that block of cells.
template <typename EmitRange>
void emitRowChanges(std::span<const RowChange> changes, int rowCount, EmitRange emitRange)
{
    if (changes.size() > 1 && changes.size() * 2 > size_t(rowCount)) {
        int top = INT_MAX;
        int bottom = -1;
        quint32 columns = 0;
        QList<int> roles;
        for (const RowChange &c : changes) {
            top = std::min(top, c.row);
            bottom = std::max(bottom, c.row);
            columns |= c.columns;
            addRoles(roles, c.roles);
        }
        forEachColumnRun(columns, [&](int first, int last) { emitRange(top, bottom, first, last, roles); });
        return;
    }
    for (const RowChange &c : changes)
        forEachColumnRun(c.columns, [&](int first, int last) { emitRange(c.row, c.row, first, last, c.roles); });
}

} // namespace liteops
