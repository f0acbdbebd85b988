// SPDX-License-Identifier: Apache-2.0
#pragma once
// SVG icons from the resources, drawn at any device pixel ratio. Action icons are drawn in the
// palette's text colour so they follow the system light/dark theme; state icons keep their
// own colours and each state has its own shape, so no state is told apart by colour alone.
#include "core/state.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QAction;
class QObject;

namespace liteops::ui {

// `name` is the file name without ".svg" under resources/icons ("refresh", "export", ...).
QIcon actionIcon(const QString &name);
QIcon stateIcon(State state);
QIcon appIcon();

// A named action with an optional icon (`icon` as for actionIcon; empty: none) whose tooltip
// and status tip say `tip`; the one way every action of the console is made.
QAction *makeNamedAction(QObject *parent, const QString &objectName, const QString &text, const QString &icon,
                         const QString &tip);

// An accent colour per state, readable on both light and dark window backgrounds. Only ever
// used beside the state's icon and text.
QColor stateColor(State state);

} // namespace liteops::ui
