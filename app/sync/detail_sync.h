// SPDX-License-Identifier: Apache-2.0
#pragma once
// DetailSync: fetches the details of finished jobs that the store lists but has not stored,
// newest first, within a horizon (default 90 days), at most two requests at a time, and hands
// each one to the store. The work list lives in the store (finished jobs without a final
// detail), so a sync that was cancelled or killed resumes where it stopped on the next start.
//
// Throttling: the client already retries a 429 after its Retry-After; when its retry budget
// is spent the sync waits Retry-After (or a doubling pause) and tries the same job again.
// Foreground calls come first: while the console holds the sync back (setForegroundBusy) no
// new request starts.
#include "cloud_client.h"
#include "local_store.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace liteops {

class DetailSync : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Completed, Cancelled, Failed };
    Q_ENUM(Outcome)

    struct Options
    {
        int horizonDays = 90;
        int maxInFlight = 2;
        int batch = 64; // ids read from the store at a time
        int maxThrottleWaitMs = 60000;
    };

    DetailSync(CloudClient *client, store::LocalStore *store, QObject *parent = nullptr);
    ~DetailSync() override;

    void setOptions(const Options &options) { m_options = options; }
    bool isRunning() const { return m_running; }
    int done() const { return m_done; }
    int total() const { return m_total; }

    void start();
    void cancel();
    // True while the console's own calls are in flight: no sync request starts meanwhile.
    void setForegroundBusy(bool busy);

signals:
    void progress(int done, int total);
    // `message` is translated; empty when completed or cancelled.
    void finished(liteops::DetailSync::Outcome outcome, const QString &message);

private:
    void loadBatch();
    void pump();
    void fetch(const QString &id);
    void onFetched(const QString &id, const Result<Job> &result);
    void finish(Outcome outcome, const QString &message = {});
    qint64 horizonStartMs() const;

    CloudClient *m_client;
    store::LocalStore *m_store;
    Options m_options;
    QList<QString> m_queue;
    QSet<QString> m_skipped;               // not to be asked again in this run (gone, not final, failing)
    QList<QPointer<CloudCall>> m_inFlight; // the client's children: they may go first
    QTimer m_throttleTimer;
    bool m_running = false;
    bool m_loading = false;
    bool m_foregroundBusy = false;
    int m_done = 0;
    int m_total = 0;
    int m_throttles = 0;      // in a row, for the doubling pause
    int m_failures = 0;       // in a row; three end the run
    quint64 m_generation = 0; // answers of a cancelled run are dropped
};

} // namespace liteops
