// SPDX-License-Identifier: Apache-2.0
#include "window_fit.h"

#include <QMargins>

namespace liteops::ui {

QRect fitWindow(const QRect &window, const QMargins &frame, const QRect &available)
{
    const QRect area = available.marginsRemoved(frame);
    if (area.contains(window))
        return window;
    QRect fitted(window.topLeft(), window.size().boundedTo(area.size()));
    // Move inside: right/bottom edges first, then left/top win when it is still too big.
    if (fitted.right() > area.right())
        fitted.moveRight(area.right());
    if (fitted.bottom() > area.bottom())
        fitted.moveBottom(area.bottom());
    if (fitted.left() < area.left())
        fitted.moveLeft(area.left());
    if (fitted.top() < area.top())
        fitted.moveTop(area.top());
    return fitted;
}

QSize firstWindowSize(const QSize &preferred, const QRect &available)
{
    return preferred.boundedTo(QSize(available.width() * 95 / 100, available.height() * 95 / 100));
}

} // namespace liteops::ui
