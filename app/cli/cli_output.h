// SPDX-License-Identifier: Apache-2.0
#pragma once
// liteops-cli output: JSON in the common vocabulary (the API's field names plus the
// normalised "state", timestamps as ISO-8601 UTC with milliseconds), CSV with a header row
// of the same names, and aligned plain-text tables for people.
#include "cloud_error.h"
#include "core/types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace liteops::cli {

enum class Format { Table, Json, Csv };

QJsonObject jobJson(const Job &job, bool withDetail, const QList<Task> &tasks);
QJsonObject taskJson(const Task &task);
QJsonObject serverJson(const Server &server);
QJsonObject templateJson(const Template &tmpl);

// CSV columns, in order.
QStringList jobCsvColumns();
QStringList taskCsvColumns();
QStringList serverCsvColumns();
QStringList templateCsvColumns();

// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. Values are
// written as they are (this output is for scripts, not for spreadsheets).
QString csvField(const QString &value);
QString csvRow(const QStringList &fields);
// One record from a JSON object, taking `columns` in order (arrays joined by spaces, other
// nested values as compact JSON).
QString csvRecord(const QStringList &columns, const QJsonObject &row);
// A header row and the records, taking `columns` in order (nested values as compact JSON).
QString csvFromObjects(const QStringList &columns, const QList<QJsonObject> &rows);

// Aligned columns with a header row; cells are made single-line.
QString table(const QStringList &headers, const QList<QStringList> &rows);

QString jobsTable(const QList<Job> &jobs);
QString jobDetailText(const Job &job, const QList<Task> &tasks);
QString serversTable(const QList<Server> &servers);
QString templatesTable(const QList<Template> &templates);

// The error report for stderr: the message, then HTTP status, error_code, error_msg and
// request id on their own lines (only those that are known).
QString errorReport(const CloudError &error);

} // namespace liteops::cli
