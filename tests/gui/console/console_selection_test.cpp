// "Act on any selection": the Servers actions (new job, rerun, copy ids, copy names, export)
// on a task selection, an error cluster of the Failures tab and a row of the Versions tab,
// against the in-process simulator, through the real widgets and the real wizard.
#include "console_fixture.h"

#include "error_clusterer.h"
#include "failure_summary_model.h"
#include "failure_summary_panel.h"
#include "server_actions.h"
#include "task_filter_proxy.h"
#include "task_panel.h"
#include "task_tree_model.h"
#include "version_drift.h"
#include "version_drift_panel.h"
#include "createjobwizard.h"
#include "wavesubmitter.h"
#include "wizardstate.h"

#include <QAction>
#include <QApplication>
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
    QVERIFY2(said.contains(QString::number(expectedIds.size())) && said.contains(QLatin1String("server id")), qPrintable(said));
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
        tasks->groupingBox()->setCurrentIndex(tasks->groupingBox()->findData(int(TaskTreeModel::Grouping::ByErrorCluster)));
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
        QVERIFY2(said.contains(QString::number(expected.size())) && said.contains(QLatin1String("server id")), qPrintable(said));
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
            return j.provider == Provider::ModelArts && j.id != first.id && j.state != State::Deleted && !j.tasks.isEmpty();
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
        QVERIFY2(tasks->filterNote()->text().contains(QString::number(hidden)), qPrintable(tasks->filterNote()->text()));

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
        tasks->groupingBox()->setCurrentIndex(tasks->groupingBox()->findData(int(TaskTreeModel::Grouping::ByErrorCluster)));
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

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(ConsoleSelectionTest)
#include "console_selection_test.moc"
