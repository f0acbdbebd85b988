// SPDX-License-Identifier: Apache-2.0
// Edge cases of the decoders, one row each: every timestamp form, null and missing fields,
// unknown statuses and fields, wrong types (the error names the path), empty arrays,
// unicode, ServiceStage key case, IEF count disagreement, every error-body variant, and
// documents that are not what they should be. Plus a generated 10,000-task document.
#include "core/encode.h"
#include "facts.h"

#include <QJsonDocument>
#include <QtTest>

using namespace liteops;
using namespace liteops::test;

namespace {

// A ModelArts job detail whose first task carries `taskFields` and whose job carries
// `jobFields` (both JSON members without braces, may be empty).
QByteArray job(const char *jobFields, const char *taskFields = "")
{
    QByteArray json = R"({"id":"j1","name":"n","status":"FINISHED","type":"T")";
    if (*jobFields)
        json += QByteArray(",") + jobFields;
    json += R"(,"tasks":[{"id":"t1","server_id":"s1","status":"SUCCESS")";
    if (*taskFields)
        json += QByteArray(",") + taskFields;
    json += "}]}";
    return json;
}

} // namespace

class DecodeEdgesTest : public QObject
{
    Q_OBJECT

private slots:
    void edge_data();
    void edge();
    void generatedTenThousandTasks();
    void decodersWorkOffTheGuiThread();
    void errorPathUsesServiceStageKeySpelling();
    void decodesAfterMemoryIsReleased();
    void bigArraysReportTheFirstErrorInDocumentOrder();
    void bigArraysSkipNullsAndKeepOrder();
};

void DecodeEdgesTest::edge_data()
{
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const auto row =
        [](const char *name, const char *decoder, const QByteArray &json, const char *key, const QString &expected) {
        QTest::newRow(name) << QString::fromUtf8(decoder) << json << QString::fromUtf8(key) << expected;
    };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };

    // --- Timestamps: every form the APIs use.
    row("time epoch ms number", "jobDetail", job(R"("create_at":1757558550702)"), "createdAt",
        s("2025-09-11T02:42:30.702Z"));
    row("time epoch ms string", "jobDetail", job(R"("create_at":"1757558550702")"), "createdAt",
        s("2025-09-11T02:42:30.702Z"));
    row("time iso no fraction", "jobDetail", job(R"("create_at":"2025-09-11T02:42:30Z")"), "createdAt",
        s("2025-09-11T02:42:30.000Z"));
    row("time iso 1 fraction digit", "jobDetail", job(R"("create_at":"2025-09-11T02:42:30.7Z")"), "createdAt",
        s("2025-09-11T02:42:30.700Z"));
    row("time iso 2 fraction digits", "serviceStage", R"({"tasks":[{"created_at":"2024-06-06T15:55:31.36Z"}]})",
        "tasks[0].createdAt", s("2024-06-06T15:55:31.360Z"));
    row("time iso 9 fraction digits", "jobDetail", job(R"("create_at":"2025-09-11T02:42:30.702999999Z")"), "createdAt",
        s("2025-09-11T02:42:30.702Z"));
    row("time iso offset +08:00", "jobDetail", job(R"("create_at":"2025-09-11T10:42:30.702+08:00")"), "createdAt",
        s("2025-09-11T02:42:30.702Z"));
    row("time iso offset -0530", "jobDetail", job(R"("create_at":"2025-09-10T21:12:30-0530")"), "createdAt",
        s("2025-09-11T02:42:30.000Z"));
    row("time iso offset +08", "jobDetail", job(R"("create_at":"2025-09-11T10:42:30+08")"), "createdAt",
        s("2025-09-11T02:42:30.000Z"));
    row("time iso space separator", "jobDetail", job(R"("create_at":"2025-09-11 02:42:30.702Z")"), "createdAt",
        s("2025-09-11T02:42:30.702Z"));
    row("time iso leap day", "jobDetail", job(R"("create_at":"2024-02-29T23:59:59.999Z")"), "createdAt",
        s("2024-02-29T23:59:59.999Z"));
    row("time null is unknown", "jobDetail", job(R"("create_at":null)"), "createdAt", s("unknown"));
    row("time empty string is unknown", "jobDetail", job(R"("create_at":"")"), "createdAt", s("unknown"));
    row("time missing is unknown", "jobDetail", job(""), "createdAt", s("unknown"));
    row("time task missing gives no duration", "jobDetail", job("", R"("create_at":1757558550702)"),
        "tasks[0].durationMs", s("-1"));
    row("time ief epoch seconds", "ief", R"({"created_at":1667218308})", "createdAt", s("2022-10-31T12:11:48.000Z"));
    row("time ief seconds as string", "ief", R"({"created_at":"1667218308"})", "createdAt",
        s("2022-10-31T12:11:48.000Z"));
    row("time ief fractional seconds", "ief", R"({"created_at":1667218308.5})", "createdAt",
        s("2022-10-31T12:11:48.500Z"));
    row("time ief value in ms", "ief", R"({"created_at":1667218308123})", "createdAt", s("2022-10-31T12:11:48.123Z"));
    row("time ief iso", "ief", R"({"status_last_updated_at":"2022-10-31T12:12:09Z"})", "updatedAt",
        s("2022-10-31T12:12:09.000Z"));
    row("time bad text is an error", "jobDetail", job(R"("create_at":"yesterday")"), "error",
        s("create_at: expected a timestamp (epoch number or ISO-8601), got \"yesterday\""));
    row("time 10 fraction digits is an error", "jobDetail", job(R"("update_at":"2025-09-11T02:42:30.1234567890Z")"),
        "error",
        s("update_at: expected a timestamp (epoch number or ISO-8601), got \"2025-09-11T02:42:30.1234567890Z\""));
    row("time impossible date is an error", "jobDetail", job(R"("create_at":"2025-02-30T00:00:00Z")"), "error",
        s("create_at: expected a timestamp (epoch number or ISO-8601), got \"2025-02-30T00:00:00Z\""));
    row("time boolean is an error", "jobDetail", job("", R"("update_at":true)"), "error",
        s("tasks[0].update_at: expected a timestamp, got a boolean"));

    // --- Null and missing fields.
    row("null name is empty", "jobDetail", job(R"("description":null)"), "description", QString());
    row("null tasks is no tasks", "jobDetail", R"({"id":"j","tasks":null})", "tasks.size", s("0"));
    row("null items is no items", "jobDetail", job(R"("items":null)"), "items.size", s("0"));
    row("null abnormal_count is not reported", "jobDetail", job(R"("abnormal_count":null)"), "abnormalCount", s("-1"));
    row("missing abnormal_count is not reported", "jobDetail", job(""), "abnormalCount", s("-1"));
    row("null task entry is skipped", "jobDetail", R"({"tasks":[null,{"id":"t2"}]})", "tasks[0].id", s("t2"));
    row("null cloud_server value is absent", "jobDetail", job("", R"("cloud_server":{"id":"c","hps_id":null})"),
        "tasks[0].cloudServer.size", s("1"));
    row("null spec value is absent", "jobDetail", job(R"("items":[{"type":"X","spec":{"a":"1","b":null}}])"),
        "items[0].spec.size", s("1"));
    row("missing status keeps empty raw", "jobDetail", R"({"id":"j","tasks":[{"id":"t"}]})", "tasks[0].state",
        s("unknown"));
    row("null page data", "jobList", R"({"current":1,"data":null,"pages":0,"size":0,"total":0})", "rows.size", s("0"));
    row("missing page total is rows in hand", "jobList", R"({"data":[{"id":"a"},{"id":"b"}]})", "total", s("2"));

    // --- Unknown statuses and fields.
    row("unknown job status keeps raw", "jobDetail", R"({"status":"WEIRD_STATE"})", "status", s("WEIRD_STATE"));
    row("unknown job status is unknown", "jobDetail", R"({"status":"WEIRD_STATE"})", "state", s("unknown"));
    row("unknown task status is unknown", "jobDetail", job("", R"("status":"paused")"), "tasks[0].state", s("unknown"));
    row("lower-case status still maps", "jobDetail", R"({"status":"processing"})", "state", s("running"));
    row("unknown job field kept in extras", "jobDetail", job(R"("region":"cn-north-4")"), "extras.region",
        s("cn-north-4"));
    row("unknown task fields ignored", "jobDetail", job("", R"("future":{"a":[1,2]},"weight":3)"), "tasks[0].id",
        s("t1"));
    row("unknown page fields ignored", "jobList", R"({"data":[],"next_marker":"x","total":0})", "rows.size", s("0"));

    // --- Job states derived from a finished job's failures.
    row("finished with abnormal_count is partial", "jobList", R"({"data":[{"status":"FINISHED","abnormal_count":2}]})",
        "rows[0].state", s("partial"));
    row("finished with a failed task is partial", "jobDetail",
        R"({"status":"FINISHED","tasks":[{"status":"SUCCESS"},{"status":"FAILED"}]})", "state", s("partial"));
    row("finished with every task failed is failed", "jobDetail",
        R"({"status":"FINISHED","abnormal_count":2,"tasks":[{"status":"FAILED"},{"status":"FAILED"}]})", "state",
        s("failed"));
    row("finished raw status kept", "jobDetail", R"({"status":"FINISHED","tasks":[{"status":"FAILED"}]})", "status",
        s("FINISHED"));
    row("deleted job", "jobList", R"({"data":[{"status":"DELETED"}]})", "rows[0].state", s("deleted"));
    row("skipped task", "jobDetail", job("", R"("status":"SKIPPED")"), "tasks[0].state", s("skipped"));

    // --- Wrong types: the error names the path.
    row("wrong type task status", "jobDetail", R"({"tasks":[{"status":"SUCCESS"},{"status":7}]})", "error",
        s("tasks[1].status: expected a string, got a number"));
    row("wrong type deep index", "jobDetail",
        QByteArray(R"({"tasks":[)") + QByteArray(R"({"status":"SUCCESS"},)").repeated(12) + R"({"status":1.5}]})",
        "error", s("tasks[12].status: expected a string, got a number"));
    row("wrong type cloud_server value", "jobDetail", job("", R"("cloud_server":{"id":42})"), "error",
        s("tasks[0].cloud_server.id: expected a string, got a number"));
    row("wrong type spec value", "jobDetail", job(R"("items":[{"type":"HDK_UPGRADE","spec":{"version":24}}])"), "error",
        s("items[0].spec.version: expected a string, got a number"));
    row("wrong type tasks object", "jobDetail", R"({"tasks":{"id":"t"}})", "error",
        s("tasks: expected an array, got an object"));
    row("wrong type page row field", "jobList", R"({"data":[{"id":"a"},{"name":true}]})", "error",
        s("data[1].name: expected a string, got a boolean"));
    row("wrong type count as text", "jobDetail", R"({"abnormal_count":"3"})", "error",
        s("abnormal_count: expected a number, got a string \"3\""));
    row("wrong type count fraction", "jobList", R"({"total":2.5,"data":[]})", "error",
        s("total: expected a whole number"));
    row("count out of int range", "ief", R"({"task_total_count":99999999999})", "error",
        s("task_total_count: number out of range"));
    row("wrong type task entry", "jobDetail", R"({"tasks":["t1"]})", "error",
        s("tasks[0]: expected an object, got a string \"t1\""));
    row("wrong type ief extension value", "ief",
        R"({"targets":[{"target_id":"x","extension_info":[{"key":"node_name","value":5}]}]})", "error",
        s("targets[0].extension_info[0].value: expected a string, got a number"));
    row("wrong type server cloud_server", "servers", R"({"data":[{"id":"s","cloud_server":{"hps_id":1}}]})", "error",
        s("data[0].cloud_server.hps_id: expected a string, got a number"));
    row("separator in cloud_server value", "jobDetail", job("", R"("cloud_server":{"id":"a\u001eb"})"), "error",
        s("tasks[0].cloud_server.id: contains the control character U+001E or U+001F"));
    row("separator in cloud_server key", "jobDetail", job("", R"("cloud_server":{"i\u001fd":"a"})"), "error",
        s("tasks[0].cloud_server: contains the control character U+001E or U+001F"));
    row("other control chars allowed in cloud_server", "jobDetail", job("", R"("cloud_server":{"id":"a\tb"})"),
        "tasks[0].cloudServer.id", s("a\tb"));

    // --- Empty arrays.
    row("empty tasks", "jobDetail", R"({"status":"FINISHED","abnormal_count":0,"tasks":[]})", "state", s("succeeded"));
    row("empty page", "jobList", R"({"current":1,"data":[],"pages":0,"size":0,"total":0})", "rows.size", s("0"));
    row("empty items and spec", "jobDetail", job(R"("items":[{"type":"HDK_QUERY","spec":{}}])"), "items[0].spec.size",
        s("0"));
    row("ief targets without tasks are listed", "ief",
        R"({"targets":[{"target_id":"a","extension_info":[{"key":"node_name","value":"edge-1"}]}],"tasks":[]})",
        "extras.targets_without_task", s("<QStringList>"));

    // --- Unicode.
    row("unicode job name", "jobDetail", R"({"name":"升级任务-🚀"})", "name", s("升级任务-🚀"));
    row("unicode escapes", "jobDetail", R"({"name":"\u5347\u7ea7 \ud83d\ude80"})", "name", s("升级 🚀"));
    row("unicode task texts", "jobDetail", job("", R"("server_name":"节点-α","message":"磁盘已满 (97%) ✗")"),
        "tasks[0].message", s("磁盘已满 (97%) ✗"));
    row("unicode task target name", "jobDetail", job("", R"("server_name":"节点-α")"), "tasks[0].targetName",
        s("节点-α"));
    row("unicode cloud_server value", "jobDetail", job("", R"("cloud_server":{"zone":"机房-3","type":"BMS"})"),
        "tasks[0].cloudServer.zone", s("机房-3"));

    // --- ServiceStage: upper- and lower-case keys.
    const QByteArray upper =
        R"({"TASK_COUNT":7,"JOB":{"EXECUTION_STATUS":"PARTIALLY_FAILED","JOB_ID":"JOB1","JOB_TYPE":"DEPROVISION","ORDER_ID":"o-1"},
        "TASKS":[{"TASK_ID":"T1","TASK_INDEX":0,"TASK_NAME":"STEP","TASK_STATUS":"ROLLBACKED","CREATED_AT":"2024-06-06T15:55:31.115Z","UPDATE_AT":"2024-06-06T15:55:32Z","MESSAGES":"rolled back"}]})";
    row("servicestage upper job id", "serviceStage", upper, "id", s("JOB1"));
    row("servicestage upper status", "serviceStage", upper, "state", s("partial"));
    row("servicestage upper task count", "serviceStage", upper, "reportedTotal", s("7"));
    row("servicestage upper task state", "serviceStage", upper, "tasks[0].state", s("failed"));
    row("servicestage upper messages", "serviceStage", upper, "tasks[0].message", s("rolled back"));
    row("servicestage upper index", "serviceStage", upper, "tasks[0].index", s("0"));
    row("servicestage extras lower-cased", "serviceStage", upper, "extras.order_id", s("o-1"));
    // messages: a JSON document in a string, shown as its text (console and CLI alike).
    row("servicestage messages {} is empty", "serviceStage", R"({"tasks":[{"task_id":"a","messages":"{}"}]})",
        "tasks[0].message", s(""));
    row("servicestage messages error text", "serviceStage",
        R"({"tasks":[{"task_id":"a","messages":"{\"error\":\"health check failed\"}"}]})", "tasks[0].message",
        s("health check failed"));
    row("servicestage messages as an object", "serviceStage",
        R"({"tasks":[{"task_id":"a","messages":{"error":{"message":"disk full"}}}]})", "tasks[0].message",
        s("disk full"));
    row("servicestage messages other keys joined", "serviceStage",
        R"({"tasks":[{"task_id":"a","messages":"{\"step\":\"upgrade\",\"code\":7}"}]})", "tasks[0].message",
        s("code: 7; step: upgrade")); // keys in alphabetical order
    row("servicestage messages broken json kept", "serviceStage", R"({"tasks":[{"task_id":"a","messages":"{oops}"}]})",
        "tasks[0].message", s("{oops}"));
    row("ief reason json is text", "ief", R"({"tasks":[{"task_id":"a","reason":"{\"error\":\"node offline\"}"}]})",
        "tasks[0].message", s("node offline"));
    row("servicestage scheduled is pending", "serviceStage", R"({"job":{"execution_status":"SCHEDULED"}})", "state",
        s("pending"));
    row("servicestage rollbacking is running", "serviceStage", R"({"job":{"execution_status":"ROLLBACKING"}})", "state",
        s("running"));
    row("servicestage cancelled", "serviceStage", R"({"job":{"execution_status":"CANCELLED"}})", "state",
        s("cancelled"));

    // --- IEF: joins and count disagreement.
    const QByteArray ief = R"({"job_id":"j","status":"Failed","tasks":[
        {"task_id":"a","status":"Failed","reason":"image pull failed","target_id":"n1","created_at":1667218308},
        {"task_id":"b","status":"Successful","target_id":"n2"},
        {"task_id":"c","status":"Running","target_id":"n3","extension_info":[{"key":"node_name","value":"own-name"}]}],
        "targets":[{"target_id":"n1","extension_info":[{"key":"node_name","value":"edge-a"}]},
                   {"target_id":"n2","extension_info":[{"key":"node_name","value":"edge-b"}]}],
        "task_total_count":3,"task_failed_count":5,"task_success_count":0})";
    row("ief targets after tasks still join", "ief", ief, "tasks[0].targetName", s("edge-a"));
    row("ief second join", "ief", ief, "tasks[1].targetName", s("edge-b"));
    row("ief task without target uses own node_name", "ief", ief, "tasks[2].targetName", s("own-name"));
    row("ief reason is the message", "ief", ief, "tasks[0].message", s("image pull failed"));
    row("ief reported failed kept as sent", "ief", ief, "reportedFailed", s("5"));
    row("ief derived failed from tasks", "ief", ief, "counts.failed", s("1"));
    row("ief derived succeeded from tasks", "ief", ief, "counts.succeeded", s("1"));
    row("ief pending status", "ief", R"({"status":"Pending"})", "state", s("pending"));

    // --- Error bodies in every variant.
    row("error error_code", "errorBody", R"({"error_code":"ModelArts.6404","error_msg":"Server not found"})",
        "errorCode", s("ModelArts.6404"));
    row("error error_msg", "errorBody", R"({"error_code":"ModelArts.6404","error_msg":"Server not found"})", "errorMsg",
        s("Server not found"));
    row("error request_id", "errorBody", R"({"error_code":"APIGW.0308","error_msg":"throttled","request_id":"r-42"})",
        "requestId", s("r-42"));
    row("error code/message", "errorBody", R"({"code":"ModelArts.0104","message":"bad parameter"})", "errorMsg",
        s("bad parameter"));
    row("error errorCode/errorMsg", "errorBody", R"({"errorCode":"SVCSTG.00100400","errorMsg":"bad"})", "errorCode",
        s("SVCSTG.00100400"));
    row("error error_message", "errorBody", R"({"error_code":"SVCSTG.00100404","error_message":"job not found"})",
        "errorMsg", s("job not found"));
    row("error nested", "errorBody",
        R"({"error":{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"},"request_id":"r-1"})",
        "errorCode", s("APIGW.0301"));
    row("error nested keeps outer request id", "errorBody",
        R"({"error":{"code":"APIGW.0301","message":"m"},"request_id":"r-1"})", "requestId", s("r-1"));
    row("error nested numeric code", "errorBody",
        R"({"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}})",
        "errorCode", s("401"));
    row("error oauth style", "errorBody", R"({"error":"invalid_grant","error_description":"token expired"})",
        "errorMsg", s("token expired"));
    row("error string only", "errorBody", R"({"error":"forbidden"})", "errorMsg", s("forbidden"));
    row("error errors array", "errorBody", R"({"errors":[{"code":"E1","message":"first"},{"code":"E2"}]})", "errorCode",
        s("E1"));
    row("error not an error body", "errorBody", R"({"id":"job"})", "error", s("none"));
    // Where the official SDK looks: top level, under "error", and in any nested object.
    row("error camel pair", "errorBody", R"({"errorCode":"E.1","errorMsg":"camel"})", "errorMsg", s("camel"));
    row("error nested any object code", "errorBody",
        R"({"status":"failed","data":{"detail":{"error_code":"ModelArts.0104","error_msg":"Invalid parameter"}}})",
        "errorCode", s("ModelArts.0104"));
    row("error nested any object msg", "errorBody",
        R"({"status":"failed","data":{"detail":{"error_code":"ModelArts.0104","error_msg":"Invalid parameter"}}})",
        "errorMsg", s("Invalid parameter"));
    row("error top level wins over nested", "errorBody",
        R"({"result":{"code":"INNER","message":"inner"},"error_code":"OUTER","error_msg":"outer"})", "errorCode",
        s("OUTER"));
    row("error under error wins over others", "errorBody",
        R"({"meta":{"code":"META"},"error":{"code":"ERR","message":"m"}})", "errorCode", s("ERR"));
    row("error nested fills only what is missing", "errorBody",
        R"({"error_code":"ModelArts.0203","details":{"message":"from nested"}})", "errorMsg", s("from nested"));
    row("error encoded authorization message", "errorBody",
        R"({"error_code":"ModelArts.0203","error_msg":"Policy does not allow modelarts:devserver:listJob to be performed.","encoded_authorization_message":"4Xl1ZzD0tEn...=="})",
        "encodedAuthorizationMessage", s("4Xl1ZzD0tEn...=="));
    row("error encoded authorization message nested", "errorBody",
        R"({"error":{"code":"IAM.0002","message":"Forbidden","encoded_authorization_message":"abc"}})",
        "encodedAuthorizationMessage", s("abc"));
    row("error encoded authorization message alone", "errorBody", R"({"encoded_authorization_message":"only"})",
        "encodedAuthorizationMessage", s("only"));
    row("error deep nesting bounded", "errorBody",
        R"({"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":{"code":"TOO.DEEP"}}}}}}}}}}})", "error", s("none"));
    row("error nested array of objects ignored", "errorBody", R"({"items":[{"code":"NOT.AN.ERROR"}]})", "error",
        s("none"));
    row("error html page", "errorBody", "<html><body>502 Bad Gateway</body></html>", "error", s("none"));
    row("error array", "errorBody", R"([{"error_code":"x"}])", "error", s("none"));

    // --- Documents that are not what they should be.
    row("truncated json", "jobDetail", R"({"id":"j","tasks":[{"id":"t1","status":"SUCC)", "error",
        s("invalid JSON, the answer may be cut short (A string is opened, but never closed.)"));
    row("truncated after value", "jobList", R"({"current":1,"data":[{"id":"a"})", "error",
        s("invalid JSON, the answer may be cut short (The JSON document has an improper structure: missing or "
          "superfluous commas, braces, missing keys, etc.)"));
    row("html instead of json", "jobDetail",
        "\n<!DOCTYPE html><html><head><title>504 Gateway Time-out</title></head></html>", "error",
        s("expected JSON, got an HTML or XML page"));
    row("top-level array", "jobDetail", R"([{"id":"j"}])", "error", s("expected an object, got an array"));
    row("top-level array page", "jobList", "[]", "error", s("expected an object, got an array"));
    row("top-level string", "ief", R"("ok")", "error", s("expected an object, got a string \"ok\""));
    row("empty body", "serviceStage", "", "error", s("the answer is empty, expected JSON"));
    row("whitespace body", "templates", "  \n ", "error", s("the answer is empty, expected JSON"));
    row("invalid utf-8", "jobDetail", "{\"name\":\"\xff\xfe\"}", "error",
        s("invalid JSON (The input is not valid UTF-8)"));

    // --- Templates and servers.
    const QByteArray tmpl =
        R"({"id":"t1","name":"HDK upgrade","type":"HDK_UPGRADE","flavor_type":"ASCEND_SNT9B","owner":"system",
        "params":[{"name":"version","description":"HDK version","value":"24.1.rc3","visible":"true","regex":"^[0-9a-z.]+$"},
                  {"name":"internal","value":"x","visible":"false"},{"name":"flag","visible":false}]})";
    row("template flavor", "template", tmpl, "flavorType", s("ASCEND_SNT9B"));
    row("template default value", "template", tmpl, "params[0].defaultValue", s("24.1.rc3"));
    row("template regex", "template", tmpl, "params[0].regex", s("^[0-9a-z.]+$"));
    row("template visible string false", "template", tmpl, "params[1].visible", s("false"));
    row("template visible bool false", "template", tmpl, "params[2].visible", s("false"));
    row("template visible default true", "template", R"({"params":[{"name":"a"}]})", "params[0].visible", s("true"));
    row("template unknown field in extras", "template", tmpl, "extras.owner", s("system"));
    // The SDK types `visible` as a free string: any value is accepted, only false means hidden.
    row("template visible other text", "template", R"({"params":[{"visible":"maybe"}]})", "params[0].visible",
        s("true"));
    row("template visible upper FALSE", "template", R"({"params":[{"visible":"FALSE"}]})", "params[0].visible",
        s("false"));
    row("template visible mixed True", "template", R"({"params":[{"visible":"True"}]})", "params[0].visible",
        s("true"));
    row("template visible padded false", "template", R"({"params":[{"visible":" false "}]})", "params[0].visible",
        s("false"));
    row("template visible number", "template", R"({"params":[{"visible":0}]})", "params[0].visible", s("true"));
    row("template visible null", "template", R"({"params":[{"visible":null}]})", "params[0].visible", s("true"));
    row("template visible object", "template", R"({"params":[{"visible":{"a":1}}]})", "params[0].visible", s("true"));
    row("templates page survives odd visible", "templates",
        R"({"current":1,"data":[{"id":"t","params":[{"visible":"N/A"},{"visible":"false"}]}],"pages":1,"size":1,"total":1})",
        "rows[0].params.size", s("2"));
    row("templates page", "templates",
        QByteArray(R"({"current":1,"data":[)") + tmpl + R"(],"pages":1,"size":1,"total":1})", "rows[0].params.size",
        s("3"));
    const QByteArray servers =
        R"({"current":1,"data":[{"id":"s1","name":"liteserver-01","status":"RUNNING","flavor":"ascend.snt9b","category":"HPS",
        "cloud_server":{"id":"c1","type":"HPS","hps_id":"h1","hps_ecs_id":"e1"},"endpoints":[{"uri":"192.168.0.11"},{"uri":"192.168.0.12"}],
        "vpc_id":"v1","subnet_id":"sn1","image":{"arch":"aarch64","image_id":"img-1"},"create_at":1749536420547,"update_at":"1749536603947",
        "charging_mode":"POST_PAID"}],"pages":3,"size":1,"total":3})";
    row("server cloud_server", "servers", servers, "rows[0].cloudServer.hps_ecs_id", s("e1"));
    row("server private ips", "servers", servers, "rows[0].privateIps", s("192.168.0.11,192.168.0.12"));
    row("server image", "servers", servers, "rows[0].imageArch", s("aarch64"));
    row("server updated as string", "servers", servers, "rows[0].updatedAt", s("2025-06-10T06:23:23.947Z"));
    row("server extras", "servers", servers, "rows[0].extras.charging_mode", s("POST_PAID"));
    row("servers page total", "servers", servers, "total", s("3"));

    // --- Request bodies (the simulator's side).
    row("delete request ids", "deleteRequest", R"({"job_ids":["a","b"]})", "jobIds", s("a,b"));
    row("delete request wrong id type", "deleteRequest", R"({"job_ids":["a",2]})", "error",
        s("job_ids[1]: expected a string, got a number"));
    row("delete request missing ids", "deleteRequest", R"({})", "jobIds.size", s("0"));
    row("create request reboot as text", "createRequest", R"({"name":"n","is_reboot":"true"})", "isReboot", s("true"));
    row("create request server_ids not array", "createRequest", R"({"server_ids":"s1"})", "error",
        s("server_ids: expected an array, got a string \"s1\""));
    row("delete answer page", "deleteAnswer",
        R"({"current":1,"data":[{"id":"a","status":"DELETED"}],"pages":1,"size":1,"total":1})", "rows[0].state",
        s("deleted"));
}

void DecodeEdgesTest::edge()
{
    QFETCH(QString, decoder);
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Facts facts = decodeToFacts(decoder, json);
    if (key != u"error")
        QVERIFY2(!facts.contains(QStringLiteral("error")), qPrintable(facts.value(QStringLiteral("error"))));
    QVERIFY2(facts.contains(key), qPrintable(QStringLiteral("no fact ") + key));
    QCOMPARE(facts.value(key), expected);
}

namespace {

// A job as the simulator would hold it: 10,000 tasks with every field set, some non-ASCII.
Job tenThousandTaskJob()
{
    Job job;
    job.id = QStringLiteral("0319470a-7fad-452e-bff0-d3ba3bd83955");
    job.name = QStringLiteral("hdk-upgrade-10k");
    job.type = QStringLiteral("ASCEND_SOFTWARE_UPGRADE");
    job.status = QStringLiteral("FINISHED");
    job.userName = QStringLiteral("modelarts_user");
    job.templateId = QStringLiteral("6f02d33b-a5d6-485c-8d73-480da5870512");
    job.createdAtMs = 1755005748201;
    job.updatedAtMs = 1755005931007;
    job.items = {JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1.rc3.10")}}}};
    const QString statuses[] = {QStringLiteral("SUCCESS"), QStringLiteral("FAILED"), QStringLiteral("SKIPPED"),
                                QStringLiteral("PROCESSING")};
    int failed = 0;
    for (int i = 0; i < 10000; ++i) {
        const QString n = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString status = statuses[i % 7 == 3 ? 1 : (i % 50 == 7 ? 2 : 0)];
        failed += status == u"FAILED";
        const QString message = status == u"FAILED"
                                    ? QStringLiteral("upgrade failed: disk /var full (%1%) 磁盘已满").arg(90 + i % 10)
                                    : QStringLiteral("Driver: 24.1.0.3 | Firmware: 7.5.0.5.220");
        const QString id = QStringLiteral("64e004ec-ad30-4038-9af1-afd3210") + n;
        const QString server = QStringLiteral("66d210bc-023c-490a-8664-afd3210") + n;
        const QString name = QStringLiteral("liteserver-978c-") + n;
        const QString cloud = QStringLiteral("39aab8e4-add9-4c2a-8fb7-c3e477e") + n;
        job.tasks.append(Task::Builder()
                             .id(id)
                             .targetId(server)
                             .targetName(name)
                             .message(message)
                             .addCloudServer(u"hps_ecs_id", cloud)
                             .addCloudServer(u"id", cloud)
                             .addCloudServer(u"type", u"HPS")
                             .status(status)
                             .createdAtMs(1755005748201 + i)
                             .updatedAtMs(1755005931355 + i)
                             .build());
    }
    job.abnormalCount = failed;
    job.state = State::Partial; // FINISHED with failed tasks
    return job;
}

} // namespace

void DecodeEdgesTest::generatedTenThousandTasks()
{
    const Job original = tenThousandTaskJob();
    const QByteArray json = QJsonDocument(jobToJson(original, true)).toJson(QJsonDocument::Compact);
    QVERIFY(json.size() > 2'500'000);

    const Decoded<Job> decoded = decodeJobDetail(json);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    const Job &job = decoded.value();
    QCOMPARE(job.tasks.size(), 10000);
    QCOMPARE(job.state, State::Partial);
    QCOMPARE(job.counts().failed, original.abnormalCount);
    // Field by field first (a readable failure), then the whole value.
    for (qsizetype i : {qsizetype(0), qsizetype(3), qsizetype(7), qsizetype(9999)}) {
        QCOMPARE(job.tasks[i].id(), original.tasks[i].id());
        QCOMPARE(job.tasks[i].message(), original.tasks[i].message());
        QCOMPARE(job.tasks[i].cloudServer(), original.tasks[i].cloudServer());
        QCOMPARE(job.tasks[i].status(), original.tasks[i].status());
        QCOMPARE(job.tasks[i].createdAtMs(), original.tasks[i].createdAtMs());
    }
    QVERIFY(job == original);

    // One wrong value deep inside is found and named.
    QByteArray broken = json;
    const QByteArray needle = "\"status\":\"SKIPPED\"";
    const qsizetype at = broken.indexOf(needle);
    QVERIFY(at > 0);
    broken.replace(at, needle.size(), "\"status\":[1]     ");
    const Decoded<Job> bad = decodeJobDetail(broken);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().toString(), QStringLiteral("tasks[7].status: expected a string, got an array"));
}

void DecodeEdgesTest::decodersWorkOffTheGuiThread()
{
    // Each thread has its own parser: decode on four threads at once and compare.
    const QByteArray json = readTestData(QStringLiteral("seeds/modelarts-job-create-answer.json"));
    const Job expected = decodeCreateAnswer(json).value();
    QList<Job> results(4);
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&results, &json, t] {
            for (int i = 0; i < 200; ++i)
                results[t] = decodeCreateAnswer(json).value();
        }));
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60'000));
        delete thread;
    }
    for (const Job &job : results)
        QVERIFY(job == expected);
}

void DecodeEdgesTest::errorPathUsesServiceStageKeySpelling()
{
    const Decoded<Job> job = decodeServiceStageJob(R"({"TASKS":[{"TASK_ID":"a"},{"TASK_INDEX":"2"}]})");
    QVERIFY(!job.ok());
    QCOMPARE(job.error().path, QStringLiteral("TASKS[1].TASK_INDEX"));
    QCOMPARE(job.error().message, QStringLiteral("expected a number, got a string \"2\""));
}

void DecodeEdgesTest::decodesAfterMemoryIsReleased()
{
    const QByteArray json = readTestData(QStringLiteral("seeds/ief-batch-job-get.json"));
    const Decoded<Job> before = decodeIefJob(json);
    releaseThreadDecoderMemory();
    releaseThreadDecoderMemory(); // twice is harmless
    const Decoded<Job> after = decodeIefJob(json);
    QVERIFY(before.ok() && after.ok());
    QVERIFY(before.value() == after.value());
    QCOMPARE(decodeErrorBody(R"({"error_code":"E"})")->errorCode, QStringLiteral("E"));
}

namespace {

// n tasks {"id":"t<i>","status":"SUCCESS"}; entries listed in `replace` are put verbatim.
QByteArray taskArray(int n, const QMap<int, QByteArray> &replace)
{
    QByteArray json = R"({"status":"PROCESSING","tasks":[)";
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            json += ',';
        json += replace.contains(i) ? replace.value(i)
                                    : QByteArray(R"({"id":"t)") + QByteArray::number(i) + R"(","status":"SUCCESS"})";
    }
    return json + "]}";
}

} // namespace

void DecodeEdgesTest::bigArraysReportTheFirstErrorInDocumentOrder()
{
    // Big task arrays are decoded in chunks, possibly on two threads; the error reported
    // must still be the first one in the document, wherever the chunks fall.
    const QByteArray bad = R"({"id":5})";
    for (const QList<int> &at : {QList<int>{9000}, QList<int>{9000, 700}, QList<int>{1, 5000, 9999},
                                 QList<int>{4095, 4096}, QList<int>{9999}}) {
        QMap<int, QByteArray> replace;
        for (int i : at)
            replace.insert(i, bad);
        const Decoded<Job> job = decodeJobDetail(taskArray(10000, replace));
        QVERIFY(!job.ok());
        const int first = *std::min_element(at.begin(), at.end());
        QCOMPARE(job.error().toString(), QStringLiteral("tasks[%1].id: expected a string, got a number").arg(first));
    }
}

void DecodeEdgesTest::bigArraysSkipNullsAndKeepOrder()
{
    const Decoded<Job> job = decodeJobDetail(taskArray(5000, {{0, "null"}, {2500, "null"}, {4999, "null"}}));
    QVERIFY(job.ok());
    QCOMPARE(job.value().tasks.size(), 4997);
    QCOMPARE(job.value().tasks.first().id(), u"t1");
    QCOMPARE(job.value().tasks[2498].id(), u"t2499");
    QCOMPARE(job.value().tasks[2499].id(), u"t2501");
    QCOMPARE(job.value().tasks.last().id(), u"t4998");
    // The same tasks decoded as a small array (one thread) give the same values.
    const Decoded<Job> small = decodeJobDetail(taskArray(100, {}));
    const Decoded<Job> big = decodeJobDetail(taskArray(3000, {}));
    QVERIFY(small.ok() && big.ok());
    for (qsizetype i = 0; i < small.value().tasks.size(); ++i)
        QVERIFY(small.value().tasks[i] == big.value().tasks[i]);
}

QTEST_GUILESS_MAIN(DecodeEdgesTest)
#include "tst_decode_edges.moc"
