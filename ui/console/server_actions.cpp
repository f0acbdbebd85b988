// SPDX-License-Identifier: Apache-2.0
#include "server_actions.h"

#include "export_path.h"
#include "failure_summary_model.h"
#include "failure_summary_panel.h"
#include "header_columns.h"
#include "icons.h"
#include "job_detail_panel.h"
#include "table_export.h"
#include "task_panel.h"
#include "task_tree_model.h"
#include "version_drift.h"
#include "version_drift_panel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QTreeView>

#include <utility>

namespace liteops::ui {
namespace {

// Task ids behind the selected rows of a table whose rows each stand for a group of tasks.
template <typename TaskIdsOfRow>
QStringList taskIdsOfSelectedRows(const QAbstractItemView *view, TaskIdsOfRow taskIdsOfRow)
{
    QStringList out;
    QList<int> rows;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    for (int r : rows)
        out << taskIdsOfRow(r);
    return out;
}

} // namespace

ServerActions::ServerActions(JobDetailPanel *detail, QWidget *parent)
    : QObject(parent), m_detail(detail), m_window(parent)
{
    buildActions();
    buildMenu(parent);
    attachViews();
    m_current = detail->tasks()->view();
    // The actions follow the view the user works in (never a hidden one).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (auto *view = qobject_cast<QAbstractItemView *>(now); view && m_sources.contains(view))
            setCurrentView(view);
    });
    updateEnabled();
}

QAction *ServerActions::makeAction(Id id, const QString &objectName, const QString &text, const QString &icon,
                                   const QString &tip)
{
    return m_actions[std::size_t(id)] = makeNamedAction(this, objectName, text, icon, tip);
}

void ServerActions::buildActions()
{
    connect(makeAction(Id::NewJobOnServers, QStringLiteral("newJobOnServers"), tr("New Job on These Servers…"),
                       QStringLiteral("new-job"),
                       tr("Open the create-job wizard with the selected servers as its targets")),
            &QAction::triggered, this, [this] { emit newJobRequested(serverIdsOf(selectedServers())); });
    connect(makeAction(Id::RerunOnServers, QStringLiteral("rerunOnServers"), tr("Rerun on These Servers…"),
                       QStringLiteral("rerun"),
                       tr("Repeat the open job (same items and parameters) on the selected servers")),
            &QAction::triggered, this, [this] { emit rerunRequested(serverIdsOf(selectedServers())); });
    connect(makeAction(Id::CopyServerIds, QStringLiteral("copyServerIds"), tr("Copy Server Ids"),
                       QStringLiteral("copy"), tr("Copy the ids of the selected servers, one per line")),
            &QAction::triggered, this, [this] { copy(false); });
    connect(makeAction(Id::CopyServerNames, QStringLiteral("copyServerNames"), tr("Copy Server Names"), QString(),
                       tr("Copy the names of the selected servers, one per line")),
            &QAction::triggered, this, [this] { copy(true); });
    connect(makeAction(Id::ExportServerRows, QStringLiteral("exportServerRows"), tr("Export These Rows…"),
                       QStringLiteral("export"), tr("Save the tasks of the selected servers as CSV or JSON")),
            &QAction::triggered, this, &ServerActions::exportRows);
}

void ServerActions::buildMenu(QWidget *parent)
{
    m_menu = new QMenu(parent);
    m_menu->setObjectName(QStringLiteral("serverContextMenu"));
    m_menu->addActions({action(Id::NewJobOnServers), action(Id::RerunOnServers)});
    m_menu->addSeparator();
    m_menu->addActions({action(Id::CopyServerIds), action(Id::CopyServerNames), action(Id::ExportServerRows)});
}

// The views whose selections mean servers, each with how its selection becomes task ids.
void ServerActions::attachViews()
{
    TaskPanel *tasks = m_detail->tasks();
    attach(tasks->view(), [tasks] {
        QStringList ids;
        for (const Task *t : tasks->selectedTasks())
            ids << t->id().toString();
        return ids;
    });
    FailureSummaryPanel *failures = m_detail->failures();
    // The failure clusters and, apart from them, the skipped tasks by reason.
    for (const auto &source : {std::pair{failures->view(), failures->model()},
                               std::pair{failures->skippedView(), failures->skippedModel()}}) {
        QTableView *view = source.first;
        FailureSummaryModel *model = source.second;
        attach(view, [view, model] {
            return taskIdsOfSelectedRows(view, [model](int row) {
                const ErrorCluster *c = model->clusterAt(row);
                return c ? c->taskIds : QStringList();
            });
        });
    }
    VersionDriftPanel *versions = m_detail->versions();
    attach(versions->view(), [versions] {
        return taskIdsOfSelectedRows(versions->view(), [versions](int row) {
            const auto &rows = versions->model()->rows();
            return row >= 0 && row < rows.size() ? rows.at(row).taskIds : QStringList();
        });
    });
}

void ServerActions::attach(QAbstractItemView *view, const TaskIdsSource &source)
{
    m_sources.insert(view, source);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { contextMenu(view)->popup(view->viewport()->mapToGlobal(pos)); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] {
        if (view == currentView())
            updateEnabled();
    });
}

QList<QAction *> ServerActions::actions() const
{
    return m_menu->actions();
}

void ServerActions::setCurrentView(QAbstractItemView *view)
{
    if (!m_sources.contains(view))
        return;
    m_current = view;
    updateEnabled();
}

QAbstractItemView *ServerActions::currentView() const
{
    QAbstractItemView *tasks = m_detail->tasks()->view();
    return m_current && (m_current == tasks || m_current->isVisible()) ? m_current.data() : tasks;
}

QStringList ServerActions::selectedTaskIds() const
{
    if (!m_detail->hasJob())
        return {};
    return m_sources.value(currentView())();
}

QList<SelectedServer> ServerActions::selectedServers() const
{
    if (!m_detail->hasJob())
        return {};
    return serversOfTasks(m_detail->job(), selectedTaskIds());
}

QMenu *ServerActions::contextMenu(QAbstractItemView *view)
{
    setCurrentView(view);
    return m_menu;
}

void ServerActions::updateEnabled()
{
    const bool any = !selectedServers().isEmpty();
    const bool modelArts = m_detail->hasJob() && m_detail->job().provider == Provider::ModelArts;
    action(Id::NewJobOnServers)->setEnabled(any && modelArts);
    action(Id::RerunOnServers)->setEnabled(any && modelArts);
    action(Id::CopyServerIds)->setEnabled(any);
    action(Id::CopyServerNames)->setEnabled(any);
    action(Id::ExportServerRows)->setEnabled(any);
}

void ServerActions::copy(bool names)
{
    const QList<SelectedServer> servers = selectedServers();
    if (servers.isEmpty())
        return;
    const QStringList lines = names ? serverNamesOf(servers) : serverIdsOf(servers);
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    emit statusMessage(names ? tr("Copied %n server name(s)", nullptr, int(lines.size()))
                             : tr("Copied %n server id(s)", nullptr, int(lines.size())));
}

bool ServerActions::exportTo(const QString &path, QString *errorMessage) const
{
    TaskPanel *tasks = m_detail->tasks();
    QModelIndexList rows;
    for (const QString &id : selectedTaskIds())
        rows << tasks->model()->indexOfTask(id);
    return writeExport(path, collectRows(tasks->model(), shownColumns(tasks->view()->header()), rows), errorMessage);
}

void ServerActions::exportRows()
{
    if (selectedServers().isEmpty())
        return;
    const Job &job = m_detail->job();
    const QString base = QStringLiteral("%1-selected-servers").arg(job.name.isEmpty() ? job.id : job.name);
    const QString path = askExportPath(m_window, tr("Export Selected Servers"), base);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        m_detail->banner()->showError(BannerError::plain(tr("The export failed."), error), {});
    else
        emit statusMessage(
            tr("Exported %n row(s) to %1", nullptr, int(selectedTaskIds().size())).arg(QDir::toNativeSeparators(path)));
}

} // namespace liteops::ui
