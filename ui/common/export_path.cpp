// SPDX-License-Identifier: Apache-2.0
#include "export_path.h"

#include "app_settings.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace liteops::ui {

QString askExportPath(QWidget *parent, const QString &title, const QString &baseName)
{
    const QString dir = AppSettings().exportDir();
    const QString path = QFileDialog::getSaveFileName(parent, title,
                                                      dir + QLatin1Char('/') + baseName + QStringLiteral(".csv"),
                                                      QCoreApplication::translate("liteops::ui::ExportPath",
                                                                                  "CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        AppSettings().setExportDir(QFileInfo(path).absolutePath());
    return path;
}

} // namespace liteops::ui
