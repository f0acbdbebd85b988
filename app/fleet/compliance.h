// SPDX-License-Identifier: Apache-2.0
#pragma once
// Compliance of a server's versions against a target: the fleet's target driver (and
// optionally firmware), or a flavor's own. Versions compare as HDK versions (hdk_version.h);
// an unusual version shape is compared as text and the result says so.
#include "fleet_facts.h"

#include <QHash>
#include <QString>

namespace liteops::fleet {

enum class Compliance {
    Compliant, // every targeted version equals the target
    Outdated,  // some targeted version is before the target
    Ahead,     // none is before, some is after the target
    Unknown,   // the server never reported its versions (or not the targeted one)
    Stale,     // its newest report is older than the stale age
    NoTarget,  // no target applies to the server's flavor
};
inline constexpr int kComplianceCount = 6;

// "compliant", "outdated", ... : the CLI's JSON and CSV, and the settings.
QString complianceKey(Compliance c);
std::optional<Compliance> complianceFromKey(QStringView key);
// Translated label for people.
QString complianceLabel(Compliance c);

struct VersionTarget
{
    QString driver;   // empty: no target
    QString firmware; // empty: firmware is not checked
    bool isSet() const { return !driver.isEmpty() || !firmware.isEmpty(); }
    friend bool operator==(const VersionTarget &, const VersionTarget &) = default;
};

inline constexpr qint64 kDefaultStaleAfterMs = 7LL * 24 * 3600 * 1000;

struct CompliancePolicy
{
    VersionTarget fleet;                    // the whole fleet's target
    QHash<QString, VersionTarget> byFlavor; // a flavor's own target wins over the fleet's
    qint64 staleAfterMs = kDefaultStaleAfterMs;

    VersionTarget targetFor(const QString &flavor) const;
    friend bool operator==(const CompliancePolicy &, const CompliancePolicy &) = default;
};

struct ComplianceResult
{
    Compliance state = Compliance::Unknown;
    bool comparedAsText = false; // a version of unknown shape: the order is a text order
    friend bool operator==(const ComplianceResult &, const ComplianceResult &) = default;
};

// The server's compliance at `nowMs`; `facts` is null when the store has no task on it.
ComplianceResult evaluateCompliance(const ServerFacts *facts, const QString &flavor, const CompliancePolicy &policy,
                                    qint64 nowMs);

} // namespace liteops::fleet
