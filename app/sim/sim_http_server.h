// SPDX-License-Identifier: Apache-2.0
#pragma once
// The transport: a QAbstractHttpServer that copies each request into a SimRequest, asks the
// handler for an answer, and writes the raw HTTP response itself. Owning the socket is what
// lets faults delay an answer (timers, never blocking the event loop), pace it (slow) or cut
// it off mid-body (truncate).
#include "http_exchange.h"

#include <QAbstractHttpServer>
#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace liteops::sim {

struct Delivery
{
    SimResponse response;
    int delayMs = 0;        // latency before the first byte
    bool truncate = false;  // send the headers and half the body, then close
    int bytesPerSecond = 0; // > 0: pace the whole answer at this rate
};

class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<Delivery(SimRequest &request)>;
    static constexpr qsizetype kMaxBodyBytes = 12 * 1024 * 1024; // the gateway's signed-body limit

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void deliver(QTcpSocket *socket, const QByteArray &requestId, const Delivery &delivery);

    Handler m_handler;
    quint64 m_nextId = 1;
};

} // namespace liteops::sim
