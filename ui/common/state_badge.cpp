// SPDX-License-Identifier: Apache-2.0
#include "state_badge.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

namespace liteops::ui {

StateBadge::StateBadge(QWidget *parent) : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 10, 2);
    layout->setSpacing(5);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    QFont f = m_text->font();
    f.setBold(true);
    m_text->setFont(f);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    clear();
}

void StateBadge::setState(State state, const QString &rawStatus)
{
    m_state = state;
    m_empty = false;
    const int px = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(stateIcon(state).pixmap(QSize(px, px), devicePixelRatioF()));
    m_text->setText(stateDisplayName(state));
    setToolTip(rawStatus.isEmpty() ? QString() : tr("Status reported by the service: %1").arg(rawStatus));
    setAccessibleName(stateDisplayName(state));
    m_icon->show();
    update();
}

void StateBadge::clear()
{
    m_empty = true;
    m_icon->hide();
    m_text->setText(QString());
    setToolTip(QString());
    update();
}

QString StateBadge::text() const
{
    return m_text->text();
}

void StateBadge::paintEvent(QPaintEvent *)
{
    if (m_empty)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = stateColor(m_state);
    fill.setAlpha(40);
    QColor border = stateColor(m_state);
    border.setAlpha(150);
    p.setPen(QPen(border, 1));
    p.setBrush(fill);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
}

} // namespace liteops::ui
