// SPDX-License-Identifier: Apache-2.0
#include "compliance_settings.h"

#include <QSettings>

#include <memory>

namespace liteops::fleet {

namespace {

// Runs `use` on the given settings, or on a default QSettings made for the call.
template <typename Fn>
auto withSettings(QSettings *given, Fn use)
{
    std::unique_ptr<QSettings> own;
    if (!given)
        own = std::make_unique<QSettings>();
    return use(given ? *given : *own);
}

} // namespace

QString ComplianceSettings::group(const QString &profile)
{
    // An unnamed connection (environment only) still gets a place of its own.
    const QString name = profile.isEmpty() ? QStringLiteral("(default)") : profile;
    return QStringLiteral("profiles/") + name + QStringLiteral("/fleet");
}

CompliancePolicy ComplianceSettings::load(const QString &profile) const
{
    return withSettings(m_settings, [&](QSettings &s) {
        CompliancePolicy p;
        s.beginGroup(group(profile));
        p.fleet.driver = s.value(QStringLiteral("targetDriver")).toString();
        p.fleet.firmware = s.value(QStringLiteral("targetFirmware")).toString();
        const qint64 stale = s.value(QStringLiteral("staleAfterMs"), kDefaultStaleAfterMs).toLongLong();
        p.staleAfterMs = stale > 0 ? stale : kDefaultStaleAfterMs;
        // An array rather than one key per flavor: flavor names may hold '/' or '.'.
        const int n = s.beginReadArray(QStringLiteral("flavorTargets"));
        for (int i = 0; i < n; ++i) {
            s.setArrayIndex(i);
            const QString flavor = s.value(QStringLiteral("flavor")).toString();
            const VersionTarget t{s.value(QStringLiteral("driver")).toString(),
                                  s.value(QStringLiteral("firmware")).toString()};
            if (!flavor.isEmpty() && t.isSet())
                p.byFlavor.insert(flavor, t);
        }
        s.endArray();
        s.endGroup();
        return p;
    });
}

void ComplianceSettings::save(const QString &profile, const CompliancePolicy &policy) const
{
    withSettings(m_settings, [&](QSettings &s) {
        s.beginGroup(group(profile));
        s.remove(QString()); // the whole group: flavors no longer targeted go too
        s.setValue(QStringLiteral("targetDriver"), policy.fleet.driver);
        s.setValue(QStringLiteral("targetFirmware"), policy.fleet.firmware);
        s.setValue(QStringLiteral("staleAfterMs"), policy.staleAfterMs);
        s.beginWriteArray(QStringLiteral("flavorTargets"), int(policy.byFlavor.size()));
        int i = 0;
        for (auto it = policy.byFlavor.cbegin(); it != policy.byFlavor.cend(); ++it, ++i) {
            s.setArrayIndex(i);
            s.setValue(QStringLiteral("flavor"), it.key());
            s.setValue(QStringLiteral("driver"), it->driver);
            s.setValue(QStringLiteral("firmware"), it->firmware);
        }
        s.endArray();
        s.endGroup();
        s.sync();
        return 0;
    });
}

} // namespace liteops::fleet
