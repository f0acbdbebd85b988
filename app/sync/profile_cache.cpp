// SPDX-License-Identifier: Apache-2.0
#include "profile_cache.h"

#include "store_paths.h"

#include <QSettings>

namespace liteops {

RetentionSettings RetentionSettings::load()
{
    QSettings s;
    RetentionSettings r;
    r.horizonDays = qBound(1, s.value(QStringLiteral("localData/horizonDays"), r.horizonDays).toInt(), 3650);
    r.maxMegabytes = qMax(0, s.value(QStringLiteral("localData/maxMegabytes"), r.maxMegabytes).toInt());
    return r;
}

void RetentionSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("localData/horizonDays"), horizonDays);
    s.setValue(QStringLiteral("localData/maxMegabytes"), maxMegabytes);
}

ProfileCache::ProfileCache(const ClientConfig &config, bool throwAway, CloudClient *client,
                           const RetentionSettings &retention, QObject *parent)
    : QObject(parent)
{
    QString path;
    if (throwAway) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        path = m_tempDir->filePath(QStringLiteral("sandbox.sqlite"));
    } else {
        path = store::storeFilePath(config.endpoints.modelArts, config.projectId);
    }
    m_store = std::make_unique<store::LocalStore>(path);
    m_store->applyRetention(retention.oldestKeptMs(QDateTime::currentMSecsSinceEpoch()), retention.maxBytes());
    m_sync = std::make_unique<DetailSync>(client, m_store.get());
    DetailSync::Options options;
    options.horizonDays = retention.horizonDays;
    m_sync->setOptions(options);
}

ProfileCache::~ProfileCache()
{
    m_sync.reset(); // its calls go before the store closes
    m_store.reset();
}

void ProfileCache::loadCachedList()
{
    struct Answer
    {
        QList<Job> jobs;
        qint64 asOfMs = kUnknownTime;
    };
    const auto read = [](int limit) {
        return [limit](const store::StoreReader &r) {
            Answer a;
            a.jobs = r.jobList(limit);
            bool ok = false;
            const qint64 at = r.syncValue(QStringLiteral("list_at")).toLongLong(&ok);
            a.asOfMs = ok ? at : kUnknownTime;
            return a;
        };
    };
    const auto show = [this](const Answer &a) {
        if (!a.jobs.isEmpty())
            emit cachedListLoaded(a.jobs, toUtcDateTime(a.asOfMs));
    };
    m_store->read<Answer>(this, read(kFirstRows), show);
    m_store->read<Answer>(this, read(-1), show);
}

void ProfileCache::findFinishedJob(Provider provider, const QString &id, QObject *context,
                                   std::function<void(std::optional<Job>)> done)
{
    m_store->read<std::optional<Job>>(
        context, [provider, id](const store::StoreReader &r) { return r.finishedJob(id, provider); }, std::move(done));
}

void ProfileCache::clear()
{
    m_sync->cancel();
    m_store->clear();
}

} // namespace liteops
