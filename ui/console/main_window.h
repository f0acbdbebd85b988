// SPDX-License-Identifier: Apache-2.0
#pragma once
// The console's main window: toolbar (connection switcher, refresh, auto-refresh, new job,
// open by id, "Local sandbox" badge), the job list on the left, the selected job on the
// right, live polling through JobMonitor, and the review actions (copy, export, rerun,
// delete). Nothing modal opens on its own: errors are banners in the panel they affect.
#include "cloud_error.h"
#include "job_monitor.h"
#include "launch_options.h"
#include "rerun_request.h"
#include "sandbox_controller.h"
#include "submissionhistory.h"
#include "wizard_bridge.h"

#include <array>
#include <optional>
#include <QMainWindow>
#include <QPointer>

class QAbstractItemView;
class QAction;
class QComboBox;
class QKeySequence;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace liteops {
class CloudClient;
class Notifier;
class ProfileCache;
class ProfileStore;
class SecretStore;
class WaveSubmitter;
} // namespace liteops

namespace liteops::ui {

class FleetActions;
class FleetPage;
class JobDetailPanel;
class JobListPanel;
class ProfilesDialog;
class ServerActions;

// The main window's actions (menus, toolbar, shortcuts). Each QAction's objectName is the
// camelCase of its name here ("copyIds" for CopyIds).
enum class MainAction {
    Refresh,
    AutoRefresh,
    NewJob,
    OpenJob,
    Find,
    CopyIds,
    CopyNames,
    Export,
    Rerun,
    Delete,
    History,
    ShowJobs,  // Ctrl+1: the Jobs page
    ShowFleet, // Ctrl+2: the Fleet page
    Profiles,
    ClearLocalData,
    Quit,
    Count // not an action: the number of them
};

struct MainWindowOptions
{
    LaunchOptions launch;
    SandboxOptions sandbox;
    Notifier *notifier = nullptr;     // not owned; null: a TrayNotifier owned by the window
    ProfileStore *profiles = nullptr; // not owned; null: the default settings
    SecretStore *secrets = nullptr;   // not owned; null: the OS keychain
    int listIntervalMs = 30000;
    int jobIntervalMs = 5000;
    int selectionDelayMs = 200; // wait before loading the job under the cursor
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the connection the options ask for (sandbox on first run).
    void start();

    void connectSandbox();
    void seedSandboxTarget();
    void connectProfile(const QString &name);
    void connectConfig(const QString &displayName, const ClientConfig &config, bool sandbox);

    void openJob(const JobRef &ref);
    // The local data of the current connection (main_window_local_data.cpp); null when
    // there is no connection.
    ProfileCache *localData() const { return m_localData.get(); }
    QWidget *syncStatus() const { return m_syncStatus; }
    // Opens the (non-blocking) profiles dialog; the connection box follows its changes.
    ProfilesDialog *manageProfiles();
    // Writes the rows `view` shows to `path` (CSV, or JSON for *.json).
    bool exportView(QAbstractItemView *view, const QString &path, QString *errorMessage);
    // The request "Rerun failed nodes…" would prefill for the open job.
    CreateJobRequest rerunRequestForOpenJob(bool includeSkipped) const;
    // The view Copy and Export act on: the task tree when the user last worked in the task
    // pane (any of its widgets: the Group-by box, the filter, the tree), else the job list.
    QAbstractItemView *exportTarget() const;
    // Ids (or names) of the servers selected in the task tree, one per line.
    QString selectedServersText(bool names) const;

    JobListPanel *jobList() const { return m_list; }
    JobDetailPanel *detail() const { return m_detail; }
    JobMonitor *monitor() const { return m_monitor; }
    ServerActions *serverActions() const { return m_serverActions; }
    CloudClient *client() const { return m_client; }
    SandboxController *sandbox() const { return m_sandbox; }
    QLabel *sandboxBadge() const { return m_sandboxBadge; }
    bool sandboxBadgeShown() const;
    QComboBox *connectionBox() const { return m_connection; }
    QString connectionName() const { return m_connectionName; }
    bool onSandbox() const { return m_onSandbox; }
    // Where this connection's submissions are recorded: the sandbox keeps its own, thrown away
    // with it.
    SubmissionHistory submissionHistory() const;
    // Opens Submission History (a window of its own) and returns it.
    QDialog *showHistory();
    QAction *action(MainAction id) const { return m_actions[std::size_t(id)]; }
    // The Fleet page (main_window_fleet.cpp) and which page shows: 0 Jobs, 1 Fleet.
    FleetPage *fleetPage() const { return m_fleet; }
    // The actions on the Fleet page's selected servers (main_window_fleet.cpp).
    FleetActions *fleetActions() const { return m_fleetActions; }
    void showPage(int page);

signals:
    // Emitted before the wizard opens, with what it is prefilled with.
    void rerunPrepared(const liteops::CreateJobRequest &request);
    void connectionChanged(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // main_window_fleet.cpp: the pages (Jobs, Fleet) and the Fleet page's feeds.
    QWidget *buildPages();
    void refreshFleetServers();
    void connectFleetActions();
    void reloadQueriedServers(const QList<Job> &jobs, const QStringList &serverIds);

    // main_window_local_data.cpp
    void buildLocalData();
    void setUpLocalData(const ClientConfig &config, bool sandbox);
    void showCachedList(const QList<Job> &jobs, const QDateTime &asOf);
    void storeListAndSync(const QList<Job> &jobs);
    void storeJob(const Job &job);
    void storeFinishedJob(const Job &job);
    void trackWizard(QDialog *wizard);
    void keepRunJobs(WaveSubmitter *run);
    void openJobFromStoreOrCloud(const JobRef &ref);
    void updateForegroundBusy();
    void clearLocalData();
    void addLocalDataSettings(QMenu *menu);

    // The constructor's steps, in order.
    void useDefaultServices();
    void buildCentralSplit();
    void connectServerActions();
    void buildActions();
    QAction *makeAction(MainAction id, const QString &objectName, const QString &text, const QString &icon,
                        const QKeySequence &key, const QString &tip);
    void buildToolBar();
    void buildMenus();
    void buildHelpMenu();
    void buildStatusBar();
    void setUpDelayedSelection();
    void connectListPanel();
    void connectMonitor();
    void connectConnectionBox();
    void followFocusedPane();
    void orderTabStops();

    void onConnectionActivated(int index);
    void showLoadedList(const QList<Job> &jobs, const QDateTime &at);
    void showLoadedJob(const Job &job, const QDateTime &at);
    void reloadConnectionBox();
    void updateActions();
    void updateStatusBar();
    void saveSettings() const;
    void restoreSettings();
    void fitIntoScreen();
    void showConnectionProblem(const QString &message);

    void onJobSelected(const QString &jobId);
    void openJobDialog();
    void newJob();
    void rerunFailed();
    void startRerun(bool includeSkipped);
    void newJobOnServers(const QStringList &serverIds);
    void rerunOnServers(const QStringList &serverIds);
    void deleteSelectedJobs();
    void findInFocusedPane();
    void copySelection(bool names);
    void exportVisible();

    void jobsCreated(const QStringList &ids);
    NotifyHandler gateNotifier();
    bool clientInUseByDialog() const;

    MainWindowOptions m_options;
    JobListPanel *m_list;
    JobDetailPanel *m_detail;
    QSplitter *m_split;
    JobMonitor *m_monitor;
    ServerActions *m_serverActions = nullptr;
    SandboxController *m_sandbox;
    Notifier *m_notifier;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    std::unique_ptr<ProfileStore> m_ownedProfiles;
    QPointer<CloudClient> m_client;
    QComboBox *m_connection;
    QLabel *m_sandboxBadge;
    QAction *m_sandboxBadgeAction = nullptr; // a toolbar shows/hides widgets through their action
    QLabel *m_statusConnection;
    QLabel *m_statusRefresh;
    QTimer *m_selectionTimer;
    std::array<QAction *, std::size_t(MainAction::Count)> m_actions{};
    QString m_connectionName;
    QString m_pendingSelection;
    JobRef m_openedByIdPending; // from Open Job by Id: joins Recent once it has loaded
    QPointer<QAbstractItemView> m_lastFocusedView;
    QList<QPointer<QDialog>> m_clientDialogs; // wizards holding the current client
    bool m_onSandbox = false;
    // What restoreSettings() chose: fitted again at the first show, when the frame's size is
    // known (unless something else placed the window in between).
    std::optional<QRect> m_restoredGeometry;
    std::unique_ptr<ProfileCache> m_localData;
    FleetPage *m_fleet = nullptr;
    FleetActions *m_fleetActions = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_syncStatus = nullptr;
    QLabel *m_syncLabel = nullptr;
    bool m_syncStarted = false;            // once per connection, after the first good list
    bool m_listFromCloud = false;          // the cloud's list has arrived: the store's is not shown
    bool m_showingStoredJob = false;       // jobLoaded() comes from the store: nothing to write
    QString m_lookingUpJob;                // a job being looked up in the store before it opens
    std::optional<CloudError> m_listError; // the last list refresh failed (cleared on success)
    // The open job's rerun candidates, computed once per snapshot: updateActions() runs on
    // every focus change and must not walk a 20,000-task job each time.
    RerunSelection m_openJobRerun;
};

} // namespace liteops::ui
