#include "adaptive_toolbar.h"

#include <QEvent>
#include <QToolBar>

namespace liteops::ui {

AdaptiveToolBar::AdaptiveToolBar(QToolBar *bar, QWidget *window) : QObject(bar), m_bar(bar), m_window(window)
{
    window->installEventFilter(this);
}

void AdaptiveToolBar::update()
{
    // Measured with text each time: the language and the connection combo change its width.
    const Qt::ToolButtonStyle before = m_bar->toolButtonStyle();
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const bool textFits = m_bar->sizeHint().width() <= m_window->width();
    const Qt::ToolButtonStyle wanted = textFits ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    if (wanted != Qt::ToolButtonTextBesideIcon || before != wanted)
        m_bar->setToolButtonStyle(wanted);
}

bool AdaptiveToolBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace liteops::ui
