// SPDX-License-Identifier: Apache-2.0
#include "server_selection.h"

#include "rerun_request.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

QString rerunName(const QString &jobName)
{
    static const QRegularExpression bad(QStringLiteral("[^-_.a-zA-Z0-9]"));
    static const QRegularExpression numbered(QStringLiteral("-rerun-(\\d{1,6})$"));
    QString base = jobName;
    base.replace(bad, QStringLiteral("_"));
    int n = 1;
    if (const QRegularExpressionMatch m = numbered.match(base); m.hasMatch()) {
        n = m.captured(1).toInt() + 1;
        base.chop(m.capturedLength());
    }
    if (base.isEmpty())
        base = QStringLiteral("job");
    const QString suffix = QStringLiteral("-rerun-%1").arg(n);
    constexpr int kWaveSuffix = 4; // "-w01"
    return base.left(64 - kWaveSuffix - suffix.size()) + suffix;
}

CreateJobRequest rerunOnServers(const Job &job, const QStringList &serverIds, const QDateTime &now)
{
    // Same type and items as "Rerun failed nodes"; the servers and the name differ.
    CreateJobRequest r = rerunRequest(job, false, now);
    r.serverIds = serverIds;
    r.name = rerunName(job.name);
    r.description = QCoreApplication::translate("liteops::Rerun", "Rerun of job %1 on %n selected server(s)", nullptr,
                                                int(serverIds.size()))
                        .arg(job.id);
    return r;
}

} // namespace liteops
