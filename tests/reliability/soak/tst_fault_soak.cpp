// SPDX-License-Identifier: Apache-2.0
// Fault soak: the console's polling and the wizard's wave submission run at the same time
// against a simulator with 500 servers while about 10% of all requests hit a random fault of
// every kind the simulator has (latency past the client's timeout, a 503 error body, a
// throttle, an HTML error page, a cut-off answer, malformed JSON, a paced answer). Then the
// faults stop and the test checks:
//   * nothing crashed, and both item models stayed consistent throughout
//     (QAbstractItemModelTester, fatal);
//   * the console's job list and the open job's task tree equal the simulator's truth;
//   * no job was created twice: each wave name has exactly one job, each create that reached
//     the service made that job, and the history claims it once;
//   * memory grew less than 10% between a sample after the first submission (warm-up) and
//     the end.
//
// The console part is the real thing minus the main window: JobMonitor polling the list and
// the open job into JobListPanel and JobDetailPanel, wired as MainWindow wires them, and a
// newly created job opened the way MainWindow::jobsCreated opens it. The wizard part is
// WaveSubmitter with a SubmissionHistory; an operator presses Resume whenever it halts.
//
// Faults per kind are counted exactly: every rule matches every request and the simulator's
// rules draw from a generator seeded with --seed, so replaying the same rules over the same
// number of requests through a FaultSet of our own gives the same hits.
#include "cloud_client.h"
#include "core/encode.h"
#include "fault_rules.h"
#include "job_detail_panel.h"
#include "job_list_model.h"
#include "job_list_panel.h"
#include "job_monitor.h"
#include "memory_sample.h"
#include "sim_thread.h"
#include "submission_plan.h"
#include "submissionhistory.h"
#include "job_filter_proxy.h"
#include "task_filter_proxy.h"
#include "task_panel.h"
#include "task_tree_model.h"
#include "wavesubmitter.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace liteops;
using namespace liteops::test;
using RunState = WaveSubmitter::RunState;

namespace {

const QString kAk = QStringLiteral("AKFAULTSOAK");
const QString kSk = QStringLiteral("SKfault-soak-secret-0001");
constexpr quint64 kSeed = 20260922;
constexpr int kServers = 500;
constexpr int kServersPerJob = 50;
constexpr int kSubmissions = 7; // the first one is the warm-up
constexpr int kClientTimeoutMs = 1000;

// Seven rules of p = 0.015 each: 1 - 0.985^7 = 10.0% of requests get a fault. Every rule
// matches every request (any method, every ModelArts path), which is what makes the
// per-kind count replayable (see the file comment).
const QStringList kFaultRules = {
    QStringLiteral("* ^/v1/ latency 1500 p=0.015"), // past the client's 1 s timeout
    QStringLiteral("* ^/v1/ status 503 p=0.015"),   QStringLiteral("* ^/v1/ throttle 1 p=0.015"),
    QStringLiteral("* ^/v1/ html 502 p=0.015"),     QStringLiteral("* ^/v1/ truncate p=0.015"),
    QStringLiteral("* ^/v1/ malformed p=0.015"),    QStringLiteral("* ^/v1/ slow 50000 p=0.015"),
};

const char *kindName(sim::FaultKind kind)
{
    switch (kind) {
    case sim::FaultKind::Latency: return "latency";
    case sim::FaultKind::Status: return "status";
    case sim::FaultKind::Throttle: return "throttle";
    case sim::FaultKind::Html: return "html";
    case sim::FaultKind::Truncate: return "truncate";
    case sim::FaultKind::Malformed: return "malformed";
    case sim::FaultKind::Slow: return "slow";
    case sim::FaultKind::IgnorePaging: return "ignore-paging"; // not injected here: it changes
    case sim::FaultKind::RejectPaging: return "reject-paging"; // what a listing holds
    }
    return "?";
}

// The simulator's Job carries the state of its raw status; the client refines it as
// documented (docs/ARCHITECTURE.md): a FINISHED job with failed nodes is partial, and failed
// when every one of its tasks failed (which only a detail with tasks can tell).
State expectedState(const Job &truth, bool withTasks)
{
    if (truth.state != State::Succeeded)
        return truth.state;
    const qsizetype failed = std::count_if(truth.tasks.cbegin(), truth.tasks.cend(),
                                           [](const Task &t) { return t.state() == State::Failed; });
    if (withTasks && !truth.tasks.isEmpty() && failed == truth.tasks.size())
        return State::Failed;
    return truth.abnormalCount > 0 || (withTasks && failed > 0) ? State::Partial : State::Succeeded;
}

// The history of one wave, line by line, never shows a create sent again while an earlier
// one may have made the job: after "unknown" only a reconciliation that found nothing
// ("reconciled-absent") allows another "sending"; after "created" nothing is sent again.
// Ends with the job known to exist.
bool neverSentBlindly(const QList<HistoryEntry> &lines, const QString &submission, int wave)
{
    enum class Step { Idle, InFlight, Unknown, Exists } step = Step::Idle;
    QStringList seen;
    for (const HistoryEntry &e : lines) {
        if (e.submissionId != submission || e.wave != wave)
            continue;
        seen << e.outcome;
        const QString &o = e.outcome;
        bool ok = false;
        if (o == QLatin1String("sending")) {
            ok = step == Step::Idle;
            step = Step::InFlight;
        } else if (o == QLatin1String("created")) {
            ok = step == Step::InFlight;
            step = Step::Exists;
        } else if (o == QLatin1String("unknown")) {
            ok = step == Step::InFlight || step == Step::Unknown;
            step = Step::Unknown;
        } else if (o == QLatin1String("reconciled-created")) {
            ok = step == Step::Unknown;
            step = Step::Exists;
        } else if (o == QLatin1String("reconciled-absent")) {
            ok = step == Step::Unknown;
            step = Step::Idle;
        } else if (o == QLatin1String("throttled") || o == QLatin1String("failed")) {
            ok = step == Step::InFlight;
            step = Step::Idle;
        } else if (o == QLatin1String("settled") || o == QLatin1String("budget")) {
            // What a created job did (its counts), or the budget it spent: no create.
            ok = step == Step::Exists;
        }
        if (!ok) {
            qWarning("wave %d: \"%s\" out of order in %s", wave, qPrintable(o), qPrintable(seen.join(u' ')));
            return false;
        }
    }
    if (step != Step::Exists)
        qWarning("wave %d ends without its job: %s", wave, qPrintable(seen.join(u' ')));
    return step == Step::Exists;
}

double mb(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

class FaultSoakTest : public QObject
{
    Q_OBJECT

private slots:
    void soak();
};

void FaultSoakTest::soak()
{
    // Regression check: a timed-out answer was read after abort(), and Qt warned about it
    // on every timeout (fixed in Exchange::onReadyRead).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
    QElapsedTimer wall;
    wall.start();
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());

    sim::SimOptions so;
    so.seed = kSeed;
    so.servers = kServers;
    so.jobs = 20;
    so.taskDurationMs = 3000; // created jobs run for up to 3 s: the console sees them change
    so.accessKey = kAk;
    so.secretKey = kSk;
    SimThread simulator(so);

    ClientConfig config;
    config.endpoints.modelArts = config.endpoints.serviceStage = config.endpoints.ief = config.endpoints.iam =
        simulator.baseUrl();
    config.projectId = simulator.projectId();
    config.credentials.mode = Credentials::Mode::AkSk;
    config.credentials.accessKey = kAk;
    config.credentials.secretKey = kSk;
    config.timeoutMs = kClientTimeoutMs;
    config.retryBaseDelayMs = 50;
    CloudClient client(config); // one client, shared by the console and the wizard as in the app

    // What the client saw, per HTTP status.
    QMap<int, int> seenStatus;
    int exchanges = 0;
    bool allModelArts = true;
    connect(&client, &CloudClient::requestFinished, this,
            [&](const QString &, const QString &path, int status, const QString &) {
        ++exchanges;
        ++seenStatus[status];
        allModelArts = allModelArts && path.startsWith(QLatin1String("/v1/"));
    });

    // The console: panels and monitor wired as MainWindow wires them.
    ui::JobListPanel listPanel;
    ui::JobDetailPanel detailPanel;
    listPanel.resize(900, 600);
    detailPanel.resize(900, 600);
    listPanel.show();
    detailPanel.show();
    QAbstractItemModelTester listTester(listPanel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester taskTester(detailPanel.tasks()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    // And the sorting/filtering proxies the views actually show.
    QAbstractItemModelTester listProxyTester(listPanel.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester taskProxyTester(detailPanel.tasks()->proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    JobMonitor monitor;
    int listLoads = 0, listFailures = 0, jobLoads = 0, jobFailures = 0;
    connect(&monitor, &JobMonitor::listLoadingChanged, &listPanel, &ui::JobListPanel::setLoading);
    connect(&monitor, &JobMonitor::listLoaded, &listPanel, [&](const QList<Job> &jobs, const QDateTime &at) {
        ++listLoads;
        listPanel.setJobs(jobs, at);
    });
    connect(&monitor, &JobMonitor::listFailed, &listPanel, [&](const CloudError &e) {
        ++listFailures;
        listPanel.showError(e);
    });
    connect(&monitor, &JobMonitor::jobLoaded, &detailPanel, [&](const Job &job, const QDateTime &at) {
        ++jobLoads;
        detailPanel.setJob(job, at);
    });
    connect(&monitor, &JobMonitor::jobFailed, &detailPanel, [&](const CloudError &e) {
        ++jobFailures;
        detailPanel.showError(e);
    });
    monitor.setClient(&client);
    monitor.setListQuery(JobQuery{}); // "show hidden jobs" on: the list is every job
    monitor.setIntervals(300, 200);
    monitor.setAutoRefresh(true);
    monitor.refreshList();
    QTRY_VERIFY_WITH_TIMEOUT(listLoads > 0, 20000);

    // Faults on; the request count at that moment is read atomically with adding the rules.
    const int requestsAtStart = simulator.get([](sim::Simulator &s) {
        for (const QString &rule : kFaultRules) {
            QString error;
            if (!s.addFault(rule, &error))
                qFatal("bad fault rule: %s", qPrintable(error));
        }
        return s.requestCount();
    });

    // The wizard: submissions of all 500 servers in waves of 50, one after the other.
    const QStringList serverIds = simulator.get([](sim::Simulator &s) {
        QStringList ids;
        for (const Server &server : s.servers())
            ids << server.id;
        return ids;
    });
    QCOMPARE(serverIds.size(), kServers);
    const SubmissionHistory history(dataDir.filePath(QStringLiteral("submission-history.jsonl")));
    WaveOptions options;
    options.wavesInFlight = 3;
    options.pollIntervalMs = 250;
    options.defaultThrottleWaitMs = 1000;
    QList<SubmissionPlan> plans;
    std::vector<std::unique_ptr<WaveSubmitter>> submitters;
    int resumes = 0;
    QString openedJob;
    MemorySample warm;
    qint64 warmUpMs = 0;

    for (int s = 0; s < kSubmissions; ++s) {
        CreateJobRequest base;
        base.name = QStringLiteral("soak-s%1").arg(s + 1);
        base.type = QStringLiteral("HDK_QUERY");
        base.description = QStringLiteral("fault soak");
        base.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
        base.serverIds = serverIds;
        plans.append(planSubmission(base, kServersPerJob));
        QCOMPARE(plans.last().waveCount(), kServers / kServersPerJob);

        auto submitter = std::make_unique<WaveSubmitter>(&client, history, QStringLiteral("soak"));
        WaveSubmitter *w = submitter.get();
        // The operator: Resume whenever the run halts (a wave refused, or its outcome
        // unknown). WaveSubmitter itself decides what is safe to send again.
        connect(w, &WaveSubmitter::runStateChanged, w, [w, &resumes](RunState state) {
            if (state == RunState::Halted || state == RunState::BudgetExceeded) {
                ++resumes;
                QTimer::singleShot(100, w, [w] { w->resume(); });
            }
        });
        // A created job is watched and opened, as MainWindow::jobsCreated does.
        connect(w, &WaveSubmitter::jobCreated, &monitor, [&](int, const QString &id) {
            monitor.watch(id);
            detailPanel.setLoading(id);
            monitor.openJob({Provider::ModelArts, id, {}});
            monitor.refreshList();
            openedJob = id;
        });
        QVERIFY(w->start(plans.last(), options));
        submitters.push_back(std::move(submitter));
        QTRY_VERIFY_WITH_TIMEOUT(w->runState() == RunState::Finished || resumes > 300, 240000);
        QVERIFY2(resumes <= 300, "the submission keeps halting");
        qInfo("soak: submission %d finished at %.1f s", s + 1, wall.elapsed() / 1000.0);
        if (s == 0) {
            warmUpMs = wall.elapsed();
            warm = MemorySample::take();
        }
    }
    const qint64 faultPhaseEndMs = wall.elapsed();

    // Faults off; the request count is read atomically with clearing the rules.
    const int requestsAtStop = simulator.get([](sim::Simulator &s) {
        s.clearFaults();
        return s.requestCount();
    });

    // Let the polling settle: the console must come to show exactly the simulator's truth.
    QString mismatch;
    const auto consoleMatchesTruth = [&]() -> bool {
        const QList<Job> truth = simulator.get([](sim::Simulator &s) { return s.jobs(); });
        const QList<Job> &rows = listPanel.model()->jobs();
        if (rows.size() != truth.size()) {
            mismatch = QStringLiteral("the list has %1 rows, the simulator %2 jobs").arg(rows.size()).arg(truth.size());
            return false;
        }
        for (const Job &t : truth) {
            const Job *row = listPanel.model()->jobAt(listPanel.model()->rowOfId(t.id));
            if (!row || row->name != t.name || row->type != t.type || row->status != t.status
                || row->state != expectedState(t, false) || row->abnormalCount != t.abnormalCount) {
                mismatch = QStringLiteral("list row %1 (%2) differs: %3 %4 failed %5, simulator %6 %7 failed %8; "
                                          "list call in flight %9, next poll in %10 ms, %11 loads")
                               .arg(t.id, t.name, row ? row->status : QString(),
                                    row ? QString(stateKey(row->state)) : QString())
                               .arg(row ? row->abnormalCount : -2)
                               .arg(t.status, QString(stateKey(expectedState(t, false))))
                               .arg(t.abnormalCount)
                               .arg(monitor.listInFlight())
                               .arg(monitor.nextListDelayMs())
                               .arg(listLoads);
                return false;
            }
        }
        const QString open = monitor.openJobRef().id;
        const auto truthOpen = std::find_if(truth.cbegin(), truth.cend(), [&](const Job &j) { return j.id == open; });
        const TaskTreeModel *tree = detailPanel.tasks()->model();
        if (open.isEmpty() || open != openedJob || truthOpen == truth.cend() || tree->jobId() != open
            || !detailPanel.hasJob() || detailPanel.job().status != truthOpen->status
            || detailPanel.job().state != expectedState(*truthOpen, true)) {
            mismatch = QStringLiteral("the open job %1 is not shown as the simulator has it").arg(open);
            return false;
        }
        if (tree->taskCount() != truthOpen->tasks.size()) {
            mismatch = QStringLiteral("the task tree has %1 tasks, the simulator %2")
                           .arg(tree->taskCount())
                           .arg(truthOpen->tasks.size());
            return false;
        }
        QHash<QString, const Task *> truthTasks;
        for (const Task &t : truthOpen->tasks)
            truthTasks.insert(t.id().toString(), &t);
        QSet<QString> seen;
        for (const QModelIndex &index : tree->taskIndexes()) {
            const Task *task = tree->taskAt(index);
            const Task *t = task ? truthTasks.value(task->id().toString()) : nullptr;
            if (!t || seen.contains(t->id().toString()) || task->status() != t->status() || task->state() != t->state()
                || task->targetId() != t->targetId() || task->message() != t->message()) {
                mismatch = QStringLiteral("task %1 differs").arg(task ? task->id().toString() : QString());
                return false;
            }
            seen.insert(t->id().toString());
        }
        mismatch.clear();
        return true;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(consoleMatchesTruth(), qPrintable(mismatch), 60000);
    const qint64 settledMs = wall.elapsed();
    const MemorySample end = MemorySample::take();

    // No duplicates: every wave name has exactly one job, made by exactly one create that
    // reached the service; the submitter and the history agree on its id.
    const QList<Job> truth = simulator.get([](sim::Simulator &s) { return s.jobs(); });
    QMap<QString, QStringList> idsByName;
    for (const Job &job : truth) {
        if (job.name.startsWith(QLatin1String("soak-")))
            idsByName[job.name].append(job.id);
    }
    QMap<QString, int> createsByName;
    for (const QByteArray &body : simulator.get([](sim::Simulator &s) { return s.receivedCreateBodies(); }))
        ++createsByName[QJsonDocument::fromJson(body).object().value(QStringLiteral("name")).toString()];
    int historySkipped = -1;
    QString historyError;
    const QList<HistoryEntry> lines = history.readAll(&historyError, &historySkipped);
    QCOMPARE(historyError, QString());
    QCOMPARE(historySkipped, 0);
    QMap<QString, int> outcomes;
    for (const HistoryEntry &e : lines)
        ++outcomes[e.outcome];

    int waves = 0;
    int duplicates = 0;
    for (int s = 0; s < kSubmissions; ++s) {
        const WaveSubmitter &w = *submitters.at(size_t(s));
        QCOMPARE(w.runState(), RunState::Finished);
        for (int i = 0; i < plans.at(s).waveCount(); ++i) {
            ++waves;
            const QString name = plans.at(s).requests.at(i).name;
            const QStringList ids = idsByName.value(name);
            duplicates += qMax(0, int(ids.size()) - 1);
            QVERIFY2(ids.size() == 1, qPrintable(QStringLiteral("%1 jobs named %2").arg(ids.size()).arg(name)));
            QCOMPARE(createsByName.value(name), 1);
            QCOMPARE(w.waves().at(i).jobIds, ids);
            int claims = 0;
            for (const HistoryEntry &e : lines) {
                if (e.submissionId != w.submissionId() || e.wave != i)
                    continue;
                QCOMPARE(e.request.value(QStringLiteral("name")).toString(), name);
                if (!e.jobId.isEmpty()) {
                    QCOMPARE(e.jobId, ids.constFirst());
                    ++claims;
                }
            }
            QCOMPARE(claims, 1);
            QVERIFY(neverSentBlindly(lines, w.submissionId(), i));
            if (QTest::currentTestFailed())
                return;
        }
    }
    QCOMPARE(idsByName.size(), waves); // and no job under a name the plans do not have

    // The fault figures, replayed (see the file comment), and what the client saw of them.
    QVERIFY2(allModelArts, "a request outside /v1/ would not have matched the rules");
    sim::FaultSet replay(kSeed);
    for (const QString &rule : kFaultRules)
        QVERIFY(replay.add(rule, nullptr));
    QMap<sim::FaultKind, int> injected;
    const int faultPhaseRequests = requestsAtStop - requestsAtStart;
    for (int i = 0; i < faultPhaseRequests; ++i) {
        if (const std::optional<sim::FaultRule> hit = replay.take("GET", QStringLiteral("/v1/p/dev-servers/jobs")))
            ++injected[hit->kind];
    }
    int totalInjected = 0;
    for (const sim::FaultKind kind :
         {sim::FaultKind::Latency, sim::FaultKind::Status, sim::FaultKind::Throttle, sim::FaultKind::Html,
          sim::FaultKind::Truncate, sim::FaultKind::Malformed, sim::FaultKind::Slow}) {
        QVERIFY2(injected.value(kind) > 0, kindName(kind)); // every kind was survived, not just configured
        totalInjected += injected.value(kind);
    }
    // Only the injected faults answer with these statuses; a call cancelled by the console
    // (another job opened) may never report its answer, so "at most".
    QVERIFY(seenStatus.value(503) <= injected.value(sim::FaultKind::Status));
    QVERIFY(seenStatus.value(429) <= injected.value(sim::FaultKind::Throttle));
    QVERIFY(seenStatus.value(502) <= injected.value(sim::FaultKind::Html));

    const double growth = warm.rssBytes > 0 ? 100.0 * double(end.rssBytes - warm.rssBytes) / double(warm.rssBytes)
                                            : 100.0;
    const double heapGrowth = warm.heapInUseBytes > 0 ? 100.0 * double(end.heapInUseBytes - warm.heapInUseBytes)
                                                            / double(warm.heapInUseBytes)
                                                      : 0.0;

    qInfo("soak: %d servers, %d submissions, %d waves of <= %d servers, %d jobs created, duplicates %d", kServers,
          kSubmissions, waves, kServersPerJob, int(idsByName.size()), duplicates);
    qInfo("soak: requests %d in total, %d while faults were on; client exchanges %d", requestsAtStop,
          faultPhaseRequests, exchanges);
    qInfo("soak: faults injected %d (%.1f%%): latency %d, status %d, throttle %d, html %d, truncate %d, malformed %d, "
          "slow %d",
          totalInjected, faultPhaseRequests > 0 ? 100.0 * totalInjected / faultPhaseRequests : 0.0,
          injected.value(sim::FaultKind::Latency), injected.value(sim::FaultKind::Status),
          injected.value(sim::FaultKind::Throttle), injected.value(sim::FaultKind::Html),
          injected.value(sim::FaultKind::Truncate), injected.value(sim::FaultKind::Malformed),
          injected.value(sim::FaultKind::Slow));
    qInfo("soak: client saw 503 x%d, 429 x%d, 502 x%d; status 0 (no HTTP answer) x%d", seenStatus.value(503),
          seenStatus.value(429), seenStatus.value(502), seenStatus.value(0));
    qInfo("soak: history %d lines: sending %d, created %d, unknown %d, reconciled-created %d, reconciled-absent %d, "
          "throttled %d, failed %d; resumes %d",
          int(lines.size()), outcomes.value(QStringLiteral("sending")), outcomes.value(QStringLiteral("created")),
          outcomes.value(QStringLiteral("unknown")), outcomes.value(QStringLiteral("reconciled-created")),
          outcomes.value(QStringLiteral("reconciled-absent")), outcomes.value(QStringLiteral("throttled")),
          outcomes.value(QStringLiteral("failed")), resumes);
    qInfo("soak: console list loads %d ok / %d failed, job loads %d ok / %d failed", listLoads, listFailures, jobLoads,
          jobFailures);
    qInfo("soak: RSS %.1f MB after warm-up, %.1f MB at the end (%+.1f%%); heap in use %.1f MB -> %.1f MB (%+.1f%%)",
          mb(warm.rssBytes), mb(end.rssBytes), growth, mb(warm.heapInUseBytes), mb(end.heapInUseBytes), heapGrowth);
    qInfo("soak: warm-up %.1f s, faults on until %.1f s, settled at %.1f s", warmUpMs / 1000.0,
          faultPhaseEndMs / 1000.0, settledMs / 1000.0);

#if defined(__SANITIZE_ADDRESS__)
    qInfo("soak: built with AddressSanitizer: its quarantine holds freed memory, RSS growth not checked");
#else
    QVERIFY2(growth < 10.0, qPrintable(QStringLiteral("RSS grew %1%").arg(growth, 0, 'f', 1)));
#endif
}

QTEST_MAIN(FaultSoakTest)
#include "tst_fault_soak.moc"
