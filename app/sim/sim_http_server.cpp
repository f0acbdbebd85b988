// SPDX-License-Identifier: Apache-2.0
#include "sim_http_server.h"

#include "signing.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace liteops::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray statusHead(const SimResponse &r, const QByteArray &requestId)
{
    QByteArray head;
    head.reserve(256);
    head.append("HTTP/1.1 ")
        .append(QByteArray::number(r.status))
        .append(' ')
        .append(reasonPhrase(r.status))
        .append("\r\n");
    head.append("Content-Type: ").append(r.contentType).append("\r\n");
    head.append("Content-Length: ").append(QByteArray::number(r.body.size())).append("\r\n");
    head.append("X-Request-Id: ").append(requestId).append("\r\n");
    for (const auto &[name, value] : r.headers)
        head.append(name).append(": ").append(value).append("\r\n");
    head.append("\r\n");
    return head;
}

} // namespace

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.encodedPath = url.path(QUrl::FullyEncoded).toUtf8();
    r.path = url.path(QUrl::FullyDecoded);
    r.encodedQuery = url.query(QUrl::FullyEncoded).toUtf8();
    r.query = signing::decodeQuery(r.encodedQuery);
    const auto headers = request.headers();
    r.headers.reserve(headers.size());
    for (const auto &h : headers)
        r.headers.append({h.first, h.second});
    r.remote = request.remoteAddress();
    // Unique per answer; the counter keeps ids distinct, the random part makes them look real.
    r.requestId = QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0')
                  + QByteArray::number(m_nextId++, 16).rightJustified(16, '0');

    Delivery delivery;
    if (request.body().size() > kMaxBodyBytes) {
        delivery.response = SimResponse::error(r, 413, QStringLiteral("APIGW.0201"),
                                               QStringLiteral("Request entity too large"));
    } else {
        r.body = request.body();
        delivery = m_handler(r);
    }
    deliver(socket, r.requestId, delivery);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers everything.
}

void SimHttpServer::deliver(QTcpSocket *rawSocket, const QByteArray &requestId, const Delivery &delivery)
{
    QPointer<QTcpSocket> socket(rawSocket);
    QByteArray bytes = statusHead(delivery.response, requestId);
    const qsizetype headSize = bytes.size();
    bytes.append(delivery.response.body);

    auto send = [socket, bytes, headSize, delivery]() {
        if (!socket)
            return;
        if (delivery.truncate) {
            // Headers promise the whole body; half of it arrives, then the connection closes.
            socket->write(bytes.first(headSize + delivery.response.body.size() / 2));
            socket->disconnectFromHost();
            return;
        }
        if (delivery.bytesPerSecond <= 0) {
            socket->write(bytes);
            return;
        }
        // Paced: a chunk every 100 ms. The timer is a child of the socket, so it dies with it.
        constexpr int tickMs = 100;
        const qsizetype chunk = qMax<qsizetype>(1, delivery.bytesPerSecond * tickMs / 1000);
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, offset, chunk]() {
            const qsizetype n = qMin(chunk, bytes.size() - *offset);
            socket->write(bytes.constData() + *offset, n);
            *offset += n;
            if (*offset >= bytes.size()) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start(tickMs);
    };
    if (delivery.delayMs > 0)
        QTimer::singleShot(delivery.delayMs, rawSocket, send);
    else
        send();
}

} // namespace liteops::sim
