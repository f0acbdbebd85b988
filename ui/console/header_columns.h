// SPDX-License-Identifier: Apache-2.0
#pragma once
// The columns a header shows, in the order it shows them: what "export what is visible"
// writes (app/console/table_export.h).
#include <QList>

class QHeaderView;

namespace liteops::ui {

// Logical column numbers in visual order, without hidden sections.
QList<int> shownColumns(const QHeaderView *header);

} // namespace liteops::ui
