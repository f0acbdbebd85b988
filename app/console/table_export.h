// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Export what is visible": the rows a view shows after its filters, in its column order,
// without hidden columns, as CSV or JSON. Group rows of the task tree are left out (their
// tasks are exported), so the file has one row per job or server. Which columns a view
// shows, and in what order, is the view's business (ui/console/header_columns.h): here they
// are a list of the model's logical columns.
#include <QByteArray>
#include <QList>
#include <QModelIndexList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace liteops {

struct ExportTable
{
    QStringList headers;
    QList<QStringList> rows;
};

enum class ExportFormat { Csv, Json };

// Every row of `model` (the view's model, i.e. the proxy) in model order; `columns` are
// logical columns of `model` in the order the file should have them.
ExportTable collectVisibleRows(const QAbstractItemModel *model, const QList<int> &columns);
// These rows of `model`, in the given order, with `columns` as above.
ExportTable collectRows(const QAbstractItemModel *model, const QList<int> &columns, const QModelIndexList &rows);

// RFC 4180 CSV with a header row; cells a spreadsheet would run as a formula (=, +, @)
// get a leading apostrophe.
QByteArray toCsv(const ExportTable &table);
// An array of objects keyed by the column titles, UTF-8, indented.
QByteArray toJson(const ExportTable &table);

// Format from the file name (".json" is JSON, anything else CSV); written atomically.
bool writeExport(const QString &path, const ExportTable &table, QString *errorMessage);
ExportFormat formatForPath(const QString &path);

} // namespace liteops
