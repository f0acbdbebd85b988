// SPDX-License-Identifier: Apache-2.0
#include "fleet_facts.h"

#include "message_pattern.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace liteops::fleet {

namespace {

// One row per server in `ids`: its newest kRecentTasks tasks are picked through the
// (server, time) index and folded by window functions into counts and the newest task; its
// newest versions come from the partial index of succeeded query tasks. SQLite reads about a
// dozen index entries per server instead of the whole task table. Both indexes hold
// ModelArts tasks only (ServiceStage steps and IEF nodes are no fleet servers), so every
// query names that provider.
const char kFactsSql[] = R"SQL(
WITH ids(id) AS (%1),
recent AS (
  SELECT t.server_id AS sid, t.job_id, t.state, t.message, t.sort_at,
    row_number() OVER w AS rn,
    sum(t.state <> 'failed') OVER (w ROWS UNBOUNDED PRECEDING) AS ok_so_far
  FROM ids JOIN tasks t ON t.rowid IN (
    SELECT rowid FROM tasks INDEXED BY tasks_server_time
    WHERE server_id = ids.id AND provider = 'modelarts' ORDER BY sort_at DESC LIMIT %2)
  WINDOW w AS (PARTITION BY t.server_id ORDER BY t.sort_at DESC, t.rowid DESC)
),
health AS (
  SELECT sid, count(*) AS n, sum(state = 'failed') AS failures, sum(ok_so_far = 0) AS streak,
    max(CASE WHEN rn = 1 THEN job_id END) AS last_job,
    max(CASE WHEN rn = 1 THEN state END) AS last_state,
    max(CASE WHEN rn = 1 THEN sort_at END) AS last_at,
    group_concat(CASE WHEN state = 'failed' THEN message END, char(30)) AS failed_messages
  FROM recent GROUP BY sid
)
SELECT h.sid, h.n, h.failures, h.streak, h.last_job, j.type, h.last_state, h.last_at,
  h.failed_messages, v.driver, v.firmware, v.sort_at, v.job_id
FROM health h
LEFT JOIN jobs j ON j.id = h.last_job
LEFT JOIN tasks v ON v.rowid = (
  SELECT rowid FROM tasks INDEXED BY tasks_server_versions
  WHERE server_id = h.sid AND provider = 'modelarts' AND state = 'succeeded'
    AND (driver IS NOT NULL OR firmware IS NOT NULL)
  ORDER BY sort_at DESC LIMIT 1)
)SQL";

constexpr QChar kMessageSeparator(0x1e);

QString factsSql(const QString &ids)
{
    return QString::fromLatin1(kFactsSql).arg(ids).arg(kRecentTasks);
}

qint64 timeOf(const QVariant &v)
{
    return v.isNull() ? kUnknownTime : v.toLongLong();
}

ServerFacts factsFrom(const QSqlQuery &q)
{
    ServerFacts f;
    f.serverId = q.value(0).toString();
    f.recentTasks = q.value(1).toInt();
    f.failuresRecent = q.value(2).toInt();
    f.failureStreak = q.value(3).toInt();
    f.lastJobId = q.value(4).toString();
    f.lastJobType = q.value(5).toString();
    f.lastOutcome = stateFromKey(q.value(6).toString()).value_or(State::Unknown);
    f.lastAtMs = timeOf(q.value(7));
    if (f.failuresRecent > 0) {
        const auto [cluster, count] = topCluster(q.value(8).toString().split(kMessageSeparator));
        f.topErrorCluster = cluster;
        f.topErrorCount = count;
    }
    f.driver = q.value(9).toString();
    f.firmware = q.value(10).toString();
    f.queriedAtMs = timeOf(q.value(11));
    f.queryJobId = q.value(12).toString();
    return f;
}

QHash<QString, ServerFacts> run(QSqlQuery &q)
{
    QHash<QString, ServerFacts> facts;
    if (!q.exec())
        return facts;
    while (q.next()) {
        ServerFacts f = factsFrom(q);
        facts.insert(f.serverId, std::move(f));
    }
    return facts;
}

} // namespace

QHash<QString, ServerFacts> readAllFacts(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(factsSql(QStringLiteral("SELECT DISTINCT server_id FROM tasks INDEXED BY tasks_server_time"
                                      " WHERE server_id IS NOT NULL AND provider = 'modelarts'")));
    return run(q);
}

QHash<QString, ServerFacts> readFacts(const QSqlDatabase &db, const QStringList &serverIds)
{
    if (serverIds.isEmpty())
        return {};
    // The ids travel as one JSON array parameter: one statement for any number of servers.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(factsSql(QStringLiteral("SELECT DISTINCT value FROM json_each(?)")));
    q.bindValue(0,
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(serverIds)).toJson(QJsonDocument::Compact)));
    return run(q);
}

QStringList serversOfJob(const QSqlDatabase &db, const QString &jobId)
{
    QStringList ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT server_id FROM tasks WHERE job_id = ? AND server_id IS NOT NULL"
                             " AND provider = 'modelarts'"));
    q.bindValue(0, jobId);
    if (!q.exec())
        return ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

std::pair<QString, int> topCluster(const QStringList &messages)
{
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const QString &message : messages) {
        const QString shape = normaliseMessage(message);
        if (shape.isEmpty())
            continue;
        const int n = ++counts[shape];
        // Strictly more: a tie keeps the shape that reached the count first (the newer one).
        if (n > bestCount) {
            best = shape;
            bestCount = n;
        }
    }
    return {best, bestCount};
}

} // namespace liteops::fleet
