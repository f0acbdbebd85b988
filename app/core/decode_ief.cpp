// SPDX-License-Identifier: Apache-2.0
// IEF GET /v2/{project_id}/productmgr/jobs/{job_id}: a batch job over edge nodes.
//
// - Times are epoch SECONDS (numbers or digit strings); ISO-8601 is accepted too.
// - targets[] carry the node names; each task is joined to its target by target_id so
//   Task::targetName() is the node_name of the target's extension_info.
// - task_total/failed/success_count are kept as sent in Job::reported*. The seed document
//   describes failed and success swapped and its example contradicts its own task statuses,
//   so nothing is derived from them: Job::counts() comes from the tasks, and the UI shows
//   both when they disagree.
#include "decode.h"
#include "decode_parts.h"

#include <unordered_map>

namespace liteops {

using namespace json;

namespace {

struct Target
{
    std::string_view nodeName;
    bool used = false;
};

using Targets = std::unordered_map<std::string_view, Target>;

// extension_info: [{key, value}] -> calls fn(key, valueElement) for each entry.
template <typename Fn>
void forEachExtension(const Walker &w, std::string_view key, Element v, Fn &&fn)
{
    const std::optional<Array> entries = w.optArray(key, v);
    if (!entries)
        return;
    Walker::Scope scope(w, key);
    size_t i = 0;
    for (Element e : *entries) {
        Walker::Scope at(w, i++);
        const std::optional<Object> entry = w.optObject({}, e);
        if (!entry)
            continue;
        std::string_view k;
        std::optional<Element> value;
        for (auto [field, fv] : *entry) {
            if (field == "key")
                k = w.string(field, fv);
            else if (field == "value")
                value = fv;
        }
        if (!k.empty() && value)
            fn(k, *value);
    }
}

Targets decodeTargets(const Walker &w, std::string_view key, Element v)
{
    Targets targets;
    const std::optional<Array> array = w.optArray(key, v);
    if (!array)
        return targets;
    Walker::Scope scope(w, key);
    size_t i = 0;
    for (Element e : *array) {
        Walker::Scope at(w, i++);
        const std::optional<Object> obj = w.optObject({}, e);
        if (!obj)
            continue;
        std::string_view id;
        Target target;
        for (auto [k, value] : *obj) {
            if (k == "target_id") {
                id = w.string(k, value);
            } else if (k == "extension_info") {
                forEachExtension(w, k, value, [&](std::string_view name, Element ev) {
                    if (name == "node_name" && !ev.is_null()) {
                        Walker::Scope s(w, "value");
                        target.nodeName = w.string({}, ev);
                    }
                });
            }
        }
        if (!id.empty())
            targets.emplace(id, target);
    }
    return targets;
}

Task decodeTask(const Walker &w, Element v, StatusCache &statuses, Targets &targets)
{
    if (!v.is_object())
        w.wrongType({}, "an object", v);
    Task::Builder b;
    QVariantMap extras;
    std::string_view nodeName;       // from the task's own extension_info
    std::string_view targetNodeName; // from targets[]: preferred
    QString message;                 // the text of a JSON `reason` (see messageField)
    for (auto [key, value] : Object(v)) {
        if (key == "task_id") {
            b.id(w.text(key, value));
        } else if (key == "task_name") {
            b.name(w.text(key, value));
        } else if (key == "status") {
            const StatusCache::Entry &s = statuses.get(w.string(key, value));
            b.status(s.text, s.state);
        } else if (key == "reason") {
            b.message(messageField(w, key, value, message));
        } else if (key == "created_at") {
            b.createdAtMs(w.timestamp(key, value, TimeUnit::Seconds));
        } else if (key == "status_last_updated_at" || key == "updated_at") {
            b.updatedAtMs(w.timestamp(key, value, TimeUnit::Seconds));
        } else if (key == "target_id") {
            const std::string_view id = w.string(key, value);
            b.targetId(textView(id));
            if (const auto it = targets.find(id); it != targets.end()) {
                it->second.used = true;
                targetNodeName = it->second.nodeName;
            }
        } else if (key == "extension_info") {
            forEachExtension(w, key, value, [&](std::string_view name, Element ev) {
                if (name == "node_name" && ev.is_string())
                    nodeName = std::string_view(ev);
                extras.insert(toQString(name), toVariant(ev));
            });
        }
    }
    b.targetName(textView(targetNodeName.empty() ? nodeName : targetNodeName));
    if (!extras.isEmpty())
        b.extras(extras);
    return b.build();
}

} // namespace

Decoded<Job> decodeIefJob(QByteArrayView json)
{
    return decodeWith<Job>(json, [](const Walker &w, Element root) {
        Job job;
        job.provider = Provider::Ief;
        const Object obj = w.object(root);
        // Targets first: the tasks refer to them, and JSON does not promise their order.
        Targets targets;
        for (auto [key, value] : obj) {
            if (key == "targets")
                targets = decodeTargets(w, key, value);
        }
        StatusCache statuses;
        for (auto [key, value] : obj) {
            if (key == "job_id") {
                job.id = w.qstring(key, value);
            } else if (key == "job_name") {
                job.name = w.qstring(key, value);
            } else if (key == "job_type") {
                job.type = w.qstring(key, value);
            } else if (key == "status") {
                job.status = w.qstring(key, value);
            } else if (key == "description") {
                job.description = w.qstring(key, value);
            } else if (key == "created_at") {
                job.createdAtMs = w.timestamp(key, value, TimeUnit::Seconds);
            } else if (key == "status_last_updated_at" || key == "updated_at") {
                job.updatedAtMs = w.timestamp(key, value, TimeUnit::Seconds);
            } else if (key == "task_total_count") {
                job.reportedTotal = w.int32(key, value, -1);
            } else if (key == "task_failed_count") {
                job.reportedFailed = w.int32(key, value, -1);
            } else if (key == "task_success_count") {
                job.reportedSucceeded = w.int32(key, value, -1);
            } else if (key == "tasks") {
                if (const std::optional<Array> tasks = w.optArray(key, value)) {
                    Walker::Scope scope(w, key);
                    job.tasks.reserve(qsizetype(tasks->size()));
                    size_t i = 0;
                    for (Element e : *tasks) {
                        Walker::Scope at(w, i++);
                        if (!e.is_null())
                            job.tasks.append(decodeTask(w, e, statuses, targets));
                    }
                }
            } else if (key == "targets") {
                continue; // joined into the tasks above
            } else if (!value.is_null()) {
                job.extras.insert(toQString(key), toVariant(value)); // target_type, task_data
            }
        }
        // Targets no task refers to yet (a job still being scheduled): keep their names so
        // the UI can list them.
        QStringList waiting;
        for (const auto &[id, target] : targets) {
            if (!target.used)
                waiting.append(toQString(target.nodeName.empty() ? id : target.nodeName));
        }
        if (!waiting.isEmpty()) {
            waiting.sort();
            job.extras.insert(QStringLiteral("targets_without_task"), waiting);
        }
        job.state = stateFromStatus(QStringView(job.status));
        return job;
    });
}

} // namespace liteops
