// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the local store knows about each server: the versions it last reported, the last job
// that touched it, and how its recent tasks went. A few servers' facts are read in one SQL
// statement that walks the per-server indexes (a dozen rows per server); every server's in
// one sequential pass over the task rows, folded per server in C++ (cheaper than 20,000
// index walks). Both give the same facts, ties in time included.
#include "core/types.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace liteops::fleet {

// How many of a server's newest tasks its health is judged on.
inline constexpr int kRecentTasks = 10;
// Flaky: at least this many failures among the recent tasks ...
inline constexpr int kFlakyFailures = 3;
// ... or a failure streak at least this long.
inline constexpr int kFlakyStreak = 2;

struct ServerFacts
{
    QString serverId;
    // The newest succeeded HDK_QUERY task that reported versions.
    QString driver;
    QString firmware;
    qint64 queriedAtMs = kUnknownTime;
    QString queryJobId;
    // The newest task on the server.
    QString lastJobId;
    QString lastJobType;
    State lastOutcome = State::Unknown;
    qint64 lastAtMs = kUnknownTime;
    // Among the newest kRecentTasks tasks.
    int recentTasks = 0;
    int failuresRecent = 0;
    int failureStreak = 0; // failed tasks in a row, newest first
    // The most frequent message shape (normaliseMessage) among the recent failures, and how
    // many of them have it; empty when there was no failure.
    QString topErrorCluster;
    int topErrorCount = 0;

    bool hasVersions() const { return isKnownTime(queriedAtMs); }
    bool isFlaky() const { return failuresRecent >= kFlakyFailures || failureStreak >= kFlakyStreak; }
    friend bool operator==(const ServerFacts &, const ServerFacts &) = default;
};

// Facts of every server that has a stored task, by server id.
QHash<QString, ServerFacts> readAllFacts(const QSqlDatabase &db);
// Facts of the given servers (those without stored tasks are left out).
QHash<QString, ServerFacts> readFacts(const QSqlDatabase &db, const QStringList &serverIds);
// The servers a stored job's tasks ran on: what a finished job changes.
QStringList serversOfJob(const QSqlDatabase &db, const QString &jobId);

// The most frequent message shape among `messages` (a tie keeps the shape that reached the
// count first), and its count.
std::pair<QString, int> topCluster(const QStringList &messages);

} // namespace liteops::fleet
