// SPDX-License-Identifier: Apache-2.0
#include "endpoints.h"

#include "regions.h"

#include <QRegularExpression>

namespace liteops {

bool isValidRegion(const QString &region)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return !region.isEmpty() && region.size() <= 64 && rule.match(region).hasMatch();
}

Endpoints Endpoints::forRegion(const QString &region)
{
    // The official SDKs' region table (regions.h): the hosts that differ (ModelArts of
    // ap-southeast-1 on .myhuaweicloud.cn, IAM of eu-west-101 on .myhuaweicloud.eu), and no
    // endpoint for a service the SDKs do not offer in a region they know.
    Endpoints e;
    e.modelArts = serviceEndpoint(CloudService::ModelArts, region);
    e.serviceStage = serviceEndpoint(CloudService::ServiceStage, region);
    e.ief = serviceEndpoint(CloudService::Ief, region);
    e.iam = serviceEndpoint(CloudService::Iam, region);
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
