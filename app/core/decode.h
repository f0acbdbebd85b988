// SPDX-License-Identifier: Apache-2.0
#pragma once
// Tolerant decoders for the five APIs (and the SDK-documented extras). Tolerant where the
// documents disagree: unknown fields are ignored (kept in extras where the UI can show them),
// null where a value is optional means absent. Strict where data is wrong: a wrong type is a
// DecodeError naming the path ("tasks[12].status: expected a string, got a number").
// Every function is reentrant and may run off the GUI thread.
#include "types.h"

#include <QByteArrayView>
#include <QString>
#include <optional>
#include <variant>

namespace liteops {

struct DecodeError
{
    QString path;    // "tasks[12].status"; empty for the document itself
    QString message; // "expected a string, got a number"
    QString toString() const { return path.isEmpty() ? message : path + QLatin1String(": ") + message; }
};

template <typename T>
class Decoded
{
public:
    Decoded(T value) : m_data(std::move(value)) {}
    Decoded(DecodeError error) : m_data(std::move(error)) {}
    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const DecodeError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, DecodeError> m_data;
};

// ModelArts Lite Server (DevServer). Job::state of a FINISHED job is refined from its
// failures: Partial when abnormal_count > 0 or some task failed, Failed when it has tasks and
// all of them failed (the raw status stays "FINISHED"). Spec maps and cloud_server are
// Map<String,String>: a null value drops the entry, any other non-string is a DecodeError.
Decoded<Page<Job>> decodeJobListPage(QByteArrayView json);
Decoded<Job> decodeJobDetail(QByteArrayView json); // also the create answer
Decoded<Job> decodeCreateAnswer(QByteArrayView json);
Decoded<Page<Job>> decodeDeleteAnswer(QByteArrayView json);
Decoded<Page<Template>> decodeTemplatesPage(QByteArrayView json);
Decoded<Template> decodeTemplate(QByteArrayView json);
Decoded<Page<Server>> decodeServersPage(QByteArrayView json);
// The answer to PUT .../dev-servers/{id}/reboot|start|stop: the server, in its new status.
Decoded<Server> decodeServerAnswer(QByteArrayView json);

// ServiceStage GET /v3/{project_id}/cas/jobs/{job_id}: one page of tasks; reportedTotal holds
// task_count so the caller can page on.
Decoded<Job> decodeServiceStageJob(QByteArrayView json);

// IEF GET /v2/{project_id}/productmgr/jobs/{job_id}
Decoded<Job> decodeIefJob(QByteArrayView json);

// Request bodies (the simulator's side of POST and DELETE /v1/{project_id}/dev-servers/jobs).
// Missing fields decode as empty; validateCreateRequest() (encode.h) says what is missing.
Decoded<CreateJobRequest> decodeCreateRequest(QByteArrayView json);
Decoded<QStringList> decodeDeleteRequest(QByteArrayView json); // {"job_ids": [...]}

// Each thread keeps its parser's buffers between decodes of small documents (the parser
// needs about 14 times the document's size); documents over 1 MB give them back at once.
// This gives back what is kept now; threads of a QThreadPool also free it when they expire.
void releaseThreadDecoderMemory();

// Error bodies: nullopt when the bytes are not a JSON object carrying an error.
std::optional<CloudErrorBody> decodeErrorBody(QByteArrayView json);

} // namespace liteops
