// SPDX-License-Identifier: Apache-2.0
#pragma once
// The console's Notifier: a tray balloon where the platform has a tray.
#include "notifier.h"

class QSystemTrayIcon;

namespace liteops::ui {

class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    void notify(const Notification &notification) override;

private:
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace liteops::ui
