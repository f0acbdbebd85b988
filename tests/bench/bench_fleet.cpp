// SPDX-License-Identifier: Apache-2.0
// Fleet scenarios: every server's facts from a store of 600,000 tasks over 20,000 servers
// (against one plain SQL aggregate over the same tasks), and a finished job on 1% of the
// fleet updating the fleet model (merge against a rebuild).
#include "bench_data.h"
#include "bench_scenarios.h"
#include "bench_store_connection.h"
#include "fleet_facts.h"
#include "fleet_filter_proxy.h"
#include "fleet_model.h"
#include "store_writes.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace liteops::bench {

namespace {

constexpr int kTasksPerJob = 300;

QString serverId(int n)
{
    return QStringLiteral("server-%1").arg(n, 5, 10, QLatin1Char('0'));
}

// Every 10th job is an HDK_QUERY; about one task in twelve fails, a few servers often.
Job fleetJob(const Job &listed, int j, int servers)
{
    Job job = listed;
    const bool query = j % 10 == 0;
    job.type = query ? QStringLiteral("HDK_QUERY") : QStringLiteral("HDK_UPGRADE");
    job.status = QStringLiteral("FINISHED");
    job.state = State::Succeeded;
    Task::TextArena arena;
    for (int t = 0; t < kTasksPerJob; ++t) {
        const int server = (j * 7919 + t * 67) % servers;
        const bool failed = (t * 31 + j) % 12 == 0 || (server % 97 == 0 && t % 2 == 0);
        job.tasks.append(Task::Builder()
                             .id(QString::number(t))
                             .targetId(serverId(server))
                             .targetName(serverId(server))
                             .message(failed  ? QStringLiteral("npu %1 timeout after %2 s").arg(t % 8).arg(t)
                                      : query ? QStringLiteral("Driver: 24.1.%1.3 | Firmware: 7.5.0.5.220").arg(j % 3)
                                              : QStringLiteral("ok"))
                             .status(failed ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"))
                             .createdAtMs(job.createdAtMs + t)
                             .build(arena));
    }
    return job;
}

// One store for both scenarios, written once (600,000 tasks take a while).
struct FleetStore
{
    QTemporaryDir dir;
    QString path;
    int jobs = 0;
    int servers = 0; // 30 tasks per server, the quick mode's tenth included
};

const FleetStore &fleetStore(const Options &o)
{
    static FleetStore store;
    if (!store.path.isEmpty())
        return store;
    store.path = store.dir.filePath(QStringLiteral("fleet.sqlite"));
    store.jobs = o.scale(2000);
    store.servers = o.scale(20000);
    Connection c(store.path);
    const QList<Job> list = listJobs(store.jobs);
    for (int j = 0; j < store.jobs; ++j)
        store::writeJobDetail(c.db(), fleetJob(list.at(j), j, store.servers), 1, nullptr);
    return store;
}

QList<Server> fleetServers(int count)
{
    QList<Server> servers;
    servers.reserve(count);
    for (int n = 0; n < count; ++n) {
        Server s;
        s.id = serverId(n);
        s.name = QStringLiteral("node-%1").arg(n, 5, 10, QLatin1Char('0'));
        s.status = QStringLiteral("RUNNING");
        s.flavor = n % 4 ? QStringLiteral("Snt9b.8xlarge") : QStringLiteral("Snt9.16xlarge");
        s.category = QStringLiteral("SERVER");
        servers.append(s);
    }
    return servers;
}

fleet::CompliancePolicy targetPolicy()
{
    fleet::CompliancePolicy p;
    p.fleet.driver = QStringLiteral("24.1.1.3");
    return p;
}

} // namespace

Scenario fleetFacts20kServers(const Options &o)
{
    const FleetStore &store = fleetStore(o);
    Connection c(store.path);
    qsizetype ours = 0;
    Scenario s;
    s.name = QStringLiteral("fleet_facts_20k_servers");
    s.goal = 1.5;
    s.ours = medianMs(o.reps, [&] { ours = fleet::readAllFacts(c.db()).size(); });
    qsizetype reference = 0;
    s.reference = medianMs(o.reps, [&] {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT server_id, max(CASE WHEN state = 'succeeded' AND (driver IS NOT NULL OR firmware IS NOT NULL)"
            " THEN sort_at END), sum(state = 'failed') FROM tasks NOT INDEXED WHERE provider = 'modelarts'"
            " GROUP BY server_id"));
        reference = 0;
        while (q.next()) {
            q.value(0);
            q.value(1);
            q.value(2);
            ++reference;
        }
    });
    s.note = QStringLiteral("%1 jobs x %2 tasks over %3 servers; every server's versions, last job, failures and "
                            "streak in its last 10 tasks and top error cluster (%4 servers), vs one GROUP BY of the "
                            "task table for the newest query time and the failure count (%5 servers)")
                 .arg(store.jobs)
                 .arg(kTasksPerJob)
                 .arg(store.servers)
                 .arg(ours)
                 .arg(reference);
    return s;
}

Scenario fleetRefresh1pct(const Options &o)
{
    const FleetStore &store = fleetStore(o);
    Connection c(store.path);
    const QList<Server> servers = fleetServers(store.servers);
    const qint64 now = 1'800'000'000'000;
    // The job that finished: its 200 servers, spread over the fleet.
    QStringList touched;
    for (int n = 0; n < store.servers / 100; ++n)
        touched << serverId(n * 100 + 37);

    fleet::FleetModel model;
    fleet::FleetFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(fleet::FleetModel::NameColumn);
    model.setPolicy(targetPolicy(), now);
    model.setAllFacts(fleet::readAllFacts(c.db()));
    model.setServers(servers);

    Scenario s;
    s.name = QStringLiteral("fleet_refresh_1pct");
    s.goal = 0.1;
    s.ours = medianMs(o.reps, [&] { model.updateFacts(touched, fleet::readFacts(c.db(), touched)); });
    int rows = 0;
    s.reference = medianMs(o.reps, [&] {
        fleet::FleetModel fresh;
        fleet::FleetFilterProxy freshProxy;
        freshProxy.setSourceModel(&fresh);
        freshProxy.sort(fleet::FleetModel::NameColumn);
        fresh.setPolicy(targetPolicy(), now);
        fresh.setAllFacts(fleet::readAllFacts(c.db()));
        fresh.setServers(servers);
        rows = freshProxy.rowCount();
    });
    s.note = QStringLiteral("%1 servers, a finished job on %2 of them: their facts read again and merged into the "
                            "model (behind a sorted proxy), vs every server's facts read and a new model and proxy "
                            "built (%3 rows)")
                 .arg(store.servers)
                 .arg(touched.size())
                 .arg(rows);
    return s;
}

} // namespace liteops::bench
