// SPDX-License-Identifier: Apache-2.0
#pragma once
// The local submission history: one JSON object per line in a file under the app data
// location. A line is appended before each create call ("sending") and after it ("done"), so
// even if the process dies mid-call the history shows what may have reached the service.
#include "core/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace liteops {

struct HistoryEntry
{
    enum class Phase { Sending, Done };

    QDateTime time; // UTC, when the line was written
    QString profile;
    QString submissionId; // one per wizard submission; groups the waves
    int wave = 0;         // 0-based index into the plan
    Phase phase = Phase::Sending;
    QJsonObject request; // the exact request body as a JSON object
    QString outcome;     // sending, created, failed, unknown, reconciled-created, reconciled-absent
    QString jobId;       // empty unless a job exists
    QString error;       // human message of a failure
    QString requestId;   // X-Request-Id of the answer, when there was one
    QString source;      // who submitted: "cli" for liteops-cli; empty for the console
    QString rerunOf;     // the job this submission reruns the failed servers of, if any
    // "sending" lines: the ids of the jobs with the wave's name listed before its first create,
    // so a later process can still reconcile an unknown outcome by the baseline method.
    std::optional<QStringList> baseline;
    // The first "sending" line of a submission: every wave's request body, in order, so the
    // waves never sent can be resumed from the history.
    QJsonArray plan;
    // The first "sending" line: the run's approval gate ("first", "each"; empty: none).
    QString gate;
    // "gate" and "budget" lines: why the run waits or stopped (translated, as shown then).
    QString message;
    // "settled" lines: the wave's task counts once its job(s) finished, and what its
    // verification found ("succeeded", "failed", "skipped", "total", "verified", "mismatched").
    QJsonObject counts;
    // The first "sending" line: the options the run was started with (error budget,
    // verification, pacing), so a later Continue keeps them (see run_options.h).
    QJsonObject options;

    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &object);
    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// What a wave's job(s) did, from its "settled" line. Verification numbers only when the wave
// was verified.
struct WaveTotals
{
    int total = 0;
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
    std::optional<int> verified;
    std::optional<int> mismatched;

    QJsonObject toJson() const;
    static std::optional<WaveTotals> fromJson(const QJsonObject &object);
    friend bool operator==(const WaveTotals &, const WaveTotals &) = default;
};

// One submission as the history tells it: the plan and where each wave stands.
struct SubmissionRecord
{
    enum class WaveStatus {
        NotSent,    // no line: never sent
        NotCreated, // refused, throttled, or reconciliation proved it absent: safe to send again
        Created,    // created (or found by reconciliation): jobIds holds the job(s)
        Unknown,    // sent without an answer, or the process stopped mid-call: reconcile first
    };
    struct Wave
    {
        CreateJobRequest request;
        WaveStatus status = WaveStatus::NotSent;
        QStringList jobIds;
        std::optional<QStringList> baseline; // from its latest "sending" line
        QString lastOutcome;                 // the outcome word of its last line
        QString error;
        std::optional<WaveTotals> totals; // from its "settled" line: its job(s) finished
    };

    QString id;
    QString profile;
    QString source;
    QString rerunOf;
    QDateTime started;         // the time of its first line
    QDateTime updated;         // the time of its last line
    bool planComplete = false; // false: written by a version that kept no plan (only sent waves known)
    QList<Wave> waves;
    QString gate;        // the approval gate it was started with: "first", "each" or empty
    int gateWave = -1;   // the wave whose gate was reached last; -1: none
    QString gateReason;  // why it waits there
    bool atGate = false; // its last line is that gate: Continue goes on with the next wave
    // Its last line says the error budget was spent: the run stopped there (Continue goes on).
    bool budgetSpent = false;
    QString budgetReason;
    QJsonObject options; // as it was started with (empty: written by an older version)

    QStringList jobIds() const;
};

class SubmissionHistory
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionHistory)
public:
    // Default: <the data folder>/submission-history.jsonl (history_location.h), a file left in
    // the older folder moved there first.
    explicit SubmissionHistory(QString filePath = defaultFilePath());

    static QString defaultFilePath();
    QString filePath() const { return m_path; }

    // Appends one line and flushes it to disk (fsync) before returning, so a crash right
    // after cannot lose it. A torn last line from an earlier crash is closed off first.
    bool append(const HistoryEntry &entry, QString *errorMessage = nullptr) const;

    // Every readable line, oldest first. Lines that do not parse (a torn write) are skipped
    // and counted in *skipped.
    QList<HistoryEntry> readAll(QString *errorMessage = nullptr, int *skipped = nullptr) const;

    // Every submission, oldest first, rebuilt from the lines (unreadable ones counted in
    // *skipped, as readAll() does).
    QList<SubmissionRecord> submissions(QString *errorMessage = nullptr, int *skipped = nullptr) const;
    // The submission with this id (or the one unique id starting with it).
    std::optional<SubmissionRecord> submission(const QString &idOrPrefix, QString *errorMessage = nullptr) const;

private:
    QString m_path;
};

} // namespace liteops
