#include "rerun_request.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace liteops::ui {

RerunSelection rerunCandidates(const Job &job)
{
    RerunSelection s;
    for (const Task &t : job.tasks) {
        const QString id = t.targetId().toString();
        if (id.isEmpty())
            continue;
        if (t.state() == State::Failed && !s.failedServerIds.contains(id))
            s.failedServerIds << id;
        else if (t.state() == State::Skipped && !s.skippedServerIds.contains(id))
            s.skippedServerIds << id;
    }
    return s;
}

CreateJobRequest rerunRequest(const Job &job, bool includeSkipped, const QDateTime &now)
{
    const RerunSelection s = rerunCandidates(job);
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
    r.description = QCoreApplication::translate("liteops::ui::Rerun", "Rerun of the failed servers of job %1").arg(job.id);
    return r;
}

} // namespace liteops::ui
