// SPDX-License-Identifier: Apache-2.0
#include "fleet_actions.h"

#include "core/encode.h"
#include "fleet_jobs.h"
#include "fleet_model.h"
#include "fleet_page.h"
#include "icons.h"
#include "server_action_dialog.h"
#include "server_action_runner.h"
#include "submissionhistory.h"
#include "wavesubmitter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace liteops::ui {

namespace {

constexpr int kStatusMs = 8000;

// Asks `question` without blocking the window's event loop; `onYes` runs only on Yes.
void confirm(QWidget *window, const QString &objectName, const QString &title, const QString &question,
             const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, window);
    box->setObjectName(objectName);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, onYes](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onYes();
    });
    box->open();
}

} // namespace

FleetActions::FleetActions(FleetPage *page, ConnectionSource connection, QWidget *window)
    : QObject(page), m_page(page), m_connection(std::move(connection)), m_window(window)
{
    buildActions();
    buildMenuAndBar();
    QTableView *table = page->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        updateEnabled();
        m_menu->popup(table->viewport()->mapToGlobal(pos));
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FleetActions::updateEnabled);
    // The page applies the target on editingFinished and when a profile loads (setText
    // first): look once it has.
    connect(page->targetDriverEdit(), &QLineEdit::textChanged, this,
            [this] { QTimer::singleShot(0, this, &FleetActions::updateEnabled); });
    connect(page->targetDriverEdit(), &QLineEdit::editingFinished, this, &FleetActions::updateEnabled);
    updateEnabled();
}

QAction *FleetActions::makeAction(Id id, const QString &objectName, const QString &text, const QString &icon,
                                  const QString &tip)
{
    return m_actions[std::size_t(id)] = makeNamedAction(this, objectName, text, icon, tip);
}

void FleetActions::buildActions()
{
    connect(makeAction(Id::NewJob, QStringLiteral("fleetNewJob"), tr("New Job on These Servers…"),
                       QStringLiteral("new-job"),
                       tr("Open the create-job wizard with the selected servers as targets")),
            &QAction::triggered, this, [this] { emit newJobRequested(serverIdsOf(m_page->selectedServers())); });
    connect(makeAction(Id::UpgradeToTarget, QStringLiteral("fleetUpgradeToTarget"), tr("Upgrade to Target…"),
                       QStringLiteral("rerun"), QString()),
            &QAction::triggered, this, &FleetActions::upgradeToTarget);
    connect(makeAction(Id::QueryVersions, QStringLiteral("fleetQueryVersions"), tr("Query Versions Now"),
                       QStringLiteral("refresh"),
                       tr("Run an HDK_QUERY job on the selected servers; their rows update when it finishes")),
            &QAction::triggered, this, &FleetActions::confirmVersionQuery);
    connect(makeAction(Id::Reboot, QStringLiteral("fleetReboot"), tr("Reboot…"), QString(),
                       tr("Reboot the selected servers (asks first)")),
            &QAction::triggered, this, [this] { confirmServerAction(ServerAction::Reboot); });
    connect(makeAction(Id::Start, QStringLiteral("fleetStart"), tr("Start…"), QString(),
                       tr("Start the selected servers (asks first)")),
            &QAction::triggered, this, [this] { confirmServerAction(ServerAction::Start); });
    connect(makeAction(Id::Stop, QStringLiteral("fleetStop"), tr("Stop…"), QString(),
                       tr("Stop the selected servers (asks first)")),
            &QAction::triggered, this, [this] { confirmServerAction(ServerAction::Stop); });
    connect(makeAction(Id::CopyIds, QStringLiteral("fleetCopyIds"), tr("Copy Server Ids"), QStringLiteral("copy"),
                       tr("Copy the ids of the selected servers, one per line")),
            &QAction::triggered, this, [this] { copy(false); });
    connect(makeAction(Id::CopyNames, QStringLiteral("fleetCopyNames"), tr("Copy Server Names"), QString(),
                       tr("Copy the names of the selected servers, one per line")),
            &QAction::triggered, this, [this] { copy(true); });
}

void FleetActions::buildMenuAndBar()
{
    m_menu = new QMenu(m_page);
    m_menu->setObjectName(QStringLiteral("fleetContextMenu"));
    m_bar = new QToolBar(m_page);
    m_bar->setObjectName(QStringLiteral("fleetActionBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bar->setIconSize(QSize(16, 16));
    const std::array groups{std::array{Id::NewJob, Id::UpgradeToTarget, Id::QueryVersions},
                            std::array{Id::Reboot, Id::Start, Id::Stop}};
    for (const auto &group : groups) {
        for (Id id : group) {
            m_menu->addAction(action(id));
            m_bar->addAction(action(id));
        }
        m_menu->addSeparator();
        m_bar->addSeparator();
    }
    m_menu->addActions({action(Id::CopyIds), action(Id::CopyNames)});
    m_bar->addActions({action(Id::CopyIds), action(Id::CopyNames)});
    m_page->setActionBar(m_bar);
}

QString FleetActions::targetDriver() const
{
    return m_page->model()->policy().fleet.driver;
}

void FleetActions::updateEnabled()
{
    const bool any = !m_page->table()->selectionModel()->selectedRows().isEmpty();
    const bool connected = m_connection().client != nullptr;
    for (Id id : {Id::NewJob, Id::Reboot, Id::Start, Id::Stop})
        action(id)->setEnabled(any && connected);
    for (Id id : {Id::CopyIds, Id::CopyNames})
        action(id)->setEnabled(any);
    const QString target = targetDriver();
    QAction *upgrade = action(Id::UpgradeToTarget);
    upgrade->setEnabled(any && connected && !target.isEmpty());
    upgrade->setToolTip(target.isEmpty()
                            ? tr("Set a target driver version on the Fleet page first")
                            : tr("Open the wizard to upgrade the selected servers to driver %1").arg(target));
    QAction *query = action(Id::QueryVersions);
    query->setEnabled(any && connected && !m_query);
    query->setToolTip(m_query ? tr("A version query is running; its rows update when it finishes")
                              : tr("Run an HDK_QUERY job on the selected servers; their rows update when it finishes"));
}

void FleetActions::upgradeToTarget()
{
    const QStringList ids = serverIdsOf(m_page->selectedServers());
    if (ids.isEmpty() || targetDriver().isEmpty())
        return;
    emit upgradeRequested(upgradeRequest(ids, targetDriver(), QDateTime::currentDateTime()));
}

void FleetActions::confirmVersionQuery()
{
    const QList<SelectedServer> servers = m_page->selectedServers();
    if (servers.isEmpty() || m_query)
        return;
    confirm(m_window, QStringLiteral("fleetQueryQuestion"), tr("Query Versions"),
            versionQueryQuestion(serverNamesOf(servers)), [this, servers] { startVersionQuery(servers); });
}

void FleetActions::startVersionQuery(const QList<SelectedServer> &servers)
{
    const Connection connection = m_connection();
    if (!connection.client || m_query)
        return;
    const QStringList ids = serverIdsOf(servers);
    const SubmissionPlan plan = versionQueryPlan(ids, QDateTime::currentDateTime());
    for (const CreateJobRequest &request : plan.requests) {
        if (const QList<ValidationProblem> problems = validateCreateRequest(request); !problems.isEmpty()) {
            emit statusMessage(tr("The version query was not sent: %1").arg(problems.first().message), kStatusMs);
            return;
        }
    }
    // The same engine as the wizard and the CLI: history lines, and no blind re-send.
    m_query = new WaveSubmitter(connection.client, connection.history, connection.profile, this);
    const QPointer<CloudClient> client = connection.client;
    connect(m_query, &WaveSubmitter::runStateChanged, this, [this, client, ids](WaveSubmitter::RunState state) {
        if (isRunOver(state))
            finishVersionQuery(client, ids);
    });
    // Its client goes with the connection, its calls unanswered: the run is abandoned (the
    // job on the service finishes without it).
    connect(connection.client, &QObject::destroyed, this, [this, query = m_query.data()] {
        if (m_query == query) {
            delete query;
            updateEnabled();
        }
    });
    if (!m_query->start(plan, versionQueryOptions(m_pollIntervalMs))) {
        m_query->deleteLater();
        m_query = nullptr;
        return;
    }
    emit versionQueryStarted(m_query);
    emit statusMessage(tr("Querying the versions of %n server(s)…", nullptr, int(ids.size())), 0);
    updateEnabled();
}

void FleetActions::finishVersionQuery(CloudClient *client, const QStringList &serverIds)
{
    WaveSubmitter *query = m_query;
    m_query = nullptr;
    query->deleteLater();
    updateEnabled();
    if (query->runState() != WaveSubmitter::RunState::Finished)
        emit statusMessage(tr("The version query stopped: %1").arg(query->haltReason()), kStatusMs);
    else
        emit statusMessage(tr("Versions queried on %n server(s).", nullptr, int(serverIds.size())), kStatusMs);
    // Another connection by now: its fleet is not these servers.
    if (client && client == m_connection().client)
        emit versionsQueried(createdJobsOf(*query), serverIds);
}

void FleetActions::confirmServerAction(ServerAction serverAction)
{
    const QList<SelectedServer> servers = m_page->selectedServers();
    if (servers.isEmpty())
        return;
    confirm(m_window, QStringLiteral("fleetServerActionQuestion"), ServerActionDialog::titleOf(serverAction),
            ServerActionRunner::question(serverAction, serverNamesOf(servers)),
            [this, serverAction, servers] { runServerAction(serverAction, servers); });
}

void FleetActions::runServerAction(ServerAction serverAction, const QList<SelectedServer> &servers)
{
    CloudClient *client = m_connection().client;
    if (!client)
        return;
    auto *dialog = new ServerActionDialog(client, serverAction, servers, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->runner(), &ServerActionRunner::finished, this, &FleetActions::serversActedOn);
    m_lastDialog = dialog;
    emit clientDialogOpened(dialog);
    dialog->show();
    dialog->start();
}

void FleetActions::copy(bool names)
{
    const QList<SelectedServer> servers = m_page->selectedServers();
    if (servers.isEmpty())
        return;
    const QStringList lines = names ? serverNamesOf(servers) : serverIdsOf(servers);
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    emit statusMessage(names ? tr("Copied %n server name(s)", nullptr, int(lines.size()))
                             : tr("Copied %n server id(s)", nullptr, int(lines.size())),
                       kStatusMs);
}

} // namespace liteops::ui
