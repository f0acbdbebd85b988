// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where an export goes: the save dialog every "Export …" of the console opens, in the folder
// of the last export, proposing `<baseName>.csv` (CSV or JSON by the file name,
// app/console/table_export.h), and remembering the folder chosen.
#include <QString>

class QWidget;

namespace liteops::ui {

// The path chosen; empty when the user cancelled.
QString askExportPath(QWidget *parent, const QString &title, const QString &baseName);

} // namespace liteops::ui
