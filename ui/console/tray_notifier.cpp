// SPDX-License-Identifier: Apache-2.0
#include "tray_notifier.h"

#include "icons.h"

#include <QSystemTrayIcon>

namespace liteops::ui {

TrayNotifier::TrayNotifier(QObject *parent) : Notifier(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("LiteOps"));
        m_tray->show();
    }
}

void TrayNotifier::notify(const Notification &notification)
{
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(notification.title, notification.body,
                            notification.failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
    Notifier::notify(notification);
}

} // namespace liteops::ui
