// SPDX-License-Identifier: Apache-2.0
#pragma once
// ProfileCache: the local data of the connection the console is on: its store (one file per
// endpoint and project, or a throw-away one for the sandbox), retention applied at open, and
// the background sync of finished job details. Widget-free; the main window wires it to the
// job monitor and the panels.
#include "cloud_client.h"
#include "detail_sync.h"
#include "local_store.h"

#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>
#include <memory>

namespace liteops {

struct RetentionSettings
{
    int horizonDays = 90; // jobs older than this are dropped and not synced
    int maxMegabytes = 0; // 0: no size cap

    // From QSettings ("localData/horizonDays", "localData/maxMegabytes").
    static RetentionSettings load();
    void save() const;

    // The creation time before which jobs are dropped, counted back from `nowMs`.
    qint64 oldestKeptMs(qint64 nowMs) const { return nowMs - qint64(horizonDays) * 24 * 3600 * 1000; }
    qint64 maxBytes() const { return qint64(maxMegabytes) << 20; }
};

class ProfileCache : public QObject
{
    Q_OBJECT
public:
    // `throwAway`: a store in a temporary folder, deleted with this object (the sandbox's).
    ProfileCache(const ClientConfig &config, bool throwAway, CloudClient *client, const RetentionSettings &retention,
                 QObject *parent = nullptr);
    ~ProfileCache() override;

    store::LocalStore *store() const { return m_store.get(); }
    DetailSync *sync() const { return m_sync.get(); }
    bool isThrowAway() const { return m_tempDir != nullptr; }
    // The throw-away folder (deleted with this object); empty for a real profile's store.
    QString throwAwayFolder() const { return m_tempDir ? m_tempDir->path() : QString(); }

    // Reads the last-known job list; cachedListLoaded() follows twice: first with the newest
    // rows (a screenful and more, so the first paint does not wait for 100,000 rows), then
    // with all of them. Not at all when the store has no list.
    void loadCachedList();
    static constexpr int kFirstRows = 200;
    // Looks up a stored finished job of `provider`; `done` runs on `context`'s thread.
    void findFinishedJob(Provider provider, const QString &id, QObject *context,
                         std::function<void(std::optional<Job>)> done);
    // Forgets this profile's local data.
    void clear();

signals:
    void cachedListLoaded(const QList<liteops::Job> &jobs, const QDateTime &asOf);

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<DetailSync> m_sync;
};

} // namespace liteops
