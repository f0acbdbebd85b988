// SPDX-License-Identifier: Apache-2.0
#pragma once
// The simulator's /_sim/catalog: ids of what it holds by kind ("ief_jobs", ...), read over
// loopback like any client would. Empty when the simulator does not answer in time.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace liteops::test {

inline QStringList simCatalog(const QUrl &simBase, const QString &key)
{
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(
        nam.get(QNetworkRequest(simBase.resolved(QUrl(QStringLiteral("/_sim/catalog"))))));
    QSignalSpy spy(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !spy.wait(10000))
        return {};
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(reply->readAll()).object().value(key).toArray())
        out << v.toString();
    return out;
}

} // namespace liteops::test
