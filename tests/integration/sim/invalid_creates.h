// SPDX-License-Identifier: Apache-2.0
#pragma once
// Request bodies the simulator must refuse, with the error code and a word the message must
// contain. Kept out of the test class's file: moc does not read raw string literals well.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

struct InvalidCreate
{
    const char *name;
    QByteArray body;
    const char *code;
    const char *mentions;
};

inline QList<InvalidCreate> invalidCreates()
{
    const QByteArray item = R"([{"type":"HDK_UPGRADE","spec":{"version":"24.1.0.3"}}])";
    const auto req = [&item](const QByteArray &name, const QByteArray &type, const QByteArray &ids) {
        return R"({"name":")" + name + R"(","type":")" + type + R"(","server_ids":)" + ids + R"(,"items":)" + item
               + "}";
    };
    return {
        {"not json", "{name:", "ModelArts.0104", "JSON"},
        {"array body", "[]", "ModelArts.0104", "JSON"},
        {"missing name", R"({"type":"HDK_UPGRADE","server_ids":["a"],"items":[]})", "ModelArts.0101", "name"},
        {"missing type and items", R"({"name":"a","server_ids":["a"]})", "ModelArts.0101", "type, items"},
        {"missing server_ids", R"({"name":"a","type":"COMMON","items":[]})", "ModelArts.0101", "server_ids"},
        {"bad name", req("bad name!", "HDK_UPGRADE", R"(["x"])"), "ModelArts.0104", "name"},
        {"name too long", req(QByteArray(65, 'a'), "HDK_UPGRADE", R"(["x"])"), "ModelArts.0104", "name"},
        {"bad type", req("ok", "HDK UPGRADE", R"(["x"])"), "ModelArts.0104", "type"},
        {"no servers", req("ok", "HDK_UPGRADE", "[]"), "ModelArts.0104", "server_ids"},
        {"duplicate servers", req("ok", "HDK_UPGRADE", R"(["x","x"])"), "ModelArts.0104", "server_ids"},
        {"wrong type of server_ids", req("ok", "HDK_UPGRADE", R"("x")"), "ModelArts.0104", "server_ids"},
        {"no items", R"({"name":"a","type":"COMMON","server_ids":["x"],"items":[]})", "ModelArts.0104", "items"},
        {"unknown server", req("ok", "HDK_UPGRADE", R"(["11111111-2222-4333-8444-555555555555"])"), "ModelArts.6404",
         "11111111-2222-4333-8444-555555555555"},
    };
}

inline QByteArray deleteBody(const QStringList &ids)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("job_ids"), QJsonArray::fromStringList(ids)}})
        .toJson(QJsonDocument::Compact);
}

inline const QByteArray kDeleteWrongShape = R"({"job_ids":"x"})";
