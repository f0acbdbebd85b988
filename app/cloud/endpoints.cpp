#include "endpoints.h"

#include <QRegularExpression>

namespace liteops {

bool isValidRegion(const QString &region)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return !region.isEmpty() && region.size() <= 64 && rule.match(region).hasMatch();
}

Endpoints Endpoints::forRegion(const QString &region)
{
    Endpoints e;
    if (!isValidRegion(region))
        return e;
    auto host = [&](QLatin1StringView service, QLatin1StringView domain) {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(service + QLatin1Char('.') + region + QLatin1Char('.') + domain);
        return url;
    };
    const QLatin1StringView com("myhuaweicloud.com");
    // The API documents (../api §1) put ModelArts of ap-southeast-1 under .myhuaweicloud.cn;
    // the other services keep .com there.
    const bool cnModelArts = region == QLatin1String("ap-southeast-1");
    e.modelArts = host(QLatin1StringView("modelarts"),
                       cnModelArts ? QLatin1StringView("myhuaweicloud.cn") : com);
    e.serviceStage = host(QLatin1StringView("servicestage"), com);
    e.ief = host(QLatin1StringView("ief"), com);
    e.iam = host(QLatin1StringView("iam"), com);
    return e;
}

Endpoints Endpoints::withOverrides(const Endpoints &overrides) const
{
    Endpoints e = *this;
    if (!overrides.modelArts.isEmpty())
        e.modelArts = overrides.modelArts;
    if (!overrides.serviceStage.isEmpty())
        e.serviceStage = overrides.serviceStage;
    if (!overrides.ief.isEmpty())
        e.ief = overrides.ief;
    if (!overrides.iam.isEmpty())
        e.iam = overrides.iam;
    return e;
}

} // namespace liteops
