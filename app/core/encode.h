// SPDX-License-Identifier: Apache-2.0
#pragma once
// Encoders: the create request (client side), and ModelArts-shaped JSON for jobs, tasks,
// templates and servers (the simulator's answers, the CLI's JSON output).
#include "types.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace liteops {

struct ValidationProblem
{
    QString field;   // "name", "server_ids[3]", "items[0].spec", ...
    QString message; // translated, says what is expected
    friend bool operator==(const ValidationProblem &, const ValidationProblem &) = default;
};

// `^[-_.a-zA-Z0-9]{1,64}$`, the rule for job names and types.
bool isValidJobNameOrType(QStringView text);

// The official SDK's model (DevServerJobCreateRequest) documents `description` with the
// same rule as the name, while the API document's own example sends "Task description."
// with a space. Until a real call settles it, LiteOps warns and never blocks.
inline constexpr QLatin1StringView kSdkDescriptionRule("^[-_.a-zA-Z0-9]{1,64}$");

// A translated warning naming the SDK's rule when a non-empty description breaks it;
// empty when it keeps to it (or is empty).
QString descriptionSdkRuleWarning(QStringView description);

// What the service's own rules say about a create's fields, translated, for a 400 refusal
// of a create: name and type ^[-_.a-zA-Z0-9]{1,64}$, the SDK's rule for description, the
// server limit per job, the item types.
QString createFieldRules();

// Limits of the free-text parts of a create request (the API documents none; these keep a
// pasted file or a runaway value from being sent as a job).
inline constexpr int kMaxDescriptionLength = 512;
inline constexpr int kMaxSpecKeyLength = 64;
inline constexpr int kMaxSpecValueLength = 4096;

// What is wrong with one line of free text (a description, a parameter value), translated,
// or empty: longer than `maxLength`, an unpaired UTF-16 surrogate (it has no UTF-8 form, so
// other bytes would be sent), a control character (tab, newline, NUL, ESC, DEL, ...), a
// line or paragraph separator, or a bidirectional embedding/override/isolate control (it
// makes the text display differently from what is sent). Letters of any script, emoji
// (with zero-width joiners), quotes, '/', '%' and markup are fine: they are sent as typed.
QString freeTextProblem(QStringView text, int maxLength);

// Every problem at once: name and type against the rule above, at least one server id,
// ids unique, 1-64 characters, not blank, without '/' or control characters, at least one
// item, item types valid, spec keys non-empty; description, spec keys and values checked
// with freeTextProblem().
QList<ValidationProblem> validateCreateRequest(const CreateJobRequest &request);

// The exact request body (compact JSON, keys in a fixed order).
QByteArray encodeCreateRequest(const CreateJobRequest &request);
QJsonObject createRequestToJson(const CreateJobRequest &request);

// ModelArts shapes. Timestamps as epoch-ms numbers (what the service sends); unknown
// timestamps and -1 counts are left out.
QJsonObject jobItemToJson(const JobItem &item);
QJsonObject taskToJson(const Task &task);
QJsonObject jobToJson(const Job &job, bool withDetail); // withDetail: items, tasks, template_id
QJsonObject templateToJson(const Template &tmpl);
QJsonObject serverToJson(const Server &server);
template <typename T, typename F>
QJsonObject pageToJson(const Page<T> &page, F rowToJson)
{
    QJsonArray data;
    for (const T &row : page.rows)
        data.append(rowToJson(row));
    return QJsonObject{{QStringLiteral("current"), page.current},
                       {QStringLiteral("data"), data},
                       {QStringLiteral("pages"), page.pages},
                       {QStringLiteral("size"), page.size},
                       {QStringLiteral("total"), page.total}};
}

} // namespace liteops
