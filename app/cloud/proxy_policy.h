// SPDX-License-Identifier: Apache-2.0
#pragma once
// Which proxy a request goes through: the system's settings (environment variables such as
// https_proxy/no_proxy, or the desktop's, through Qt's system proxy support), except that
// loopback hosts are always reached directly. Without that rule a user with a corporate
// proxy and no `no_proxy` entry would send the local sandbox's signed requests to the proxy.
#include <QNetworkProxyFactory>

namespace liteops {

class ProxyPolicy : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // True for localhost, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString &host);
};

} // namespace liteops
