// SPDX-License-Identifier: Apache-2.0
#include "adaptive_toolbar.h"

#include <QEvent>
#include <QLayout>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

namespace liteops::ui {

AdaptiveToolBar::AdaptiveToolBar(QToolBar *bar, QWidget *window) : QObject(bar), m_bar(bar), m_window(window)
{
    window->installEventFilter(this);
}

// The width the bar's items want in their current style, summed from each item's own size
// hint (a button's is updated as soon as its style changes; the bar's layout is not until
// the next layout pass), with the spacing, margins and frame around them.
int AdaptiveToolBar::wantedWidth() const
{
    const QStyle *style = m_bar->style();
    const int spacing = m_bar->layout() ? m_bar->layout()->spacing() : 0;
    int width = 0;
    for (QAction *a : m_bar->actions()) {
        QWidget *w = m_bar->widgetForAction(a);
        if (a->isVisible() && w)
            width += w->sizeHint().width() + spacing;
    }
    const QMargins m = m_bar->contentsMargins();
    return width + m.left() + m.right() + 2 * style->pixelMetric(QStyle::PM_ToolBarFrameWidth, nullptr, m_bar)
           + 2 * style->pixelMetric(QStyle::PM_ToolBarItemMargin, nullptr, m_bar)
           + style->pixelMetric(QStyle::PM_ToolBarHandleExtent, nullptr, m_bar);
}

void AdaptiveToolBar::update()
{
    // Measured with text each time: the language and the connection combo change its width.
    const Qt::ToolButtonStyle before = m_bar->toolButtonStyle();
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int extension = m_bar->style()->pixelMetric(QStyle::PM_ToolBarExtensionExtent, nullptr, m_bar);
    const bool textFits = wantedWidth() + extension <= m_window->width();
    const Qt::ToolButtonStyle wanted = textFits ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    if (wanted != Qt::ToolButtonTextBesideIcon || before != wanted)
        m_bar->setToolButtonStyle(wanted);
    if (wanted == Qt::ToolButtonTextBesideIcon)
        QTimer::singleShot(0, this, &AdaptiveToolBar::checkOverflow);
}

// After the bar's next layout pass: if its overflow arrow shows anyway (a width the sum
// above misjudged), the texts go.
void AdaptiveToolBar::checkOverflow()
{
    const auto *arrow = m_bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
    if (arrow && arrow->isVisible() && m_bar->toolButtonStyle() != Qt::ToolButtonIconOnly)
        m_bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

bool AdaptiveToolBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace liteops::ui
