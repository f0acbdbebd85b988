// SPDX-License-Identifier: Apache-2.0
#pragma once
// Service endpoints. A region gives all four from the official SDKs' region table
// (regions.h); any of them can be overridden (a private gateway, the local simulator, a
// proxy).
#include <QString>
#include <QUrl>

namespace liteops {

struct Endpoints
{
    QUrl modelArts;    // https://modelarts.{region}.myhuaweicloud.com (.cn for ap-southeast-1)
    QUrl serviceStage; // https://servicestage.{region}.myhuaweicloud.com
    QUrl ief;          // https://ief.{region}.myhuaweicloud.com
    QUrl iam;          // https://iam.{region}.myhuaweicloud.com

    // From a region id such as "cn-north-4", by the SDKs' region table: empty for a service
    // the SDKs do not offer in a region they know; the usual host
    // https://{service}.{region}.myhuaweicloud.com for a region they do not know; all empty
    // for an empty or malformed region (letters, digits and '-' only).
    static Endpoints forRegion(const QString &region);

    // Each non-empty URL of `overrides` replaces the one here.
    Endpoints withOverrides(const Endpoints &overrides) const;

    bool isEmpty() const { return modelArts.isEmpty() && serviceStage.isEmpty() && ief.isEmpty() && iam.isEmpty(); }

    friend bool operator==(const Endpoints &, const Endpoints &) = default;
};

// True for a region id the endpoints can be derived from ("cn-north-4", "ap-southeast-1").
bool isValidRegion(const QString &region);

} // namespace liteops
