// SPDX-License-Identifier: Apache-2.0
#include "main_window.h"
#include "profile_cache.h"

#include "about_dialog.h"
#include "adaptive_toolbar.h"
#include "app_settings.h"
#include "window_fit.h"
#include "language_menu.h"
#include "shortcuts_dialog.h"
#include "theme_menu.h"
#include "cloud_client.h"
#include "compliance_settings.h"
#include "error_banner.h"
#include "export_path.h"
#include "icons.h"
#include "job_detail_panel.h"
#include "job_filter_bar.h"
#include "job_list_model.h"
#include "job_list_panel.h"
#include "job_summary_view.h"
#include "header_columns.h"
#include "history_location.h"
#include "open_job_dialog.h"
#include "profile_store.h"
#include "profiles_dialog.h"
#include "rerun_request.h"
#include "secret_store.h"
#include "server_actions.h"
#include "server_selection.h"
#include "simulator.h"
#include "world.h"
#include "table_export.h"
#include "task_panel.h"
#include "task_tree_model.h"
#include "tray_notifier.h"
#include "version_drift_panel.h"
#include "wizard_bridge.h"
#include "fleet_page.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QScreen>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace liteops::ui {
namespace {
// Items of the connection box: the sandbox, then profiles, then "Manage…".
constexpr int kKindRole = Qt::UserRole;
enum ConnectionKind { SandboxItem, ProfileItem, EndpointItem, ManageItem };
} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_list(new JobListPanel(this)), m_detail(new JobDetailPanel(this)),
      m_split(new QSplitter(Qt::Horizontal, this)), m_monitor(new JobMonitor(this)),
      m_sandbox(new SandboxController(this)), m_notifier(options.notifier), m_profiles(options.profiles),
      m_secrets(options.secrets), m_connection(new QComboBox(this)), m_sandboxBadge(new QLabel(this)),
      m_statusConnection(new QLabel(this)), m_statusRefresh(new QLabel(this)), m_selectionTimer(new QTimer(this))
{
    setWindowTitle(tr("LiteOps"));
    setWindowIcon(appIcon());
    useDefaultServices();
    buildCentralSplit();
    m_monitor->setIntervals(options.listIntervalMs, options.jobIntervalMs);
    connectServerActions();
    buildActions();
    buildLocalData();
    buildToolBar();
    buildMenus();
    buildStatusBar();
    setUpDelayedSelection();
    connectListPanel();
    connectMonitor();
    connectConnectionBox();
    followFocusedPane();
    orderTabStops();

    restoreSettings();
    reloadConnectionBox();
    updateActions();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the window, which moves focus: no more slots on half-destroyed members.
    disconnect(qApp, nullptr, this, nullptr);
    m_monitor->setClient(nullptr);
    m_localData.reset(); // its sync's calls belong to the client
    delete m_client;
}

// What the options leave out: a tray notifier, the default profiles, the OS keychain.
void MainWindow::useDefaultServices()
{
    if (!m_notifier)
        m_notifier = new TrayNotifier(this);
    if (!m_profiles) {
        m_ownedProfiles = std::make_unique<ProfileStore>();
        m_profiles = m_ownedProfiles.get();
    }
    if (!m_secrets)
        m_secrets = new SecretStore(SecretStore::Backend::Auto, this);
}

void MainWindow::buildCentralSplit()
{
    m_split->addWidget(m_list);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    setCentralWidget(buildPages());
}

void MainWindow::connectServerActions()
{
    m_serverActions = new ServerActions(m_detail, this);
    connect(m_serverActions, &ServerActions::newJobRequested, this, &MainWindow::newJobOnServers);
    connect(m_serverActions, &ServerActions::rerunRequested, this, &MainWindow::rerunOnServers);
    connect(m_serverActions, &ServerActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
}

void MainWindow::buildStatusBar()
{
    // A long connection line is cut, never widening the window (the tooltip has it whole).
    m_statusConnection->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_statusConnection, 1);
    statusBar()->addPermanentWidget(m_statusRefresh);
}

// Arrowing through the list opens the job under the cursor after a short pause.
void MainWindow::setUpDelayedSelection()
{
    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(m_options.selectionDelayMs);
    connect(m_selectionTimer, &QTimer::timeout, this, [this] {
        // Opened (or being looked up in the local store) by then: opening it again would
        // reset the task tree and lose the user's selection.
        if (m_pendingSelection.isEmpty() || m_monitor->openJobRef().id == m_pendingSelection
            || m_lookingUpJob == m_pendingSelection)
            return;
        openJob({Provider::ModelArts, m_pendingSelection, {}});
    });
}

void MainWindow::connectListPanel()
{
    connect(m_list, &JobListPanel::currentJobChanged, this, &MainWindow::onJobSelected);
    connect(m_list, &JobListPanel::jobActivated, this, [this](const QString &id) {
        if (id.isEmpty())
            return;
        m_selectionTimer->stop();
        openJob({Provider::ModelArts, id, {}});
        m_detail->tasks()->view()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_list, &JobListPanel::retryRequested, m_monitor, &JobMonitor::refreshList);
    connect(m_list, &JobListPanel::newJobRequested, this, &MainWindow::newJob);
    connect(m_list->filterBar(), &JobFilterBar::showHiddenChanged, this, [this](bool on) {
        JobQuery q;
        if (!on)
            q.visible = true;
        m_monitor->setListQuery(q);
        m_monitor->refreshList();
    });
    connect(m_detail, &JobDetailPanel::retryRequested, m_monitor, &JobMonitor::refreshJob);
}

void MainWindow::connectMonitor()
{
    connect(m_monitor, &JobMonitor::listLoadingChanged, m_list, &JobListPanel::setLoading);
    connect(m_monitor, &JobMonitor::listCompleteness, m_list, &JobListPanel::setCompleteness);
    connect(m_monitor, &JobMonitor::listLoaded, this, &MainWindow::showLoadedList);
    connect(m_monitor, &JobMonitor::listFailed, this, [this](const CloudError &e) {
        m_list->showError(e);
        updateStatusBar();
    });
    connect(m_monitor, &JobMonitor::jobLoaded, this, &MainWindow::showLoadedJob);
    connect(m_monitor, &JobMonitor::jobFailed, this, [this](const CloudError &e) {
        m_openedByIdPending = {}; // an id that did not open is no "recent job"
        m_detail->showError(e);
        updateStatusBar();
    });
    connect(m_monitor, &JobMonitor::watchedJobFinished, this, [this](const Job &job) {
        storeFinishedJob(job); // fetched for the notification: a detail like any other
        m_notifier->notify(finishedJobNotification(job));
    });
}

void MainWindow::showLoadedList(const QList<Job> &jobs, const QDateTime &at)
{
    m_list->setJobs(jobs, at);
    storeListAndSync(jobs);
    if (!m_pendingSelection.isEmpty()) {
        if (m_list->currentJobId() != m_pendingSelection)
            m_list->selectJob(m_pendingSelection); // e.g. --open-job, or a job just created
    } else if (!m_detail->hasJob() && m_monitor->openJobRef().id.isEmpty()) {
        m_list->selectFirstRowIfNone();
    }
    updateStatusBar();
}

void MainWindow::showLoadedJob(const Job &job, const QDateTime &at)
{
    // An id typed into Open Job by Id joins Recent once its job has opened.
    if (!m_openedByIdPending.id.isEmpty() && job.id == m_openedByIdPending.id) {
        OpenJobDialog::rememberJob(m_openedByIdPending);
        m_openedByIdPending = {};
    }
    // The Fleet page's target for this connection, read as the job arrives: a target set there
    // shows on the next poll without any wiring between the pages.
    m_detail->versions()->setTargetDriver(fleet::ComplianceSettings().load(m_connectionName).fleet.driver);
    m_detail->setJob(job, at);
    m_list->model()->noteDetail(job); // the list's Progress and Servers columns
    m_openJobRerun = rerunCandidates(job);
    storeJob(job);
    m_serverActions->updateEnabled();
    updateActions();
    updateStatusBar();
}

void MainWindow::connectConnectionBox()
{
    connect(m_connection, &QComboBox::activated, this, &MainWindow::onConnectionActivated);
}

void MainWindow::onConnectionActivated(int index)
{
    const int kind = m_connection->itemData(index, kKindRole).toInt();
    if (kind != ManageItem && clientInUseByDialog()) {
        // The wizard holds this connection's client (maybe mid-submission): keep it.
        reloadConnectionBox();
        statusBar()->showMessage(tr("Close the create-job window before switching connections."), 8000);
        return;
    }
    if (kind == ManageItem) {
        reloadConnectionBox(); // puts the current connection back
        manageProfiles();
    } else if (kind == SandboxItem) {
        if (!m_onSandbox)
            connectSandbox();
    } else if (kind == ProfileItem) {
        const QString name = m_connection->itemText(index);
        if (name != m_connectionName || m_onSandbox)
            connectProfile(name);
    }
}

// The pane the user works in is the one any of its widgets last took focus in (the Group-by
// box and the filter count, not only the views): Copy, Export and Find follow it.
void MainWindow::followFocusedPane()
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && (now == m_list->view() || m_list->isAncestorOf(now)))
            m_lastFocusedView = m_list->view();
        else if (now && m_detail->isAncestorOf(now))
            m_lastFocusedView = m_detail->tasks()->view();
        updateActions();
    });
    connect(m_detail->tasks(), &TaskPanel::copyRequested, this, [this] {
        m_lastFocusedView = m_detail->tasks()->view();
        copySelection(false);
    });
    connect(m_detail->tasks(), &TaskPanel::exportRequested, this, [this] {
        m_lastFocusedView = m_detail->tasks()->view();
        exportVisible();
    });
    connect(m_detail->tasks()->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
}

// From the job list, Tab reaches the task tree in three presses: the Group-by box, the task
// filter, the tree; then the pane's own buttons and the message, and on through the rest
// (the job's Copy id, its tabs...). The summary's read-only values are no stops
// (JobSummaryView). The tab bar keeps its place: moving it alone would leave the tab widget,
// whose focus proxy it is, behind in the chain and close a loop that never returns to the list.
void MainWindow::orderTabStops()
{
    TaskPanel *tasks = m_detail->tasks();
    const QList<QWidget *> chain{m_list->view(),      tasks->groupingBox(),  tasks->filterField(), tasks->view(),
                                 tasks->copyButton(), tasks->exportButton(), tasks->messageView()};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

bool MainWindow::sandboxBadgeShown() const
{
    return m_sandboxBadgeAction && m_sandboxBadgeAction->isVisible();
}

QAction *MainWindow::makeAction(MainAction id, const QString &objectName, const QString &text, const QString &icon,
                                const QKeySequence &key, const QString &tip)
{
    QAction *a = makeNamedAction(this, objectName, text, icon, tip);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    }
    m_actions[std::size_t(id)] = a;
    addAction(a); // shortcuts work whatever has focus
    return a;
}

void MainWindow::buildActions()
{
    connect(makeAction(MainAction::Refresh, QStringLiteral("refresh"), tr("&Refresh"), QStringLiteral("refresh"),
                       QKeySequence(Qt::Key_F5), tr("Reload the job list and the open job")),
            &QAction::triggered, m_monitor, &JobMonitor::refreshAll);
    QAction *autoRefresh = makeAction(MainAction::AutoRefresh, QStringLiteral("autoRefresh"), tr("&Auto-refresh"),
                                      QStringLiteral("auto-refresh"), {},
                                      tr("Poll the list every 30 s and a running job every 5 s"));
    autoRefresh->setCheckable(true);
    autoRefresh->setChecked(true);
    connect(autoRefresh, &QAction::toggled, this, [this](bool on) {
        m_monitor->setAutoRefresh(on);
        updateStatusBar();
    });
    connect(makeAction(MainAction::NewJob, QStringLiteral("newJob"), tr("&New Job…"), QStringLiteral("new-job"),
                       QKeySequence::New, tr("Create a job for a set of servers")),
            &QAction::triggered, this, &MainWindow::newJob);
    connect(makeAction(MainAction::OpenJob, QStringLiteral("openJob"), tr("&Open Job by Id…"),
                       QStringLiteral("open-job"), QKeySequence::Open,
                       tr("Open a ModelArts, ServiceStage or IEF job by its id")),
            &QAction::triggered, this, &MainWindow::openJobDialog);
    connect(makeAction(MainAction::Find, QStringLiteral("find"), tr("&Find"), QStringLiteral("search"),
                       QKeySequence::Find, tr("Filter the list that has focus")),
            &QAction::triggered, this, &MainWindow::findInFocusedPane);
    connect(makeAction(MainAction::CopyIds, QStringLiteral("copyIds"), tr("&Copy Ids"), QStringLiteral("copy"),
                       QKeySequence::Copy, tr("Copy the ids of the selected servers (or jobs)")),
            &QAction::triggered, this, [this] { copySelection(false); });
    connect(makeAction(MainAction::CopyNames, QStringLiteral("copyNames"), tr("Copy &Names"), QString(),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                       tr("Copy the names of the selected servers (or jobs)")),
            &QAction::triggered, this, [this] { copySelection(true); });
    connect(makeAction(MainAction::Export, QStringLiteral("export"), tr("&Export Visible Rows…"),
                       QStringLiteral("export"), QKeySequence(Qt::CTRL | Qt::Key_E),
                       tr("Save the rows shown (after filters) as CSV or JSON")),
            &QAction::triggered, this, &MainWindow::exportVisible);
    connect(makeAction(MainAction::Rerun, QStringLiteral("rerun"), tr("Re&run Failed Nodes…"), QStringLiteral("rerun"),
                       {}, tr("Run the open job again on the servers that failed")),
            &QAction::triggered, this, &MainWindow::rerunFailed);
    connect(makeAction(MainAction::Delete, QStringLiteral("delete"), tr("&Delete Jobs…"), QStringLiteral("delete"),
                       QKeySequence::Delete, tr("Delete the selected jobs after confirmation")),
            &QAction::triggered, this, &MainWindow::deleteSelectedJobs);
    connect(makeAction(MainAction::History, QStringLiteral("history"), tr("Submission &History"),
                       QStringLiteral("history"), {}, tr("Every job submitted from this computer")),
            &QAction::triggered, this, &MainWindow::showHistory);
    connect(makeAction(MainAction::Profiles, QStringLiteral("profiles"), tr("Connection &Profiles…"),
                       QStringLiteral("profile"), {}, tr("Add, edit or remove connection profiles")),
            &QAction::triggered, this, &MainWindow::manageProfiles);
    connect(makeAction(MainAction::Quit, QStringLiteral("quit"), tr("&Quit"), QString(), QKeySequence::Quit,
                       tr("Quit LiteOps")),
            &QAction::triggered, this, &QWidget::close);
    // Delete must not steal the key from line edits: it only acts on the job list.
    action(MainAction::Delete)->setShortcutContext(Qt::WidgetShortcut);
    m_list->view()->addAction(action(MainAction::Delete));
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    new AdaptiveToolBar(bar, this); // icon-only when the texts do not fit the window
    auto *connLabel = new QLabel(tr("Connection:"), bar);
    connLabel->setBuddy(m_connection);
    connLabel->setContentsMargins(4, 0, 4, 0);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connection->setMinimumWidth(160);
    m_connection->setAccessibleName(tr("Connection profile"));
    m_connection->setToolTip(tr("Switch between the local sandbox and your connection profiles"));
    bar->addWidget(connLabel);
    bar->addWidget(m_connection);
    m_sandboxBadge->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandboxBadge->setText(tr("Local sandbox"));
    m_sandboxBadge->setToolTip(tr("Simulated cloud running inside LiteOps: nothing here touches a real account."));
    m_sandboxBadge->setStyleSheet(QStringLiteral(
        "QLabel#sandboxBadge { background: rgba(224,138,18,0.22); border: 1px solid #e08a12; border-radius: 9px;"
        " padding: 2px 10px; font-weight: bold; margin-left: 6px; }"));
    m_sandboxBadgeAction = bar->addWidget(m_sandboxBadge);
    bar->addSeparator();
    bar->addAction(action(MainAction::Refresh));
    bar->addAction(action(MainAction::AutoRefresh));
    bar->addSeparator();
    bar->addAction(action(MainAction::NewJob));
    bar->addAction(action(MainAction::OpenJob));
    bar->addSeparator();
    bar->addAction(action(MainAction::Rerun));
    bar->addAction(action(MainAction::Export));
    bar->addAction(action(MainAction::History));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(MainAction::Export));
    file->addAction(action(MainAction::Profiles));
    addLocalDataSettings(file);
    file->addAction(action(MainAction::ClearLocalData));
    file->addSeparator();
    file->addAction(action(MainAction::Quit));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(MainAction::CopyIds));
    edit->addAction(action(MainAction::CopyNames));
    edit->addSeparator();
    edit->addAction(action(MainAction::Find));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(MainAction::ShowJobs));
    view->addAction(action(MainAction::ShowFleet));
    view->addSeparator();
    view->addAction(action(MainAction::Refresh));
    view->addAction(action(MainAction::AutoRefresh));
    view->addSeparator();
    view->addAction(m_list->filterBar()->showHiddenAction());
    view->addMenu(createThemeMenu(this));
    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    jobs->addAction(action(MainAction::NewJob));
    jobs->addAction(action(MainAction::OpenJob));
    jobs->addSeparator();
    jobs->addAction(action(MainAction::Rerun));
    jobs->addAction(action(MainAction::Delete));
    jobs->addSeparator();
    jobs->addAction(action(MainAction::History));
    QMenu *servers = menuBar()->addMenu(tr("&Servers"));
    servers->addActions(m_serverActions->actions());
    buildHelpMenu();
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addMenu(createLanguageMenu(this));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About LiteOps"));
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::reloadConnectionBox()
{
    const QSignalBlocker block(m_connection);
    m_connection->clear();
    m_connection->addItem(actionIcon(QStringLiteral("sandbox")), SandboxController::profileName());
    m_connection->setItemData(0, SandboxItem, kKindRole);
    const QStringList names = m_profiles->names();
    for (const QString &n : names) {
        m_connection->addItem(actionIcon(QStringLiteral("profile")), n);
        m_connection->setItemData(m_connection->count() - 1, ProfileItem, kKindRole);
    }
    if (!m_onSandbox && !m_connectionName.isEmpty() && !names.contains(m_connectionName)) {
        m_connection->addItem(m_connectionName);
        m_connection->setItemData(m_connection->count() - 1, EndpointItem, kKindRole);
    }
    m_connection->insertSeparator(m_connection->count());
    m_connection->addItem(actionIcon(QStringLiteral("settings")), tr("Manage profiles…"));
    m_connection->setItemData(m_connection->count() - 1, ManageItem, kKindRole);
    const int current = m_onSandbox ? 0 : m_connection->findText(m_connectionName);
    m_connection->setCurrentIndex(qMax(0, current));
    if (m_sandboxBadgeAction)
        m_sandboxBadgeAction->setVisible(m_onSandbox);
}

void MainWindow::start()
{
    const LaunchOptions &o = m_options.launch;
    if (o.sandbox) {
        connectSandbox();
    } else if (!o.endpoint.isEmpty()) {
        QString problem;
        const ClientConfig config = endpointConfig(o, &problem);
        if (!problem.isEmpty()) {
            m_connectionName = o.endpoint.host();
            reloadConnectionBox();
            showConnectionProblem(problem);
        } else {
            connectConfig(o.endpoint.host(), config, false);
        }
    } else if (!o.profile.isEmpty()) {
        connectProfile(o.profile);
    } else {
        const QString last = AppSettings().lastConnection();
        if (!last.isEmpty() && m_profiles->load(last))
            connectProfile(last);
        else
            connectSandbox(); // first run, or the sandbox last time: a live fleet at once
    }
    if (!o.openJob.isEmpty())
        openJob({Provider::ModelArts, o.openJob, {}});
}

void MainWindow::showConnectionProblem(const QString &message)
{
    m_monitor->setClient(nullptr);
    m_list->clearAll();
    m_detail->clear();
    m_list->banner()->showError(BannerError::plain(tr("Not connected."), message), {});
    m_list->banner()->setRetryEnabled(false);
    updateStatusBar();
}

void MainWindow::connectSandbox()
{
    QString error;
    if (!m_sandbox->start(m_options.sandbox, &error)) {
        m_onSandbox = true;
        m_connectionName = SandboxController::profileName();
        reloadConnectionBox();
        showConnectionProblem(error);
        return;
    }
    seedSandboxTarget();
    connectConfig(SandboxController::profileName(), m_sandbox->clientConfig(), true);
}

// The sandbox's Fleet page starts with the simulated fleet's current driver as its target (so
// compliant and outdated servers show at once); a target the user set stays.
void MainWindow::seedSandboxTarget()
{
    const fleet::ComplianceSettings settings;
    fleet::CompliancePolicy policy = settings.load(SandboxController::profileName());
    if (policy.fleet.isSet() || !policy.byFlavor.isEmpty())
        return;
    policy.fleet.driver = sim::currentHdk().driver;
    settings.save(SandboxController::profileName(), policy);
}

void MainWindow::connectProfile(const QString &name)
{
    const std::optional<Profile> profile = m_profiles->load(name);
    if (!profile) {
        m_onSandbox = false;
        m_connectionName = name;
        reloadConnectionBox();
        showConnectionProblem(tr("There is no connection profile named %1. Add it under Connection Profiles, or choose "
                                 "the local sandbox.")
                                  .arg(name));
        return;
    }
    SecretJob *job = m_secrets->read(name);
    connect(job, &SecretJob::finished, this, [this, job, profile] {
        const Credentials secrets = job->ok() ? job->credentials() : Credentials{};
        connectConfig(profile->name, profile->toClientConfig(secrets), false);
        if (job->status() == SecretJob::Status::Failed)
            m_list->banner()->showError(BannerError::plain(tr("The keychain could not be read."), job->errorString()),
                                        {});
    });
}

void MainWindow::connectConfig(const QString &displayName, const ClientConfig &config, bool sandbox)
{
    m_monitor->setClient(nullptr);
    // Dialogs that still hold the old client close with it (the switcher refuses while
    // one is visible; this covers programmatic switches).
    for (const QPointer<QDialog> &d : std::as_const(m_clientDialogs))
        delete d.data();
    m_clientDialogs.clear();
    m_localData.reset(); // its sync's calls belong to the old client
    delete m_client;
    m_client = new CloudClient(config, this);
    m_onSandbox = sandbox;
    m_connectionName = displayName;
    m_pendingSelection.clear();
    reloadConnectionBox();
    m_list->clearAll();
    m_detail->clear();
    m_list->banner()->setRetryEnabled(true);
    AppSettings().setLastConnection(sandbox ? QString() : displayName);
    if (!sandbox && m_profiles->load(displayName))
        m_profiles->setLastUsed(displayName);
    const QString problem = m_client->configProblem();
    if (!problem.isEmpty()) {
        showConnectionProblem(problem);
        emit connectionChanged(displayName);
        return;
    }
    setUpLocalData(config, sandbox);
    m_monitor->setClient(m_client);
    JobQuery q;
    if (!m_list->filterBar()->showHidden())
        q.visible = true;
    m_monitor->setListQuery(q);
    m_monitor->setAutoRefresh(action(MainAction::AutoRefresh)->isChecked());
    m_monitor->setPaused(isMinimized());
    m_monitor->refreshList();
    updateActions();
    updateStatusBar();
    emit connectionChanged(displayName);
}

void MainWindow::onJobSelected(const QString &jobId)
{
    if (jobId.isEmpty())
        return;
    m_pendingSelection = jobId;
    if (m_monitor->openJobRef().id == jobId || m_lookingUpJob == jobId)
        return;
    // Arrowing through the list should not fire a request per row: wait a moment.
    m_selectionTimer->start();
}

void MainWindow::openJob(const JobRef &ref)
{
    if (!m_client)
        return;
    // An explicit open supersedes a delayed one from arrowing through the list, and a local
    // store lookup still in flight for another job: its answer must not replace this job
    // (a ServiceStage or IEF job leaves m_pendingSelection as it was).
    m_selectionTimer->stop();
    m_lookingUpJob.clear();
    if (ref.provider == Provider::ModelArts) {
        m_pendingSelection = ref.id;
        if (m_list->currentJobId() != ref.id)
            m_list->selectJob(ref.id);
    } else {
        // The list holds ModelArts jobs only: a row left selected would claim to be open.
        m_pendingSelection.clear();
        m_list->clearCurrentJob();
    }
    m_detail->setLoading(ref.id);
    openJobFromStoreOrCloud(ref);
    updateActions();
}

void MainWindow::openJobDialog()
{
    auto *dialog = new OpenJobDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_onSandbox && m_sandbox->isRunning()) {
        QList<std::pair<JobRef, QString>> samples;
        for (const JobRef &ref : m_sandbox->sampleJobs())
            samples.append({ref, m_sandbox->sampleDescription(ref)});
        dialog->addSandboxSamples(samples);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_openedByIdPending = dialog->jobRef();
        openJob(m_openedByIdPending);
    });
    dialog->open();
}

void MainWindow::newJob()
{
    if (!m_client)
        return;
    if (QDialog *d = openCreateJobWizard(
            m_client, m_connectionName, submissionHistory(), this, [this](const QStringList &ids) { jobsCreated(ids); },
            gateNotifier()))
        trackWizard(d);
}

NotifyHandler MainWindow::gateNotifier()
{
    // A run waiting at an approval gate is worth a desktop notification: the wizard may be
    // behind other windows while the admin waits.
    return [this](const QString &title, const QString &body) {
        m_notifier->notify(Notification{{}, title, body, false});
    };
}

bool MainWindow::clientInUseByDialog() const
{
    for (const QPointer<QDialog> &d : m_clientDialogs)
        if (d && d->isVisible())
            return true;
    return false;
}

void MainWindow::jobsCreated(const QStringList &ids)
{
    for (const QString &id : ids)
        m_monitor->watch(id);
    m_monitor->refreshList();
    if (!ids.isEmpty())
        openJob({Provider::ModelArts, ids.first(), {}});
}

CreateJobRequest MainWindow::rerunRequestForOpenJob(bool includeSkipped) const
{
    if (!m_detail->hasJob())
        return {};
    return rerunRequest(m_detail->job(), includeSkipped, QDateTime::currentDateTime());
}

void MainWindow::rerunFailed()
{
    if (!m_detail->hasJob() || !m_client)
        return;
    const RerunSelection &candidates = m_openJobRerun;
    if (candidates.skippedServerIds.isEmpty()) {
        startRerun(false);
        return;
    }
    // Skipped servers are optional: ask, without blocking the window's event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Rerun Failed Nodes"),
                                tr("%n server(s) failed.", nullptr, int(candidates.failedServerIds.size())),
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("rerunSkippedQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *skipped = new QCheckBox(tr("Also rerun the %n skipped server(s)", nullptr,
                                     int(candidates.skippedServerIds.size())),
                                  box);
    box->setCheckBox(skipped);
    connect(box, &QMessageBox::finished, this, [this, box, skipped](int) {
        if (box->clickedButton() == box->button(QMessageBox::Ok))
            startRerun(skipped->isChecked());
    });
    box->open();
}

void MainWindow::startRerun(bool includeSkipped)
{
    if (!m_detail->hasJob() || !m_client)
        return;
    const CreateJobRequest request = rerunRequestForOpenJob(includeSkipped);
    emit rerunPrepared(request);
    if (QDialog *d = openRerun(
            m_client, m_connectionName, submissionHistory(), request, this,
            [this](const QStringList &ids) { jobsCreated(ids); }, gateNotifier()))
        trackWizard(d);
}

void MainWindow::newJobOnServers(const QStringList &serverIds)
{
    if (!m_client || serverIds.isEmpty())
        return;
    if (QDialog *d = openNewJobOnServers(
            m_client, m_connectionName, submissionHistory(), serverIds, this,
            [this](const QStringList &ids) { jobsCreated(ids); }, gateNotifier()))
        trackWizard(d);
}

void MainWindow::rerunOnServers(const QStringList &serverIds)
{
    if (!m_detail->hasJob() || !m_client || serverIds.isEmpty())
        return;
    const Job &job = m_detail->job();
    const CreateJobRequest request = liteops::rerunOnServers(job, serverIds, QDateTime::currentDateTime());
    emit rerunPrepared(request);
    if (QDialog *d = openRerunOf(
            m_client, m_connectionName, submissionHistory(), request, job.id, job.name, this,
            [this](const QStringList &ids) { jobsCreated(ids); },
            [this](const QString &id) {
        openJob({Provider::ModelArts, id, {}});
            },
            gateNotifier()))
        trackWizard(d);
}

void MainWindow::deleteSelectedJobs()
{
    const QStringList ids = m_list->selectedJobIds();
    if (ids.isEmpty() || !m_client)
        return;
    QStringList names;
    for (const QString &id : ids) {
        const int row = m_list->model()->rowOfId(id);
        const Job *job = m_list->model()->jobAt(row);
        names << (job && !job->name.isEmpty() ? job->name : id);
    }
    QString shown = names.mid(0, 10).join(QLatin1Char('\n'));
    if (names.size() > 10)
        shown += QLatin1Char('\n') + tr("…and %n more", nullptr, int(names.size() - 10));
    // Asked without blocking the event loop (polls go on); nothing is sent until Yes.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Jobs"),
                                tr("Delete %n job(s)? This cannot be undone.", nullptr, int(ids.size()))
                                    + QStringLiteral("\n\n") + shown,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteJobsQuestion"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, ids](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_client)
            return;
        m_client->deleteJobs(ids)->then(this, [this](const Result<QList<Job>> &r) {
            if (!r.ok())
                m_list->banner()->showError(BannerError::fromCloud(tr("The jobs could not be deleted."), r.error()),
                                            m_list->lastLoaded());
            else
                statusBar()->showMessage(tr("%n job(s) deleted.", nullptr, int(r.value().size())), 8000);
            m_monitor->refreshList();
        });
    });
    box->open();
}

// Ctrl+F: the filter of the pane the user works in, and the status bar says which one.
void MainWindow::findInFocusedPane()
{
    if (m_lastFocusedView == m_detail->tasks()->view() && m_detail->hasJob()) {
        m_detail->tasks()->focusFilter();
        statusBar()->showMessage(tr("Filtering tasks"), 4000);
    } else {
        m_list->filterBar()->focusSearch();
        statusBar()->showMessage(tr("Filtering jobs"), 4000);
    }
}

QString MainWindow::selectedServersText(bool names) const
{
    QStringList out;
    const QList<const Task *> tasks = m_detail->tasks()->selectedTasks();
    for (const Task *t : tasks)
        out << (names ? t->targetName().toString() : t->targetId().toString());
    return out.join(QLatin1Char('\n'));
}

void MainWindow::copySelection(bool names)
{
    QWidget *focus = QApplication::focusWidget();
    // Text fields keep their own Ctrl+C.
    if (focus && focus != m_list->view() && focus != m_detail->tasks()->view() && focus->inherits("QLineEdit")) {
        QMetaObject::invokeMethod(focus, "copy");
        return;
    }
    if (focus && focus->inherits("QPlainTextEdit")) {
        QMetaObject::invokeMethod(focus, "copy");
        return;
    }
    if (exportTarget() != m_list->view()) {
        m_serverActions->copy(names); // says "Copied 5 server ids"
        return;
    }
    QStringList out;
    for (const QString &id : m_list->selectedJobIds()) {
        const Job *job = m_list->model()->jobAt(m_list->model()->rowOfId(id));
        out << (names && job ? job->name : id);
    }
    if (out.isEmpty())
        return;
    QApplication::clipboard()->setText(out.join(QLatin1Char('\n')));
    statusBar()->showMessage(names ? tr("Copied %n job name(s)", nullptr, int(out.size()))
                                   : tr("Copied %n job id(s)", nullptr, int(out.size())),
                             6000);
}

QAbstractItemView *MainWindow::exportTarget() const
{
    // Never the task tree of a job that is not shown.
    if (m_lastFocusedView == m_detail->tasks()->view() && !m_detail->hasJob())
        return m_list->view();
    if (m_lastFocusedView)
        return m_lastFocusedView;
    return m_detail->hasJob() ? static_cast<QAbstractItemView *>(m_detail->tasks()->view()) : m_list->view();
}

bool MainWindow::exportView(QAbstractItemView *view, const QString &path, QString *errorMessage)
{
    auto *tree = qobject_cast<QTreeView *>(view);
    if (!tree)
        return false;
    return writeExport(path, collectVisibleRows(tree->model(), shownColumns(tree->header())), errorMessage);
}

void MainWindow::exportVisible()
{
    if (m_pages->currentWidget() == m_fleet) {
        m_fleet->exportVisible();
        return;
    }
    QAbstractItemView *view = exportTarget();
    const bool tasks = view == m_detail->tasks()->view();
    const QString base = tasks ? QStringLiteral("%1-servers")
                                     .arg(m_detail->job().name.isEmpty() ? m_detail->job().id : m_detail->job().name)
                               : QStringLiteral("jobs");
    const QString path = askExportPath(this, tasks ? tr("Export Servers") : tr("Export Jobs"), base);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportView(view, path, &error))
        (tasks ? m_detail->banner() : m_list->banner())
            ->showError(BannerError::plain(tr("The export failed."), error), {});
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

ProfilesDialog *MainWindow::manageProfiles()
{
    auto *dialog = new ProfilesDialog(m_profiles, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::profilesChanged, this, &MainWindow::reloadConnectionBox);
    if (!m_onSandbox)
        dialog->selectProfile(m_connectionName);
    dialog->open();
    return dialog;
}

SubmissionHistory MainWindow::submissionHistory() const
{
    // The sandbox's jobs vanish with it, and so does its history: a file in its throw-away
    // folder, never the real profiles' one.
    if (m_onSandbox && m_localData && m_localData->isThrowAway())
        return SubmissionHistory(sandboxHistoryFile(m_localData->throwAwayFolder()));
    return SubmissionHistory();
}

QDialog *MainWindow::showHistory()
{
    HistoryHandlers handlers;
    handlers.onCreated = [this](const QStringList &ids) { jobsCreated(ids); };
    handlers.onOpenJob = [this](const QString &id) { openJob({Provider::ModelArts, id, {}}); };
    handlers.onGate = gateNotifier();
    handlers.onWizardOpened = [this](QDialog *wizard) { trackWizard(wizard); };
    return openHistory(m_client, m_connectionName, submissionHistory(), this, handlers);
}

void MainWindow::updateActions()
{
    const bool connected = m_client && m_monitor->client();
    action(MainAction::Refresh)->setEnabled(connected);
    action(MainAction::OpenJob)->setEnabled(connected);
    action(MainAction::NewJob)->setEnabled(connected);
    // m_openJobRerun belongs to the job the panel shows (showLoadedJob()).
    const bool modelArtsJob = m_detail->hasJob() && m_detail->job().provider == Provider::ModelArts;
    action(MainAction::Rerun)->setEnabled(connected && modelArtsJob && !m_openJobRerun.failedServerIds.isEmpty());
    action(MainAction::Delete)->setEnabled(connected && !m_list->selectedJobIds().isEmpty());
}

void MainWindow::updateStatusBar()
{
    if (!m_client) {
        m_statusConnection->setText(tr("Not connected"));
    } else if (m_onSandbox && m_sandbox->isRunning()) {
        m_statusConnection->setText(
            tr("Local sandbox at %1 (simulated cloud, signed requests)").arg(m_sandbox->baseUrl().toString()));
    } else {
        m_statusConnection->setText(
            tr("%1 — %2").arg(m_connectionName, m_client->config().endpoints.modelArts.toString()));
    }
    m_statusConnection->setToolTip(m_statusConnection->text());
    QString refresh;
    if (m_list->lastLoaded().isValid())
        refresh = tr("List updated %1")
                      .arg(QLocale().toString(m_list->lastLoaded().toLocalTime().time(), QLocale::ShortFormat));
    if (!action(MainAction::AutoRefresh)->isChecked())
        refresh += (refresh.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("auto-refresh off");
    else if (m_monitor->isPaused())
        refresh += (refresh.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("paused while minimised");
    m_statusRefresh->setText(refresh);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange) {
        m_monitor->setPaused(isMinimized());
        updateStatusBar();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setMainSplitter(m_split->saveState());
    settings.setAutoRefresh(action(MainAction::AutoRefresh)->isChecked());
    m_list->saveSettings();
    m_detail->saveSettings();
    m_fleet->saveSettings();
}

// What the window manager's frame adds on each side (nothing before the first show).
static QMargins frameMarginsNow(const QWidget *w)
{
    const QRect inner = w->geometry(), outer = w->frameGeometry();
    return {inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(),
            outer.bottom() - inner.bottom()};
}

// Inside the screen's available area, frame included. Before the first show the frame is not
// known yet (nothing is added for it): showEvent() fits the restored geometry again once it
// is, unless the caller has placed the window since.
void MainWindow::fitIntoScreen()
{
    if (isMaximized() || isFullScreen() || !screen())
        return;
    const QRect fitted = fitWindow(geometry(), frameMarginsNow(this), screen()->availableGeometry());
    if (fitted != geometry())
        setGeometry(fitted);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_restoredGeometry && geometry() == *m_restoredGeometry)
        QTimer::singleShot(0, this, &MainWindow::fitIntoScreen);
    m_restoredGeometry.reset(); // the first show only
}

void MainWindow::restoreSettings()
{
    const AppSettings settings;
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(firstWindowSize(QSize(1360, 820), available));
    else // saved on a bigger screen or at another scale
        fitIntoScreen();
    m_restoredGeometry = geometry();
    restoreState(settings.windowState());
    if (!m_split->restoreState(settings.mainSplitter()))
        m_split->setSizes({600, 760});
    action(MainAction::AutoRefresh)->setChecked(settings.autoRefresh());
}

} // namespace liteops::ui
