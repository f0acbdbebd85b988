// SPDX-License-Identifier: Apache-2.0
#pragma once
// Desktop notifications for watched jobs. The console talks to a Notifier it is given, so
// tests can observe what would be shown (notified()) without a system tray; the one that
// shows a tray balloon is ui/console/tray_notifier.h.
#include "core/types.h"

#include <QObject>
#include <QString>

namespace liteops {

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
    // Emits notified(); a subclass shows it too.
    virtual void notify(const Notification &notification);

signals:
    void notified(const liteops::Notification &notification);
};

} // namespace liteops
