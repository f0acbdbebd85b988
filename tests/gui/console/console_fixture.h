// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared set-up of the console GUI tests: settings in a temporary directory, a session-only
// secret store, an observable notifier, and a MainWindow on the in-process simulator.
#include "test_credentials.h"
#include "history_location.h"
#include "job_detail_panel.h"
#include "job_list_model.h"
#include "job_list_panel.h"
#include "main_window.h"
#include "notifier.h"
#include "profile_store.h"
#include "secret_store.h"
#include "simulator_thread.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

namespace liteops::ui::test {

// Call once, before anything reads settings (initTestCase).
inline void useTemporarySettings(QTemporaryDir *dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LiteOpsTest"));
    // One application name per process: the wizard's draft and history files (under
    // AppDataLocation) are never shared with another test running at the same time.
    QCoreApplication::setApplicationName(QStringLiteral("console-%1").arg(QCoreApplication::applicationPid()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir->path());
    QSettings().clear();
}

// Call from cleanupTestCase: removes this process's data directory (drafts, history).
inline void removeTestData()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(historyFolder()).removeRecursively(); // the submission history's own folder
}

struct Console
{
    QSettings profileSettings{QSettings::IniFormat, QSettings::UserScope, QStringLiteral("LiteOpsTest"),
                              QStringLiteral("profiles")};
    ProfileStore profiles{&profileSettings};
    SecretStore secrets{SecretStore::Backend::MemoryOnly};
    Notifier notifier;
    std::unique_ptr<MainWindow> window;

    explicit Console(SandboxOptions sandbox = {}, int jobIntervalMs = 400, int listIntervalMs = 600000,
                     const LaunchOptions &launch = {})
    {
        profileSettings.clear();
        MainWindowOptions o;
        o.launch = launch;
        o.sandbox = sandbox;
        o.notifier = &notifier;
        o.profiles = &profiles;
        o.secrets = &secrets;
        o.jobIntervalMs = jobIntervalMs;
        o.listIntervalMs = listIntervalMs;
        o.selectionDelayMs = 0;
        window = std::make_unique<MainWindow>(o);
        window->resize(1360, 820);
        window->show();
        window->start();
        noteSandboxKeys();
    }
    ~Console()
    {
        noteSandboxKeys();
        window.reset();
    }

    // The sandbox signs with fresh random keys (product code, not a test default): the
    // secret-leak scan learns them from its ledger and searches for them like its canaries.
    void noteSandboxKeys() const
    {
        if (!window->sandbox()->isRunning())
            return;
        const Credentials keys = window->sandbox()->clientConfig().credentials;
        testenv::noteGenerated("ak", keys.accessKey);
        testenv::noteGenerated("sk", keys.secretKey);
    }

    // The sandbox's simulator runs on its own thread: its calls go through SimulatorThread.
    sim::SimulatorThread *sim() const { return window->sandbox()->simulator(); }
    JobListPanel *list() const { return window->jobList(); }
    JobDetailPanel *detail() const { return window->detail(); }

    // First job of the simulator's truth matching `pred`, or an empty job.
    Job simJob(const std::function<bool(const Job &)> &pred) const
    {
        const QList<Job> jobs = sim()->jobs();
        for (const Job &j : jobs)
            if (pred(j))
                return j;
        return {};
    }
};

} // namespace liteops::ui::test

// Waits (event loop running) until the list shows rows.
#define LITEOPS_WAIT_FOR_LIST(c) QTRY_VERIFY_WITH_TIMEOUT((c).list()->model()->rowCount() > 0, 30000)
// Opens a ModelArts job and waits until the detail panel shows it.
#define LITEOPS_OPEN_JOB(c, jobId)                                                                                     \
    do {                                                                                                               \
        (c).window->openJob({liteops::Provider::ModelArts, (jobId), {}});                                              \
        QTRY_VERIFY_WITH_TIMEOUT((c).detail()->hasJob() && (c).detail()->job().id == (jobId), 30000);                  \
    } while (false)
