// SPDX-License-Identifier: Apache-2.0
// The main window's two pages — Jobs (the job list and the open job) and Fleet — and what
// feeds the Fleet page: the servers list (fetched when the page shows and on each job list
// refresh while it shows, the job list's polling rules, and stored with when it was seen)
// and the local store (facts of every server, then of a finished job's servers), and where
// the Fleet actions lead (the wizard, the store for a finished version query, the servers
// list after Reboot / Start / Stop).
#include "main_window.h"

#include "cloud_client.h"
#include "fleet_actions.h"
#include "fleet_loader.h"
#include "fleet_page.h"
#include "job_monitor.h"
#include "local_store.h"
#include "profile_cache.h"

#include <QAction>
#include <QStatusBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace liteops::ui {

QWidget *MainWindow::buildPages()
{
    m_pages = new QStackedWidget(this);
    m_fleet = new FleetPage(this);
    m_fleet->setObjectName(QStringLiteral("fleetPage"));
    m_pages->addWidget(m_split);
    m_pages->addWidget(m_fleet);

    auto addPageAction = [this](MainAction id, const QString &name, const QString &text, int page, Qt::Key key) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(QKeySequence(Qt::CTRL | key));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, page] { showPage(page); });
        addAction(a);
        m_actions[std::size_t(id)] = a;
    };
    addPageAction(MainAction::ShowJobs, QStringLiteral("showJobs"), tr("&Jobs"), 0, Qt::Key_1);
    addPageAction(MainAction::ShowFleet, QStringLiteral("showFleet"), tr("&Fleet"), 1, Qt::Key_2);

    connect(m_fleet, &FleetPage::openJobRequested, this, [this](const QString &id) {
        showPage(0);
        openJob({Provider::ModelArts, id, {}});
    });
    connectFleetActions();
    connect(m_fleet, &FleetPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // The servers list follows the job list's polling while the Fleet page shows.
    connect(m_monitor, &JobMonitor::listLoaded, this, [this] {
        if (m_pages->currentWidget() == m_fleet)
            refreshFleetServers();
    });
    return m_pages;
}

void MainWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    if (page == 1) {
        refreshFleetServers();
        m_fleet->loader()->reloadAll();
        m_fleet->table()->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::refreshFleetServers()
{
    if (!m_client)
        return;
    m_client->listServers()->then(m_fleet, [this](const Result<QList<Server>> &result) {
        if (!result.ok())
            return;
        m_fleet->loader()->setServers(result.value());
        // Kept with when it was seen: the Fleet page of the next start, or offline, shows it.
        if (m_localData)
            m_localData->store()->putServers(result.value());
    });
}

void MainWindow::connectFleetActions()
{
    m_fleetActions = new FleetActions(
        m_fleet,
        [this] {
        return FleetActions::Connection{m_client.data(), m_connectionName, submissionHistory()};
        },
        this);
    m_fleetActions->setPollIntervalMs(m_options.jobIntervalMs);
    connect(m_fleetActions, &FleetActions::newJobRequested, this, &MainWindow::newJobOnServers);
    connect(m_fleetActions, &FleetActions::upgradeRequested, this, [this](const CreateJobRequest &request) {
        if (!m_client)
            return;
        // The wizard on its options page with the upgrade's type, version and servers.
        if (QDialog *d = openRerun(
                m_client, m_connectionName, submissionHistory(), request, this,
                [this](const QStringList &ids) { jobsCreated(ids); }, gateNotifier()))
            trackWizard(d);
    });
    connect(m_fleetActions, &FleetActions::versionQueryStarted, this, &MainWindow::keepRunJobs);
    connect(m_fleetActions, &FleetActions::versionsQueried, this, &MainWindow::reloadQueriedServers);
    connect(m_fleetActions, &FleetActions::serversActedOn, this, &MainWindow::refreshFleetServers);
    connect(m_fleetActions, &FleetActions::clientDialogOpened, this, [this](QDialog *d) { m_clientDialogs << d; });
    connect(this, &MainWindow::connectionChanged, m_fleetActions, &FleetActions::updateEnabled);
    connect(m_fleetActions, &FleetActions::statusMessage, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
}

void MainWindow::reloadQueriedServers(const QList<Job> &, const QStringList &serverIds)
{
    if (!m_localData)
        return;
    // The query's settled jobs were stored as they settled (keepRunJobs); read after those
    // writes (the store keeps their order): these rows update by merge.
    m_fleet->loader()->reloadServers(serverIds);
}

} // namespace liteops::ui
