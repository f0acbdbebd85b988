// SPDX-License-Identifier: Apache-2.0
#pragma once
// Actions on the servers selected on the Fleet page, as its context menu and its action bar:
// New job on these servers…, Upgrade to target… (both open the wizard, through the main
// window), Query versions now (an HDK_QUERY job through WaveSubmitter after one
// confirmation; its finished jobs feed the fleet), Reboot / Start / Stop (a confirmation,
// then ServerActionRunner with each server's outcome in a ServerActionDialog), and Copy server
// ids / names. The requests and the confirmation texts are app/submit's (fleet_jobs.h), shared
// with the CLI; this class only knows the widgets.
#include "cloud_client.h"
#include "server_action_dialog.h"
#include "server_selection.h"
#include "wavesubmitter.h"
#include "core/types.h"

#include <QObject>
#include <QPointer>

#include <array>
#include <functional>

class QAction;
class QDialog;
class QMenu;
class QToolBar;
class QWidget;

namespace liteops::ui {

class FleetPage;

class FleetActions : public QObject
{
    Q_OBJECT
public:
    // In menu order. Each QAction's objectName is the camelCase of its name here, prefixed
    // with "fleet" ("fleetQueryVersions" for QueryVersions).
    enum class Id { NewJob, UpgradeToTarget, QueryVersions, Reboot, Start, Stop, CopyIds, CopyNames, Count };

    // The connection the actions use, asked for each time (it changes with the profile).
    struct Connection
    {
        CloudClient *client = nullptr;
        QString profile;
        SubmissionHistory history; // the sandbox keeps its own
    };
    using ConnectionSource = std::function<Connection()>;

    // Adds the context menu to the page's table and the action bar to the page.
    FleetActions(FleetPage *page, ConnectionSource connection, QWidget *window);

    QAction *action(Id id) const { return m_actions[std::size_t(id)]; }
    QMenu *contextMenu() const { return m_menu; }
    QToolBar *actionBar() const { return m_bar; }
    // How often a version query polls its job (the open job's interval).
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    // The version query that runs (null: none); one at a time.
    WaveSubmitter *versionQuery() const { return m_query; }
    // The results of the last Reboot / Start / Stop (null once closed).
    ServerActionDialog *lastServerActionDialog() const { return m_lastDialog; }

    void updateEnabled();

signals:
    void newJobRequested(const QStringList &serverIds);
    void upgradeRequested(const liteops::CreateJobRequest &request);
    // A version query started: the window keeps the jobs it settles in the local store, as it
    // does a wizard's run's.
    void versionQueryStarted(liteops::WaveSubmitter *query);
    // A version query is over: the jobs it created (latest snapshots) on these servers.
    void versionsQueried(const QList<liteops::Job> &jobs, const QStringList &serverIds);
    // Reboot / Start / Stop answered for every server: their statuses changed.
    void serversActedOn();
    // A dialog holding the connection's client opened (the window closes it before the client
    // goes, and keeps the connection while it shows).
    void clientDialogOpened(QDialog *dialog);
    void statusMessage(const QString &text, int timeoutMs);

private:
    QAction *makeAction(Id id, const QString &objectName, const QString &text, const QString &icon, const QString &tip);
    void buildActions();
    void buildMenuAndBar();
    QString targetDriver() const;
    void confirmVersionQuery();
    void startVersionQuery(const QList<SelectedServer> &servers);
    void finishVersionQuery(CloudClient *client, const QStringList &serverIds);
    void confirmServerAction(ServerAction action);
    void runServerAction(ServerAction action, const QList<SelectedServer> &servers);
    void upgradeToTarget();
    void copy(bool names);

    FleetPage *m_page;
    ConnectionSource m_connection;
    QWidget *m_window;
    std::array<QAction *, std::size_t(Id::Count)> m_actions{};
    QMenu *m_menu = nullptr;
    QToolBar *m_bar = nullptr;
    int m_pollIntervalMs = 5000;
    QPointer<WaveSubmitter> m_query;
    QPointer<ServerActionDialog> m_lastDialog;
};

} // namespace liteops::ui
