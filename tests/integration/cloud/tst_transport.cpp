// SPDX-License-Identifier: Apache-2.0
// Transport rules a simulator cannot provoke, checked against a raw loopback TCP server
// with canned answers: redirects only to the same host over https, TLS fails closed, the
// CA bundle must be readable, the body cap holds with and without Content-Length.
#include "cloud_client.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;

namespace {

// Answers every request with `response` (after the request headers arrived) and closes.
class CannedServer : public QObject
{
public:
    explicit CannedServer(QByteArray response) : m_response(std::move(response))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    if (buffer->contains("\r\n\r\n") || !buffer->startsWith("GET")) {
                        ++requests;
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
    }
    quint16 port() const { return m_server.serverPort(); }
    void setResponse(const QByteArray &response) { m_response = response; }

    int connections = 0;
    int requests = 0;

private:
    QTcpServer m_server;
    QByteArray m_response;
};

ClientConfig configFor(const QString &scheme, quint16 port)
{
    ClientConfig c;
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    c.endpoints.modelArts = c.endpoints.iam = c.endpoints.ief = c.endpoints.serviceStage = url;
    c.projectId = QStringLiteral("p1");
    c.credentials.accessKey = QStringLiteral("AK");
    c.credentials.secretKey = QStringLiteral("SK");
    c.timeoutMs = 5000;
    c.retryBaseDelayMs = 10;
    return c;
}

template <typename T>
Result<T> finish(Call<T> *call)
{
    std::unique_ptr<Call<T>> owner(call);
    call->setAutoDelete(false);
    QSignalSpy spy(call, &CloudCall::finished);
    if (!call->isFinished() && !spy.wait(20000))
        return CloudError::make(CloudError::Kind::Cancelled, QStringLiteral("test: timed out"));
    return call->result();
}

QByteArray redirectTo(const QByteArray &location)
{
    return "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

} // namespace

class TransportTest : public QObject
{
    Q_OBJECT

private slots:
    void redirectToAnotherHostIsRefused()
    {
        CannedServer other("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        CannedServer server(
            redirectTo("https://localhost:" + QByteArray::number(other.port()) + "/v1/p1/dev-servers/jobs/x"));
        CloudClient client(configFor(QStringLiteral("http"), server.port()));
        const auto result = finish(client.getJob(QStringLiteral("x")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Network);
        QVERIFY(result.error().errorMsg.contains(QStringLiteral("redirect")));
        QCOMPARE(other.connections, 0);
    }

    void redirectToPlainHttpIsRefused()
    {
        CannedServer server{QByteArray()};
        server.setResponse(redirectTo("http://127.0.0.1:" + QByteArray::number(server.port()) + "/elsewhere"));
        CloudClient client(configFor(QStringLiteral("http"), server.port()));
        const auto result = finish(client.getJob(QStringLiteral("x")));
        QCOMPARE(result.error().kind, CloudError::Kind::Network);
        QCOMPARE(server.requests, 1); // the redirect was not followed
    }

    void tlsFailsClosed()
    {
        // Not a TLS server: the handshake fails and nothing is retried or downgraded.
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        CloudClient client(configFor(QStringLiteral("https"), server.port()));
        const auto result = finish(client.listTemplates());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Tls);
        QCOMPARE(server.connections, 1);
    }

    void unreadableCaBundleStopsBeforeSending()
    {
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        ClientConfig c = configFor(QStringLiteral("https"), server.port());
        c.caFile = QStringLiteral("/nonexistent/ca.pem");
        CloudClient client(c);
        const auto result = finish(client.listTemplates());
        QCOMPARE(result.error().kind, CloudError::Kind::Tls);
        QVERIFY(result.error().errorMsg.contains(QStringLiteral("ca.pem")));

        QTemporaryDir dir;
        QFile notPem(dir.filePath(QStringLiteral("bundle.pem")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("not a certificate");
        notPem.close();
        c.caFile = notPem.fileName();
        client.setConfig(c);
        QCOMPARE(finish(client.listTemplates()).error().kind, CloudError::Kind::Tls);
        QCOMPARE(server.connections, 0);
    }

    void declaredLengthOverTheCap()
    {
        CannedServer server(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"data\":[");
        ClientConfig c = configFor(QStringLiteral("http"), server.port());
        c.maxBodyBytes = 1000;
        CloudClient client(c);
        QCOMPARE(finish(client.listTemplates()).error().kind, CloudError::Kind::TooLarge);
    }

    void undeclaredLengthOverTheCap()
    {
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                            + QByteArray(5000, ' ') + "{}");
        ClientConfig c = configFor(QStringLiteral("http"), server.port());
        c.maxBodyBytes = 1000;
        CloudClient client(c);
        QCOMPARE(finish(client.listTemplates()).error().kind, CloudError::Kind::TooLarge);
    }

    void notJsonIsADecodeErrorNamingThePlace()
    {
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 24\r\n\r\n"
                            "{\"id\": 5, \"name\": \"x\"}  ");
        CloudClient client(configFor(QStringLiteral("http"), server.port()));
        const auto result = finish(client.getTemplate(QStringLiteral("t1")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Decode);
        QVERIFY2(result.error().errorMsg.contains(QStringLiteral("id")), qPrintable(result.error().errorMsg));
    }
};

QTEST_GUILESS_MAIN(TransportTest)
#include "tst_transport.moc"
