// SPDX-License-Identifier: Apache-2.0
#include "local_store.h"

#include "store_schema.h"
#include "store_writes.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QThread>
#include <QUuid>

namespace liteops::store {

// Lives on the store's thread; owns the connection.
class StoreWorker : public QObject
{
public:
    QString connectionName;
    bool open = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    void close()
    {
        if (!open)
            return;
        open = false;
        {
            QSqlDatabase d = db();
            d.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
};

LocalStore::LocalStore(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_thread(new QThread), m_worker(new StoreWorker)
{
    m_worker->connectionName = QStringLiteral("liteops-store-") + QUuid::createUuid().toString(QUuid::Id128);
    m_thread->setObjectName(QStringLiteral("liteops-store"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker] {
        const OpenResult result = openStoreDatabase(m_path, worker->connectionName);
        worker->open = result.ok;
        if (!result.ok)
            m_available = false;
        if (!result.problem.isEmpty())
            report(result.problem);
        },
        Qt::QueuedConnection);
}

LocalStore::~LocalStore()
{
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker] {
        worker->close();
        worker->moveToThread(nullptr);
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void LocalStore::report(const QString &message)
{
    if (message == m_lastProblem)
        return;
    m_lastProblem = message;
    // Delivered on the owner's thread, after whoever created the store has connected to it
    // (opening starts at once on the worker thread).
    QMetaObject::invokeMethod(
        this, [this, message] { emit problem(message); }, Qt::QueuedConnection);
}

void LocalStore::post(std::function<void(const StoreReader *)> work)
{
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, work = std::move(work)] {
        if (!worker->open) {
            work(nullptr);
            return;
        }
        const StoreReader reader(worker->db());
        work(&reader);
        },
        Qt::QueuedConnection);
}

void LocalStore::postWrite(std::function<bool(QSqlDatabase &, QString *)> write)
{
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, write = std::move(write)] {
        if (!worker->open || !m_available)
            return;
        QSqlDatabase db = worker->db();
        QString error;
        if (write(db, &error)) {
            emit written();
            return;
        }
        // A full disk or a read-only file will not get better by itself: stop writing and
        // say so once. The console and the CLI go on without the store.
        m_available = false;
        report(tr("Local data is off: %1").arg(error));
        },
        Qt::QueuedConnection);
}

void LocalStore::putJobList(const QList<Job> &jobs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    postWrite([jobs, now](QSqlDatabase &db, QString *error) { return writeJobList(db, jobs, now, error); });
}

void LocalStore::putJobDetail(const Job &job, DetailTasks tasks)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    postWrite(
        [job, now, tasks](QSqlDatabase &db, QString *error) { return writeJobDetail(db, job, now, error, tasks); });
}

void LocalStore::putServers(const QList<Server> &servers)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    postWrite([servers, now](QSqlDatabase &db, QString *error) { return writeServers(db, servers, now, error); });
}

void LocalStore::setSyncValue(const QString &key, const QString &value)
{
    postWrite([key, value](QSqlDatabase &db, QString *error) { return writeSyncValue(db, key, value, error); });
}

void LocalStore::clear()
{
    postWrite([](QSqlDatabase &db, QString *error) { return clearAll(db, error); });
}

void LocalStore::applyRetention(qint64 oldestKeptMs, qint64 maxBytes)
{
    postWrite([oldestKeptMs, maxBytes](QSqlDatabase &db, QString *error) {
        return store::applyRetention(db, oldestKeptMs, maxBytes, error) >= 0;
    });
}

void LocalStore::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace liteops::store
