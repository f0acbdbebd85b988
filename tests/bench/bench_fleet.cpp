// SPDX-License-Identifier: Apache-2.0
// Fleet scenarios: every server's facts from a store of 600,000 tasks over 20,000 servers
// (against one plain SQL aggregate over the same tasks), a finished job on 1% of the fleet
// updating the fleet model (merge against a rebuild), and the fleet table's first paint
// (against the same cells as QStandardItems in the same view).
#include "bench_data.h"
#include "bench_scenarios.h"
#include "bench_store_connection.h"
#include "display_format.h"
#include "fleet_facts.h"
#include "fleet_filter_proxy.h"
#include "fleet_model.h"
#include "store_writes.h"

#include <QHeaderView>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

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

// What the store would say about each server: most queried (on one of three drivers, some
// days ago), a last job, a few failures; one server in ten never queried.
QHash<QString, fleet::ServerFacts> syntheticFacts(const QList<Server> &servers, qint64 now)
{
    QHash<QString, fleet::ServerFacts> facts;
    facts.reserve(servers.size());
    for (qsizetype n = 0; n < servers.size(); ++n) {
        fleet::ServerFacts f;
        f.serverId = servers.at(n).id;
        if (n % 10) {
            f.driver = QStringLiteral("24.1.%1.3").arg(n % 3);
            f.firmware = QStringLiteral("7.5.0.5.220");
            f.queriedAtMs = now - (n % 9) * 24LL * 3600 * 1000;
            f.queryJobId = QStringLiteral("job-%1").arg(n % 200);
        }
        f.lastJobId = QStringLiteral("job-%1").arg(n % 300);
        f.lastJobType = QStringLiteral("HDK_UPGRADE");
        f.lastOutcome = n % 13 ? State::Succeeded : State::Failed;
        f.lastAtMs = now - n * 1000;
        f.recentTasks = 10;
        f.failuresRecent = int(n % 4);
        f.failureStreak = n % 13 ? 0 : 2;
        if (f.failuresRecent) {
            f.topErrorCluster = QStringLiteral("npu <n> timeout after <n> s");
            f.topErrorCount = f.failuresRecent;
        }
        facts.insert(f.serverId, f);
    }
    return facts;
}

// The fleet table's cells as QStandardItems, formatted from the same servers and facts as the
// model's (as load_20k_tasks' reference formats its tasks' cells).
QList<QStandardItem *> standardRow(const Server &s, const fleet::ServerFacts *f, const fleet::CompliancePolicy &policy,
                                   qint64 now)
{
    const fleet::ComplianceResult compliance = fleet::evaluateCompliance(f, s.flavor, policy, now);
    const auto text = [f](auto field) { return f ? field(*f) : QString(); };
    return {
        new QStandardItem(s.name),
        new QStandardItem(s.id),
        new QStandardItem(s.status),
        new QStandardItem(s.flavor),
        new QStandardItem(s.category),
        new QStandardItem(s.privateIps.join(QLatin1String(", "))),
        new QStandardItem(s.imageArch),
        new QStandardItem(text([](const fleet::ServerFacts &x) { return x.driver; })),
        new QStandardItem(text([](const fleet::ServerFacts &x) { return x.firmware; })),
        new QStandardItem(text([](const fleet::ServerFacts &x) { return formatLocalTime(x.queriedAtMs); })),
        new QStandardItem(fleet::complianceLabel(compliance.state)),
        new QStandardItem(text([](const fleet::ServerFacts &x) { return x.lastJobType; })),
        new QStandardItem(text([](const fleet::ServerFacts &x) { return stateDisplayName(x.lastOutcome); })),
        new QStandardItem(text([](const fleet::ServerFacts &x) { return formatLocalTime(x.lastAtMs); })),
        new QStandardItem(text([](const fleet::ServerFacts &x) { return QString::number(x.failuresRecent); })),
        new QStandardItem(text([](const fleet::ServerFacts &x) { return QString::number(x.failureStreak); })),
        new QStandardItem(
            text([](const fleet::ServerFacts &x) { return x.isFlaky() ? x.topErrorCluster : QString(); })),
    };
}

QStandardItemModel *standardItemsFor(const QList<Server> &servers, const QHash<QString, fleet::ServerFacts> &facts,
                                     qint64 now)
{
    auto *model = new QStandardItemModel(0, fleet::FleetModel::ColumnCount);
    const fleet::CompliancePolicy policy = targetPolicy();
    for (const Server &s : servers) {
        const auto it = facts.constFind(s.id);
        model->appendRow(standardRow(s, it == facts.cend() ? nullptr : &*it, policy, now));
    }
    return model;
}

// The Fleet page's table: rows selected whole, one line each, no row header, fixed widths.
void prepareFleetTable(QTableView &view)
{
    prepareView(view, fleet::FleetModel::ColumnCount);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view.horizontalHeader()->setDefaultSectionSize(1200 / fleet::FleetModel::ColumnCount);
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

Scenario loadFleet20k(const Options &o)
{
    const QList<Server> servers = fleetServers(o.scale(20000));
    const qint64 now = 1'800'000'000'000;
    const QHash<QString, fleet::ServerFacts> facts = syntheticFacts(servers, now);
    QTableView view;
    prepareFleetTable(view);
    // Ours: the model and its sorted proxy, as the page makes them, from servers and facts.
    std::unique_ptr<fleet::FleetModel> model;
    std::unique_ptr<fleet::FleetFilterProxy> proxy;
    std::unique_ptr<QStandardItemModel> items;
    auto dropModels = [&] {
        view.setModel(nullptr);
        proxy.reset();
        model.reset();
        items.reset();
    };

    Scenario s;
    s.name = QStringLiteral("load_fleet_20k");
    s.goal = 0.5;
    s.ours = medianMs(
        o.reps,
        [&] {
        model = std::make_unique<fleet::FleetModel>();
        proxy = std::make_unique<fleet::FleetFilterProxy>();
        proxy->setSourceModel(model.get());
        proxy->sort(fleet::FleetModel::NameColumn);
        model->setPolicy(targetPolicy(), now);
        model->setAllFacts(facts);
        model->setServers(servers);
        view.setModel(proxy.get());
        paintNow(view);
        },
        dropModels);
    dropModels();
    s.reference = medianMs(
        o.reps,
        [&] {
        items.reset(standardItemsFor(servers, facts, now));
        view.setModel(items.get());
        paintNow(view);
        },
        dropModels);
    dropModels();
    s.note = QStringLiteral("%1 servers with their facts -> FleetModel (compliance of each) behind the sorted "
                            "FleetFilterProxy -> QTableView first paint; reference: the same %2 columns formatted "
                            "from the same servers and facts into QStandardItems in the same view (unsorted)")
                 .arg(servers.size())
                 .arg(int(fleet::FleetModel::ColumnCount));
    return s;
}

} // namespace liteops::bench
