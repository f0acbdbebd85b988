// SPDX-License-Identifier: Apache-2.0
#pragma once
// The region table of the official Huawei Cloud SDKs (Python and Go v3, release 3.1.211):
// which regions each service LiteOps speaks is offered in, and the hosts that differ from
// https://{service}.{region}.myhuaweicloud.com. Taken from the SDKs' region files
// (huaweicloudsdk{modelarts,servicestage,ief,iam}/.../region/*_region.py and
// services/*/region/region.go); docs/CLOUD-FIDELITY.md names each file.
//
// Display names ("CN North-Beijing4") are Huawei Cloud's console names, which the region
// files do not carry; where no public name is known the area alone is given.
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace liteops {

enum class CloudService { ModelArts, ServiceStage, Ief, Iam };

struct RegionInfo
{
    QString id;   // "cn-north-4"
    QString name; // "CN North-Beijing4" (English, as the console shows it)
    bool modelArts = false;
    bool serviceStage = false;
    bool ief = false;
    bool iam = false;
    QString modelArtsHost; // empty: the usual host; "modelarts.ap-southeast-1.myhuaweicloud.cn"
    QString iamHost;       // empty: the usual host; "iam.eu-west-101.myhuaweicloud.eu"

    bool offers(CloudService service) const;
    // "CN North-Beijing4 (cn-north-4)"
    QString displayName() const;
};

// Every region any of the four services is offered in, in a stable geographic order.
const QList<RegionInfo> &knownRegions();
// The region with this id, or nullptr.
const RegionInfo *findRegion(QStringView id);

// "ModelArts", "ServiceStage", "IEF", "IAM".
QString serviceDisplayName(CloudService service);

// The endpoint of `service` in `region` from the table; for a region id the table does not
// know (a region newer than the SDK release), the usual derived host; empty when the table
// knows the region and the SDKs do not offer the service there, or the id is malformed.
QUrl serviceEndpoint(CloudService service, const QString &region);

// The services the table says are not offered in a known region (empty for unknown ones).
QList<CloudService> servicesNotOffered(const QString &region);

// The region id in a text typed or picked in a region box: the id itself, or a display
// name "NAME (id)" of a known region. Anything else is returned trimmed, as typed.
QString regionIdFromText(const QString &text);

} // namespace liteops
