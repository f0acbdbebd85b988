// SPDX-License-Identifier: Apache-2.0
#pragma once
// Polls what is on screen: the job list (default every 30 s) and the open job while it runs
// (default every 5 s). Failures back off (doubling up to 5 minutes, never sooner than a
// throttled answer's Retry-After); everything pauses while the window is minimised. When a
// watched job reaches a final state, watchedJobFinished() carries its full detail.
#include "cloud_client.h"
#include "job_ref.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace liteops {

class JobMonitor : public QObject
{
    Q_OBJECT
public:
    explicit JobMonitor(QObject *parent = nullptr);
    ~JobMonitor() override;

    // Not owned. Setting a client cancels calls in flight and starts over.
    void setClient(CloudClient *client);
    CloudClient *client() const { return m_client; }

    void setListQuery(const JobQuery &query);
    void setAutoRefresh(bool on);
    bool autoRefresh() const { return m_autoRefresh; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setIntervals(int listMs, int jobMs);

    void refreshList();
    void refreshJob();
    void refreshAll();
    void openJob(const JobRef &ref);
    // Opens a finished job from the local store: shown at once, no request (refreshJob()
    // still asks the service when the user wants).
    void openStoredJob(const JobRef &ref, const Job &job, const QDateTime &storedAt);
    void closeJob();
    JobRef openJobRef() const { return m_open; }
    // Whether the open job's last detail holds every task (a ServiceStage job's task pages
    // can stop early); valid while jobLoaded() is delivered.
    bool openJobComplete() const { return m_openComplete; }

    // Watch a job (e.g. one just created) so its end is announced even when not open.
    void watch(const QString &modelArtsJobId);
    bool isWatched(const QString &jobId) const { return m_watched.contains(jobId); }

    // Delays the next poll would use now (tests and the status bar).
    int nextListDelayMs() const;
    int nextJobDelayMs() const;
    bool listInFlight() const { return m_listCall != nullptr; }
    bool jobInFlight() const { return m_jobCall != nullptr; }

signals:
    void listLoadingChanged(bool loading);
    // Right before listLoaded: whether that listing holds every job the service reported.
    void listCompleteness(const liteops::ListCompleteness &completeness);
    void listLoaded(const QList<liteops::Job> &jobs, const QDateTime &at);
    void listFailed(const liteops::CloudError &error);
    void jobLoadingChanged(bool loading);
    void jobLoaded(const liteops::Job &job, const QDateTime &at);
    void jobFailed(const liteops::CloudError &error);
    void watchedJobFinished(const liteops::Job &job);

private:
    void scheduleList();
    void scheduleJob();
    void handleJob(const Job &job);
    void checkWatchedInList(const QList<Job> &jobs);
    void fetchFinished(const QString &id);
    int backoff(int baseMs, int failures, const CloudError *last) const;

    QPointer<CloudClient> m_client;
    JobQuery m_query;
    JobRef m_open;
    QPointer<CloudCall> m_listCall;
    QPointer<CloudCall> m_jobCall;
    QTimer *m_listTimer;
    QTimer *m_jobTimer;
    int m_listIntervalMs = 30000;
    int m_jobIntervalMs = 5000;
    int m_listFailures = 0;
    int m_jobFailures = 0;
    int m_listRetryAfter = -1;
    int m_jobRetryAfter = -1;
    bool m_autoRefresh = true;
    bool m_paused = false;
    bool m_openRunning = false;
    bool m_openComplete = true;
    QSet<QString> m_watched;  // ids seen running that we announce when they end
    QSet<QString> m_fetching; // watched ids whose final detail is being fetched
    quint64 m_generation = 0; // bumps on client/open-job change: late answers are dropped
};

} // namespace liteops
