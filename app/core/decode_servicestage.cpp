// SPDX-License-Identifier: Apache-2.0
// ServiceStage GET /v3/{project_id}/cas/jobs/{job_id}: one page of a job's tasks.
//
// The document's table spells the keys in upper case (EXECUTION_STATUS, TASK_ID), its
// example in lower case: every key is matched without regard to case. Times are ISO-8601
// with a varying number of fraction digits; epoch-ms numbers are accepted as well. A task's
// `messages` is a JSON document in a string ("{}", {"error":"..."}): kept as its text.
#include "decode.h"
#include "decode_parts.h"

#include <algorithm>

namespace liteops {

using namespace json;

namespace {

Task decodeTask(const Walker &w, Element v, StatusCache &statuses)
{
    if (!v.is_object())
        w.wrongType({}, "an object", v);
    Task::Builder b;
    QString message; // the text of a JSON `messages` (see messageField)
    for (auto [key, value] : Object(v)) {
        if (keyEquals(key, "task_id")) {
            b.id(w.text(key, value));
        } else if (keyEquals(key, "task_name")) {
            b.name(w.text(key, value));
        } else if (keyEquals(key, "task_status")) {
            const StatusCache::Entry &s = statuses.get(w.string(key, value));
            b.status(s.text, s.state);
        } else if (keyEquals(key, "task_index")) {
            b.index(w.int32(key, value, -1));
        } else if (keyEquals(key, "messages") || keyEquals(key, "message")) {
            b.message(messageField(w, key, value, message));
        } else if (keyEquals(key, "created_at") || keyEquals(key, "create_at")) {
            b.createdAtMs(w.timestamp(key, value, TimeUnit::Milliseconds));
        } else if (keyEquals(key, "update_at") || keyEquals(key, "updated_at")) {
            b.updatedAtMs(w.timestamp(key, value, TimeUnit::Milliseconds));
        }
    }
    return b.build();
}

void decodeJobObject(const Walker &w, std::string_view key, Element v, Job &job)
{
    const std::optional<Object> obj = w.optObject(key, v);
    if (!obj)
        return;
    Walker::Scope scope(w, key);
    for (auto [k, value] : *obj) {
        if (keyEquals(k, "execution_status")) {
            job.status = w.qstring(k, value);
        } else if (keyEquals(k, "job_id")) {
            job.id = w.qstring(k, value);
        } else if (keyEquals(k, "job_type")) {
            job.type = w.qstring(k, value);
        } else if (!value.is_null()) {
            // order_id, project_id, service_instance_id, ...: kept under their lower-case
            // names so the UI finds them whichever spelling the service used.
            job.extras.insert(toQString(k).toLower(), toVariant(value));
        }
    }
}

} // namespace

Decoded<Job> decodeServiceStageJob(QByteArrayView json)
{
    return decodeWith<Job>(json, [](const Walker &w, Element root) {
        Job job;
        job.provider = Provider::ServiceStage;
        StatusCache statuses;
        for (auto [key, value] : w.object(root)) {
            if (keyEquals(key, "job")) {
                decodeJobObject(w, key, value, job);
            } else if (keyEquals(key, "task_count")) {
                job.reportedTotal = w.int32(key, value, -1);
            } else if (keyEquals(key, "tasks")) {
                if (const std::optional<Array> tasks = w.optArray(key, value)) {
                    Walker::Scope scope(w, key);
                    job.tasks.reserve(qsizetype(tasks->size()));
                    size_t i = 0;
                    for (Element e : *tasks) {
                        Walker::Scope at(w, i++);
                        if (!e.is_null())
                            job.tasks.append(decodeTask(w, e, statuses));
                    }
                }
            } else if (!value.is_null()) {
                job.extras.insert(toQString(key).toLower(), toVariant(value));
            }
        }
        job.state = stateFromStatus(QStringView(job.status));
        // The job object carries no times: show the span of the tasks on this page.
        for (const Task &t : std::as_const(job.tasks)) {
            if (isKnownTime(t.createdAtMs()) && (!isKnownTime(job.createdAtMs) || t.createdAtMs() < job.createdAtMs))
                job.createdAtMs = t.createdAtMs();
            if (isKnownTime(t.updatedAtMs()) && (!isKnownTime(job.updatedAtMs) || t.updatedAtMs() > job.updatedAtMs))
                job.updatedAtMs = t.updatedAtMs();
        }
        return job;
    });
}

} // namespace liteops
