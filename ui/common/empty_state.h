// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a view shows when it has nothing: a title saying why, a line saying what to do next,
// and optionally a button that does it.
#include <QWidget>

class QLabel;
class QPushButton;

namespace liteops::ui {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setContent(const QString &title, const QString &hint, const QString &actionText = QString());
    QString title() const;
    QString hint() const;

signals:
    void actionTriggered();

private:
    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_action;
};

} // namespace liteops::ui
