// SPDX-License-Identifier: Apache-2.0
// The console and the local store, offscreen against the in-process simulator: the
// last-known job list at once (labelled with its age) before the cloud answers, then merged
// with selection kept; the offline banner; a stored finished job (ModelArts, ServiceStage,
// IEF) opened without a request; a wizard run's finished job kept; Clear Local Data of one
// profile; the sandbox's throw-away store; the sync's progress in the status bar; a real
// liteops-cli on the same store file while the console syncs and refreshes.
#include "cli_process.h"
#include "console_fixture.h"
#include "detail_sync.h"
#include "error_banner.h"
#include "job_monitor.h"
#include "local_store.h"
#include "profile_cache.h"
#include "store_paths.h"
#include "wavesubmitter.h"
#include "wizard_gui_helpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace liteops;
using namespace liteops::ui;
using namespace liteops::ui::test;

namespace {

ClientConfig configFor(const sim::Simulator &sim)
{
    ClientConfig c;
    c.endpoints.modelArts = c.endpoints.serviceStage = c.endpoints.ief = c.endpoints.iam = sim.baseUrl();
    c.projectId = sim.projectId();
    c.credentials.mode = Credentials::Mode::Token;
    c.credentials.token = QStringLiteral("console-local-data-token");
    return c;
}

LaunchOptions launchFor(const QUrl &endpoint, const QString &projectId)
{
    LaunchOptions o;
    o.endpoint = endpoint;
    o.projectId = projectId;
    return o;
}

} // namespace

class ConsoleLocalDataTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    std::unique_ptr<sim::Simulator> startSim(int jobs)
    {
        sim::SimOptions o;
        o.jobs = jobs;
        o.noAuth = true;
        auto s = std::make_unique<sim::Simulator>(o);
        QString error;
        if (!s->start(&error))
            qFatal("simulator: %s", qPrintable(error));
        return s;
    }

    // Fills the profile's store the way an earlier session would have: the list and the
    // details of every finished job. Returns the stored list.
    QList<Job> prefill(sim::Simulator &sim)
    {
        CloudClient client(configFor(sim));
        store::LocalStore store(store::storeFilePath(sim.baseUrl(), sim.projectId()));
        QList<Job> jobs;
        auto *call = client.listJobs();
        call->setAutoDelete(false);
        QSignalSpy done(call, &CloudCall::finished);
        if (!done.wait(30000))
            return {};
        jobs = call->result().value();
        delete call;
        store.putJobList(jobs);
        DetailSync sync(&client, &store);
        QSignalSpy synced(&sync, &DetailSync::finished);
        sync.start();
        synced.wait(60000);
        store.flush();
        return jobs;
    }

    // The list the console asks for (hidden jobs left out).
    QList<Job> visibleJobs(sim::Simulator &sim)
    {
        CloudClient client(configFor(sim));
        JobQuery q;
        q.visible = true;
        auto *call = client.listJobs(q);
        call->setAutoDelete(false);
        QSignalSpy done(call, &CloudCall::finished);
        done.wait(30000);
        const QList<Job> jobs = call->result().ok() ? call->result().value() : QList<Job>();
        delete call;
        return jobs;
    }

    store::StoreStats readStats(store::LocalStore &local)
    {
        std::optional<store::StoreStats> stats;
        local.read<store::StoreStats>(
            this, [](const store::StoreReader &r) { return r.stats(); }, [&](store::StoreStats s) { stats = s; });
        if (!QTest::qWaitFor([&] { return stats.has_value(); }, 10000))
            qWarning("the store did not answer in time");
        return stats.value_or(store::StoreStats{});
    }

private slots:
    void initTestCase()
    {
        useTemporarySettings(&m_settings);
        qputenv("LITEOPS_AUTH_TOKEN", "console-local-data-token");
    }
    void cleanupTestCase() { removeTestData(); }

    void opensOnStoredListThenMerges()
    {
        auto sim = startSim(300);
        const QList<Job> stored = prefill(*sim);
        QVERIFY(stored.size() > 100);
        // The cloud's list takes a while: the stored one must not wait for it.
        QVERIFY(sim->addFault(QStringLiteral("GET /dev-servers/jobs$ latency 8000"), nullptr));
        Console c({}, 400, 600000, launchFor(sim->baseUrl(), sim->projectId()));
        QTRY_VERIFY_WITH_TIMEOUT(c.list()->showsStoredJobs(), 4500);
        // The newest rows come first, the rest of the stored list a moment later.
        QTRY_COMPARE_WITH_TIMEOUT(c.list()->model()->rowCount(), stored.size(), 6000);
        QVERIFY2(c.window->monitor()->listInFlight(), "the stored list waited for the cloud");
        QVERIFY2(c.list()->statusText().contains(QStringLiteral("as of")), qPrintable(c.list()->statusText()));
        // The user picks a row meanwhile; the cloud's answer merges without losing it.
        QString picked;
        const QList<Job> visible = visibleJobs(*sim);
        QVERIFY(visible.size() > 100);
        picked = visible.at(5).id;
        QVERIFY(c.list()->selectJob(picked));
        QTRY_VERIFY_WITH_TIMEOUT(!c.list()->showsStoredJobs(), 30000);
        QCOMPARE(c.list()->currentJobId(), picked);
        QVERIFY(!c.list()->statusText().contains(QStringLiteral("as of")));
        QCOMPARE(c.list()->model()->rowCount(), visible.size());
    }

    void storedFinishedJobOpensWithoutRequest()
    {
        auto sim = startSim(30);
        const QList<Job> stored = prefill(*sim);
        QString finished;
        for (const Job &j : stored)
            if (j.status == QLatin1String("FINISHED"))
                finished = j.id;
        QVERIFY(!finished.isEmpty());
        Console c({}, 400, 600000, launchFor(sim->baseUrl(), sim->projectId()));
        LITEOPS_WAIT_FOR_LIST(c);
        QTRY_VERIFY_WITH_TIMEOUT(!c.window->monitor()->listInFlight(), 30000);
        // The sync has nothing to fetch (the store has every finished detail).
        QTRY_VERIFY_WITH_TIMEOUT(!c.window->localData()->sync()->isRunning(), 30000);
        const int before = sim->requestCount();
        LITEOPS_OPEN_JOB(c, finished);
        qsizetype truthTasks = -1;
        for (const Job &j : sim->jobs())
            if (j.id == finished)
                truthTasks = j.tasks.size();
        QCOMPARE(c.detail()->job().tasks.size(), truthTasks);
        QCOMPARE(sim->requestCount(), before);
        QVERIFY(!c.window->monitor()->jobInFlight());
    }

    // A finished ServiceStage or IEF job, once opened by id, is stored like a ModelArts one:
    // opened again, it shows at once without a request, and never joins the job list.
    void storedServiceStageAndIefJobsOpenWithoutRequest()
    {
        auto sim = startSim(10);
        sim::SimOptions options; // the sample jobs depend on the seed alone
        QList<JobRef> finished;
        for (const sim::SampleJob &sample : sim::Simulator::sampleJobs(options)) {
            const bool known = std::any_of(finished.cbegin(), finished.cend(),
                                           [&](const JobRef &r) { return r.provider == sample.provider; });
            if (!known && isFinalState(stateFromStatus(sample.status)))
                finished.append({sample.provider, sample.id, {}});
        }
        QCOMPARE(finished.size(), 2); // one of each
        Console c({}, 400, 600000, launchFor(sim->baseUrl(), sim->projectId()));
        LITEOPS_WAIT_FOR_LIST(c);
        QTRY_VERIFY_WITH_TIMEOUT(!c.window->monitor()->listInFlight(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!c.window->localData()->sync()->isRunning(), 30000);
        const int listRows = c.list()->model()->rowCount();
        QHash<QString, Job> fetched;
        for (const JobRef &ref : std::as_const(finished)) {
            const int before = sim->requestCount();
            c.window->openJob(ref);
            QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == ref.id, 30000);
            QVERIFY(sim->requestCount() > before); // the first time from the service
            fetched.insert(ref.id, c.detail()->job());
        }
        for (const JobRef &ref : std::as_const(finished)) {
            const int before = sim->requestCount();
            c.window->openJob(ref);
            QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == ref.id, 10000);
            QCOMPARE(c.detail()->job(), fetched.value(ref.id));
            QCOMPARE(sim->requestCount(), before);
            QVERIFY(!c.window->monitor()->jobInFlight());
        }
        QCOMPARE(c.list()->model()->rowCount(), listRows);
    }

    void offlineBannerOverStoredData()
    {
        QUrl deadUrl;
        QString project;
        QList<Job> stored;
        {
            auto sim = startSim(20);
            stored = prefill(*sim);
            deadUrl = sim->baseUrl();
            project = sim->projectId();
        } // the cloud is gone
        QVERIFY(!stored.isEmpty());
        Console c({}, 400, 600000, launchFor(deadUrl, project));
        QTRY_VERIFY_WITH_TIMEOUT(c.list()->showsStoredJobs(), 5000);
        QCOMPARE(c.list()->model()->rowCount(), stored.size());
        QTRY_VERIFY_WITH_TIMEOUT(c.list()->banner()->isVisible(), 60000);
        QVERIFY2(c.list()->banner()->title().startsWith(QStringLiteral("Offline — showing data as of")),
                 qPrintable(c.list()->banner()->title()));
        // Still the stored rows, still usable.
        QCOMPARE(c.list()->model()->rowCount(), stored.size());
    }

    // File › Clear Local Data, answered Yes, empties this profile's store and no other's.
    void clearLocalDataForgetsThisProfileOnly()
    {
        auto sim = startSim(10);
        QVERIFY(!prefill(*sim).isEmpty());
        const QString otherPath = store::storeFilePath(QUrl(QStringLiteral("https://other.example")), "other");
        {
            store::LocalStore other(otherPath);
            other.putJobList({Job{.id = QStringLiteral("kept")}});
            other.flush();
        }
        Console c({}, 400, 600000, launchFor(sim->baseUrl(), sim->projectId()));
        LITEOPS_WAIT_FOR_LIST(c);
        QTRY_VERIFY_WITH_TIMEOUT(!c.window->monitor()->listInFlight(), 30000);
        store::LocalStore *local = c.window->localData()->store();
        QVERIFY(readStats(*local).jobs > 0);
        // The question is modal: answer it once it shows.
        QTimer answer;
        QObject::connect(&answer, &QTimer::timeout, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                answer.stop();
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer.start(20);
        c.window->action(MainAction::ClearLocalData)->trigger();
        QVERIFY(!answer.isActive()); // it was asked and answered
        const store::StoreStats cleared = readStats(*local);
        QCOMPARE(cleared.jobs + cleared.tasks + cleared.finishedDetails, 0);
        store::LocalStore other(otherPath);
        QCOMPARE(readStats(other).jobs, 1);
    }

    // A job the console's wizard submits is polled until it settles; that finished detail,
    // every task with it, is in the store afterwards (opening it later needs no request).
    void wizardRunsFinishedJobIsStored()
    {
        namespace W = liteops::wizardtest;
        sim::SimOptions o;
        o.jobs = 5;
        o.noAuth = true;
        o.taskDurationMs = 100;
        o.failureRate = 0;
        sim::Simulator sim(o);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        Console c({}, 400, 600000, launchFor(sim.baseUrl(), sim.projectId()));
        LITEOPS_WAIT_FOR_LIST(c);
        c.window->action(MainAction::NewJob)->trigger();
        CreateJobWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = c.window->findChild<CreateJobWizard *>()) != nullptr);
        WizardState *state = W::stateOf(wizard);
        state->setPollIntervalMs(60);
        QTRY_VERIFY_WITH_TIMEOUT(state->templatesLoad() == WizardState::Load::Loaded, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(state->serversLoad() == WizardState::Load::Loaded, 20000);
        QStringList servers;
        for (const Server &s : sim.servers()) {
            if (s.status == QLatin1String("RUNNING") && servers.size() < 3)
                servers << s.id;
        }
        QVERIFY(W::chooseType(wizard, QStringLiteral("HDK_QUERY")));
        QVERIFY(W::clickNext(wizard));
        W::child<QPlainTextEdit>(wizard, QStringLiteral("pasteBox"))->setPlainText(servers.join(u'\n'));
        QTest::mouseClick(W::child<QPushButton>(wizard, QStringLiteral("addPastedButton")), Qt::LeftButton);
        QVERIFY(W::clickNext(wizard));
        QVERIFY(W::clickNext(wizard)); // HDK_QUERY has no parameters
        QVERIFY(W::clickNext(wizard)); // options
        QCOMPARE(wizard->currentId(), int(CreateJobWizard::ReviewPageId));
        QVERIFY(W::clickNext(wizard)); // Submit
        WaveSubmitter *run = wizard->submitter();
        QTRY_COMPARE_WITH_TIMEOUT(run->runState(), WaveSubmitter::RunState::Finished, 20000);
        QCOMPARE(run->createdJobIds().size(), 1);
        const QString id = run->createdJobIds().first();
        std::optional<std::optional<Job>> stored;
        c.window->localData()->store()->read<std::optional<Job>>(
            this, [id](const store::StoreReader &r) { return r.finishedJob(id); },
            [&](const std::optional<Job> &job) { stored = job; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(stored->has_value());
        QVERIFY(isFinalState((*stored)->state));
        QCOMPARE((*stored)->tasks.size(), servers.size());
    }

    // The servers list the Fleet page fetches goes into the store, with when it was seen.
    void fleetServersListIsStored()
    {
        auto sim = startSim(10);
        Console c({}, 400, 600000, launchFor(sim->baseUrl(), sim->projectId()));
        LITEOPS_WAIT_FOR_LIST(c);
        store::LocalStore *local = c.window->localData()->store();
        QCOMPARE(readStats(*local).servers, 0);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        c.window->action(MainAction::ShowFleet)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(readStats(*local).servers, sim->servers().size(), 10000);
        std::optional<QList<store::StoredServer>> stored;
        local->read<QList<store::StoredServer>>(
            this, [](const store::StoreReader &r) { return r.servers(); },
            [&](const QList<store::StoredServer> &s) { stored = s; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(std::all_of(stored->cbegin(), stored->cend(),
                            [&](const store::StoredServer &s) { return s.seenAtMs >= before; }));
    }

    void damagedStoreMovedAsideWithOneMessage()
    {
        auto sim = startSim(10);
        const QString path = store::storeFilePath(sim->baseUrl(), sim->projectId());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x42'));
        f.close();
        Console c({}, 400, 600000, launchFor(sim->baseUrl(), sim->projectId()));
        QTRY_VERIFY_WITH_TIMEOUT(c.window->statusBar()->currentMessage().contains(QStringLiteral("moved aside")),
                                 10000);
        LITEOPS_WAIT_FOR_LIST(c); // the console works as ever
        QVERIFY(c.window->localData()->store()->isAvailable());
        const QStringList aside = QFileInfo(path).dir().entryList(
            {QFileInfo(path).fileName() + QStringLiteral(".broken-*")});
        QCOMPARE(aside.size(), 1);
    }

    // A store that cannot be opened (a folder where the file should be: what a read-only
    // data folder does) or that fills the disk: one clear message, and the console works on
    // without it (the list, a job).
    void unusableStoreOneMessageConsoleWorks()
    {
        auto sim = startSim(10);
        const QString path = store::storeFilePath(sim->baseUrl(), sim->projectId());
        QVERIFY(QDir().mkpath(path));
        {
            Console c({}, 400, 600000, launchFor(sim->baseUrl(), sim->projectId()));
            QTRY_VERIFY_WITH_TIMEOUT(c.window->statusBar()->currentMessage().startsWith(
                                         QStringLiteral("Local data is off")),
                                     10000);
            LITEOPS_WAIT_FOR_LIST(c);
            QVERIFY(!c.window->localData()->store()->isAvailable());
            LITEOPS_OPEN_JOB(c, c.list()->model()->jobs().first().id);
        }
        QVERIFY(QDir(path).removeRecursively());
        qputenv("LITEOPS_STORE_MAX_PAGES", "8"); // SQLite answers "disk full" past 8 pages
        const auto uncap = qScopeGuard([] { qunsetenv("LITEOPS_STORE_MAX_PAGES"); });
        Console c({}, 400, 600000, launchFor(sim->baseUrl(), sim->projectId()));
        LITEOPS_WAIT_FOR_LIST(c);
        QTRY_VERIFY_WITH_TIMEOUT(c.window->statusBar()->currentMessage().contains(QStringLiteral("disk is full")),
                                 10000);
        QVERIFY(!c.window->localData()->store()->isAvailable());
        LITEOPS_OPEN_JOB(c, c.list()->model()->jobs().last().id);
        QVERIFY(c.list()->model()->rowCount() > 0);
    }

    void sandboxUsesThrowAwayStore()
    {
        QString path;
        {
            Console c;
            LITEOPS_WAIT_FOR_LIST(c);
            QVERIFY(c.window->onSandbox());
            ProfileCache *cache = c.window->localData();
            QVERIFY(cache);
            QVERIFY(cache->isThrowAway());
            const QString profiles = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            path = cache->store()->path();
            QVERIFY(!path.startsWith(profiles));
            QTRY_VERIFY(QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path)); // thrown away with the window
    }

    void syncProgressInStatusBar()
    {
        auto sim = startSim(60);
        // Slow answers, so the status bar shows the sync while it runs.
        QVERIFY(sim->addFault(QStringLiteral("GET /dev-servers/jobs/[^/]+$ latency 100"), nullptr));
        Console c({}, 400, 600000, launchFor(sim->baseUrl(), sim->projectId()));
        LITEOPS_WAIT_FOR_LIST(c);
        QTRY_VERIFY_WITH_TIMEOUT(c.window->syncStatus()->isVisible(), 30000);
        auto *cancel = c.window->syncStatus()->findChild<QAbstractButton *>(QStringLiteral("syncCancel"));
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY(!c.window->syncStatus()->isVisible());
        QVERIFY(!c.window->localData()->sync()->isRunning());
    }

    // Issue 16: the console and a real liteops-cli on one profile at once. The console takes
    // the CLI's application names and XDG_DATA_HOME for this slot, so both open the same
    // *.sqlite file; while the console's sync runs and its list refreshes, the CLI runs
    // cache sync and jobs list. Nobody sees "database is locked", both keep working.
    void consoleAndCliShareOneStoreFile()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString data = home.filePath(QStringLiteral("data"));
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        const bool hadData = qEnvironmentVariableIsSet("XDG_DATA_HOME");
        const QByteArray oldData = qgetenv("XDG_DATA_HOME");
        const auto restore = qScopeGuard([=] {
            QCoreApplication::setOrganizationName(organization);
            QCoreApplication::setApplicationName(application);
            if (hadData)
                qputenv("XDG_DATA_HOME", oldData);
            else
                qunsetenv("XDG_DATA_HOME");
            QStandardPaths::setTestModeEnabled(true);
        });
        QStandardPaths::setTestModeEnabled(false);
        QCoreApplication::setOrganizationName(QStringLiteral("LiteOps")); // as cli_main.cpp
        QCoreApplication::setApplicationName(QStringLiteral("LiteOps"));
        qputenv("XDG_DATA_HOME", QFile::encodeName(data));

        auto sim = startSim(40);
        // Slow details, so the console's sync and the CLI's overlap.
        QVERIFY(sim->addFault(QStringLiteral("GET /dev-servers/jobs/[^/]+$ latency 60"), nullptr));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
                                 "HUAWEICLOUD_SDK_PROJECT_ID", "LITEOPS_AUTH_TOKEN", "DBUS_SESSION_BUS_ADDRESS",
                                 "LITEOPS_STORE_MAX_PAGES"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), data);
        env.insert(QStringLiteral("LITEOPS_AUTH_TOKEN"), QStringLiteral("console-local-data-token"));
        const QStringList profile{QStringLiteral("--endpoint"), sim->baseUrl().toString(),
                                  QStringLiteral("--project-id"), sim->projectId()};
        const auto cli = [&](const QStringList &args) {
            return liteops::test::runCli(QStringLiteral(LITEOPS_CLI_PATH), profile + args, env);
        };
        const QString locked = QStringLiteral("locked");

        QStringList messages; // every status bar message, however briefly shown (outlives the window)
        Console c({}, 400, 600000, launchFor(sim->baseUrl(), sim->projectId()));
        QVERIFY(c.window->localData());
        store::LocalStore *local = c.window->localData()->store();
        QSignalSpy problems(local, &store::LocalStore::problem);
        connect(c.window->statusBar(), &QStatusBar::messageChanged, this, [&](const QString &m) { messages << m; });
        QSignalSpy consoleSynced(c.window->localData()->sync(), &DetailSync::finished);
        QSignalSpy listed(c.window->monitor(), &JobMonitor::listLoaded);
        LITEOPS_WAIT_FOR_LIST(c);
        QTRY_VERIFY_WITH_TIMEOUT(c.window->localData()->sync()->isRunning(), 10000);
        QVERIFY(local->isAvailable());

        QProcess sync;
        sync.setProcessEnvironment(env);
        QSignalSpy cliSynced(&sync, &QProcess::finished);
        const auto stop = qScopeGuard([&] {
            if (sync.state() != QProcess::NotRunning) {
                sync.kill();
                sync.waitForFinished();
            }
        });
        sync.start(QStringLiteral(LITEOPS_CLI_PATH),
                   profile
                       + QStringList{QStringLiteral("cache"), QStringLiteral("sync"), QStringLiteral("--format"),
                                     QStringLiteral("json")});
        QVERIFY(c.window->localData()->sync()->isRunning()); // the two syncs overlap
        for (int i = 0; i < 4; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(!c.window->monitor()->listInFlight(), 10000);
            const qsizetype before = listed.size();
            c.window->monitor()->refreshList(); // the console writes the list meanwhile
            const liteops::test::CliRun r = cli({QStringLiteral("jobs"), QStringLiteral("list")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(!r.err.contains(locked, Qt::CaseInsensitive), qPrintable(r.err));
            QTRY_COMPARE_WITH_TIMEOUT(listed.size(), before + 1, 10000);
        }
        QVERIFY(!cliSynced.isEmpty() || cliSynced.wait(20000));
        const QString syncErr = QString::fromUtf8(sync.readAllStandardError());
        QCOMPARE(sync.exitStatus(), QProcess::NormalExit);
        QVERIFY2(sync.exitCode() == 0, qPrintable(syncErr));
        QVERIFY2(!syncErr.contains(locked, Qt::CaseInsensitive), qPrintable(syncErr));
        QVERIFY(!consoleSynced.isEmpty() || consoleSynced.wait(20000));
        QCOMPARE(consoleSynced.first().first().value<DetailSync::Outcome>(), DetailSync::Outcome::Completed);

        // The console keeps working: a refresh afterwards merges, and the store answers.
        QTRY_VERIFY_WITH_TIMEOUT(!c.window->monitor()->listInFlight(), 10000);
        const qsizetype before = listed.size();
        c.window->monitor()->refreshList();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), before + 1, 10000);
        QCOMPARE(c.list()->model()->rowCount(), visibleJobs(*sim).size());
        local->flush();
        QVERIFY(local->isAvailable());
        const store::StoreStats stats = readStats(*local);
        const liteops::test::CliRun status = cli(
            {QStringLiteral("cache"), QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QVERIFY2(!status.err.contains(locked, Qt::CaseInsensitive), qPrintable(status.err));
        const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(QDir::fromNativeSeparators(s.value(QStringLiteral("file")).toString()), local->path()); // one file
        QVERIFY(stats.jobs > 0);
        QCOMPARE(stats.jobs, s.value(QStringLiteral("jobs")).toInteger());
        QCOMPARE(stats.finishedDetails, s.value(QStringLiteral("finished_details")).toInteger());

        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().first().toString()));
        for (const QString &m : std::as_const(messages))
            QVERIFY2(!m.contains(locked, Qt::CaseInsensitive), qPrintable(m));
        for (const ErrorBanner *banner : c.window->findChildren<ErrorBanner *>())
            QVERIFY2(!banner->isVisible(), qPrintable(banner->title()));
    }
};

QTEST_MAIN(ConsoleLocalDataTest)
#include "console_local_data_test.moc"
