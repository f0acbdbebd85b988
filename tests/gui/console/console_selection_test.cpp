// SPDX-License-Identifier: Apache-2.0
// "Act on any selection": the Servers actions (new job, rerun, copy ids, copy names, export)
// on a task selection, an error cluster of the Failures tab and a row of the Versions tab,
// against the in-process simulator, through the real widgets and the real wizard.
#include "console_fixture.h"
#include "compliance_settings.h"

#include "error_clusterer.h"
#include "failure_summary_model.h"
#include "failure_summary_panel.h"
#include "job_filter_bar.h"
#include "job_filter_proxy.h"
#include "job_list_model.h"
#include "job_list_panel.h"
#include "server_actions.h"
#include "task_filter_proxy.h"
#include "task_panel.h"
#include "task_tree_model.h"
#include "version_drift.h"
#include "version_drift_chart.h"
#include "version_drift_panel.h"
#include "world.h"
#include "createjobwizard.h"
#include "wavesubmitter.h"
#include "wizardstate.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCheckBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QStandardItemModel>
#include <QToolTip>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

using namespace liteops;
using namespace liteops::ui;
using namespace liteops::ui::test;

namespace {

bool hasFailedUpgrade(const Job &j)
{
    return j.provider == Provider::ModelArts && isFinalState(j.state) && j.state != State::Deleted
           && j.counts().failed >= 2 && !j.items.isEmpty();
}

bool hasSkippedAndFailed(const Job &j)
{
    return j.provider == Provider::ModelArts && isFinalState(j.state) && j.state != State::Deleted
           && j.counts().failed >= 1 && j.counts().skipped >= 1;
}

// A finished query job some of whose servers reported nothing.
bool isQueryWithoutSomeResults(const Job &j)
{
    if (j.provider != Provider::ModelArts || !isFinalState(j.state) || j.state == State::Deleted)
        return false;
    const bool query = std::any_of(j.items.cbegin(), j.items.cend(),
                                   [](const JobItem &i) { return i.type == QLatin1String("HDK_QUERY"); });
    return query && j.counts().skipped + j.counts().failed > 0;
}

// The text of every label the chart's scene draws (axis labels are text items).
QStringList renderedChartTexts(QChartView *view)
{
    QStringList texts;
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items)
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    return texts;
}

bool hasVersionDrift(const Job &j)
{
    if (j.provider != Provider::ModelArts || !isFinalState(j.state) || j.state == State::Deleted)
        return false;
    QSet<QString> versions;
    for (const Task &t : j.tasks)
        if (auto v = parseVersions(t.message()))
            versions.insert(v->driver + v->firmware);
    return versions.size() >= 2;
}

// Each server once, first occurrence first.
QStringList unique(QStringList ids)
{
    ids.removeDuplicates();
    return ids;
}

QDialog *visibleDialog(MainWindow *window)
{
    const auto dialogs = window->findChildren<QDialog *>();
    for (QDialog *d : dialogs)
        if (d->isVisible())
            return d;
    return nullptr;
}

// Selects rows of a table view as a user would (the selection model, not a click that would
// also activate the row).
void selectRows(QTableView *view, const QList<int> &rows)
{
    QItemSelection selection;
    for (int r : rows)
        selection.select(view->model()->index(r, 0), view->model()->index(r, view->model()->columnCount() - 1));
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// Copy ids, copy names, export and rerun through the context menu of `view`, each checked
// against `expectedIds` (and the matching tasks of `job`); then New job reaches the wizard.
void checkActions(Console &c, QAbstractItemView *view, const Job &job, const QStringList &expectedIds,
                  const QStringList &expectedTaskIds)
{
    ServerActions *actions = c.window->serverActions();
    QMenu *menu = actions->contextMenu(view);
    QCOMPARE(actions->currentView(), view);
    QStringList names;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            names << a->objectName();
    QCOMPARE(names, (QStringList{QStringLiteral("newJobOnServers"), QStringLiteral("rerunOnServers"),
                                 QStringLiteral("copyServerIds"), QStringLiteral("copyServerNames"),
                                 QStringLiteral("exportServerRows")}));
    for (QAction *a : menu->actions())
        QVERIFY2(a->isSeparator() || a->isEnabled(), qPrintable(a->objectName()));

    // Copy server ids / names, and the status bar says what was copied.
    QGuiApplication::clipboard()->clear();
    actions->action(ServerActions::Id::CopyServerIds)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text().split(QLatin1Char('\n')), expectedIds);
    const QString said = c.window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QString::number(expectedIds.size())) && said.contains(QLatin1String("server id")),
             qPrintable(said));
    actions->action(ServerActions::Id::CopyServerNames)->trigger();
    QStringList expectedNames;
    for (const QString &id : expectedIds)
        for (const Task &t : job.tasks)
            if (t.targetId() == id) {
                expectedNames << t.targetName().toString();
                break;
            }
    QCOMPARE(QGuiApplication::clipboard()->text().split(QLatin1Char('\n')), expectedNames);
    QVERIFY(c.window->statusBar()->currentMessage().contains(QLatin1String("server name")));

    // Export these rows: one row per task of the selection, whatever the tree shows.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.json"));
    QString error;
    QVERIFY2(actions->exportTo(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).array();
    QCOMPARE(rows.size(), expectedTaskIds.size());
    const QString idKey = c.detail()->tasks()->model()->headerData(TaskTreeModel::ServerId, Qt::Horizontal).toString();
    QSet<QString> exported;
    for (const QJsonValue &row : rows)
        exported.insert(row.toObject().value(idKey).toString());
    QCOMPARE(exported, QSet<QString>(expectedIds.cbegin(), expectedIds.cend()));

    // Rerun on these servers: the open job's type and items, exactly these servers.
    QSignalSpy prepared(c.window.get(), &MainWindow::rerunPrepared);
    actions->action(ServerActions::Id::RerunOnServers)->trigger();
    QCOMPARE(prepared.count(), 1);
    const CreateJobRequest request = prepared.first().first().value<CreateJobRequest>();
    QCOMPARE(request.serverIds, expectedIds);
    QCOMPARE(request.type, job.type);
    QCOMPARE(request.items, job.items);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog(c.window.get())) != nullptr);
    auto *wizard = qobject_cast<CreateJobWizard *>(dialog);
    QVERIFY(wizard);
    auto *state = wizard->findChild<WizardState *>();
    QVERIFY(state);
    QTRY_VERIFY_WITH_TIMEOUT(state->serversLoad() == WizardState::Load::Loaded, 30000);
    QCOMPARE(state->jobType(), job.type);
    QStringList prefilled = state->baseRequest().serverIds;
    QStringList expected = expectedIds;
    prefilled.sort();
    expected.sort();
    QCOMPARE(prefilled, expected);
    // Named after the original, linked to it, recorded as its rerun; nothing needs attention
    // before the review.
    QCOMPARE(request.name, rerunName(job.name));
    QCOMPARE(state->name(), request.name);
    QCOMPARE(wizard->currentId(), int(CreateJobWizard::ReviewPageId));
    QCOMPARE(state->rerunOf(), job.id);
    QCOMPARE(state->submitter()->rerunOf(), job.id);
    auto *link = wizard->findChild<QLabel *>(QStringLiteral("rerunOfLink"));
    QVERIFY(link && link->isVisible());
    QVERIFY(link->text().contains(job.id));
    QSignalSpy original(wizard, &CreateJobWizard::originalJobRequested);
    emit link->linkActivated(QStringLiteral("job"));
    QCOMPARE(original.count(), 1);
    QCOMPARE(original.first().first().toString(), job.id);
    dialog->reject();
    QTRY_VERIFY(visibleDialog(c.window.get()) == nullptr);

    // New job on these servers: the wizard from its first page, these servers its targets.
    QVERIFY(actions->contextMenu(view) && actions->action(ServerActions::Id::NewJobOnServers)->isEnabled());
    actions->action(ServerActions::Id::NewJobOnServers)->trigger();
    QTRY_VERIFY((dialog = visibleDialog(c.window.get())) != nullptr);
    wizard = qobject_cast<CreateJobWizard *>(dialog);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(CreateJobWizard::JobTypePageId));
    state = wizard->findChild<WizardState *>();
    QVERIFY(state);
    QTRY_VERIFY_WITH_TIMEOUT(state->serversLoad() == WizardState::Load::Loaded, 30000);
    prefilled = state->baseRequest().serverIds;
    prefilled.sort();
    QCOMPARE(prefilled, expected);
    dialog->reject();
}

} // namespace

class ConsoleSelectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTemporarySettings(&m_settings); }
    void cleanupTestCase() { removeTestData(); }

    // Three tasks picked in the tree, grouped by error (group rows are not servers).
    void actionsOnATaskSelection()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasFailedUpgrade);
        QVERIFY(!job.id.isEmpty());
        LITEOPS_OPEN_JOB(c, job.id);
        TaskPanel *tasks = c.detail()->tasks();
        tasks->groupingBox()->setCurrentIndex(
            tasks->groupingBox()->findData(int(TaskTreeModel::Grouping::ByErrorCluster)));
        QVERIFY(job.tasks.size() >= 4);
        const QStringList taskIds{job.tasks.at(3).id().toString(), job.tasks.at(0).id().toString(),
                                  job.tasks.at(1).id().toString()};
        QModelIndexList indexes;
        for (const QString &id : taskIds)
            indexes << tasks->model()->indexOfTask(id);
        tasks->selectTasks(indexes);
        tasks->view()->setFocus();
        // The servers in the job's task order, each once.
        QStringList expected;
        QStringList expectedTasks;
        for (const Task &t : job.tasks)
            if (taskIds.contains(t.id().toString())) {
                expected << t.targetId().toString();
                expectedTasks << t.id().toString();
            }
        checkActions(c, tasks->view(), job, unique(expected), expectedTasks);
    }

    // Two clusters of the Failures tab: the servers of both, and nothing else.
    void actionsOnFailureClusters()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasFailedUpgrade);
        LITEOPS_OPEN_JOB(c, job.id);
        FailureSummaryPanel *failures = c.detail()->failures();
        QVERIFY(failures->model()->rowCount() >= 2);
        c.detail()->tabs()->setCurrentWidget(failures);

        // One cluster (the per-cluster rerun reaches the wizard with exactly its servers)...
        selectRows(failures->view(), {1});
        const ErrorCluster *cluster = failures->model()->clusterAt(1);
        QVERIFY(cluster);
        checkActions(c, failures->view(), job, unique(cluster->serverIds), cluster->taskIds);

        // ...then two: their servers in the job's task order.
        selectRows(failures->view(), {0, 1});
        const QStringList clusterTasks = failures->model()->clusterAt(0)->taskIds + cluster->taskIds;
        QStringList expected;
        for (const Task &t : job.tasks)
            if (clusterTasks.contains(t.id().toString()))
                expected << t.targetId().toString();
        checkActions(c, failures->view(), job, unique(expected), clusterTasks);
    }

    // A row of the Versions tab stands for the servers on that version.
    void actionsOnAVersionRow()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasVersionDrift);
        QVERIFY(!job.id.isEmpty());
        LITEOPS_OPEN_JOB(c, job.id);
        VersionDriftPanel *versions = c.detail()->versions();
        QVERIFY(versions->model()->rowCount() >= 2);
        c.detail()->tabs()->setCurrentWidget(versions);
        selectRows(versions->view(), {1});
        const auto row = versions->model()->rows().at(1);
        checkActions(c, versions->view(), job, unique(row.serverIds), row.taskIds);
    }

    // Nothing selected in the view the user works in: nothing to act on.
    void actionsAreOffWithoutASelection()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasFailedUpgrade);
        LITEOPS_OPEN_JOB(c, job.id);
        FailureSummaryPanel *failures = c.detail()->failures();
        c.detail()->tabs()->setCurrentWidget(failures);
        failures->view()->clearSelection();
        ServerActions *actions = c.window->serverActions();
        for (QAction *a : actions->contextMenu(failures->view())->actions())
            QVERIFY2(a->isSeparator() || !a->isEnabled(), qPrintable(a->objectName()));
        QVERIFY(actions->selectedServers().isEmpty());
    }

    // The focus bug: the user opened a job from the list, picked five servers (through a
    // cluster, so the tree never had focus), then used the Group-by box. Ctrl+C copied the job
    // id and Export offered jobs.csv; both act on the task pane now.
    void copyAndExportFollowThePaneAfterTheGroupByBox()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasFailedUpgrade);
        QApplication::setActiveWindow(c.window.get());
        c.list()->view()->setFocus();
        QTRY_VERIFY(c.list()->view()->hasFocus());
        LITEOPS_OPEN_JOB(c, job.id);
        QCOMPARE(c.window->exportTarget(), c.list()->view());

        TaskPanel *tasks = c.detail()->tasks();
        QVERIFY(job.tasks.size() >= 5);
        QModelIndexList indexes;
        QStringList expected;
        for (int i = 0; i < 5; ++i) {
            indexes << tasks->model()->indexOfTask(job.tasks.at(i).id().toString());
            expected << job.tasks.at(i).targetId().toString();
        }
        expected = unique(expected);
        tasks->selectTasks(indexes);
        tasks->groupingBox()->setFocus();
        QTRY_VERIFY(tasks->groupingBox()->hasFocus());
        tasks->groupingBox()->setCurrentIndex(tasks->groupingBox()->findData(int(TaskTreeModel::Grouping::Flat)));
        tasks->groupingBox()->setCurrentIndex(tasks->groupingBox()->findData(int(TaskTreeModel::Grouping::ByState)));

        QGuiApplication::clipboard()->clear();
        c.window->action(MainAction::CopyIds)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().split(QLatin1Char('\n')), expected);
        const QString said = c.window->statusBar()->currentMessage();
        QVERIFY2(said.contains(QString::number(expected.size())) && said.contains(QLatin1String("server id")),
                 qPrintable(said));
        QCOMPARE(c.window->exportTarget(), tasks->view());

        // Back in the job list: Ctrl+C copies the job's id, Export writes jobs.
        c.list()->view()->setFocus();
        QTRY_VERIFY(c.list()->view()->hasFocus());
        c.window->action(MainAction::CopyIds)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), job.id);
        QVERIFY(c.window->statusBar()->currentMessage().contains(QLatin1String("job id")));
        QCOMPARE(c.window->exportTarget(), c.list()->view());

        // The task pane's own Copy button acts on the pane wherever focus is.
        QGuiApplication::clipboard()->clear();
        tasks->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text().split(QLatin1Char('\n')), expected);
        QCOMPARE(c.window->exportTarget(), tasks->view());
    }

    // The filter text belongs to the job it was typed for, and says when it hides tasks.
    void taskFilterIsPerJobAndSaysWhatItHides()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job first = c.simJob(hasFailedUpgrade);
        const Job second = c.simJob([&first](const Job &j) {
            return j.provider == Provider::ModelArts && j.id != first.id && j.state != State::Deleted
                   && !j.tasks.isEmpty();
        });
        QVERIFY(!second.id.isEmpty());
        LITEOPS_OPEN_JOB(c, first.id);
        TaskPanel *tasks = c.detail()->tasks();
        QVERIFY(!tasks->filterNote()->isVisible());
        const QString server = first.tasks.first().targetId().toString();
        int matching = 0;
        for (const Task &t : first.tasks)
            matching += TaskFilterProxy::textMatches(t, server) ? 1 : 0;
        QVERIFY(matching >= 1 && matching < first.tasks.size());
        tasks->filterField()->setText(server);
        QTRY_VERIFY(tasks->filterNote()->isVisible());
        const int hidden = int(first.tasks.size()) - matching;
        QVERIFY2(tasks->filterNote()->text().contains(QString::number(hidden)),
                 qPrintable(tasks->filterNote()->text()));

        // "Clear" shows every task again.
        emit tasks->filterNote()->linkActivated(QStringLiteral("clear"));
        QVERIFY(tasks->filterField()->text().isEmpty());
        QVERIFY(tasks->proxy()->textFilter().isEmpty());
        QVERIFY(!tasks->filterNote()->isVisible());

        // Another job opens unfiltered; the text typed for the first one does not follow it.
        tasks->filterField()->setText(server);
        QTRY_VERIFY(tasks->filterNote()->isVisible());
        LITEOPS_OPEN_JOB(c, second.id);
        QVERIFY(tasks->filterField()->text().isEmpty());
        QVERIFY(tasks->proxy()->textFilter().isEmpty());
        QVERIFY(!tasks->filterNote()->isVisible());
        int shown = 0;
        for (int r = 0; r < tasks->proxy()->rowCount(); ++r) {
            const QModelIndex row = tasks->proxy()->index(r, 0);
            shown += tasks->proxy()->hasChildren(row) ? tasks->proxy()->rowCount(row) : 1;
        }
        QCOMPARE(shown, int(second.tasks.size()));
    }

    // Largest cluster first; a click shows the tasks with the cluster's header in view.
    void failureClustersBySizeWithTheirHeaderInView()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasFailedUpgrade);
        LITEOPS_OPEN_JOB(c, job.id);
        FailureSummaryPanel *failures = c.detail()->failures();
        FailureSummaryModel *model = failures->model();
        QVERIFY(model->rowCount() >= 2);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->clusterAt(r - 1)->count >= model->clusterAt(r)->count);

        TaskPanel *tasks = c.detail()->tasks();
        tasks->groupingBox()->setCurrentIndex(
            tasks->groupingBox()->findData(int(TaskTreeModel::Grouping::ByErrorCluster)));
        // A short tree, so the last cluster is below the fold and needs scrolling.
        c.window->resize(1024, 600);
        tasks->splitter()->setSizes({60, 400});
        QTRY_VERIFY(tasks->view()->viewport()->height() < 120);
        int rows = 0;
        for (int r = 0; r < tasks->proxy()->rowCount(); ++r)
            rows += 1 + tasks->proxy()->rowCount(tasks->proxy()->index(r, 0));
        QVERIFY(rows > 10);
        // The cluster whose group comes last in the tree.
        QPersistentModelIndex group;
        for (int r = 0; r < tasks->proxy()->rowCount(); ++r)
            if (tasks->proxy()->index(r, 0).data(ClusterIdRole).isValid())
                group = tasks->proxy()->index(r, 0);
        QVERIFY(group.isValid());
        int last = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->clusterAt(r)->id == group.data(ClusterIdRole).toString())
                last = r;
        QVERIFY(last >= 0);
        c.detail()->tabs()->setCurrentWidget(failures);
        QTest::mouseClick(failures->view()->viewport(), Qt::LeftButton, {},
                          failures->view()->visualRect(model->index(last, 0)).center());
        QCOMPARE(c.detail()->tabs()->currentWidget(), tasks);
        QVERIFY(group.isValid());
        const QRect header = tasks->view()->visualRect(group);
        QVERIFY(tasks->view()->verticalScrollBar()->value() > 0); // it did have to scroll
        QVERIFY2(header.top() >= 0 && header.bottom() <= tasks->view()->viewport()->height(),
                 qPrintable(QStringLiteral("%1,%2").arg(header.top()).arg(header.bottom())));
    }

    // The Failures tab's column order as the user left it, across two restarts.
    void failuresColumnOrderSurvivesTwoRestarts()
    {
        QSettings().remove(QStringLiteral("views/failureSummary/header"));
        QList<int> order;
        {
            Console c;
            QHeaderView *h = c.detail()->failures()->view()->horizontalHeader();
            QCOMPARE(h->logicalIndex(0), int(FailureSummaryModel::Count)); // the default: count first
            // The user drags the sample message to the front.
            h->moveSection(h->visualIndex(FailureSummaryModel::Sample), 0);
            for (int v = 0; v < h->count(); ++v)
                order << h->logicalIndex(v);
            c.window->close();
        }
        for (int restart = 0; restart < 2; ++restart) {
            Console c;
            QHeaderView *h = c.detail()->failures()->view()->horizontalHeader();
            QList<int> now;
            for (int v = 0; v < h->count(); ++v)
                now << h->logicalIndex(v);
            QCOMPARE(now, order);
            c.window->close();
        }
    }

    // Skipped tasks by reason, in their own list below the failures: largest first, their
    // count the job's skipped tasks; a click selects their servers, the actions act on them.
    void skippedTasksByReasonApartFromFailures()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasSkippedAndFailed);
        QVERIFY(!job.id.isEmpty());
        LITEOPS_OPEN_JOB(c, job.id);
        FailureSummaryPanel *failures = c.detail()->failures();
        c.detail()->tabs()->setCurrentWidget(failures);
        FailureSummaryModel *skipped = failures->skippedModel();
        QTRY_VERIFY(failures->skippedView()->isVisible());
        QVERIFY(failures->view()->isVisible()); // both lists, apart
        QCOMPARE(skipped->totalTasks(), job.counts().skipped);
        QCOMPARE(failures->model()->totalTasks(), job.counts().failed);
        QVERIFY(failures->skippedTitle()->text().contains(QString::number(job.counts().skipped)));
        for (int r = 1; r < skipped->rowCount(); ++r)
            QVERIFY(skipped->clusterAt(r - 1)->count >= skipped->clusterAt(r)->count);
        for (const Task &t : job.tasks)
            if (skipped->clusterAt(0)->taskIds.contains(t.id().toString()))
                QCOMPARE(t.state(), State::Skipped);
        // The count first, as in the failures list.
        QCOMPARE(failures->skippedView()->horizontalHeader()->logicalIndex(0), int(FailureSummaryModel::Count));

        const ErrorCluster cluster = *skipped->clusterAt(0);
        QTest::mouseClick(failures->skippedView()->viewport(), Qt::LeftButton, {},
                          failures->skippedView()->visualRect(skipped->index(0, 0)).center());
        QCOMPARE(c.detail()->tabs()->currentWidget(), c.detail()->tasks());
        QCOMPARE(c.window->selectedServersText(false).split(QLatin1Char('\n')), unique(cluster.serverIds));

        c.detail()->tabs()->setCurrentWidget(failures);
        selectRows(failures->skippedView(), {0});
        checkActions(c, failures->skippedView(), job, unique(cluster.serverIds), cluster.taskIds);
    }

    // Every server of a query job is on a row of the Versions tab: those without a result
    // on rows that say which (failed, skipped...), and they can be acted on like the others.
    void versionsListServersWithoutAResult()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(isQueryWithoutSomeResults);
        QVERIFY(!job.id.isEmpty());
        LITEOPS_OPEN_JOB(c, job.id);
        VersionDriftPanel *versions = c.detail()->versions();
        VersionDriftModel *model = versions->model();
        int servers = 0;
        int noResultRow = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const VersionDriftModel::Row &row = model->rows().at(r);
            servers += int(row.taskIds.size());
            if (!row.noResultState)
                continue;
            if (noResultRow < 0)
                noResultRow = r;
            QCOMPARE(model->index(r, VersionDriftModel::Driver).data().toString(),
                     VersionDriftModel::noResultLabel(*row.noResultState));
            for (const Task &t : job.tasks)
                if (row.taskIds.contains(t.id().toString()))
                    QCOMPARE(t.state(), *row.noResultState);
        }
        QCOMPARE(servers, int(job.tasks.size()));
        QVERIFY(noResultRow >= model->versionRowCount()); // after the versions
        c.detail()->tabs()->setCurrentWidget(versions);
        // In a 1024x700 window the chart cuts no version label (QtCharts' own truncation
        // drew "24.1...." there).
        c.window->resize(1024, 700);
        QVERIFY(versions->chart()->categoryAxis());
        QTRY_VERIFY(versions->chart()->isVisible());
        QTRY_VERIFY(versions->chart()->width() < 300);
        for (const QString &category : versions->chart()->categoryAxis()->categories())
            QTRY_VERIFY2(renderedChartTexts(versions->chart()).contains(category), qPrintable(category));
        selectRows(versions->view(), {noResultRow});
        ServerActions *actions = c.window->serverActions();
        actions->contextMenu(versions->view());
        QGuiApplication::clipboard()->clear();
        actions->action(ServerActions::Id::CopyServerIds)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().split(QLatin1Char('\n')),
                 unique(model->rows().at(noResultRow).serverIds));
    }

    // The Fleet page's target driver (per connection) is marked on the Versions tab.
    void versionsMarkTheFleetTarget()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        // The sandbox starts with the simulated fleet's current driver as its target; without
        // a target nothing is marked.
        QCOMPARE(fleet::ComplianceSettings().load(c.window->connectionName()).fleet.driver, sim::currentHdk().driver);
        fleet::ComplianceSettings().save(c.window->connectionName(), {});
        const Job job = c.simJob(isQueryWithoutSomeResults);
        QVERIFY(!job.id.isEmpty());
        LITEOPS_OPEN_JOB(c, job.id);
        VersionDriftPanel *versions = c.detail()->versions();
        QVERIFY(versions->model()->versionRowCount() > 0);
        QVERIFY(versions->targetNote()->isHidden());
        const QString driver = versions->model()->rows().constFirst().versions.driver;
        fleet::CompliancePolicy policy;
        policy.fleet.driver = driver;
        fleet::ComplianceSettings().save(c.window->connectionName(), policy);
        c.window->monitor()->refreshJob();
        QTRY_VERIFY_WITH_TIMEOUT(versions->model()->isTargetRow(0), 30000);
        QCOMPARE(versions->model()->index(0, VersionDriftModel::Driver).data().toString(),
                 QStringLiteral("%1 (fleet target)").arg(driver));
        c.detail()->tabs()->setCurrentWidget(versions);
        QTRY_VERIFY(versions->targetNote()->isVisible());
        const QString note = versions->targetNote()->text();
        QVERIFY2(note.contains(driver)
                     && note.contains(QStringLiteral("%1 of %2")
                                          .arg(versions->model()->rows().constFirst().serverIds.size())
                                          .arg(versions->model()->serverCount())),
                 qPrintable(note));
        fleet::ComplianceSettings().save(c.window->connectionName(), {});
    }

    // "24.1.0.3" whole on the chart: upright when the bars are narrow, side by side when
    // there is room; a long label is elided in the middle and hovering a bar shows it all.
    void versionChartLabelsAreNotCut()
    {
        VersionDriftPanel panel;
        QList<Task> tasks;
        const QStringList drivers{QStringLiteral("24.1.0.3"),
                                  QStringLiteral("23.0.6.1"),
                                  QStringLiteral("23.0.5.2"),
                                  QStringLiteral("24.1.RC2.1"),
                                  QStringLiteral("22.0.4.5"),
                                  QStringLiteral("23.0.3.9"),
                                  QStringLiteral("24.1.RC3.B010.20240618")};
        for (int i = 0; i < drivers.size(); ++i)
            for (int n = 0; n <= i; ++n)
                tasks << Task::Builder()
                             .id(QStringLiteral("t%1-%2").arg(i).arg(n))
                             .targetId(QStringLiteral("s%1-%2").arg(i).arg(n))
                             .status(QStringLiteral("SUCCESS"))
                             .message(QStringLiteral("Driver: %1 | Firmware: 7.5.0.5.220").arg(drivers[i]))
                             .build();
        Job job;
        job.id = QStringLiteral("q");
        job.state = State::Succeeded;
        job.tasks = tasks;
        panel.resize(620, 320);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setJob(job);
        VersionDriftChart *chart = panel.chart();
        QBarCategoryAxis *axis = chart->categoryAxis();
        QVERIFY(axis);
        QVERIFY(axis->categories().contains(QStringLiteral("24.1.0.3")));
        // Narrow bars: upright labels, and the chart cuts none of them.
        QTRY_COMPARE(axis->labelsAngle(), -90);
        QTRY_VERIFY(renderedChartTexts(chart).contains(QStringLiteral("24.1.0.3")));
        for (const QString &category : axis->categories())
            QTRY_VERIFY2(renderedChartTexts(chart).contains(category), qPrintable(category));
        // The longest driver is elided in the middle; its tooltip has it whole.
        const int longest = int(drivers.indexOf(QStringLiteral("24.1.RC3.B010.20240618")));
        int category = -1;
        for (int i = 0; i < axis->count(); ++i)
            if (axis->at(i).contains(QChar(0x2026)))
                category = i;
        QVERIFY(category >= 0);
        QVERIFY(axis->at(category).startsWith(QStringLiteral("24.1")));
        QVERIFY(chart->toolTipFor(category).contains(drivers[longest]));
        QVERIFY(chart->toolTipFor(category).contains(QStringLiteral("7.5.0.5.220")));
        emit chart->barSet()->hovered(true, category);
        QTRY_COMPARE(QToolTip::text(), chart->toolTipFor(category));
        emit chart->barSet()->hovered(false, category);
        // Three versions with room enough: side by side, still whole.
        job.tasks = tasks.mid(0, 6);
        panel.setJob(job);
        axis = chart->categoryAxis();
        QCOMPARE(axis->count(), 3);
        panel.resize(1400, 320);
        QTRY_COMPARE(axis->labelsAngle(), 0);
        QTRY_VERIFY(renderedChartTexts(chart).contains(QStringLiteral("24.1.0.3")));
    }

    // A deleted job is listed only with Show hidden (View menu or the filter bar, which stay
    // in step and are remembered) or when the Deleted chip asks for it; the status line says
    // which.
    void deletedJobsOnlyWithShowHidden()
    {
        QSettings().remove(QStringLiteral("console/jobFilters"));
        const auto deletedRows = [](const Console &c) {
            int n = 0;
            for (int r = 0; r < c.list()->proxy()->rowCount(); ++r)
                n += State(c.list()->proxy()->index(r, 0).data(StateRole).toInt()) == State::Deleted ? 1 : 0;
            return n;
        };
        {
            Console c;
            LITEOPS_WAIT_FOR_LIST(c);
            const Job deleted = c.simJob([](const Job &j) { return j.state == State::Deleted; });
            QVERIFY(!deleted.id.isEmpty());
            QTRY_VERIFY(c.list()->model()->rowOfId(deleted.id) >= 0);
            QCOMPARE(deletedRows(c), 0);
            QTRY_VERIFY2(c.list()->statusText().contains(QLatin1String("deleted job")),
                         qPrintable(c.list()->statusText()));
            QVERIFY(!c.list()->selectJob(deleted.id));

            QAction *show = c.list()->filterBar()->showHiddenAction();
            QList<QAction *> viewActions;
            for (QMenu *menu : c.window->menuBar()->findChildren<QMenu *>())
                viewActions << menu->actions();
            QVERIFY(viewActions.contains(show));
            show->trigger();
            QVERIFY(c.list()->filterBar()->showHiddenBox()->isChecked());
            QTRY_VERIFY(deletedRows(c) >= 1);
            QVERIFY2(c.list()->statusText().contains(QLatin1String("Show hidden")), qPrintable(c.list()->statusText()));
            c.window->close(); // saves the filters
        }
        {
            Console c; // remembered
            QVERIFY(c.list()->filterBar()->showHidden());
            QVERIFY(c.list()->filterBar()->showHiddenAction()->isChecked());
            LITEOPS_WAIT_FOR_LIST(c);
            QTRY_VERIFY(deletedRows(c) >= 1);
            c.list()->filterBar()->showHiddenBox()->setChecked(false);
            QTRY_COMPARE(deletedRows(c), 0);
            QVERIFY(!c.list()->filterBar()->showHiddenAction()->isChecked());
            // Asking for deleted jobs by their chip shows them, and says why.
            c.list()->filterBar()->chip(State::Deleted)->click();
            QTRY_VERIFY(deletedRows(c) >= 1);
            QCOMPARE(deletedRows(c), c.list()->proxy()->rowCount());
            QVERIFY2(c.list()->statusText().contains(QLatin1String("Deleted chip")),
                     qPrintable(c.list()->statusText()));
            c.list()->filterBar()->chip(State::Deleted)->click();
            c.window->close();
        }
        QSettings().remove(QStringLiteral("console/jobFilters"));
    }

    // Progress (done/total servers) and Servers: hidden at first so the list fits a 1024-pixel
    // window, offered by the header's column menu, filled once the job's detail is known;
    // a layout saved before the columns existed keeps its choices and gets them hidden.
    void jobListProgressAndServerColumns()
    {
        QSettings().remove(QStringLiteral("views/jobList"));
        {
            Console c;
            c.window->resize(1024, 700);
            QHeaderView *header = c.list()->view()->header();
            QVERIFY(header->isSectionHidden(JobListModel::Progress));
            QVERIFY(header->isSectionHidden(JobListModel::TotalServers));
            QVERIFY(c.window->minimumSizeHint().width() <= 1024);
            LITEOPS_WAIT_FOR_LIST(c);
            const Job job = c.simJob(hasFailedUpgrade);
            LITEOPS_OPEN_JOB(c, job.id);
            const int row = c.list()->model()->rowOfId(job.id);
            QVERIFY(row >= 0);
            JobListModel *model = c.list()->model();
            const int done = int(std::count_if(job.tasks.cbegin(), job.tasks.cend(),
                                               [](const Task &t) { return isFinalState(t.state()); }));
            QTRY_COMPARE(model->index(row, JobListModel::TotalServers).data().toInt(), int(job.tasks.size()));
            QCOMPARE(model->index(row, JobListModel::Progress).data().toString(),
                     QStringLiteral("%1/%2").arg(done).arg(job.tasks.size()));
            header->setSectionHidden(JobListModel::Progress, false); // as the column menu does
            c.window->close();
        }
        {
            Console c; // the user's choice stays
            QVERIFY(!c.list()->view()->header()->isSectionHidden(JobListModel::Progress));
            QVERIFY(c.list()->view()->header()->isSectionHidden(JobListModel::TotalServers));
            c.window->close();
        }
        // A layout saved with the nine older columns, "User" hidden by its owner.
        QStandardItemModel old(0, JobListModel::Progress);
        QHeaderView oldHeader(Qt::Horizontal);
        oldHeader.setModel(&old);
        oldHeader.setSectionHidden(JobListModel::User, true);
        QSettings().remove(QStringLiteral("views/jobList"));
        QSettings().setValue(QStringLiteral("views/jobList/header"), oldHeader.saveState());
        {
            Console c;
            QHeaderView *header = c.list()->view()->header();
            QVERIFY(header->isSectionHidden(JobListModel::User));
            QVERIFY(!header->isSectionHidden(JobListModel::Name));
            QVERIFY(header->isSectionHidden(JobListModel::Progress));
            QVERIFY(header->isSectionHidden(JobListModel::TotalServers));
            c.window->close();
        }
        QSettings().remove(QStringLiteral("views/jobList"));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(ConsoleSelectionTest)
#include "console_selection_test.moc"
