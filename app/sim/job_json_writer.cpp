// SPDX-License-Identifier: Apache-2.0
#include "job_json_writer.h"

#include "core/json_string.h"

namespace liteops::sim {

namespace {

void appendKey(QByteArray &out, const char *key, bool &first)
{
    if (!first)
        out.append(',');
    first = false;
    out.append('"').append(key).append("\":");
}

void appendStringField(QByteArray &out, const char *key, QStringView value, bool &first)
{
    appendKey(out, key, first);
    appendJsonString(out, value);
}

void appendNumberField(QByteArray &out, const char *key, qint64 value, bool &first)
{
    appendKey(out, key, first);
    out.append(QByteArray::number(value));
}

void appendTask(QByteArray &out, const Task &task)
{
    bool first = true;
    out.append('{');
    appendStringField(out, "id", task.id(), first);
    appendStringField(out, "server_id", task.targetId(), first);
    appendStringField(out, "server_name", task.targetName(), first);
    appendStringField(out, "status", task.status(), first);
    appendStringField(out, "message", task.message(), first);
    const StringPairs cloud = task.cloudServer();
    if (!cloud.isEmpty()) {
        appendKey(out, "cloud_server", first);
        out.append('{');
        for (qsizetype i = 0; i < cloud.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendJsonString(out, cloud[i].first);
            out.append(':');
            appendJsonString(out, cloud[i].second);
        }
        out.append('}');
    }
    if (isKnownTime(task.createdAtMs()))
        appendNumberField(out, "create_at", task.createdAtMs(), first);
    if (isKnownTime(task.updatedAtMs()))
        appendNumberField(out, "update_at", task.updatedAtMs(), first);
    out.append('}');
}

} // namespace

void appendJobJson(QByteArray &out, const Job &job, bool withDetail)
{
    bool first = true;
    out.append('{');
    appendStringField(out, "id", job.id, first);
    appendStringField(out, "name", job.name, first);
    appendStringField(out, "type", job.type, first);
    appendStringField(out, "status", job.status, first);
    if (!job.userName.isEmpty())
        appendStringField(out, "user_name", job.userName, first);
    if (!job.description.isEmpty())
        appendStringField(out, "description", job.description, first);
    if (job.abnormalCount >= 0)
        appendNumberField(out, "abnormal_count", job.abnormalCount, first);
    if (isKnownTime(job.createdAtMs))
        appendNumberField(out, "create_at", job.createdAtMs, first);
    if (isKnownTime(job.updatedAtMs))
        appendNumberField(out, "update_at", job.updatedAtMs, first);
    if (withDetail) {
        appendKey(out, "items", first);
        out.append('[');
        for (qsizetype i = 0; i < job.items.size(); ++i) {
            const JobItem &item = job.items[i];
            if (i > 0)
                out.append(',');
            bool itemFirst = true;
            out.append('{');
            appendStringField(out, "type", item.type, itemFirst);
            if (!item.spec.isEmpty()) {
                appendKey(out, "spec", itemFirst);
                out.append('{');
                bool specFirst = true;
                for (auto it = item.spec.cbegin(); it != item.spec.cend(); ++it) {
                    if (!specFirst)
                        out.append(',');
                    specFirst = false;
                    appendJsonString(out, it.key());
                    out.append(':');
                    appendJsonString(out, it.value());
                }
                out.append('}');
            }
            out.append('}');
        }
        out.append(']');
        appendKey(out, "tasks", first);
        out.append('[');
        for (qsizetype i = 0; i < job.tasks.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendTask(out, job.tasks[i]);
        }
        out.append(']');
        if (!job.templateId.isEmpty())
            appendStringField(out, "template_id", job.templateId, first);
    }
    out.append('}');
}

QByteArray jobJson(const Job &job, bool withDetail)
{
    QByteArray out;
    // About 350 bytes per task in practice; one allocation for the whole answer.
    out.reserve(512 + (withDetail ? job.tasks.size() * 400 : 0));
    appendJobJson(out, job, withDetail);
    return out;
}

QByteArray jobPageJson(const Page<Job> &page)
{
    QByteArray out;
    out.reserve(128 + page.rows.size() * 300);
    out.append("{\"current\":").append(QByteArray::number(page.current)).append(",\"data\":[");
    for (qsizetype i = 0; i < page.rows.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendJobJson(out, page.rows[i], false);
    }
    out.append("],\"pages\":").append(QByteArray::number(page.pages));
    out.append(",\"size\":").append(QByteArray::number(page.size));
    out.append(",\"total\":").append(QByteArray::number(page.total)).append('}');
    return out;
}

} // namespace liteops::sim
