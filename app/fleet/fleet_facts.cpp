// SPDX-License-Identifier: Apache-2.0
#include "fleet_facts.h"

#include "message_pattern.h"
#include "task_scan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <numeric>

namespace liteops::fleet {

namespace {

// One row per server in `ids`: its newest kRecentTasks tasks are picked through the
// (server, time) index and folded by window functions into counts and the newest task; its
// newest versions come from the partial index of succeeded query tasks. Ties in time are
// spelled out: the recent tasks take the higher rowid first (the index alone would give the
// lower, so a tie at the tenth place took a different task than the window's order), the
// versions the lower rowid, the index's own order; readAllFacts folds in the same orders. SQLite reads about a
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
    WHERE server_id = ids.id AND provider = 'modelarts' ORDER BY sort_at DESC, rowid DESC LIMIT %2)
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
  ORDER BY sort_at DESC, rowid LIMIT 1)
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

// ---- Every server: one pass over the task rows ---------------------------------------
//
// For all servers, 20,000 index seeks each followed by a window sort cost three times one
// sequential read of the table (issue 17's bench). So readAllFacts reads every ModelArts task
// row once, in table order, and keeps per server what the SQL above picks: the newest
// kRecentTasks tasks by (sort_at DESC, rowid DESC), and the newest succeeded task with
// versions by (sort_at DESC, rowid ASC), the order of the tasks_server_versions index. A NULL
// sort_at reads as kUnknownTime, the smallest value: last, as SQLite orders NULLs.

struct RecentTask
{
    qint64 sortAt = kUnknownTime;
    qint64 rowid = 0;
    State state = State::Unknown;
    int job = -1;    // in FactsFolder::jobIds(): an index, no string to copy or release
    QString message; // failed tasks only
};

// Newer in the recent tasks' order.
bool newer(const RecentTask &a, const RecentTask &b)
{
    return a.sortAt != b.sortAt ? a.sortAt > b.sortAt : a.rowid > b.rowid;
}

struct ServerFold
{
    // The newest tasks so far, in no order (newestFirst() sorts them): rows come mostly oldest
    // first, so a full fold replaces its oldest task rather than moving the other nine.
    std::array<RecentTask, kRecentTasks> recent;
    int count = 0;
    int oldest = 0; // in recent, once count == kRecentTasks
    qint64 versionsAt = kUnknownTime;
    qint64 versionsRowid = -1; // -1: no versions yet
    QString driver;
    QString firmware;
    QString queryJobId;

    // Whether `task` is among the newest kRecentTasks so far.
    bool keeps(const RecentTask &task) const { return count < kRecentTasks || newer(task, recent[size_t(oldest)]); }

    void addRecent(RecentTask task)
    {
        const int at = count < kRecentTasks ? count++ : oldest;
        recent[size_t(at)] = std::move(task);
        if (count == kRecentTasks) {
            oldest = 0;
            for (int i = 1; i < kRecentTasks; ++i) {
                if (newer(recent[size_t(oldest)], recent[size_t(i)]))
                    oldest = i;
            }
        }
    }

    // Positions in `recent`, newest first.
    std::array<int, kRecentTasks> newestFirst() const
    {
        std::array<int, kRecentTasks> order{};
        std::iota(order.begin(), order.begin() + count, 0);
        std::sort(order.begin(), order.begin() + count,
                  [this](int a, int b) { return newer(recent[size_t(a)], recent[size_t(b)]); });
        return order;
    }

    // Ties go to the lower rowid, as the index's ascending rowids give them.
    bool newerVersions(qint64 sortAt, qint64 rowid) const
    {
        return versionsRowid < 0 || sortAt > versionsAt || (sortAt == versionsAt && rowid < versionsRowid);
    }
};

// The pass over 600,000 rows: each row's texts are views into SQLite's row, copied only
// when kept. A job's rows come together, so its id is copied once per run of rows.
class FactsFolder
{
public:
    FactsFolder()
    {
        for (int s = 0; s < kStateCount; ++s)
            m_stateKeys[size_t(s)] = QByteArray(stateKey(State(s)).data(), stateKey(State(s)).size());
    }

    void fold(const store::ServerTaskRow &row)
    {
        ServerFold &fold = foldOf(row.serverId);
        if (QByteArrayView(row.jobId.data(), row.jobId.size()) != m_jobKey) {
            m_jobKey = QByteArray(row.jobId.data(), row.jobId.size());
            m_jobIds.append(QString::fromUtf8(m_jobKey));
        }
        RecentTask task{row.sortAtMs, row.rowid, stateOf(row.state), int(m_jobIds.size() - 1), {}};
        if (row.reportsVersions && fold.newerVersions(task.sortAt, task.rowid)) {
            fold.versionsAt = task.sortAt;
            fold.versionsRowid = task.rowid;
            fold.driver = row.driver.toString();
            fold.firmware = row.firmware.toString();
            fold.queryJobId = m_jobIds.constLast();
        }
        if (!fold.keeps(task))
            return; // older than all ten kept: nothing to copy
        task.message = row.failedMessage.toString();
        fold.addRecent(std::move(task));
    }

    const QHash<QByteArray, ServerFold> &folds() const { return m_folds; }
    const QStringList &jobIds() const { return m_jobIds; }

private:
    // Looked up without a copy of the id (a QByteArray over the row's text); copied when new.
    ServerFold &foldOf(QUtf8StringView serverId)
    {
        const QByteArray key = QByteArray::fromRawData(serverId.data(), serverId.size());
        const auto it = m_folds.find(key);
        return it != m_folds.end() ? *it : m_folds[QByteArray(serverId.data(), serverId.size())];
    }

    // The stored keys are stateKey's own spelling.
    State stateOf(QUtf8StringView key) const
    {
        const QByteArrayView bytes(key.data(), key.size());
        for (size_t s = 0; s < m_stateKeys.size(); ++s) {
            if (bytes == m_stateKeys[s])
                return State(s);
        }
        return stateFromKey(key.toString()).value_or(State::Unknown);
    }

    std::array<QByteArray, kStateCount> m_stateKeys;
    QHash<QByteArray, ServerFold> m_folds;
    QByteArray m_jobKey;
    QStringList m_jobIds; // one per run of a job's rows
};

QHash<QString, QString> jobTypes(const QSqlDatabase &db)
{
    QHash<QString, QString> types;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, type FROM jobs")))
        return types;
    while (q.next())
        types.insert(q.value(0).toString(), q.value(1).toString());
    return types;
}

ServerFacts factsFrom(const QString &serverId, const ServerFold &fold, const QStringList &jobIds,
                      const QHash<QString, QString> &types)
{
    ServerFacts f;
    f.serverId = serverId;
    f.driver = fold.driver;
    f.firmware = fold.firmware;
    f.queriedAtMs = fold.versionsAt;
    f.queryJobId = fold.queryJobId;
    const std::array<int, kRecentTasks> order = fold.newestFirst();
    const RecentTask &last = fold.recent[size_t(order[0])];
    f.lastJobId = jobIds.at(last.job);
    f.lastJobType = types.value(f.lastJobId);
    f.lastOutcome = last.state;
    f.lastAtMs = last.sortAt;
    f.recentTasks = fold.count;
    QStringList failedMessages;
    bool streakOpen = true;
    for (int i = 0; i < fold.count; ++i) {
        const RecentTask &t = fold.recent[size_t(order[size_t(i)])];
        const bool failed = t.state == State::Failed;
        streakOpen = streakOpen && failed;
        f.failureStreak += streakOpen ? 1 : 0;
        if (failed) {
            ++f.failuresRecent;
            failedMessages.append(t.message);
        }
    }
    if (f.failuresRecent > 0)
        std::tie(f.topErrorCluster, f.topErrorCount) = topCluster(failedMessages);
    return f;
}

} // namespace

QHash<QString, ServerFacts> readAllFacts(const QSqlDatabase &db)
{
    FactsFolder folder;
    if (!store::scanServerTasks(db, [&folder](const store::ServerTaskRow &row) { folder.fold(row); }))
        return {};
    const QHash<QString, QString> types = jobTypes(db);
    QHash<QString, ServerFacts> facts;
    facts.reserve(folder.folds().size());
    for (auto it = folder.folds().cbegin(); it != folder.folds().cend(); ++it) {
        const QString serverId = QString::fromUtf8(it.key());
        facts.insert(serverId, factsFrom(serverId, *it, folder.jobIds(), types));
    }
    return facts;
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
