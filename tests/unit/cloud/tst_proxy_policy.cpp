// SPDX-License-Identifier: Apache-2.0
// The client honours the system's proxy settings but never sends loopback traffic (the
// local sandbox, a local simulator) through a proxy.
#include "proxy_policy.h"

#include <QNetworkProxy>
#include <QTest>

using liteops::ProxyPolicy;

class ProxyPolicyTest : public QObject
{
    Q_OBJECT

private slots:
    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
        QTest::newRow("sub.localhost") << QStringLiteral("sim.localhost") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.8.9.10") << QStringLiteral("127.8.9.10") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("modelarts") << QStringLiteral("modelarts.cn-north-4.myhuaweicloud.com") << false;
        QTest::newRow("private ip") << QStringLiteral("10.0.0.1") << false;
        QTest::newRow("localhost.example") << QStringLiteral("localhost.example.com") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(ProxyPolicy::isLoopbackHost(host), loopback);
    }

    void loopbackNeverProxied()
    {
        // Even with a proxy configured in the environment.
        qputenv("https_proxy", "http://proxy.invalid:3128");
        qputenv("http_proxy", "http://proxy.invalid:3128");
        ProxyPolicy policy;
        for (const char *url :
             {"http://127.0.0.1:41513/v1/p/dev-servers/jobs", "http://localhost:8080/", "http://[::1]:9000/"}) {
            const QList<QNetworkProxy> proxies = policy.queryProxy(QNetworkProxyQuery(QUrl(QString::fromLatin1(url))));
            QCOMPARE(proxies.size(), 1);
            QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
        }
        qunsetenv("https_proxy");
        qunsetenv("http_proxy");
    }

    void otherHostsFollowTheSystem()
    {
        ProxyPolicy policy;
        const QNetworkProxyQuery query(
            QUrl(QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com/v1/p/dev-servers/jobs")));
        const QList<QNetworkProxy> ours = policy.queryProxy(query);
        const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(query);
        QCOMPARE(ours.size(), system.size());
        for (qsizetype i = 0; i < ours.size(); ++i) {
            QCOMPARE(ours[i].type(), system[i].type());
            QCOMPARE(ours[i].hostName(), system[i].hostName());
            QCOMPARE(ours[i].port(), system[i].port());
        }
    }
};

QTEST_GUILESS_MAIN(ProxyPolicyTest)
#include "tst_proxy_policy.moc"
