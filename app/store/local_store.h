// SPDX-License-Identifier: Apache-2.0
#pragma once
// LocalStore: one profile's store as the console and the CLI use it. Every write and every
// read runs on the store's own worker thread with its own connection, in the order they were
// asked; answers come back on the caller's thread. The GUI thread never waits on SQL.
//
// When the file cannot be used (read-only folder, disk full, a newer LiteOps's file) the
// store says so once through problem() and turns itself off: writes are dropped and reads
// answer empty, so the console and the CLI keep working without it.
#include "store_reads.h"
#include "store_writes.h"
#include "core/types.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace liteops::store {

class StoreWorker;

class LocalStore : public QObject
{
    Q_OBJECT
public:
    // Opens (or creates) the store file at `path` on the worker thread; returns at once.
    explicit LocalStore(const QString &path, QObject *parent = nullptr);
    // Finishes the writes already asked for, then closes the file.
    ~LocalStore() override;

    QString path() const { return m_path; }
    // False once the store turned itself off (see the top of this file).
    bool isAvailable() const { return m_available.load(); }

    // Writes, in order, on the worker thread. Never block.
    void putJobList(const QList<Job> &jobs);
    // Any provider's detail (see writeJobDetail).
    void putJobDetail(const Job &job, DetailTasks tasks = DetailTasks::Complete);
    void putServers(const QList<Server> &servers);
    void setSyncValue(const QString &key, const QString &value);
    void clear();
    void applyRetention(qint64 oldestKeptMs, qint64 maxBytes);

    // Runs `work` with a reader on the worker thread and hands its answer to `done` on
    // `context`'s thread (dropped when `context` is gone). An unavailable store runs `done`
    // with a default-constructed answer.
    template <typename R>
    void read(QObject *context, std::function<R(const StoreReader &)> work, std::function<void(R)> done)
    {
        post([context = QPointer<QObject>(context), work = std::move(work),
              done = std::move(done)](const StoreReader *reader) {
            R answer = reader ? work(*reader) : R{};
            if (context)
                QMetaObject::invokeMethod(
                    context.data(), [done, answer = std::move(answer)] { done(answer); }, Qt::QueuedConnection);
        });
    }

    // Blocks until everything asked so far is done. For the CLI before it exits and for
    // tests; the console never calls it.
    void flush();

signals:
    // One translated sentence per distinct problem (moved-aside file, disk full, ...), on
    // the thread that owns the store.
    void problem(const QString &message);
    // Emitted after each write that reached the file.
    void written();

private:
    void post(std::function<void(const StoreReader *)> work);
    void postWrite(std::function<bool(class QSqlDatabase &, QString *)> write);
    void report(const QString &message);

    QString m_path;
    QThread *m_thread = nullptr;
    StoreWorker *m_worker = nullptr;
    std::atomic<bool> m_available{true};
    QString m_lastProblem; // worker thread only
};

} // namespace liteops::store
