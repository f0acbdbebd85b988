// SPDX-License-Identifier: Apache-2.0
// The simulator must shut down cleanly whatever its clients did: connections still open,
// closed by the peer, or answered half-way (truncate, slow). The console creates and destroys
// a sandbox simulator whenever the user switches connection.
#include "simulator.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using liteops::sim::SimOptions;
using liteops::sim::Simulator;

class SimTeardownTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray rawGet(const QString &path)
    {
        return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n";
    }

private slots:
    void destroyAfterPeerClosed()
    {
        SimOptions options;
        options.noAuth = true;
        auto sim = std::make_unique<Simulator>(options);
        QString error;
        QVERIFY2(sim->start(&error), qPrintable(error));

        // A client in another process connects, gets its answer and goes away.
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                            QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                                            sim->baseUrl().toString() + QStringLiteral("/v1/") + sim->projectId()
                                                + QStringLiteral("/dev-servers/jobs")});
        if (!curl.waitForStarted())
            QSKIP("curl is not installed");
        QTRY_VERIFY_WITH_TIMEOUT(curl.state() == QProcess::NotRunning, 10000);
        QCOMPARE(curl.readAllStandardOutput(), QByteArray("200"));
        QTRY_COMPARE(sim->requestCount(), 1);

        // ... and one in this process leaves its connection open.
        QTcpSocket open;
        open.connectToHost(sim->baseUrl().host(), quint16(sim->baseUrl().port()));
        QVERIFY(open.waitForConnected(5000));
        open.write(rawGet(QStringLiteral("/_sim/catalog")));
        QTRY_VERIFY(open.bytesAvailable() > 0);

        sim.reset(); // must not crash
        QTRY_COMPARE(open.state(), QAbstractSocket::UnconnectedState);
    }

    void destroyWhileAnswerIsPaced()
    {
        SimOptions options;
        options.noAuth = true;
        auto sim = std::make_unique<Simulator>(options);
        QString error;
        QVERIFY2(sim->start(&error), qPrintable(error));
        QVERIFY2(sim->addFault(QStringLiteral("GET .*/dev-servers$ slow 100"), &error), qPrintable(error));

        QTcpSocket client;
        client.connectToHost(sim->baseUrl().host(), quint16(sim->baseUrl().port()));
        QVERIFY(client.waitForConnected(5000));
        client.write(rawGet(QStringLiteral("/v1/") + sim->projectId() + QStringLiteral("/dev-servers")));
        QTRY_VERIFY(client.bytesAvailable() > 0); // the answer has started trickling

        sim.reset(); // pending paced writes must die with the server
        QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    }
};

QTEST_GUILESS_MAIN(SimTeardownTest)
#include "tst_sim_teardown.moc"
