// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where a profile's compliance policy is remembered: QSettings under the profile's group
// ("profiles/<name>/fleet"), so each connection profile keeps its own targets. The console
// and the CLI read the same keys.
#include "compliance.h"

#include <QString>

class QSettings;

namespace liteops::fleet {

class ComplianceSettings
{
public:
    // `settings` is not owned; null uses a default-constructed QSettings.
    explicit ComplianceSettings(QSettings *settings = nullptr) : m_settings(settings) {}

    CompliancePolicy load(const QString &profile) const;
    void save(const QString &profile, const CompliancePolicy &policy) const;

private:
    static QString group(const QString &profile);
    QSettings *m_settings;
};

} // namespace liteops::fleet
