// SPDX-License-Identifier: Apache-2.0
#pragma once
// Test helper: flattens decoded values into "path" -> text facts ("tasks[0].targetName"),
// so data-driven tests can state what a document must decode to, one fact per row.
#include "core/decode.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace liteops::test {

using Facts = QMap<QString, QString>;

Facts factsOf(const Job &job);
Facts factsOf(const Page<Job> &page);
Facts factsOf(const Template &tmpl);
Facts factsOf(const Page<Template> &page);
Facts factsOf(const Page<Server> &page);
Facts factsOf(const CreateJobRequest &request);
Facts factsOf(const CloudErrorBody &body);

// Decodes `json` with the decoder called `decoder` ("jobDetail", "jobList", "createAnswer",
// "deleteAnswer", "templates", "template", "servers", "serviceStage", "ief",
// "createRequest", "deleteRequest", "errorBody"). On failure the facts hold only
// "error" (DecodeError::toString()); an error body that is not one gives {"error": "none"}.
Facts decodeToFacts(const QString &decoder, const QByteArray &json);

// The bytes of a file under tests/data.
QByteArray readTestData(const QString &relativePath);

} // namespace liteops::test
