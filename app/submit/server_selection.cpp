#include "server_selection.h"

#include "rerun_request.h"

#include <QCoreApplication>
#include <QSet>

namespace liteops {

QList<SelectedServer> serversOfTasks(const Job &job, const QStringList &taskIds)
{
    const QSet<QString> wanted(taskIds.cbegin(), taskIds.cend());
    QList<SelectedServer> out;
    QSet<QString> seen;
    for (const Task &t : job.tasks) {
        if (!wanted.contains(t.id().toString()))
            continue;
        const QString id = t.targetId().toString();
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        const QString name = t.targetName().toString();
        out.append({id, name.isEmpty() ? id : name});
    }
    return out;
}

QStringList serverIdsOf(const QList<SelectedServer> &servers)
{
    QStringList out;
    out.reserve(servers.size());
    for (const SelectedServer &s : servers)
        out << s.id;
    return out;
}

QStringList serverNamesOf(const QList<SelectedServer> &servers)
{
    QStringList out;
    out.reserve(servers.size());
    for (const SelectedServer &s : servers)
        out << s.name;
    return out;
}

CreateJobRequest rerunOnServers(const Job &job, const QStringList &serverIds, const QDateTime &now)
{
    // Same type, items and naming as "Rerun failed nodes"; only the servers differ.
    CreateJobRequest r = rerunRequest(job, false, now);
    r.serverIds = serverIds;
    r.description = QCoreApplication::translate("liteops::Rerun", "Rerun of job %1 on %n selected server(s)", nullptr,
                                                int(serverIds.size()))
                        .arg(job.id);
    return r;
}

} // namespace liteops
