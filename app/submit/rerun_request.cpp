// SPDX-License-Identifier: Apache-2.0
#include "rerun_request.h"

#include "message_pattern.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace liteops {

RerunSelection rerunCandidates(const Job &job, const QString &clusterText)
{
    RerunSelection s;
    // Sets answer "already listed?" in O(1): a 20,000-task job with thousands of failures
    // would otherwise search the list once per task.
    QSet<QString> failed;
    QSet<QString> skipped;
    for (const Task &t : job.tasks) {
        const QString id = t.targetId().toString();
        if (id.isEmpty())
            continue;
        if (!clusterText.isEmpty() && !normaliseMessage(t.message()).contains(clusterText, Qt::CaseInsensitive))
            continue;
        if (t.state() == State::Failed) {
            if (!failed.contains(id)) {
                failed.insert(id);
                s.failedServerIds << id;
            }
        } else if (t.state() == State::Skipped && !skipped.contains(id)) {
            skipped.insert(id);
            s.skippedServerIds << id;
        }
    }
    return s;
}

CreateJobRequest rerunRequest(const Job &job, bool includeSkipped, const QDateTime &now, const QString &clusterText)
{
    const RerunSelection s = rerunCandidates(job, clusterText);
    CreateJobRequest r;
    r.type = job.type;
    r.items = job.items;
    r.serverIds = s.failedServerIds;
    if (includeSkipped)
        r.serverIds += s.skippedServerIds;
    const QString suffix = QStringLiteral("-rerun-") + now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    QString base = job.name;
    static const QRegularExpression bad(QStringLiteral("[^-_.a-zA-Z0-9]"));
    base.replace(bad, QStringLiteral("_"));
    if (base.isEmpty())
        base = QStringLiteral("job");
    r.name = base.left(64 - suffix.size()) + suffix;
    r.description = QCoreApplication::translate("liteops::Rerun", "Rerun of the failed servers of job %1").arg(job.id);
    return r;
}

} // namespace liteops
