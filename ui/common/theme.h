// SPDX-License-Identifier: Apache-2.0
#pragma once
// View › Theme: the platform's own look, or LiteOps' light or dark palette on the Fusion
// style (the same on every platform, and the only way to a real dark theme where the
// desktop offers none). The icons follow the palette (icons.cpp), so they stay readable.
#include <QString>

namespace liteops::ui {

enum class Theme { System, Light, Dark };

// Stored by name ("system", "light", "dark"), not by position, so a reordered menu never
// changes a saved choice. An unknown or missing name is System.
QString themeKey(Theme theme);
Theme themeFromKey(const QString &key);

Theme storedTheme();
void storeTheme(Theme theme);

// Applies `theme` to the whole application; System restores the style and palette the
// application started with.
void applyTheme(Theme theme);
Theme currentTheme();

} // namespace liteops::ui
