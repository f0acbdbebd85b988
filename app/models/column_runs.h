// SPDX-License-Identifier: Apache-2.0
#pragma once
// Changed columns as a bit mask, emitted as runs of adjacent columns. A dataChanged range
// must not cover an unchanged column: QSortFilterProxyModel re-sorts a row (a remove and an
// insert, O(rows) each) whenever its sort column lies inside a range that carries the sort
// role, even when that column did not change.
#include <QtGlobal>

namespace liteops {

template <typename Fn>
void forEachColumnRun(quint32 columns, Fn fn)
{
    int c = 0;
    while (columns >> c) {
        if (!((columns >> c) & 1u)) {
            ++c;
            continue;
        }
        const int first = c;
        while ((columns >> c) & 1u)
            ++c;
        fn(first, c - 1);
    }
}

} // namespace liteops
