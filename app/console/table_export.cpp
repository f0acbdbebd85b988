// SPDX-License-Identifier: Apache-2.0
#include "table_export.h"

#include "item_roles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace liteops {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(liteops::TableExport)
};

QStringList rowCells(const QModelIndex &first, const QList<int> &columns)
{
    QStringList row;
    row.reserve(columns.size());
    for (int c : columns) {
        const QModelIndex cell = first.siblingAtColumn(c);
        // The full message, not the one-line form the message column displays. Models may
        // answer FullMessageRole on every cell of a row: only the cell showing its first
        // line takes it.
        const QString display = cell.data(Qt::DisplayRole).toString();
        const QString full = cell.data(FullMessageRole).toString();
        row << (!display.isEmpty() && full.size() > display.size() && full.startsWith(display) ? full : display);
    }
    return row;
}

void collect(const QAbstractItemModel *model, const QModelIndex &parent, const QList<int> &columns,
             QList<QStringList> *rows)
{
    const int n = model->rowCount(parent);
    for (int r = 0; r < n; ++r) {
        const QModelIndex first = model->index(r, 0, parent);
        if (first.data(IsGroupRole).toBool() || model->hasChildren(first)) {
            collect(model, first, columns, rows);
            continue;
        }
        rows->append(rowCells(first, columns));
    }
}

QStringList columnTitles(const QAbstractItemModel *model, const QList<int> &columns)
{
    QStringList titles;
    titles.reserve(columns.size());
    for (int c : columns)
        titles << model->headerData(c, Qt::Horizontal).toString();
    return titles;
}

QByteArray csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()
        && (v.front() == QLatin1Char('=') || v.front() == QLatin1Char('+') || v.front() == QLatin1Char('@')))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

} // namespace

ExportTable collectVisibleRows(const QAbstractItemModel *model, const QList<int> &columns)
{
    ExportTable table;
    table.headers = columnTitles(model, columns);
    collect(model, {}, columns, &table.rows);
    return table;
}

ExportTable collectRows(const QAbstractItemModel *model, const QList<int> &columns, const QModelIndexList &rows)
{
    ExportTable table;
    table.headers = columnTitles(model, columns);
    for (const QModelIndex &row : rows)
        if (row.isValid())
            table.rows << rowCells(row, columns);
    return table;
}

QByteArray toCsv(const ExportTable &table)
{
    QByteArray out;
    auto line = [&out](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvCell(cells[i]);
        }
        out += "\r\n";
    };
    line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    return out;
}

QByteArray toJson(const ExportTable &table)
{
    QJsonArray array;
    for (const QStringList &row : table.rows) {
        QJsonObject o;
        for (int i = 0; i < row.size() && i < table.headers.size(); ++i)
            o.insert(table.headers[i], row[i]);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

ExportFormat formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? ExportFormat::Json : ExportFormat::Csv;
}

bool writeExport(const QString &path, const ExportTable &table, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(formatForPath(path) == ExportFormat::Json ? toJson(table) : toCsv(table));
    if (!file.commit()) {
        *errorMessage = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace liteops
