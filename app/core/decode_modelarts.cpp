// SPDX-License-Identifier: Apache-2.0
// ModelArts Lite Server (DevServer) jobs: list page, detail, create answer, delete answer.
#include "decode.h"
#include "decode_parts.h"
#include "parallel_elements.h"

#include <QCoreApplication>

namespace liteops {

using namespace json;

namespace {

[[noreturn]] Q_DECL_COLD_FUNCTION void failSeparator(const Walker &w, std::string_view key)
{
    w.fail(key, QCoreApplication::translate("liteops::Decode", "contains the control character U+001E or U+001F"));
}

// Task packs cloud_server as key U+001F value U+001E ...; a key or value carrying either
// character would corrupt the lookups, so such data is refused with its path.
inline QAnyStringView packableText(const Walker &w, std::string_view key, std::string_view text)
{
    const TextScan scan = scanText(text);
    if (scan.control) [[unlikely]] {
        if (text.find('\x1e') != std::string_view::npos || text.find('\x1f') != std::string_view::npos)
            failSeparator(w, key);
    }
    return textView(text, scan);
}

// cloud_server is documented as Map<String,String>. Like the items' spec maps, a value of
// another type is a decode error naming its path; a null value means the entry is absent.
void decodeCloudServer(const Walker &w, std::string_view key, Element v, Task::Builder &b)
{
    const std::optional<Object> obj = w.optObject(key, v);
    if (!obj)
        return;
    Walker::Scope scope(w, key);
    for (auto [k, value] : *obj) {
        if (value.is_null())
            continue;
        std::string_view text;
        if (value.get(text) != simdjson::SUCCESS)
            w.wrongType(k, "a string", value);
        b.addCloudServer(packableText(w, {}, k), packableText(w, k, text));
    }
}

Task decodeTask(const Walker &w, Element v, StatusCache &statuses)
{
    if (!v.is_object())
        w.wrongType({}, "an object", v);
    Task::Builder b;
    // Dispatch on the key's length first: this loop runs for every field of every task.
    for (auto [key, value] : Object(v)) {
        switch (key.size()) {
        case 2:
            if (key == "id")
                b.id(w.text(key, value));
            break;
        case 6:
            if (key == "status") {
                const StatusCache::Entry &s = statuses.get(w.string(key, value));
                b.status(s.text, s.state);
            }
            break;
        case 7:
            if (key == "message")
                b.message(w.text(key, value));
            break;
        case 9:
            if (key == "server_id")
                b.targetId(w.text(key, value));
            else if (key == "create_at")
                b.createdAtMs(w.timestamp(key, value, TimeUnit::Milliseconds));
            else if (key == "update_at")
                b.updatedAtMs(w.timestamp(key, value, TimeUnit::Milliseconds));
            break;
        case 11:
            if (key == "server_name")
                b.targetName(w.text(key, value));
            break;
        case 12:
            if (key == "cloud_server")
                decodeCloudServer(w, key, value, b);
            break;
        default: break; // other task fields are ignored: tasks are the bulk of the memory
        }
    }
    return b.build(statuses.textArena());
}

// The service reports a finished job as FINISHED whether or not some servers failed; the
// failures only show in abnormal_count and the task statuses. So a FINISHED (or otherwise
// succeeded) job with abnormal_count > 0 or any failed task is Partial, and Failed when it
// has tasks and every one of them failed. The raw status is kept as sent.
void deriveFinishedState(Job &job)
{
    if (job.state != State::Succeeded)
        return;
    qsizetype failed = 0;
    for (const Task &t : job.tasks)
        failed += t.state() == State::Failed;
    if (!job.tasks.isEmpty() && failed == job.tasks.size())
        job.state = State::Failed;
    else if (failed > 0 || job.abnormalCount > 0)
        job.state = State::Partial;
}

} // namespace

namespace json {

QList<JobItem> decodeJobItems(const Walker &w, std::string_view key, Element v)
{
    QList<JobItem> items;
    const std::optional<Array> array = w.optArray(key, v);
    if (!array)
        return items;
    Walker::Scope scope(w, key);
    size_t i = 0;
    for (Element e : *array) {
        Walker::Scope at(w, i++);
        if (e.is_null())
            continue;
        if (!e.is_object())
            w.wrongType({}, "an object", e);
        JobItem item;
        for (auto [k, value] : Object(e)) {
            if (k == "type")
                item.type = w.qstring(k, value);
            else if (k == "spec")
                item.spec = w.stringMap(k, value); // values must be strings, see stringMap
        }
        items.append(std::move(item));
    }
    return items;
}

Job decodeModelArtsJob(const Walker &w, Element v)
{
    if (!v.is_object())
        w.wrongType({}, "an object", v);
    Job job;
    job.provider = Provider::ModelArts;
    for (auto [key, value] : Object(v)) {
        if (key == "id") {
            job.id = w.qstring(key, value);
        } else if (key == "name") {
            job.name = w.qstring(key, value);
        } else if (key == "type") {
            job.type = w.qstring(key, value);
        } else if (key == "status") {
            job.status = w.qstring(key, value);
        } else if (key == "user_name") {
            job.userName = w.qstring(key, value);
        } else if (key == "description") {
            job.description = w.qstring(key, value);
        } else if (key == "template_id") {
            job.templateId = w.qstring(key, value);
        } else if (key == "abnormal_count") {
            job.abnormalCount = w.int32(key, value, -1);
        } else if (key == "create_at") {
            job.createdAtMs = w.timestamp(key, value, TimeUnit::Milliseconds);
        } else if (key == "update_at") {
            job.updatedAtMs = w.timestamp(key, value, TimeUnit::Milliseconds);
        } else if (key == "items") {
            job.items = decodeJobItems(w, key, value);
        } else if (key == "tasks") {
            if (const std::optional<Array> tasks = w.optArray(key, value)) {
                Walker::Scope scope(w, key);
                job.tasks = decodeElements<Task>(w, *tasks, decodeTask);
            }
        } else if (!value.is_null()) {
            job.extras.insert(toQString(key), toVariant(value)); // shown as-is by the UI
        }
    }
    job.state = stateFromStatus(QStringView(job.status));
    deriveFinishedState(job);
    return job;
}

} // namespace json

Decoded<Page<Job>> decodeJobListPage(QByteArrayView json)
{
    return decodeWith<Page<Job>>(json, [](const Walker &w, Element root) {
        return decodePage<Job>(w, root, [&](Element e) { return decodeModelArtsJob(w, e); });
    });
}

Decoded<Job> decodeJobDetail(QByteArrayView json)
{
    return decodeWith<Job>(json, [](const Walker &w, Element root) {
        w.object(root); // the document must be an object; says so at the root
        return decodeModelArtsJob(w, root);
    });
}

Decoded<Job> decodeCreateAnswer(QByteArrayView json)
{
    // The create answer is a job detail (the seed shows it with items and tasks).
    return decodeJobDetail(json);
}

Decoded<Page<Job>> decodeDeleteAnswer(QByteArrayView json)
{
    return decodeJobListPage(json);
}

} // namespace liteops
