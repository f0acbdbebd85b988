// SPDX-License-Identifier: Apache-2.0
#include "paging.h"

namespace liteops::sim {

std::optional<PageWindow> pageWindow(const SimRequest &request, SimResponse *error, qint64 defaultLimit)
{
    PageWindow w;
    w.limit = defaultLimit;
    if (request.ignorePaging)
        return w; // the default page, whatever was asked
    if (request.rejectPaging && (request.hasQuery(u"limit") || request.hasQuery(u"offset"))) {
        *error = SimResponse::error(request, 400, QStringLiteral("ModelArts.0104"),
                                    QStringLiteral(
                                        "Invalid parameter: limit and offset are not parameters of this API"));
        return std::nullopt;
    }
    bool ok = true;
    if (request.hasQuery(u"limit")) {
        w.limit = request.queryValue(u"limit").toLongLong(&ok);
        if (!ok || w.limit < 0 || w.limit > kMaxPageLimit) {
            *error = SimResponse::error(
                request, 400, QStringLiteral("ModelArts.0104"),
                QStringLiteral("Invalid parameter limit: expected an integer from 0 to %1").arg(kMaxPageLimit));
            return std::nullopt;
        }
    }
    if (request.hasQuery(u"offset")) {
        w.offset = request.queryValue(u"offset").toLongLong(&ok);
        if (!ok || w.offset < 0) {
            *error = SimResponse::error(request, 400, QStringLiteral("ModelArts.0104"),
                                        QStringLiteral("Invalid parameter offset: expected an integer >= 0"));
            return std::nullopt;
        }
    }
    return w;
}

} // namespace liteops::sim
