// SPDX-License-Identifier: Apache-2.0
#pragma once
// Test helper: plain HTTP exchanges with the in-process simulator over loopback through a real
// QNetworkAccessManager, waiting on the reply's finished signal (never a fixed sleep).
#include "signing.h"
#include "simulator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace simtest {

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(u"error_code").toString(); }
};

class Client
{
public:
    explicit Client(const liteops::sim::Simulator &sim) : m_base(sim.baseUrl()), m_project(sim.projectId()) {}

    QUrl url(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl u = m_base;
        u.setPath(path.contains(QLatin1String("%1")) ? path.arg(m_project) : path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    Answer send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 15000)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        bool noContentType = false;
        for (const auto &[name, value] : headers) {
            // ("Content-Type", "") sends none: how a careless client behaves.
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0 && value.isEmpty())
                noContentType = true;
            else
                request.setRawHeader(name, value);
        }
        // Every request, GETs included, as the official SDKs send it.
        if (!noContentType && !request.hasRawHeader("Content-Type"))
            request.setRawHeader("Content-Type", QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Answer a;
        a.finished = reply->isFinished() || finished.wait(timeoutMs);
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.error = reply->error();
        a.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return a;
    }

    Answer get(const QString &path, const QUrlQuery &query = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", url(path, query), {}, headers);
    }

    // Headers for an SDK-HMAC-SHA256 signed request, as the official SDKs build them.
    static QList<std::pair<QByteArray, QByteArray>>
    signedHeaders(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &ak,
                  const QByteArray &sk, const QDateTime &when = QDateTime::currentDateTimeUtc())
    {
        liteops::signing::RequestToSign r;
        r.method = method;
        r.path = url.path(QUrl::FullyDecoded).toUtf8();
        // Sign the values the caller meant, not what the URL encoder made of them: the
        // verifier must arrive at the same pairs from the bytes on the wire.
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : items)
            r.query.append({name, value});
        const QByteArray host = url.host().toUtf8() + ':' + QByteArray::number(url.port());
        r.headers = {{"Host", host},
                     {"X-Sdk-Date", liteops::signing::formatSdkDate(when)},
                     {"X-Project-Id", "0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b"}};
        if (!body.isEmpty())
            r.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        r.body = body;
        QList<std::pair<QByteArray, QByteArray>> out = r.headers;
        out.append(std::pair<QByteArray, QByteArray>("Authorization", liteops::signing::authorizationFor(r, ak, sk)));
        return out;
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_project;
};

inline liteops::sim::SimOptions quietOptions()
{
    liteops::sim::SimOptions o;
    o.noAuth = true;
    return o;
}

} // namespace simtest
