// SPDX-License-Identifier: Apache-2.0
#include "compliance.h"

#include "hdk_version.h"

#include <QCoreApplication>

namespace liteops::fleet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiteOpsFleet)
};

const char *const kKeys[kComplianceCount] = {"compliant", "outdated", "ahead", "unknown", "stale", "no_target"};

// -1 behind the target, 0 equal, +1 ahead; `asText` set when the order is a text order.
int compareToTarget(const QString &version, const QString &target, bool *asText)
{
    const HdkVersionComparison c = compareHdkVersions(version, target);
    *asText = *asText || c.asText;
    return c.order;
}

} // namespace

QString complianceKey(Compliance c)
{
    return QString::fromLatin1(kKeys[int(c)]);
}

std::optional<Compliance> complianceFromKey(QStringView key)
{
    for (int i = 0; i < kComplianceCount; ++i) {
        if (key == QLatin1String(kKeys[i]))
            return Compliance(i);
    }
    return std::nullopt;
}

QString complianceLabel(Compliance c)
{
    switch (c) {
    case Compliance::Compliant: return Tr::tr("Compliant");
    case Compliance::Outdated: return Tr::tr("Outdated");
    case Compliance::Ahead: return Tr::tr("Ahead");
    case Compliance::Unknown: return Tr::tr("Unknown");
    case Compliance::Stale: return Tr::tr("Stale");
    case Compliance::NoTarget: return Tr::tr("No target");
    }
    return {};
}

VersionTarget CompliancePolicy::targetFor(const QString &flavor) const
{
    const auto it = byFlavor.constFind(flavor);
    return it != byFlavor.cend() && it->isSet() ? *it : fleet;
}

ComplianceResult evaluateCompliance(const ServerFacts *facts, const QString &flavor, const CompliancePolicy &policy,
                                    qint64 nowMs)
{
    if (!facts || !facts->hasVersions())
        return {Compliance::Unknown, false};
    if (nowMs - facts->queriedAtMs > policy.staleAfterMs)
        return {Compliance::Stale, false};
    const VersionTarget target = policy.targetFor(flavor);
    if (!target.isSet())
        return {Compliance::NoTarget, false};
    // A targeted version the server did not report leaves its compliance unknown.
    if ((!target.driver.isEmpty() && facts->driver.isEmpty())
        || (!target.firmware.isEmpty() && facts->firmware.isEmpty()))
        return {Compliance::Unknown, false};
    bool asText = false;
    const int driver = target.driver.isEmpty() ? 0 : compareToTarget(facts->driver, target.driver, &asText);
    const int firmware = target.firmware.isEmpty() ? 0 : compareToTarget(facts->firmware, target.firmware, &asText);
    // Behind on either one is outdated, whatever the other says: it still needs an upgrade.
    if (driver < 0 || firmware < 0)
        return {Compliance::Outdated, asText};
    if (driver > 0 || firmware > 0)
        return {Compliance::Ahead, asText};
    return {Compliance::Compliant, asText};
}

} // namespace liteops::fleet
