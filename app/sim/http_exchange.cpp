// SPDX-License-Identifier: Apache-2.0
#include "http_exchange.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace liteops::sim {

QByteArray SimRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SimRequest::hasQuery(QStringView name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return true;
    }
    return false;
}

QString SimRequest::queryValue(QStringView name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

SimResponse SimResponse::json(int status, QByteArray body)
{
    SimResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

SimResponse SimResponse::error(const SimRequest &request, int status, const QString &code, const QString &message)
{
    const QJsonObject o{{QStringLiteral("error_code"), code},
                        {QStringLiteral("error_msg"), message},
                        {QStringLiteral("request_id"), QString::fromLatin1(request.requestId)}};
    return json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace liteops::sim
