#pragma once
// The local submission history: one JSON object per line in a file under the app data
// location. A line is appended before each create call ("sending") and after it ("done"), so
// even if the process dies mid-call the history shows what may have reached the service.
#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace liteops {

struct HistoryEntry
{
    enum class Phase { Sending, Done };

    QDateTime time;         // UTC, when the line was written
    QString profile;
    QString submissionId;   // one per wizard submission; groups the waves
    int wave = 0;           // 0-based index into the plan
    Phase phase = Phase::Sending;
    QJsonObject request;    // the exact request body as a JSON object
    QString outcome;        // sending, created, failed, unknown, reconciled-created, reconciled-absent
    QString jobId;          // empty unless a job exists
    QString error;          // human message of a failure
    QString requestId;      // X-Request-Id of the answer, when there was one

    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &object);
    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

class SubmissionHistory
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionHistory)
public:
    // Default: <AppDataLocation>/submission-history.jsonl
    explicit SubmissionHistory(QString filePath = defaultFilePath());

    static QString defaultFilePath();
    QString filePath() const { return m_path; }

    // Appends one line and flushes it to disk (fsync) before returning, so a crash right
    // after cannot lose it. A torn last line from an earlier crash is closed off first.
    bool append(const HistoryEntry &entry, QString *errorMessage = nullptr) const;

    // Every readable line, oldest first. Lines that do not parse (a torn write) are skipped
    // and counted in *skipped.
    QList<HistoryEntry> readAll(QString *errorMessage = nullptr, int *skipped = nullptr) const;

private:
    QString m_path;
};

} // namespace liteops
