// SPDX-License-Identifier: Apache-2.0
#pragma once
// Column order, widths and visibility per view, remembered per view key in AppSettings. Headers get a context menu to show and hide columns.
#include <QList>
#include <QString>

class QHeaderView;

namespace liteops::ui {

// Movable sections, a show/hide context menu, and the saved state restored when there is one
// (otherwise `defaultWidths` in pixels, one per column; 0 leaves a column as it is). Never
// ResizeToContents: big views would measure every row.
void setupHeader(QHeaderView *header, const QString &key, const QList<int> &defaultWidths = {});
void saveHeader(const QHeaderView *header, const QString &key);

} // namespace liteops::ui
