// SPDX-License-Identifier: Apache-2.0
// liteops-cli's use of the local store: feeding it from `jobs list` and `jobs get`, serving a
// stored finished job, and `cache status|sync|clear`.
#include "cli.h"
#include "cli_runner.h"
#include "cli_store_wait.h"
#include "detail_sync.h"
#include "local_store.h"
#include "store_paths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace liteops::cli {

namespace {

QJsonValue timeJson(qint64 ms)
{
    return isKnownTime(ms) ? QJsonValue(formatIsoUtcMs(ms)) : QJsonValue();
}

QString timeText(qint64 ms)
{
    return isKnownTime(ms) ? formatIsoUtcMs(ms) : QStringLiteral("-");
}

} // namespace

store::LocalStore *Runner::localStore()
{
    if (m_store)
        return m_store->isAvailable() ? m_store.get() : nullptr;
    if (m_config.projectId.isEmpty() || !m_config.endpoints.modelArts.isValid())
        return nullptr;
    m_store = std::make_unique<store::LocalStore>(
        store::storeFilePath(m_config.endpoints.modelArts, m_config.projectId));
    // Problems come from the store's thread; finishStore() prints them.
    QObject::connect(
        m_store.get(), &store::LocalStore::problem, m_store.get(),
        [this](const QString &message) {
        QMutexLocker lock(&m_storeNotesLock);
        m_storeNotes.append(message);
        },
        Qt::DirectConnection);
    m_store->flush();                                                    // opened: isAvailable() is now known
    QCoreApplication::sendPostedEvents(m_store.get(), QEvent::MetaCall); // its problems
    return m_store->isAvailable() ? m_store.get() : nullptr;
}

void Runner::finishStore()
{
    if (m_store) {
        m_store->flush();
        QCoreApplication::sendPostedEvents(m_store.get(), QEvent::MetaCall);
    }
    QMutexLocker lock(&m_storeNotesLock);
    for (const QString &note : std::as_const(m_storeNotes))
        m_err << tr("note: %1").arg(note) << '\n';
    m_storeNotes.clear();
    m_err.flush();
}

bool Runner::hasStoreLocation() const
{
    return !m_config.projectId.isEmpty() && m_config.endpoints.modelArts.isValid();
}

int Runner::storeLocationUsage()
{
    return usage(tr("The local data is kept per endpoint and project: give --profile, or "
                    "--endpoint (or --region) and --project-id."));
}

int Runner::storeUnavailable()
{
    finishStore();
    m_err << tr("error: the local data cannot be used.") << '\n';
    return ExitUsage;
}

std::optional<Job> Runner::storedFinishedJob(const QString &id, Provider provider)
{
    store::LocalStore *s = localStore();
    if (!s)
        return std::nullopt;
    return readAndWait<std::optional<Job>>(s, [id, provider](const store::StoreReader &r) {
        return r.finishedJob(id, provider);
    });
}

void Runner::keepJobDetail(const Job &job, bool complete)
{
    if (store::LocalStore *s = localStore())
        s->putJobDetail(job, complete ? store::DetailTasks::Complete : store::DetailTasks::Partial);
}

int Runner::cacheCommand(Format format)
{
    if (format == Format::Csv)
        return usage(tr("--format must be table or json."));
    if (!hasStoreLocation())
        return storeLocationUsage();
    if (m_line.command == QLatin1String("status"))
        return cacheStatus(format);
    if (m_line.command == QLatin1String("sync"))
        return cacheSync(format);
    return cacheClear(format);
}

int Runner::cacheStatus(Format format)
{
    store::LocalStore *s = localStore();
    const QString path = store::storeFilePath(m_config.endpoints.modelArts, m_config.projectId);
    const store::StoreStats st =
        s ? readAndWait<store::StoreStats>(s, [](const store::StoreReader &r) { return r.stats(); })
          : store::StoreStats{};
    if (format == Format::Json) {
        const QJsonObject o{
            {QStringLiteral("file"), QDir::toNativeSeparators(path)},
            {QStringLiteral("available"), s != nullptr},
            {QStringLiteral("jobs"), st.jobs},
            {QStringLiteral("finished_details"), st.finishedDetails},
            {QStringLiteral("tasks"), st.tasks},
            {QStringLiteral("servers"), st.servers},
            {QStringLiteral("servicestage_jobs"), st.serviceStageJobs},
            {QStringLiteral("ief_jobs"), st.iefJobs},
            {QStringLiteral("file_bytes"), st.fileBytes},
            {QStringLiteral("oldest_job"), timeJson(st.oldestJobMs)},
            {QStringLiteral("newest_job"), timeJson(st.newestJobMs)},
            {QStringLiteral("last_list"), timeJson(st.lastListMs)},
            {QStringLiteral("last_sync"), timeJson(st.lastSyncMs)},
        };
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const QLocale c = QLocale::c();
    m_out << tr("File:             %1").arg(QDir::toNativeSeparators(path)) << '\n'
          << tr("Jobs:             %1").arg(st.jobs) << '\n'
          << tr("Finished details: %1").arg(st.finishedDetails) << '\n'
          << tr("Tasks:            %1").arg(st.tasks) << '\n'
          << tr("Servers:          %1").arg(st.servers) << '\n'
          << tr("Opened by id:     %1 ServiceStage, %2 IEF jobs").arg(st.serviceStageJobs).arg(st.iefJobs) << '\n'
          << tr("File size:        %1").arg(c.formattedDataSize(st.fileBytes)) << '\n'
          << tr("Oldest job:       %1").arg(timeText(st.oldestJobMs)) << '\n'
          << tr("Newest job:       %1").arg(timeText(st.newestJobMs)) << '\n'
          << tr("Last job list:    %1").arg(timeText(st.lastListMs)) << '\n'
          << tr("Last sync:        %1").arg(timeText(st.lastSyncMs)) << '\n';
    return ExitOk;
}

int Runner::cacheSync(Format format)
{
    DetailSync::Options options;
    if (m_line.has(QStringLiteral("horizon-days"))) {
        bool ok = false;
        options.horizonDays = m_line.value(QStringLiteral("horizon-days")).toInt(&ok);
        if (!ok || options.horizonDays < 1 || options.horizonDays > 3650)
            return usage(tr("--horizon-days must be a number from 1 to 3650."));
    }
    store::LocalStore *s = localStore();
    if (!s)
        return storeUnavailable();
    const StoreSyncOutcome run = syncStore(s, options.horizonDays);
    if (run.listError)
        return fail(*run.listError);
    const int fetched = run.fetched;
    const QString message = run.message;
    if (format == Format::Json) {
        const QJsonObject o{{QStringLiteral("fetched"), fetched},
                            {QStringLiteral("completed"), run.completed},
                            {QStringLiteral("error"), message.isEmpty() ? QJsonValue() : QJsonValue(message)}};
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Fetched %n finished job detail(s).", nullptr, fetched) << '\n';
    }
    if (run.failed) {
        finishStore();
        m_err << tr("error: %1").arg(message) << '\n';
        return s->isAvailable() ? ExitNetwork : ExitUsage;
    }
    return ExitOk;
}

Runner::StoreSyncOutcome Runner::syncStore(store::LocalStore *s, int horizonDays)
{
    StoreSyncOutcome run;
    // The work list is the stored job list: bring it up to date first.
    std::optional<Result<QList<Job>>> answer;
    {
        QEventLoop loop;
        client().listJobs()->then(&loop, [&](const Result<QList<Job>> &r) {
            answer = r;
            loop.quit();
        });
        loop.exec();
    }
    const Result<QList<Job>> &list = *answer;
    if (!list.ok()) {
        run.listError = list.error();
        return run;
    }
    s->putJobList(list.value());

    DetailSync::Options options;
    options.horizonDays = horizonDays;
    DetailSync sync(&client(), s);
    sync.setOptions(options);
    QEventLoop loop;
    DetailSync::Outcome outcome = DetailSync::Outcome::Completed;
    QObject::connect(&sync, &DetailSync::finished, &loop, [&](DetailSync::Outcome o, const QString &m) {
        outcome = o;
        run.message = m;
        loop.quit();
    });
    sync.start();
    if (sync.isRunning())
        loop.exec();
    s->flush();
    run.fetched = sync.done();
    run.completed = outcome == DetailSync::Outcome::Completed;
    run.failed = outcome == DetailSync::Outcome::Failed;
    return run;
}

int Runner::cacheClear(Format format)
{
    store::LocalStore *s = localStore();
    if (!s)
        return storeUnavailable();
    s->clear();
    s->flush();
    if (format == Format::Json)
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("cleared"), true}}).toJson(QJsonDocument::Indented));
    else
        m_out << tr("Local data of this endpoint and project cleared.") << '\n';
    return ExitOk;
}

} // namespace liteops::cli
