// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one save dialog of every "Export…" action: CSV or JSON, starting in the folder of the
// last export, which it remembers.
#include <QString>

class QWidget;

namespace liteops::ui {

// Asks where to export `baseName` (a file name without extension); empty when cancelled.
QString askExportPath(QWidget *parent, const QString &title, const QString &baseName);

} // namespace liteops::ui
