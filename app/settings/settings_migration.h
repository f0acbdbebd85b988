// SPDX-License-Identifier: Apache-2.0
#pragma once
// Settings older LiteOps versions wrote, converted once to today's form. The version lives
// in the settings themselves ("settings/version"); a file without it is version 1.
//
// Version 1 stored two enums by number: the task grouping as the grouping combo's index
// (0 by state, 1 by error, 2 no grouping) and a recent job's provider as Provider's value.
// Version 2 stores both by key ("ByErrorCluster", "servicestage").
class QSettings;

namespace liteops {

inline constexpr int kSettingsVersion = 2;

// Does nothing when the settings are already at kSettingsVersion.
void migrateSettings(QSettings &settings);

} // namespace liteops
