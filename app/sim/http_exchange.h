// SPDX-License-Identifier: Apache-2.0
#pragma once
// One HTTP exchange as the simulator's services see it: a request copied out of QtHttpServer
// (so handlers never touch the socket) and the response they return.
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <utility>

namespace liteops::sim {

struct SimRequest
{
    QByteArray method;                                // "GET"
    QByteArray encodedPath;                           // as on the wire: "/v1/p/dev-servers/jobs"
    QString path;                                     // percent-decoded, used for fault matching
    QByteArray encodedQuery;                          // without '?'
    QList<std::pair<QString, QString>> query;         // decoded, in order
    QList<std::pair<QByteArray, QByteArray>> headers; // as received
    QByteArray body;
    QHostAddress remote;
    QByteArray requestId; // the X-Request-Id of the answer
    // Faults: answer the default page whatever limit/offset say (a service that does not
    // know them), or refuse limit/offset with 400.
    bool ignorePaging = false;
    bool rejectPaging = false;

    QByteArray header(QByteArrayView name) const; // first value, case-insensitive
    bool hasQuery(QStringView name) const;
    QString queryValue(QStringView name) const; // first value, empty when absent
};

struct SimResponse
{
    int status = 200;
    QByteArray contentType = "application/json;charset=UTF-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers

    static SimResponse json(int status, QByteArray body);
    // A Huawei error body {"error_code", "error_msg", "request_id"}.
    static SimResponse error(const SimRequest &request, int status, const QString &code, const QString &message);
};

} // namespace liteops::sim
