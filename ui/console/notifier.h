#pragma once
// Desktop notifications for watched jobs. The console talks to a Notifier it is given, so
// tests can observe what would be shown (notified()) without a system tray.
#include "core/types.h"

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace liteops::ui {

struct Notification
{
    QString jobId;
    QString title;
    QString body;
    bool failed = false; // some servers failed or the job did not succeed
};

// Builds the text for a job that just finished: how it ended, how many servers failed and
// the first few of their names.
Notification finishedJobNotification(const Job &job, int namesShown = 3);

class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QObject *parent = nullptr);
    // Shows the notification (tray balloon where a tray exists) and emits notified().
    virtual void notify(const Notification &notification);

signals:
    void notified(const liteops::ui::Notification &notification);
};

// Notifier using QSystemTrayIcon when the platform has a tray.
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
