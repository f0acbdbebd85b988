// SPDX-License-Identifier: Apache-2.0
// The create-request encoder and its validation, and the ModelArts-shaped JSON of jobs,
// tasks, templates and servers, each checked by decoding what was encoded.
#include "core/decode.h"
#include "core/encode.h"

#include <QJsonDocument>
#include <QtTest>

using namespace liteops;

namespace {

CreateJobRequest validRequest()
{
    CreateJobRequest r;
    r.name = QStringLiteral("hdk_upgrade_task");
    r.description = QStringLiteral("Task description.");
    r.serverIds = {QStringLiteral("66d210bc-023c-490a-8664-afd321a163ad"), QStringLiteral("s-2")};
    r.type = QStringLiteral("HDK_UPGRADE");
    r.isReboot = true;
    r.items = {JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1.rc3.10")}}}};
    return r;
}

QString fieldsOf(const QList<ValidationProblem> &problems)
{
    QStringList fields;
    for (const ValidationProblem &p : problems)
        fields.append(p.field);
    return fields.join(QLatin1Char(','));
}

} // namespace

class EncodeTest : public QObject
{
    Q_OBJECT

private slots:
    void exactBytesAndKeyOrder();
    void descriptionLeftOutWhenEmpty();
    void roundTrip_data();
    void roundTrip();
    void jsonObjectMatchesBytes();
    void validRequestHasNoProblems();
    void validation_data();
    void validation();
    void everyProblemAtOnce();
    void nameRule_data();
    void nameRule();
    void jobRoundTrip();
    void listRowHasNoDetail();
    void templateRoundTrip();
    void serverPageRoundTrip();
};

void EncodeTest::exactBytesAndKeyOrder()
{
    CreateJobRequest r = validRequest();
    r.serverIds = {QStringLiteral("a")};
    QCOMPARE(
        encodeCreateRequest(r),
        QByteArray(
            R"({"name":"hdk_upgrade_task","description":"Task description.","server_ids":["a"],)"
            R"("type":"HDK_UPGRADE","is_reboot":true,"items":[{"type":"HDK_UPGRADE","spec":{"version":"24.1.rc3.10"}}]})"));
}

void EncodeTest::descriptionLeftOutWhenEmpty()
{
    CreateJobRequest r = validRequest();
    r.description.clear();
    r.isReboot = false;
    const QByteArray bytes = encodeCreateRequest(r);
    QVERIFY(!bytes.contains("description"));
    QVERIFY(bytes.contains(R"("is_reboot":false)"));
}

void EncodeTest::roundTrip_data()
{
    QTest::addColumn<CreateJobRequest>("request");
    QTest::newRow("seed-like") << validRequest();
    CreateJobRequest tricky = validRequest();
    tricky.description = QStringLiteral("quote \" backslash \\ newline \n tab \t bell \a 升级 🚀 \u001f end");
    tricky.items.append(JobItem{QStringLiteral("COMMON"),
                                {{QStringLiteral("cmd"), QStringLiteral("echo \"$HOME\" > /tmp/x; printf '%s\\n'")},
                                 {QStringLiteral("键"), QStringLiteral("值")},
                                 {QStringLiteral("empty"), QString()}}});
    QTest::newRow("escapes and unicode") << tricky;
    CreateJobRequest noSpec = validRequest();
    noSpec.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
    noSpec.serverIds.clear();
    for (int i = 0; i < 300; ++i)
        noSpec.serverIds.append(QStringLiteral("server-%1").arg(i));
    QTest::newRow("300 servers, empty spec") << noSpec;
}

void EncodeTest::roundTrip()
{
    QFETCH(CreateJobRequest, request);
    const QByteArray bytes = encodeCreateRequest(request);
    QVERIFY(QJsonDocument::fromJson(bytes).isObject()); // valid JSON for another parser too
    const Decoded<CreateJobRequest> decoded = decodeCreateRequest(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value().name, request.name);
    QCOMPARE(decoded.value().description, request.description);
    QCOMPARE(decoded.value().serverIds, request.serverIds);
    QCOMPARE(decoded.value().items, request.items);
    QVERIFY(decoded.value() == request);
}

void EncodeTest::jsonObjectMatchesBytes()
{
    const CreateJobRequest r = validRequest();
    QCOMPARE(QJsonDocument::fromJson(encodeCreateRequest(r)).object(), createRequestToJson(r));
}

void EncodeTest::validRequestHasNoProblems()
{
    QCOMPARE(validateCreateRequest(validRequest()), QList<ValidationProblem>());
}

void EncodeTest::validation_data()
{
    QTest::addColumn<CreateJobRequest>("request");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    CreateJobRequest r = validRequest();
    r.name.clear();
    QTest::newRow("name missing") << r << "name"
                                  << "Required";
    r = validRequest();
    r.name = QStringLiteral("has space");
    QTest::newRow("name bad character") << r << "name"
                                        << "not allowed";
    r = validRequest();
    r.name = QString(65, QLatin1Char('a'));
    QTest::newRow("name too long") << r << "name"
                                   << "65 characters";
    r = validRequest();
    r.type = QStringLiteral("HDK/UPGRADE");
    QTest::newRow("type bad character") << r << "type"
                                        << "not allowed";
    r = validRequest();
    r.type.clear();
    QTest::newRow("type missing") << r << "type"
                                  << "Required";
    r = validRequest();
    r.serverIds.clear();
    QTest::newRow("no server") << r << "server_ids"
                               << "at least one server";
    r = validRequest();
    r.serverIds.append(QString());
    QTest::newRow("empty server id") << r << "server_ids[2]"
                                     << "1 to 64 characters";
    r = validRequest();
    r.serverIds.append(QString(65, QLatin1Char('x')));
    QTest::newRow("server id too long") << r << "server_ids[2]"
                                        << "this one has 65";
    r = validRequest();
    r.serverIds.append(r.serverIds.first());
    QTest::newRow("duplicate server id") << r << "server_ids[2]"
                                         << "more than once";
    r = validRequest();
    r.items.clear();
    QTest::newRow("no item") << r << "items"
                             << "at least one item";
    r = validRequest();
    r.items.first().type = QStringLiteral("HDK UPGRADE");
    QTest::newRow("item type invalid") << r << "items[0].type"
                                       << "not allowed";
    r = validRequest();
    r.items.first().spec.insert(QString(), QStringLiteral("v"));
    QTest::newRow("spec key empty") << r << "items[0].spec"
                                    << "needs a name";
}

void EncodeTest::validation()
{
    QFETCH(CreateJobRequest, request);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const QList<ValidationProblem> problems = validateCreateRequest(request);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    QVERIFY2(problems.first().message.contains(messagePart), qPrintable(problems.first().message));
}

void EncodeTest::everyProblemAtOnce()
{
    CreateJobRequest r;
    r.name = QStringLiteral("bad name");
    r.serverIds = {QStringLiteral("a"), QStringLiteral("a"), QString()};
    r.items = {JobItem{QString(), {{QString(), QString()}}}};
    QCOMPARE(fieldsOf(validateCreateRequest(r)),
             QStringLiteral("name,type,server_ids[1],server_ids[2],items[0].type,items[0].spec"));
}

void EncodeTest::nameRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters digits") << "Job-1_2.3" << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('z')) << true;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('z')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("percent") << "a%2Fb" << false;
    QTest::newRow("unicode") << QStringLiteral("升级") << false;
    QTest::newRow("emoji") << QStringLiteral("a🚀") << false;
    QTest::newRow("newline") << "a\nb" << false;
}

void EncodeTest::nameRule()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isValidJobNameOrType(text), valid);
}

void EncodeTest::jobRoundTrip()
{
    Job job;
    job.id = QStringLiteral("j-1");
    job.name = QStringLiteral("升级-1");
    job.type = QStringLiteral("ASCEND_SOFTWARE_UPGRADE");
    job.status = QStringLiteral("FINISHED");
    job.userName = QStringLiteral("modelarts_user");
    job.description = QStringLiteral("d");
    job.templateId = QStringLiteral("tpl");
    job.abnormalCount = 1;
    job.createdAtMs = 1755005748201;
    job.updatedAtMs = 1755005931007;
    job.items = {JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1")}}}};
    job.tasks = {
        Task::Builder()
            .id(u"t1")
            .targetId(u"s1")
            .targetName(u"节点")
            .message(u"ok")
            .addCloudServer(u"id", u"c1")
            .addCloudServer(u"type", u"BMS")
            .status(QStringLiteral("SUCCESS"))
            .createdAtMs(1)
            .updatedAtMs(2)
            .build(),
        Task::Builder().id(u"t2").targetId(u"s2").status(QStringLiteral("FAILED")).message(u"disk full").build()};
    job.state = State::Partial;

    const QByteArray json = QJsonDocument(jobToJson(job, true)).toJson();
    const Decoded<Job> decoded = decodeJobDetail(json);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().tasks[1].createdAtMs(), kUnknownTime); // unknown stays unknown
    QVERIFY(decoded.value() == job);
}

void EncodeTest::listRowHasNoDetail()
{
    Job job;
    job.id = QStringLiteral("j");
    job.tasks = {Task::Builder().id(u"t").build()};
    const QJsonObject row = jobToJson(job, false);
    QVERIFY(!row.contains(QLatin1StringView("tasks")));
    QVERIFY(!row.contains(QLatin1StringView("abnormal_count"))); // -1: not reported
    QVERIFY(!row.contains(QLatin1StringView("create_at")));      // unknown time left out
    QVERIFY(jobToJson(job, true).contains(QLatin1StringView("tasks")));
}

void EncodeTest::templateRoundTrip()
{
    Template t;
    t.id = QStringLiteral("t");
    t.name = QStringLiteral("HDK upgrade");
    t.description = QStringLiteral("Upgrades the driver");
    t.type = QStringLiteral("HDK_UPGRADE");
    t.flavorType = QStringLiteral("ASCEND_SNT9B");
    t.params = {TemplateParam{QStringLiteral("version"), QStringLiteral("v"), QStringLiteral("24.1"), true,
                              QStringLiteral("^.+$")},
                TemplateParam{QStringLiteral("hidden"), QString(), QStringLiteral("x"), false, QString()}};
    const QJsonObject o = templateToJson(t);
    QCOMPARE(
        o.value(QLatin1StringView("params")).toArray().at(1).toObject().value(QLatin1StringView("visible")).toString(),
        QStringLiteral("false"));
    const Decoded<Template> decoded = decodeTemplate(QJsonDocument(o).toJson());
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == t);
}

void EncodeTest::serverPageRoundTrip()
{
    Server s;
    s.id = QStringLiteral("s1");
    s.name = QStringLiteral("liteserver-01");
    s.status = QStringLiteral("RUNNING");
    s.flavor = QStringLiteral("ascend.snt9b");
    s.category = QStringLiteral("HPS");
    s.cloudServer = {{QStringLiteral("id"), QStringLiteral("c")}, {QStringLiteral("type"), QStringLiteral("HPS")}};
    s.privateIps = {QStringLiteral("192.168.0.1")};
    s.vpcId = QStringLiteral("v");
    s.subnetId = QStringLiteral("sn");
    s.imageArch = QStringLiteral("aarch64");
    s.imageId = QStringLiteral("img");
    s.createdAtMs = 1749536420547;
    s.updatedAtMs = 1749536603947;
    Page<Server> page;
    page.current = 2;
    page.pages = 5;
    page.size = 1;
    page.total = 5;
    page.rows = {s};
    const QByteArray json = QJsonDocument(pageToJson(page, serverToJson)).toJson();
    const Decoded<Page<Server>> decoded = decodeServersPage(json);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == page);
}

QTEST_GUILESS_MAIN(EncodeTest)
#include "tst_encode.moc"
