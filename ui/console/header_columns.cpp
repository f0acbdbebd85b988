// SPDX-License-Identifier: Apache-2.0
#include "header_columns.h"

#include <QHeaderView>

namespace liteops::ui {

QList<int> shownColumns(const QHeaderView *header)
{
    QList<int> columns;
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

} // namespace liteops::ui
