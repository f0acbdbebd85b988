// SPDX-License-Identifier: Apache-2.0
#include "notifier.h"

namespace liteops {

Notification finishedJobNotification(const Job &job, int namesShown)
{
    Notification n;
    n.jobId = job.id;
    const QString name = job.name.isEmpty() ? job.id : job.name;
    const TaskCounts counts = job.counts();
    QStringList failedNames;
    for (const Task &t : job.tasks) {
        if (t.state() != State::Failed)
            continue;
        if (failedNames.size() >= namesShown)
            break;
        failedNames << (t.targetName().isEmpty() ? t.targetId().toString() : t.targetName().toString());
    }
    int failed = counts.failed;
    if (counts.total == 0 && job.abnormalCount > 0)
        failed = job.abnormalCount;
    n.failed = failed > 0 || job.state == State::Failed || job.state == State::Partial;
    if (failed > 0) {
        n.title = Notifier::tr("Job %1 finished with failures").arg(name);
        QString body = Notifier::tr("%1 of %2 servers failed.", nullptr, failed)
                           .arg(failed)
                           .arg(counts.total > 0 ? counts.total : failed);
        if (!failedNames.isEmpty()) {
            body += QLatin1Char(' ') + Notifier::tr("First: %1").arg(failedNames.join(QStringLiteral(", ")));
            if (failed > failedNames.size())
                body += Notifier::tr(", …");
        }
        n.body = body;
    } else {
        n.title = Notifier::tr("Job %1 finished: %2").arg(name, stateDisplayName(job.state));
        n.body = counts.total > 0 ? Notifier::tr("All %n servers done, none failed.", nullptr, counts.total)
                                  : Notifier::tr("The job has ended.");
    }
    return n;
}

Notifier::Notifier(QObject *parent) : QObject(parent) {}

void Notifier::notify(const Notification &notification)
{
    emit notified(notification);
}

} // namespace liteops
