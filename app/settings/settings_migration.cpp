// SPDX-License-Identifier: Apache-2.0
#include "settings_migration.h"

#include "setting_value.h"
#include "core/state.h"
#include "task_tree_model.h"

#include <QSettings>

#include <array>

namespace liteops {

namespace {

const auto kVersionKey = QStringLiteral("settings/version");
const auto kTaskGroupingKey = QStringLiteral("console/taskGrouping");
const auto kRecentJobsArray = QStringLiteral("console/recentJobs");

// The grouping combo's entries in version 1, in their order then. Written out rather than
// derived from the enum: the point is that the enum and the combo may change.
constexpr std::array kVersion1GroupingByIndex = {TaskTreeModel::Grouping::ByState,
                                                 TaskTreeModel::Grouping::ByErrorCluster,
                                                 TaskTreeModel::Grouping::Flat};
// Provider's values in version 1.
constexpr std::array kVersion1ProviderByValue = {Provider::ModelArts, Provider::ServiceStage, Provider::Ief};

// Version 1 read both numbers with toInt() and clamped them into range; so does this.
template <typename Table>
auto fromVersion1Number(const QVariant &stored, const Table &table)
{
    const int index = qBound(0, stored.toInt(), int(table.size()) - 1);
    return table[size_t(index)];
}

void migrateTaskGrouping(QSettings &settings)
{
    const QVariant stored = settings.value(kTaskGroupingKey);
    bool isKey = false;
    QMetaEnum::fromType<TaskTreeModel::Grouping>().keyToValue(stored.toString().toLatin1().constData(), &isKey);
    if (stored.isNull() || isKey)
        return;
    SettingValue<TaskTreeModel::Grouping>(kTaskGroupingKey)
        .write(settings, fromVersion1Number(stored, kVersion1GroupingByIndex));
}

void migrateRecentJobProviders(QSettings &settings)
{
    const int n = settings.beginReadArray(kRecentJobsArray);
    settings.endArray();
    if (n == 0)
        return;
    // beginReadArray does not allow writes; the size is rewritten unchanged.
    settings.beginWriteArray(kRecentJobsArray, n);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QVariant stored = settings.value(QStringLiteral("provider"));
        if (providerFromKey(stored.toString()))
            continue;
        const Provider provider = fromVersion1Number(stored, kVersion1ProviderByValue);
        settings.setValue(QStringLiteral("provider"), QString(providerKey(provider)));
    }
    settings.endArray();
}

} // namespace

// A value already stored by key is left alone: a build that wrote keys without migrating
// first (a test, a downgrade and upgrade) must not lose them.
void migrateSettings(QSettings &settings)
{
    const int version = settings.value(kVersionKey, 1).toInt();
    if (version >= kSettingsVersion)
        return;
    migrateTaskGrouping(settings);
    migrateRecentJobProviders(settings);
    settings.setValue(kVersionKey, kSettingsVersion);
}

} // namespace liteops
