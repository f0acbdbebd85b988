// SPDX-License-Identifier: Apache-2.0
#pragma once
// Value types in the common vocabulary of docs/ARCHITECTURE.md. Plain data, copyable,
// usable from any thread. Provider-specific fields that have no common name are kept in
// `extras` so the UI can still show them.
#include "state.h"
#include "task.h"
#include "timestamp.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace liteops {

// One entry of a job's items[]: a fine-grained type and its parameters.
struct JobItem
{
    QString type;                // HDK_UPGRADE, HDK_QUERY, DEVICE_LOG_COLLECT, COMMON, ...
    QMap<QString, QString> spec; // ordered, so encoded JSON is deterministic

    friend bool operator==(const JobItem &, const JobItem &) = default;
};

// Task counts per state, derived from a task list.
struct TaskCounts
{
    int total = 0;
    int pending = 0;
    int running = 0;
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
    int cancelled = 0;
    int other = 0; // partial, deleted, unknown

    static TaskCounts of(const QList<Task> &tasks);
    friend bool operator==(const TaskCounts &, const TaskCounts &) = default;
};

struct Job
{
    Provider provider = Provider::ModelArts;
    QString id;
    QString name; // ServiceStage has none: empty
    QString type;
    QString status; // raw
    State state = State::Unknown;
    QString userName;
    QString description;
    QString templateId;
    int abnormalCount = -1; // failed nodes as reported by the service; -1 when not reported
    qint64 createdAtMs = kUnknownTime;
    qint64 updatedAtMs = kUnknownTime;
    QList<JobItem> items;
    QList<Task> tasks;
    // Counts the service reported beside the tasks (IEF task_*_count, ServiceStage
    // task_count); -1 when absent. They can disagree with the tasks: show both.
    int reportedTotal = -1;
    int reportedFailed = -1;
    int reportedSucceeded = -1;
    QVariantMap extras; // ServiceStage order_id/service_instance_id, IEF target_type/task_data...

    QDateTime createdAt() const { return toUtcDateTime(createdAtMs); }
    QDateTime updatedAt() const { return toUtcDateTime(updatedAtMs); }
    TaskCounts counts() const { return TaskCounts::of(tasks); }

    friend bool operator==(const Job &, const Job &) = default;
};

// The paged envelope {current, data, pages, size, total}.
template <typename T>
struct Page
{
    qint64 current = 0;
    qint64 pages = 0;
    qint64 size = 0;
    qint64 total = 0;
    QList<T> rows;

    friend bool operator==(const Page &, const Page &) = default;
};

struct TemplateParam
{
    QString name;
    QString description;
    QString defaultValue; // "value" in the API
    bool visible = true;  // the API sends "true"/"false" as a string
    QString regex;        // empty: anything goes

    friend bool operator==(const TemplateParam &, const TemplateParam &) = default;
};

struct Template
{
    QString id;
    QString name;
    QString description;
    QString type;
    QString flavorType; // ASCEND_SNT9B, ASCEND_SNT9C, ASCEND_GENERIC, ...
    QList<TemplateParam> params;
    QVariantMap extras;

    friend bool operator==(const Template &, const Template &) = default;
};

struct Server
{
    QString id;
    QString name;
    QString status; // raw: RUNNING, STOPPED, ERROR, REBOOT_FAILED, ...
    QString flavor;
    QString category;                   // SERVER, SPOD, HPS
    QMap<QString, QString> cloudServer; // id, type, hps_id, hps_ecs_id
    QStringList privateIps;             // endpoints[].uri
    QString vpcId;
    QString subnetId;
    QString imageArch;
    QString imageId;
    qint64 createdAtMs = kUnknownTime;
    qint64 updatedAtMs = kUnknownTime;
    QVariantMap extras;

    friend bool operator==(const Server &, const Server &) = default;
};

// Huawei error body in any of its spellings (error_code/error_msg, code/message,
// errorCode/errorMsg, nested under "error" or in any nested object).
struct CloudErrorBody
{
    QString errorCode;
    QString errorMsg;
    QString requestId; // only when the body carries one
    // A 403 policy denial's encoded_authorization_message: the only text that says which
    // policy refused; IAM (STS DecodeAuthorizationMessage) can decode it.
    QString encodedAuthorizationMessage;

    bool isEmpty() const { return errorCode.isEmpty() && errorMsg.isEmpty() && encodedAuthorizationMessage.isEmpty(); }
    friend bool operator==(const CloudErrorBody &, const CloudErrorBody &) = default;
};

// POST /v1/{project_id}/dev-servers/jobs
struct CreateJobRequest
{
    QString name;
    QString description;
    QStringList serverIds;
    QString type;
    bool isReboot = false;
    QList<JobItem> items;

    friend bool operator==(const CreateJobRequest &, const CreateJobRequest &) = default;
};

} // namespace liteops
