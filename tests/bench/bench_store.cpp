// SPDX-License-Identifier: Apache-2.0
// Local store scenarios: storing a 20,000-task job detail (against the SQLite C API), the
// console's start on 100,000 stored jobs (against fetching them from the simulator), and one
// server's history among 600,000 tasks (against a full scan of the task table).
#include "bench_data.h"
#include "bench_scenarios.h"
#include "bench_store_connection.h"
#include "cloud_client.h"
#include "core/decode.h"
#include "job_filter_proxy.h"
#include "job_list_model.h"
#include "local_store.h"
#include "profile_cache.h"
#include "simulator.h"
#include "store_reads.h"
#include "store_schema.h"
#include "store_writes.h"

#include <QEventLoop>
#include <QHeaderView>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>

namespace liteops::bench {

namespace {

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
}

// The rows of a job's tasks as the C API reference binds them: UTF-8, computed beforehand.
struct RawTask
{
    QByteArray id, serverId, serverName, name, status, state, message, cloud, driver, firmware;
    qint64 created, updated, sortAt;
};

QList<RawTask> rawTasks(const Job &job)
{
    QList<RawTask> rows;
    for (const Task &t : job.tasks) {
        RawTask r;
        r.id = t.id().toUtf8();
        r.serverId = t.targetId().toUtf8();
        r.serverName = t.targetName().toUtf8();
        r.name = t.name().toUtf8();
        r.status = t.status().toUtf8();
        r.state = QString(stateKey(t.state())).toUtf8();
        r.message = t.message().toUtf8();
        r.cloud = store::encodePairs(t.cloudServer()).toUtf8();
        r.created = t.createdAtMs();
        r.updated = t.updatedAtMs();
        r.sortAt = isKnownTime(t.createdAtMs()) ? t.createdAtMs() : job.createdAtMs;
        rows.append(r);
    }
    return rows;
}

void bindText(sqlite3_stmt *s, int i, const QByteArray &v)
{
    if (v.isEmpty())
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_STATIC);
}

void bindTime(sqlite3_stmt *s, int i, qint64 v)
{
    if (isKnownTime(v))
        sqlite3_bind_int64(s, i, v);
    else
        sqlite3_bind_null(s, i);
}

// One prepared statement, one transaction: the fastest way to put these rows in.
void insertWithCApi(sqlite3 *db, const QString &jobId, const QList<RawTask> &rows)
{
    const QByteArray job = jobId.toUtf8();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO tasks (job_id, seq, id, server_id, server_name, name, status, state,"
                       " message, created_at, updated_at, sort_at, cloud_server, driver, firmware)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &s, nullptr);
    int seq = 0;
    for (const RawTask &r : rows) {
        sqlite3_bind_text(s, 1, job.constData(), int(job.size()), SQLITE_STATIC);
        sqlite3_bind_int(s, 2, seq++);
        bindText(s, 3, r.id);
        bindText(s, 4, r.serverId);
        bindText(s, 5, r.serverName);
        bindText(s, 6, r.name);
        bindText(s, 7, r.status);
        bindText(s, 8, r.state);
        bindText(s, 9, r.message);
        bindTime(s, 10, r.created);
        bindTime(s, 11, r.updated);
        bindTime(s, 12, r.sortAt);
        bindText(s, 13, r.cloud);
        bindText(s, 14, r.driver);
        bindText(s, 15, r.firmware);
        sqlite3_step(s);
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

// The console's job list: the table over the proxy, as in bench_jobs.cpp.
struct ListView
{
    ListView()
    {
        proxy.setSourceModel(&model);
        view.verticalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(24);
        view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view.horizontalHeader()->setDefaultSectionSize(130);
        view.setModel(&proxy);
        prepareView(view, JobListModel::ColumnCount);
        proxy.sort(JobListModel::Created, Qt::DescendingOrder);
    }
    JobListModel model;
    JobFilterProxy proxy;
    QTableView view;
};

} // namespace

Scenario storeWrite20kTasks(const Options &o)
{
    const int n = o.scale(20000);
    Decoded<Job> decoded = decodeJobDetail(jobDetailJson(n));
    const Job job = decoded.value();
    const QList<RawTask> rows = rawTasks(job);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("write.sqlite"));
    Connection c(path);
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_exec(raw, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    const auto empty = [&] { exec(c.db(), QStringLiteral("DELETE FROM tasks")); };

    Scenario s;
    s.name = QStringLiteral("store_write_20k_tasks");
    s.goal = 1.5;
    s.ours = medianMs(
        o.reps, [&] { store::writeJobDetail(c.db(), job, 1, nullptr); }, empty);
    s.reference = medianMs(
        o.reps, [&] { insertWithCApi(raw, job.id, rows); }, empty);
    sqlite3_close(raw);
    s.note = QStringLiteral("a finished %1-task job detail stored with writeJobDetail (job row, items, "
                            "tasks from Task objects, one transaction) vs the same task rows, as UTF-8 "
                            "prepared beforehand, through the SQLite C API (one prepared statement, one "
                            "transaction); same file, same schema and indexes, WAL")
                 .arg(n);
    return s;
}

Scenario start100kJobsCached(const Options &o)
{
    const int n = o.scale(100000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("start.sqlite"));
    {
        Connection c(path);
        store::writeJobList(c.db(), listJobs(n), 1, nullptr);
    }
    sim::SimOptions simOptions;
    simOptions.jobs = n;
    simOptions.noAuth = true;
    sim::Simulator simulator(simOptions);
    QString error;
    if (!simulator.start(&error)) {
        std::fprintf(stderr, "liteops-bench: simulator: %s\n", qPrintable(error));
        std::exit(1);
    }
    ClientConfig config;
    config.endpoints.modelArts = simulator.baseUrl();
    config.projectId = simulator.projectId();
    config.credentials.mode = Credentials::Mode::Token;
    config.credentials.token = QStringLiteral("bench");
    CloudClient client(config);

    Scenario s;
    s.name = QStringLiteral("start_100k_jobs_cached");
    s.goal = 0.1;
    const int reps = std::min(o.reps, 3); // the reference takes seconds
    int painted = 0;
    s.ours = medianMs(reps, [&] {
        ListView v;
        store::LocalStore local(path);
        QEventLoop loop;
        // As the console does (ProfileCache::loadCachedList): the newest rows first, painted;
        // the whole list follows and merges (timed separately below).
        local.read<QList<Job>>(
            &loop, [](const store::StoreReader &r) { return r.jobList(ProfileCache::kFirstRows); },
            [&](const QList<Job> &jobs) {
            v.model.applySnapshot(jobs);
            loop.quit();
            });
        loop.exec();
        paintNow(v.view);
    });
    const double whole = medianMs(reps, [&] {
        ListView v;
        store::LocalStore local(path);
        QEventLoop loop;
        local.read<QList<Job>>(
            &loop, [](const store::StoreReader &r) { return r.jobList(); },
            [&](const QList<Job> &jobs) {
            v.model.applySnapshot(jobs);
            loop.quit();
            });
        loop.exec();
        paintNow(v.view);
    });
    s.reference = medianMs(reps, [&] {
        ListView v;
        QEventLoop loop;
        client.listJobs()->then(&loop, [&](const Result<QList<Job>> &r) {
            if (r.ok())
                v.model.applySnapshot(r.value());
            else
                std::fprintf(stderr, "liteops-bench: list: %s\n", qPrintable(r.error().message()));
            loop.quit();
        });
        loop.exec();
        paintNow(v.view);
        painted = v.model.rowCount();
    });
    s.note = QStringLiteral("%1 jobs: opening the store, reading the newest %2 rows on its thread (the "
                            "console's first read), the model behind the proxy (sorted by created) and "
                            "the first paint, vs the whole list fetched from the simulator over loopback "
                            "(every page, as the client pages), decoded, and painted the same way (%3 "
                            "rows). The whole stored list, read and painted: %4 ms")
                 .arg(n)
                 .arg(ProfileCache::kFirstRows)
                 .arg(painted)
                 .arg(whole, 0, 'f', 1);
    return s;
}

Scenario serverHistory600kTasks(const Options &o)
{
    const int jobs = o.scale(2000);
    constexpr int kTasksPerJob = 300;
    constexpr int kServers = 2000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    Connection c(path);
    {
        // Jobs of 300 servers each out of 2,000: each server has ~300 tasks in total.
        const QList<Job> list = listJobs(jobs);
        for (int j = 0; j < jobs; ++j) {
            Job job = list.at(j);
            job.status = QStringLiteral("FINISHED");
            job.state = State::Succeeded;
            Task::TextArena arena;
            for (int t = 0; t < kTasksPerJob; ++t) {
                const QString server =
                    QStringLiteral("server-%1").arg((j * 7 + t * 13) % kServers, 4, 10, QLatin1Char('0'));
                job.tasks.append(Task::Builder()
                                     .id(QString::number(t))
                                     .targetId(server)
                                     .targetName(server)
                                     .message(u"Driver: 24.1.0.3 | Firmware: 7.5.0.5.220")
                                     .status(QStringLiteral("SUCCESS"))
                                     .createdAtMs(job.createdAtMs + t)
                                     .build(arena));
            }
            store::writeJobDetail(c.db(), job, 1, nullptr);
        }
    }
    const QString server = QStringLiteral("server-0042");
    const store::StoreReader reader(c.db());
    qsizetype found = 0;
    Scenario s;
    s.name = QStringLiteral("server_history_600k_tasks");
    s.goal = 0.05;
    s.ours = medianMs(o.reps, [&] { found = reader.serverTasks(server).size(); });
    qsizetype scanned = 0;
    s.reference = medianMs(o.reps, [&] {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT t.job_id, j.type, t.id, t.server_id, t.server_name, t.name,"
                                 " t.message, t.cloud_server, t.status, t.state, t.created_at, t.updated_at,"
                                 " t.driver, t.firmware FROM tasks t NOT INDEXED JOIN jobs j ON j.id = t.job_id"
                                 " WHERE t.server_id = ? ORDER BY t.sort_at DESC"));
        q.bindValue(0, server);
        q.exec();
        scanned = 0;
        while (q.next())
            ++scanned;
    });
    s.note = QStringLiteral("%1 jobs x %2 tasks over %3 servers; all %4 tasks of one server, newest first, "
                            "as ServerTask values through the (server, time) index, vs the same rows "
                            "by a full scan of the task table (rows only counted)")
                 .arg(jobs)
                 .arg(kTasksPerJob)
                 .arg(kServers)
                 .arg(found == scanned ? found : -1);
    return s;
}

} // namespace liteops::bench
