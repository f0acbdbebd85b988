// SPDX-License-Identifier: Apache-2.0
#pragma once
// A job or task state shown as icon + translated text on a lightly tinted pill. The raw
// status word is the tooltip (users search for it).
#include "core/state.h"

#include <QWidget>

class QLabel;

namespace liteops::ui {

class StateBadge : public QWidget
{
    Q_OBJECT
public:
    explicit StateBadge(QWidget *parent = nullptr);

    void setState(State state, const QString &rawStatus = QString());
    void clear();
    State state() const { return m_state; }
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    State m_state = State::Unknown;
    bool m_empty = true;
};

} // namespace liteops::ui
