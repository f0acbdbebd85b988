// SPDX-License-Identifier: Apache-2.0
#include "regions.h"

#include "endpoints.h"

#include <QCoreApplication>

namespace liteops {

namespace {

enum : unsigned { M = 1, S = 2, E = 4, I = 8 }; // ModelArts, ServiceStage, IEF, IAM

struct Row
{
    const char *id;
    const char *name;
    unsigned services;
    const char *modelArtsHost = nullptr;
    const char *iamHost = nullptr;
};

// From the SDK 3.1.211 region files (docs/CLOUD-FIDELITY.md lists them):
//   ModelArts v1:    22 regions, ap-southeast-1 on .myhuaweicloud.cn
//   ServiceStage v3: 22 regions
//   IEF v1:          5 regions
//   IAM v3:          28 regions, eu-west-101 on .myhuaweicloud.eu
const Row kRows[] = {
    {"cn-north-1", "CN North-Beijing1", M | S | E | I},
    {"cn-north-2", "CN North-Beijing2", M | I},
    {"cn-north-4", "CN North-Beijing4", M | S | E | I},
    {"cn-north-9", "CN North-Ulanqab1", M | S | I},
    {"cn-north-11", "CN North", M},         // no public display name confirmed
    {"cn-north-12", "CN North", M | S | I}, // no public display name confirmed
    {"cn-east-2", "CN East-Shanghai2", S | E | I},
    {"cn-east-3", "CN East-Shanghai1", M | S | E | I},
    {"cn-east-4", "CN East2", M | S | I},
    {"cn-east-5", "CN East-Qingdao", I},
    {"cn-south-1", "CN South-Guangzhou", M | S | E | I},
    {"cn-south-2", "CN South-Shenzhen", I},
    {"cn-south-4", "CN South-Guangzhou-InvitationOnly", S},
    {"cn-southwest-2", "CN Southwest-Guiyang1", M | S | I},
    {"cn-southwest-3", "CN Southwest", M}, // no public display name confirmed
    {"ap-southeast-1", "CN-Hong Kong", M | S | I, "modelarts.ap-southeast-1.myhuaweicloud.cn"},
    {"ap-southeast-2", "AP-Bangkok", M | S | I},
    {"ap-southeast-3", "AP-Singapore", M | S | I},
    {"ap-southeast-4", "AP-Jakarta", M | S | I},
    {"my-kualalumpur-1", "AP-Kuala Lumpur", S | I},
    {"af-south-1", "AF-Johannesburg", M | S | I},
    {"af-north-1", "AF-Cairo", M},
    {"me-east-1", "ME-Riyadh", M | S | I},
    {"ae-ad-1", "ME-Abu Dhabi", I},
    {"tr-west-1", "TR-Istanbul", M | S | I},
    {"ru-moscow-1", "RU-Moscow", S | I},
    {"eu-west-0", "EU-Paris", I},
    {"eu-west-101", "EU-Dublin", I, nullptr, "iam.eu-west-101.myhuaweicloud.eu"},
    {"la-south-2", "LA-Santiago", M | S | I},
    {"la-north-2", "LA-Mexico City2", M | S | I},
    {"na-mexico-1", "LA-Mexico City1", I},
    {"sa-brazil-1", "LA-Sao Paulo1", M | S | I},
};

QList<RegionInfo> buildTable()
{
    QList<RegionInfo> out;
    for (const Row &r : kRows) {
        RegionInfo info;
        info.id = QLatin1String(r.id);
        info.name = QLatin1String(r.name);
        info.modelArts = r.services & M;
        info.serviceStage = r.services & S;
        info.ief = r.services & E;
        info.iam = r.services & I;
        if (r.modelArtsHost)
            info.modelArtsHost = QLatin1String(r.modelArtsHost);
        if (r.iamHost)
            info.iamHost = QLatin1String(r.iamHost);
        out.append(info);
    }
    return out;
}

QLatin1StringView hostPrefix(CloudService service)
{
    switch (service) {
    case CloudService::ModelArts: return QLatin1StringView("modelarts");
    case CloudService::ServiceStage: return QLatin1StringView("servicestage");
    case CloudService::Ief: return QLatin1StringView("ief");
    case CloudService::Iam: return QLatin1StringView("iam");
    }
    return {};
}

QUrl httpsHost(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

} // namespace

bool RegionInfo::offers(CloudService service) const
{
    switch (service) {
    case CloudService::ModelArts: return modelArts;
    case CloudService::ServiceStage: return serviceStage;
    case CloudService::Ief: return ief;
    case CloudService::Iam: return iam;
    }
    return false;
}

QString RegionInfo::displayName() const
{
    return QStringLiteral("%1 (%2)").arg(name, id);
}

const QList<RegionInfo> &knownRegions()
{
    static const QList<RegionInfo> table = buildTable();
    return table;
}

const RegionInfo *findRegion(QStringView id)
{
    for (const RegionInfo &r : knownRegions()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString serviceDisplayName(CloudService service)
{
    switch (service) {
    case CloudService::ModelArts: return QStringLiteral("ModelArts");
    case CloudService::ServiceStage: return QStringLiteral("ServiceStage");
    case CloudService::Ief: return QStringLiteral("IEF");
    case CloudService::Iam: return QStringLiteral("IAM");
    }
    return {};
}

QUrl serviceEndpoint(CloudService service, const QString &region)
{
    if (!isValidRegion(region))
        return {};
    const QString usual = hostPrefix(service) + QLatin1Char('.') + region + QLatin1String(".myhuaweicloud.com");
    const RegionInfo *info = findRegion(region);
    if (!info)
        return httpsHost(usual); // newer than the SDK release: the usual host
    if (!info->offers(service))
        return {};
    if (service == CloudService::ModelArts && !info->modelArtsHost.isEmpty())
        return httpsHost(info->modelArtsHost);
    if (service == CloudService::Iam && !info->iamHost.isEmpty())
        return httpsHost(info->iamHost);
    return httpsHost(usual);
}

QList<CloudService> servicesNotOffered(const QString &region)
{
    QList<CloudService> out;
    if (const RegionInfo *info = findRegion(region)) {
        for (CloudService s :
             {CloudService::ModelArts, CloudService::ServiceStage, CloudService::Ief, CloudService::Iam}) {
            if (!info->offers(s))
                out.append(s);
        }
    }
    return out;
}

QString regionIdFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (const RegionInfo &r : knownRegions()) {
        if (t == r.id || t == r.displayName())
            return r.id;
    }
    return t;
}

} // namespace liteops
