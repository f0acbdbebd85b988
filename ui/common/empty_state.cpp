// SPDX-License-Identifier: Apache-2.0
#include "empty_state.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace liteops::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_hint(new QLabel(this)), m_action(new QPushButton(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    for (QLabel *l : {m_title, m_hint}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        layout->addWidget(l);
    }
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);
}

void EmptyState::setContent(const QString &title, const QString &hint, const QString &actionText)
{
    m_title->setText(title);
    m_hint->setText(hint);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}
QString EmptyState::hint() const
{
    return m_hint->text();
}

} // namespace liteops::ui
