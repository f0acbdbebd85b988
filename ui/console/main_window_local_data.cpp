// SPDX-License-Identifier: Apache-2.0
// The main window and the local store: the last-known job list at once on connect, every
// list and job detail handed to the store, stored finished jobs opened without a request,
// the background sync's progress and Cancel in the status bar, and "Clear Local Data".
#include "main_window.h"

#include "detail_sync.h"
#include "fleet_loader.h"
#include "fleet_page.h"
#include "job_detail_panel.h"
#include "job_list_panel.h"
#include "job_monitor.h"
#include "local_data_dialog.h"
#include "profile_cache.h"
#include "run_job_keeper.h"
#include "wizard/createjobwizard.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>

namespace liteops::ui {

void MainWindow::buildLocalData()
{
    auto *clear = new QAction(tr("C&lear Local Data…"), this);
    clear->setObjectName(QStringLiteral("clearLocalData"));
    clear->setStatusTip(tr("Forget the jobs and tasks kept on this computer for this connection"));
    m_actions[std::size_t(MainAction::ClearLocalData)] = clear;
    connect(clear, &QAction::triggered, this, &MainWindow::clearLocalData);

    m_syncStatus = new QWidget(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(m_syncStatus);
    layout->setContentsMargins(0, 0, 0, 0);
    m_syncLabel = new QLabel(m_syncStatus);
    auto *cancel = new QToolButton(m_syncStatus);
    cancel->setObjectName(QStringLiteral("syncCancel"));
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop fetching job history; it goes on from here next time"));
    cancel->setAutoRaise(true);
    layout->addWidget(m_syncLabel);
    layout->addWidget(cancel);
    connect(cancel, &QToolButton::clicked, this, [this] {
        if (m_localData)
            m_localData->sync()->cancel();
    });
    statusBar()->addPermanentWidget(m_syncStatus);
    m_syncStatus->hide();

    connect(m_monitor, &JobMonitor::listFailed, this, [this](const CloudError &e) { m_listError = e; });
    connect(m_monitor, &JobMonitor::listLoadingChanged, this, &MainWindow::updateForegroundBusy);
    connect(m_monitor, &JobMonitor::jobLoadingChanged, this, &MainWindow::updateForegroundBusy);
}

void MainWindow::setUpLocalData(const ClientConfig &config, bool sandbox)
{
    m_localData = std::make_unique<ProfileCache>(config, sandbox, m_client, RetentionSettings::load());
    m_syncStarted = false;
    m_listFromCloud = false;
    m_listError.reset();
    m_syncStatus->hide();
    action(MainAction::ClearLocalData)->setEnabled(true);
    // One clear message per problem; the console goes on without the store.
    connect(m_localData->store(), &store::LocalStore::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 20000); });
    connect(m_localData.get(), &ProfileCache::cachedListLoaded, this, &MainWindow::showCachedList);
    DetailSync *sync = m_localData->sync();
    connect(sync, &DetailSync::progress, this, [this](int done, int total) {
        m_syncLabel->setText(tr("Fetching job history: %1 of %2").arg(done).arg(total));
        m_syncStatus->setVisible(total > 0);
    });
    connect(sync, &DetailSync::finished, this, [this](DetailSync::Outcome outcome, const QString &message) {
        m_syncStatus->hide();
        if (outcome == DetailSync::Outcome::Failed)
            statusBar()->showMessage(tr("Job history was not fetched: %1").arg(message), 15000);
    });
    m_localData->loadCachedList();
    m_fleet->setProfile(m_connectionName, m_localData->store());
}

void MainWindow::showCachedList(const QList<Job> &jobs, const QDateTime &asOf)
{
    // The cloud answered first: its list stands.
    if (m_listFromCloud)
        return;
    m_list->setStoredJobs(jobs, asOf);
    // The cloud already failed to answer (no network answers at once): say so over the
    // stored rows rather than let them look live.
    if (m_listError)
        m_list->showError(*m_listError);
    if (!m_pendingSelection.isEmpty())
        m_list->selectJob(m_pendingSelection);
    else if (!m_detail->hasJob() && m_monitor->openJobRef().id.isEmpty())
        m_list->selectFirstRowIfNone();
}

void MainWindow::storeListAndSync(const QList<Job> &jobs)
{
    m_listFromCloud = true;
    m_listError.reset();
    if (!m_localData)
        return;
    m_localData->store()->putJobList(jobs);
    if (!m_syncStarted) {
        m_syncStarted = true;
        updateForegroundBusy();
        m_localData->sync()->start();
    }
}

void MainWindow::storeJob(const Job &job)
{
    if (!m_localData || m_showingStoredJob
        || !store::storeKeepsJob(job.provider, m_monitor->openJobRef().iefInstanceId))
        return;
    m_localData->store()->putJobDetail(job, m_monitor->openJobComplete() ? store::DetailTasks::Complete
                                                                         : store::DetailTasks::Partial);
    // ServiceStage steps and IEF nodes are no fleet servers.
    if (job.provider == Provider::ModelArts)
        m_fleet->loader()->jobStored(job); // read after the write: the store keeps their order
}

// A finished ModelArts job fetched apart from the open one (a watched job's notification):
// its detail is complete and final like any other.
void MainWindow::storeFinishedJob(const Job &job)
{
    if (!m_localData || !isFinalState(job.state))
        return;
    m_localData->store()->putJobDetail(job);
    m_fleet->loader()->jobStored(job); // read after the write: the store keeps their order
}

// A wizard holds the current client until it closes; its run's jobs are kept as they settle.
void MainWindow::trackWizard(QDialog *wizard)
{
    m_clientDialogs << wizard;
    if (auto *createJob = qobject_cast<CreateJobWizard *>(wizard))
        keepRunJobs(createJob->submitter());
}

// The jobs a run (a wizard's, the Fleet page's version query) polls until they settle are
// kept in the store by the same RunJobKeeper liteops-cli attaches to its runs.
void MainWindow::keepRunJobs(WaveSubmitter *run)
{
    if (!m_localData)
        return;
    if (RunJobKeeper *keeper = RunJobKeeper::attach(run, m_localData->store()))
        connect(keeper, &RunJobKeeper::jobKept, this, [this](const Job &job) { m_fleet->loader()->jobStored(job); });
}

void MainWindow::openJobFromStoreOrCloud(const JobRef &ref)
{
    if (!m_localData || !store::storeKeepsJob(ref.provider, ref.iefInstanceId)) {
        m_monitor->openJob(ref);
        return;
    }
    // A finished job never changes: the stored detail is the job. The store answers in a
    // moment, without a request; anything else goes to the service.
    // The previous job's call must not answer while the store looks: it would show the
    // previous job in place of this one.
    m_monitor->closeJob();
    const QPointer<ProfileCache> cache = m_localData.get();
    m_lookingUpJob = ref.id;
    m_localData->findFinishedJob(ref.provider, ref.id, this, [this, ref, cache](const std::optional<Job> &job) {
        // A ServiceStage or IEF job is no list row: only another open replaces it.
        const bool listMovedOn = ref.provider == Provider::ModelArts && m_pendingSelection != ref.id;
        if (cache != m_localData.get() || listMovedOn || m_lookingUpJob != ref.id)
            return; // another connection or another job by now
        m_lookingUpJob.clear();
        if (job) {
            m_showingStoredJob = true; // jobLoaded() is delivered inside this call
            m_monitor->openStoredJob(ref, *job, QDateTime::currentDateTimeUtc());
            m_showingStoredJob = false;
        } else
            m_monitor->openJob(ref);
    });
}

void MainWindow::updateForegroundBusy()
{
    if (m_localData)
        m_localData->sync()->setForegroundBusy(m_monitor->listInFlight() || m_monitor->jobInFlight());
}

void MainWindow::addLocalDataSettings(QMenu *menu)
{
    QAction *settings = menu->addAction(tr("&Local Data…"));
    settings->setObjectName(QStringLiteral("localDataSettings"));
    settings->setToolTip(tr("What this computer keeps for the connection, and for how long"));
    connect(settings, &QAction::triggered, this, [this] {
        auto *dialog = new LocalDataDialog(m_localData ? m_localData->store() : nullptr, m_connectionName, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LocalDataDialog::clearRequested, this, &MainWindow::clearLocalData);
        dialog->show();
    });
}

void MainWindow::clearLocalData()
{
    if (!m_localData)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Clear Local Data"),
                              tr("Forget every job and task kept on this computer for %1? Nothing in the cloud "
                                 "changes; the data is fetched again as needed.")
                                  .arg(m_connectionName));
    if (answer != QMessageBox::Yes)
        return;
    m_localData->clear();
    m_syncStarted = false;
    statusBar()->showMessage(tr("Local data cleared."), 8000);
}

} // namespace liteops::ui
