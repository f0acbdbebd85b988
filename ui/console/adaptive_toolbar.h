// SPDX-License-Identifier: Apache-2.0
#pragma once
// Keeps every toolbar action on screen in a narrow window: the buttons show their text
// while the whole bar fits the window's width, and only their icons (the tooltip still
// names them and their shortcut) when it does not, instead of hiding the last ones behind
// the overflow arrow.
#include <QObject>

class QToolBar;

namespace liteops::ui {

class AdaptiveToolBar : public QObject
{
public:
    // Watches `window`'s resizes; `bar` is one of its toolbars.
    AdaptiveToolBar(QToolBar *bar, QWidget *window);

    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int wantedWidth() const;
    void checkOverflow();

    QToolBar *m_bar;
    QWidget *m_window;
};

} // namespace liteops::ui
