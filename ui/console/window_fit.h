// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where a window may go on a screen: a first window (or a restored one from a bigger
// screen, or from before the scale factor changed) is shrunk and moved so it fits the
// screen's available area whole. Geometry only, no widgets.
#include <QRect>

namespace liteops::ui {

// `window`: the client area wanted; `frame`: what the window frame adds on each side
// (left, top, right, bottom); `available`: the screen's available geometry. Returns the
// client area to use: the same when it fits, else shrunk to fit and moved inside.
QRect fitWindow(const QRect &window, const QMargins &frame, const QRect &available);

// The first window's size: the preferred one, shrunk to 95% of the available area.
QSize firstWindowSize(const QSize &preferred, const QRect &available);

} // namespace liteops::ui
