// SPDX-License-Identifier: Apache-2.0
// The console against the in-process simulator: the list loads and filters, opening a job
// fills the panel, grouping by error shows the clusters, exports write what is visible,
// rerun prefills the failed servers, ServiceStage and IEF jobs open by id, settings persist.
#include "console_fixture.h"

#include "empty_state.h"
#include "credentials.h"
#include "core/encode.h"
#include "error_clusterer.h"
#include "failure_summary_model.h"
#include "failure_summary_panel.h"
#include "job_filter_bar.h"
#include "job_filter_proxy.h"
#include "job_summary_view.h"
#include "open_job_dialog.h"
#include "profiles_dialog.h"
#include "createjobwizard.h"
#include "wizardstate.h"
#include "state_badge.h"
#include "task_filter_proxy.h"
#include "task_panel.h"
#include "task_progress_bar.h"
#include "task_tree_model.h"
#include "version_drift.h"
#include "version_drift_panel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace liteops;
using namespace liteops::ui;
using namespace liteops::ui::test;

namespace {

bool hasFailedUpgrade(const Job &j)
{
    return j.provider == Provider::ModelArts && isFinalState(j.state) && j.state != State::Deleted
           && j.counts().failed >= 2 && !j.items.isEmpty();
}

QStringList failedServerIds(const Job &job)
{
    QStringList ids;
    for (const Task &t : job.tasks)
        if (t.state() == State::Failed)
            ids << t.targetId().toString();
    return ids;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    // The cells of these tests hold no quotes or line breaks except inside quoted messages.
    const QString text = QString::fromUtf8(f.readAll());
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class ConsoleWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTemporarySettings(&m_settings); }
    void cleanupTestCase() { removeTestData(); }

    void firstRunOpensTheSandboxWithAPopulatedFleet()
    {
        Console c;
        QVERIFY(c.window->onSandbox());
        QVERIFY(c.window->sandboxBadgeShown());
        QTRY_VERIFY(c.window->sandboxBadge()->isVisible()); // the toolbar lays it out
        QCOMPARE(c.window->connectionBox()->currentText(), SandboxController::profileName());
        LITEOPS_WAIT_FOR_LIST(c);
        const QList<Job> truth = c.sim()->jobs();
        QSet<QString> truthIds;
        bool running = false, failed = false;
        for (const Job &j : truth)
            truthIds.insert(j.id);
        for (const Job &j : c.list()->model()->jobs()) {
            QVERIFY2(truthIds.contains(j.id), qPrintable(j.id));
            running = running || j.state == State::Running;
            failed = failed || (j.abnormalCount > 0);
        }
        QVERIFY(c.list()->model()->rowCount() >= 30);
        QVERIFY2(running, "the sandbox shows a running job at once");
        QVERIFY2(failed, "the sandbox shows a job with failed nodes at once");
        // The list selects its first row, so a job is open without a click.
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob(), 30000);
    }

    void listFilters()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        JobListModel *model = c.list()->model();
        JobFilterProxy *proxy = c.list()->proxy();
        JobFilterBar *bar = c.list()->filterBar();
        // Every job but the deleted ones (listed only with Show hidden).
        int listed = 0;
        for (const Job &j : model->jobs())
            listed += j.state == State::Deleted ? 0 : 1;
        QVERIFY(listed < model->rowCount()); // the sandbox has a deleted job
        QCOMPARE(proxy->rowCount(), listed);

        // A state chip: only that state, its count on the chip.
        int partial = 0;
        for (const Job &j : model->jobs())
            partial += j.state == State::Partial ? 1 : 0;
        QVERIFY(partial > 0);
        QToolButton *chip = bar->chip(State::Partial);
        QVERIFY(chip->text().contains(QString::number(partial)));
        chip->click();
        QCOMPARE(proxy->rowCount(), partial);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(State(proxy->index(r, 0).data(StateRole).toInt()), State::Partial);
        // Two chips combine.
        int running = 0;
        for (const Job &j : model->jobs())
            running += j.state == State::Running ? 1 : 0;
        bar->chip(State::Running)->click();
        QCOMPARE(proxy->rowCount(), partial + running);
        bar->setStates(StateSet::all());
        QCOMPARE(proxy->rowCount(), listed);

        // Type selector.
        QComboBox *types = bar->typeBox();
        QVERIFY(types->count() > 2);
        types->setCurrentIndex(1);
        const QString type = types->currentData().toString();
        int ofType = 0;
        for (const Job &j : model->jobs())
            ofType += j.type == type && j.state != State::Deleted ? 1 : 0;
        QCOMPARE(proxy->rowCount(), ofType);
        types->setCurrentIndex(0);

        // Search text (debounced): one job by its exact name.
        Job target = model->jobs().at(model->rowCount() / 2);
        if (target.state == State::Deleted)
            target = model->jobs().at(model->rowCount() / 2 + 1);
        bar->searchField()->setText(target.name);
        QTRY_VERIFY(proxy->rowCount() < listed);
        QVERIFY(proxy->rowCount() >= 1);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, JobListModel::Name).data().toString().contains(target.name, Qt::CaseInsensitive)
                    || proxy->index(r, JobListModel::Description)
                           .data()
                           .toString()
                           .contains(target.name, Qt::CaseInsensitive));
        bar->searchField()->setText(QStringLiteral("no-such-job-anywhere"));
        QTRY_COMPARE(proxy->rowCount(), 0);
        QVERIFY(c.list()->emptyState()->isVisible());
        QVERIFY(c.list()->emptyState()->title().contains(QStringLiteral("No job matches")));
        bar->searchField()->clear();
        QTRY_COMPARE(proxy->rowCount(), listed);

        // Show hidden asks the service for every job, hidden ones included, and lists the
        // deleted ones too.
        const int visibleOnly = model->rowCount();
        bar->showHiddenBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > visibleOnly, 30000);
        QCOMPARE(model->rowCount(), int(c.sim()->jobs().size()));
        QCOMPARE(proxy->rowCount(), model->rowCount());
    }

    void openingAJobFillsThePanel()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasFailedUpgrade);
        QVERIFY(!job.id.isEmpty());
        QVERIFY(c.list()->selectJob(job.id));
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == job.id, 30000);
        JobSummaryView *s = c.detail()->summary();
        QCOMPARE(s->nameText(), job.name);
        QCOMPARE(s->idText(), job.id);
        QVERIFY(s->typeText().contains(job.type));
        // FINISHED with failed servers is "partially failed" once decoded.
        const State expected = job.state == State::Succeeded && job.abnormalCount > 0 ? State::Partial : job.state;
        QCOMPARE(s->stateBadge()->state(), expected);
        QCOMPARE(s->stateBadge()->text(), stateDisplayName(expected));
        QCOMPARE(s->progressBar()->counts(), job.counts());
        QVERIFY(s->progressBar()->summaryText().contains(QStringLiteral("%1 failed").arg(job.counts().failed)));
        QVERIFY(!s->createdText().isEmpty());
        QVERIFY(s->createdToolTip().endsWith(QStringLiteral("UTC")));
        QCOMPARE(s->itemsView()->topLevelItemCount(), int(job.items.size()));
        QCOMPARE(s->itemsView()->topLevelItem(0)->text(0), job.items.first().type);
        QCOMPARE(s->itemsView()->topLevelItem(0)->childCount(), int(job.items.first().spec.size()));
        QCOMPARE(c.detail()->tasks()->model()->taskCount(), int(job.tasks.size()));
        QVERIFY(c.window->action(MainAction::Rerun)->isEnabled());

        // Selecting a task shows its full message in the text panel.
        TaskPanel *tasks = c.detail()->tasks();
        const QModelIndex firstGroup = tasks->view()->model()->index(0, 0);
        const QModelIndex firstTask = tasks->view()->model()->index(0, 0, firstGroup);
        QVERIFY(firstTask.isValid());
        tasks->view()->setCurrentIndex(firstTask);
        const Task *t = tasks->model()->taskAt(tasks->proxy()->mapToSource(firstTask));
        QVERIFY(t);
        QCOMPARE(t->state(), State::Failed); // failed first
        QVERIFY(tasks->messageView()->toPlainText().contains(t->message().toString()));
        QVERIFY(tasks->messageView()->isReadOnly());
    }

    void groupingByErrorShowsTheClusters()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasFailedUpgrade);
        LITEOPS_OPEN_JOB(c, job.id);
        const QList<ErrorCluster> clusters = ErrorClusterer::cluster(job.tasks);
        QVERIFY(clusters.size() >= 2);

        TaskPanel *tasks = c.detail()->tasks();
        tasks->groupingBox()->setCurrentIndex(
            tasks->groupingBox()->findData(int(TaskTreeModel::Grouping::ByErrorCluster)));
        QCOMPARE(tasks->model()->grouping(), TaskTreeModel::Grouping::ByErrorCluster);
        QAbstractItemModel *m = tasks->view()->model();
        QSet<QString> shownClusters;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex g = m->index(r, 0);
            const QVariant id = g.data(ClusterIdRole);
            if (!id.isValid())
                continue;
            shownClusters.insert(id.toString());
            for (const ErrorCluster &cl : clusters)
                if (cl.id == id.toString())
                    QCOMPARE(m->rowCount(g), cl.count);
        }
        QCOMPARE(shownClusters.size(), clusters.size());
        // Failed clusters come first, and their groups are expanded.
        QVERIFY(m->index(0, 0).data(ClusterIdRole).isValid());
        QVERIFY(tasks->view()->isExpanded(m->index(0, 0)));

        // The failure summary lists the same clusters; clicking one selects its servers.
        FailureSummaryPanel *failures = c.detail()->failures();
        QCOMPARE(failures->model()->rowCount(), clusters.size());
        QCOMPARE(failures->model()->totalTasks(), job.counts().failed);
        c.detail()->tabs()->setCurrentWidget(failures);
        const QModelIndex second = failures->model()->index(1, 0);
        QTest::mouseClick(failures->view()->viewport(), Qt::LeftButton, {},
                          failures->view()->visualRect(second).center());
        QCOMPARE(c.detail()->tabs()->currentWidget(), tasks);
        const ErrorCluster *cluster = failures->model()->clusterAt(1);
        QVERIFY(cluster);
        QCOMPARE(c.window->selectedServersText(false).split(QLatin1Char('\n')), cluster->serverIds);
    }

    void exportWritesTheVisibleRows()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasFailedUpgrade);
        LITEOPS_OPEN_JOB(c, job.id);
        TaskPanel *tasks = c.detail()->tasks();
        QTemporaryDir dir;
        QString error;

        // Every task, columns as shown.
        const QString all = dir.filePath(QStringLiteral("servers.csv"));
        QVERIFY2(c.window->exportView(tasks->view(), all, &error), qPrintable(error));
        QList<QStringList> rows = readCsv(all);
        QCOMPARE(rows.size(), int(job.tasks.size()) + 1);
        QStringList expectedHeader;
        QHeaderView *h = tasks->view()->header();
        for (int v = 0; v < h->count(); ++v)
            if (!h->isSectionHidden(h->logicalIndex(v)))
                expectedHeader << tasks->model()->headerData(h->logicalIndex(v), Qt::Horizontal).toString();
        QCOMPARE(rows.first(), expectedHeader);
        const int idColumn = int(
            expectedHeader.indexOf(tasks->model()->headerData(TaskTreeModel::ServerId, Qt::Horizontal).toString()));
        QVERIFY(idColumn >= 0);
        QSet<QString> exportedIds, truthIds;
        for (int r = 1; r < rows.size(); ++r)
            exportedIds.insert(rows[r].value(idColumn));
        for (const Task &t : job.tasks)
            truthIds.insert(t.targetId().toString());
        QCOMPARE(exportedIds, truthIds);

        // After a filter only what is visible: one failed server by name.
        Task failed;
        for (const Task &t : job.tasks)
            if (t.state() == State::Failed) {
                failed = t;
                break;
            }
        tasks->filterField()->setText(failed.targetName().toString());
        QTRY_VERIFY(tasks->proxy()->textFilter() == failed.targetName().toString());
        const QString one = dir.filePath(QStringLiteral("one.json"));
        QVERIFY2(c.window->exportView(tasks->view(), one, &error), qPrintable(error));
        QFile f(one);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(array.size(), 1);
        const QString idKey = tasks->model()->headerData(TaskTreeModel::ServerId, Qt::Horizontal).toString();
        QCOMPARE(array.first().toObject().value(idKey).toString(), failed.targetId().toString());
        const QString messageKey = tasks->model()->headerData(TaskTreeModel::Message, Qt::Horizontal).toString();
        QCOMPARE(array.first().toObject().value(messageKey).toString(), failed.message().toString());

        // The job list too.
        const QString jobs = dir.filePath(QStringLiteral("jobs.csv"));
        QVERIFY2(c.window->exportView(c.list()->view(), jobs, &error), qPrintable(error));
        QCOMPARE(readCsv(jobs).size(), c.list()->proxy()->rowCount() + 1);
    }

    void rerunPrefillsTheFailedServers()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasFailedUpgrade);
        LITEOPS_OPEN_JOB(c, job.id);
        QSignalSpy prepared(c.window.get(), &MainWindow::rerunPrepared);
        c.window->action(MainAction::Rerun)->trigger();
        bool skipped = false;
        for (const Task &t : job.tasks)
            skipped = skipped || t.state() == State::Skipped;
        if (skipped) {
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = c.window->findChild<QMessageBox *>(QStringLiteral("rerunSkippedQuestion"))) != nullptr);
            QVERIFY(box->checkBox());
            QVERIFY(!box->checkBox()->isChecked()); // skipped servers are optional, off by default
            box->button(QMessageBox::Ok)->click();
        }
        QTRY_COMPARE(prepared.count(), 1);
        const CreateJobRequest request = prepared.first().first().value<CreateJobRequest>();
        QCOMPARE(request.serverIds, failedServerIds(job));
        QCOMPARE(request.type, job.type);
        QCOMPARE(request.items, job.items);
        QVERIFY(isValidJobNameOrType(request.name));

        // The wizard that opened is non-blocking: close it.
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = [&]() -> QDialog * {
                        const auto dialogs = c.window->findChildren<QDialog *>();
                        for (QDialog *d : dialogs)
                            if (d->isVisible() && !qobject_cast<QMessageBox *>(d))
                                return d;
                        return nullptr;
                    }())
                    != nullptr);
        // The wizard opens on its options page with exactly the failed servers selected.
        QVERIFY(qobject_cast<CreateJobWizard *>(dialog));
        if (auto *wizard = qobject_cast<CreateJobWizard *>(dialog)) {
            QCOMPARE(wizard->currentId(), int(CreateJobWizard::OptionsPageId));
            auto *state = wizard->findChild<WizardState *>();
            QVERIFY(state);
            QTRY_VERIFY_WITH_TIMEOUT(state->serversLoad() == WizardState::Load::Loaded, 30000);
            QCOMPARE(state->jobType(), job.type);
            QCOMPARE(state->items(), job.items);
            QStringList prefilled = state->baseRequest().serverIds;
            QStringList expected = request.serverIds;
            prefilled.sort();
            expected.sort();
            QCOMPARE(prefilled, expected);
        }
        dialog->reject();

        // With skipped servers included, they follow the failed ones.
        const CreateJobRequest withSkipped = c.window->rerunRequestForOpenJob(true);
        QVERIFY(withSkipped.serverIds.size() >= request.serverIds.size());
        QCOMPARE(withSkipped.serverIds.mid(0, request.serverIds.size()), request.serverIds);
    }

    void queryJobShowsVersionDrift()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job query = c.simJob([](const Job &j) {
            if (j.provider != Provider::ModelArts || !isFinalState(j.state) || j.state == State::Deleted)
                return false;
            QSet<QString> versions;
            for (const Task &t : j.tasks)
                if (auto v = parseVersions(t.message()))
                    versions.insert(v->driver + v->firmware);
            return versions.size() >= 2;
        });
        QVERIFY(!query.id.isEmpty());
        LITEOPS_OPEN_JOB(c, query.id);
        VersionDriftPanel *versions = c.detail()->versions();
        QVERIFY(versions->hasVersions());
        QVERIFY(versions->model()->hasDrift());
        int parsed = 0;
        for (const Task &t : query.tasks)
            parsed += parseVersions(t.message()) ? 1 : 0;
        QCOMPARE(versions->model()->serverCount(), parsed);
        if (query.counts().failed == 0)
            QCOMPARE(c.detail()->tabs()->currentWidget(), versions);
        // Clicking a version selects its servers.
        c.detail()->tabs()->setCurrentWidget(versions);
        const QModelIndex row = versions->model()->index(1, 0);
        QTest::mouseClick(versions->view()->viewport(), Qt::LeftButton, {}, versions->view()->visualRect(row).center());
        QCOMPARE(c.window->selectedServersText(false).split(QLatin1Char('\n')),
                 versions->model()->rows().at(1).serverIds);
    }

    void opensServiceStageAndIefJobsById()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(
            QNetworkRequest(c.sim()->baseUrl().resolved(QUrl(QStringLiteral("/_sim/catalog")))));
        QTRY_VERIFY(reply->isFinished());
        const QJsonObject catalog = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        const QString ss = catalog.value(QStringLiteral("servicestage_jobs")).toArray().first().toString();
        const QString ief = catalog.value(QStringLiteral("ief_jobs")).toArray().first().toString();
        QVERIFY(!ss.isEmpty() && !ief.isEmpty());

        c.window->openJob({Provider::ServiceStage, ss, {}});
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == ss, 30000);
        QCOMPARE(c.detail()->job().provider, Provider::ServiceStage);
        QVERIFY(c.detail()->summary()->typeText().contains(QStringLiteral("ServiceStage")));
        QVERIFY(c.detail()->tasks()->model()->taskCount() > 0);

        c.window->openJob({Provider::Ief, ief, QStringLiteral("instance-1")});
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == ief, 30000);
        QCOMPARE(c.detail()->job().provider, Provider::Ief);
        QVERIFY(c.detail()->summary()->typeText().contains(QStringLiteral("IEF")));

        // A bad id is refused before anything is sent.
        QVERIFY(!jobIdProblem(QStringLiteral("a/b")).isEmpty());
        QVERIFY(!jobIdProblem(QString(65, QLatin1Char('x'))).isEmpty());
        QVERIFY(jobIdProblem(ss).isEmpty());
    }

    // ServiceStage steps and IEF nodes read as what they are: titles and counts name steps
    // or nodes, columns that are always empty and the Versions tab are hidden, `messages`
    // JSON is text, and the service's own status words stand beside the normalised state.
    // A ModelArts job afterwards gets the user's columns and the Versions tab back.
    void serviceStageAndIefJobsReadAsStepsAndNodes()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        TaskPanel *tasks = c.detail()->tasks();
        const QHeaderView *header = tasks->view()->header();
        const QAbstractItemModel *model = tasks->view()->model();
        QTabWidget *tabs = c.detail()->tabs();
        const int versionsTab = tabs->indexOf(c.detail()->versions());
        const auto title = [&](int column) { return model->headerData(column, Qt::Horizontal).toString(); };
        QList<bool> usersColumns; // hidden or not, as the user left them
        for (int column = 0; column < TaskTreeModel::ColumnCount; ++column)
            usersColumns << header->isSectionHidden(column);
        QVERIFY(!usersColumns.at(TaskTreeModel::CloudServerType)); // so that hiding it is seen
        bool sawFailedStep = false;
        JobRef ief;
        for (const JobRef &ref : c.window->sandbox()->sampleJobs()) {
            if (ref.provider == Provider::Ief)
                ief = ref;
            if (ref.provider != Provider::ServiceStage)
                continue;
            c.window->openJob(ref);
            QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == ref.id, 30000);
            const Job job = c.detail()->job();
            QCOMPARE(title(TaskTreeModel::ServerName), QStringLiteral("Step"));
            for (int column : {TaskTreeModel::ServerId, TaskTreeModel::CloudServerType, TaskTreeModel::CloudServerId})
                QVERIFY2(header->isSectionHidden(column), qPrintable(title(column)));
            QVERIFY(!tabs->isTabVisible(versionsTab));
            QVERIFY(tabs->tabText(0).startsWith(QLatin1String("Steps (")));
            QVERIFY2(c.detail()->summary()->progressBar()->summaryText().contains(QLatin1String("steps done")),
                     qPrintable(c.detail()->summary()->progressBar()->summaryText()));
            QCOMPARE(c.detail()->summary()->serviceStatusText(), QStringLiteral("ServiceStage status: ") + job.status);
            for (const Task &t : job.tasks)
                QVERIFY2(!t.message().startsWith(u'{'), qPrintable(t.message().toString()));
            const auto failed = std::find_if(job.tasks.cbegin(), job.tasks.cend(),
                                             [](const Task &t) { return t.state() == State::Failed; });
            if (failed == job.tasks.cend())
                continue;
            sawFailedStep = true;
            tasks->selectTasks({tasks->model()->indexOfTask(failed->id())});
            const QString shown = tasks->messageView()->toPlainText();
            QVERIFY2(shown.contains(QLatin1String("health check of instance")), qPrintable(shown));
            QVERIFY2(!shown.contains(u'{') && !shown.contains(QLatin1String("()")), qPrintable(shown));
        }
        QVERIFY(sawFailedStep);

        c.window->openJob(ief);
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == ief.id, 30000);
        QCOMPARE(title(TaskTreeModel::ServerName), QStringLiteral("Node"));
        QCOMPARE(title(TaskTreeModel::ServerId), QStringLiteral("Node ID"));
        QVERIFY(!header->isSectionHidden(TaskTreeModel::ServerId));
        QVERIFY(header->isSectionHidden(TaskTreeModel::CloudServerType));
        QVERIFY(!tabs->isTabVisible(versionsTab));
        QVERIFY(tabs->tabText(0).startsWith(QLatin1String("Nodes (")));
        QCOMPARE(c.detail()->summary()->serviceStatusText(), QStringLiteral("IEF status: ") + c.detail()->job().status);

        const Job modelArts = c.simJob([](const Job &j) {
            return j.provider == Provider::ModelArts && !j.tasks.isEmpty() && j.state != State::Deleted;
        });
        LITEOPS_OPEN_JOB(c, modelArts.id);
        QCOMPARE(title(TaskTreeModel::ServerName), QStringLiteral("Server"));
        for (int column = 0; column < TaskTreeModel::ColumnCount; ++column)
            QCOMPARE(header->isSectionHidden(column), usersColumns.at(column));
        QVERIFY(tabs->isTabVisible(versionsTab));
        QVERIFY(tabs->tabText(0).startsWith(QLatin1String("Tasks (")));
        QVERIFY(c.detail()->summary()->serviceStatusText().isEmpty());
    }

    void profilesTestConnectionAndSwitch()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const ClientConfig sandbox = c.window->sandbox()->clientConfig();
        Profile p;
        p.name = QStringLiteral("lab");
        p.region = QStringLiteral("cn-north-4");
        p.endpointOverrides.modelArts = sandbox.endpoints.modelArts;
        p.endpointOverrides.serviceStage = sandbox.endpoints.serviceStage;
        p.endpointOverrides.ief = sandbox.endpoints.ief;
        p.projectId = sandbox.projectId;
        p.authMode = Credentials::Mode::AkSk;
        ProfilesDialog &dialog = *c.window->manageProfiles();
        // Before anything is typed or saved: the secret store has no keychain here (session
        // only), and the dialog says so beside the secret fields; the project id says where the
        // Huawei Cloud console shows it.
        QVERIFY2(dialog.keychainNote().startsWith(QLatin1String("No keychain is available")),
                 qPrintable(dialog.keychainNote()));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("secretKeyEdit"))
                    ->placeholderText()
                    .contains(QLatin1String("session only")));
        auto *projectHelp = dialog.findChild<QLabel *>(QStringLiteral("projectIdHelp"));
        QVERIFY(projectHelp && projectHelp->isVisible());
        QVERIFY2(projectHelp->text().contains(QStringLiteral("My Credentials › API Credentials › Projects")),
                 qPrintable(projectHelp->text()));
        // The region fills in the endpoints until they are overridden.
        QCOMPARE(dialog.formProfile().endpoints().modelArts.host(),
                 QStringLiteral("modelarts.cn-north-4.myhuaweicloud.com"));
        // Regions are offered by name from the SDKs' table; a service a region lacks is said.
        auto *region = dialog.findChild<QComboBox *>(QStringLiteral("regionCombo"));
        QVERIFY(region);
        QCOMPARE(region->currentText(), QStringLiteral("CN North-Beijing4 (cn-north-4)"));
        QVERIFY(region->findText(QStringLiteral("AP-Singapore (ap-southeast-3)")) >= 0);
        QVERIFY(dialog.regionNote().isEmpty());
        region->setCurrentIndex(region->findData(QStringLiteral("ap-southeast-3")));
        QCOMPARE(dialog.formProfile().region, QStringLiteral("ap-southeast-3"));
        QVERIFY2(dialog.regionNote().contains(QLatin1String("IEF")), qPrintable(dialog.regionNote()));
        QVERIFY(dialog.formProfile().endpoints().ief.isEmpty());
        auto *iefEdit = dialog.findChild<QLineEdit *>(QStringLiteral("iefEndpointEdit"));
        QVERIFY(iefEdit && iefEdit->placeholderText().contains(QLatin1String("not offered")));
        region->setCurrentIndex(region->findData(QStringLiteral("ap-southeast-1")));
        QCOMPARE(dialog.formProfile().endpoints().modelArts.host(),
                 QStringLiteral("modelarts.ap-southeast-1.myhuaweicloud.cn"));
        region->setEditText(QStringLiteral("xx-newregion-9")); // typed: newer than the table
        QCOMPARE(dialog.formProfile().region, QStringLiteral("xx-newregion-9"));
        QVERIFY(dialog.regionNote().contains(QLatin1String("not in the official SDKs' region table")));
        QCOMPARE(dialog.formProfile().endpoints().ief.host(), QStringLiteral("ief.xx-newregion-9.myhuaweicloud.com"));
        region->setCurrentIndex(region->findData(QStringLiteral("cn-north-4")));

        // A wrong secret: the test reports the failure with its request id.
        Credentials wrong = sandbox.credentials;
        wrong.secretKey = QStringLiteral("not-the-secret");
        dialog.setForm(p, wrong);
        dialog.startConnectionTest();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().startsWith(QStringLiteral("Connection failed")), 30000);
        QVERIFY2(dialog.testResult().contains(QStringLiteral("APIGW.")), qPrintable(dialog.testResult()));
        // Each service on its own line, each refused by the gateway.
        QCOMPARE(dialog.testResults().size(), 4);
        for (const ServiceCheck &check : dialog.testResults().first(3))
            QVERIFY2(check.outcome == ServiceCheck::Outcome::Failed, qPrintable(dialog.testResult()));

        dialog.setForm(p, sandbox.credentials);
        dialog.startConnectionTest();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().startsWith(QStringLiteral("Connected")), 30000);
        // ModelArts, ServiceStage and IEF answered the real client; AK/SK never calls IAM.
        const QStringList lines = dialog.testResult().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        for (const QString &service :
             {QStringLiteral("ModelArts"), QStringLiteral("ServiceStage"), QStringLiteral("IEF")})
            QVERIFY2(lines.contains(QRegularExpression(QStringLiteral("^%1: ok \\(request id .+\\)$").arg(service))),
                     qPrintable(dialog.testResult()));
        QVERIFY2(lines.last().startsWith(QLatin1String("IAM: not used: ")), qPrintable(dialog.testResult()));
        QCOMPARE(dialog.testResults().at(int(CloudService::Iam)).outcome, ServiceCheck::Outcome::NotUsed);
        QVERIFY(dialog.saveForm());
        QCOMPARE(c.profiles.names(), QStringList{QStringLiteral("lab")});
        // The secret went to the secret store, not to the settings.
        QVERIFY(!c.profileSettings.allKeys().join(QLatin1Char(' ')).contains(sandbox.credentials.secretKey));
        for (const QString &key : c.profileSettings.allKeys())
            QVERIFY(!c.profileSettings.value(key).toString().contains(sandbox.credentials.secretKey));

        // The switcher lists it; choosing it connects with the stored secret.
        QComboBox *box = c.window->connectionBox();
        const int index = box->findText(QStringLiteral("lab"));
        QVERIFY(index > 0);
        QSignalSpy switched(c.window.get(), &MainWindow::connectionChanged);
        c.window->connectProfile(QStringLiteral("lab"));
        QVERIFY(switched.wait(30000));
        QVERIFY(!c.window->onSandbox());
        QVERIFY(!c.window->sandboxBadgeShown());
        QTRY_VERIFY(!c.window->sandboxBadge()->isVisible());
        QCOMPARE(box->currentText(), QStringLiteral("lab"));
        LITEOPS_WAIT_FOR_LIST(c);
        QVERIFY(!c.list()->banner()->isVisible());
        // A missing profile is said plainly, without a dialog.
        c.window->connectProfile(QStringLiteral("nope"));
        QVERIFY(c.list()->banner()->isVisible());
        QVERIFY(c.list()->banner()->message().contains(QStringLiteral("nope")));
        dialog.close();
        c.profiles.remove(QStringLiteral("lab"));
        QSettings().remove(QStringLiteral("console/lastConnection"));
    }

    void enterOpensCopyAndDelete()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const Job job = c.simJob(hasFailedUpgrade);
        // Enter opens the current job.
        QTreeView *list = c.list()->view();
        const int row = c.list()->model()->rowOfId(job.id);
        list->selectionModel()->setCurrentIndex(c.list()->proxy()->mapFromSource(c.list()->model()->index(row, 0)),
                                                QItemSelectionModel::NoUpdate);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == job.id, 30000);

        // Ctrl+C on the failed group copies those servers' ids; Ctrl+Shift+C their names.
        TaskPanel *tasks = c.detail()->tasks();
        tasks->groupingBox()->setCurrentIndex(tasks->groupingBox()->findData(int(TaskTreeModel::Grouping::ByState)));
        QAbstractItemModel *m = tasks->view()->model();
        tasks->view()->selectionModel()->setCurrentIndex(m->index(0, 0), QItemSelectionModel::ClearAndSelect
                                                                             | QItemSelectionModel::Rows);
        tasks->view()->setFocus();
        QApplication::setActiveWindow(c.window.get());
        QTRY_VERIFY(tasks->view()->hasFocus());
        c.window->action(MainAction::CopyIds)->trigger();
        QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n')), failedServerIds(job));
        c.window->action(MainAction::CopyNames)->trigger();
        QStringList names;
        for (const Task &t : job.tasks)
            if (t.state() == State::Failed)
                names << t.targetName().toString();
        QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n')), names);

        // Delete asks first; Cancel sends nothing, Yes deletes.
        const Job victim = c.list()->model()->jobs().last();
        QVERIFY(c.list()->selectJob(victim.id));
        const int requestsBefore = c.sim()->requestCount();
        c.window->action(MainAction::Delete)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = c.window->findChild<QMessageBox *>(QStringLiteral("deleteJobsQuestion"))) != nullptr);
        QVERIFY(box->text().contains(victim.name));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!c.window->findChild<QMessageBox *>(QStringLiteral("deleteJobsQuestion")));
        QCOMPARE(c.list()->model()->jobAt(c.list()->model()->rowOfId(victim.id))->state, victim.state);
        c.window->action(MainAction::Delete)->trigger();
        QTRY_VERIFY((box = c.window->findChild<QMessageBox *>(QStringLiteral("deleteJobsQuestion"))) != nullptr);
        QSignalSpy loaded(c.window->monitor(), &JobMonitor::listLoaded);
        box->button(QMessageBox::Yes)->click();
        QVERIFY(loaded.wait(30000));
        QVERIFY(c.sim()->requestCount() > requestsBefore);
        State after = State::Unknown;
        for (const Job &j : c.sim()->jobs())
            if (j.id == victim.id)
                after = j.state;
        QCOMPARE(after, State::Deleted);
    }

    void endpointFromTheCommandLine()
    {
        // A separate simulator with known keys, reached the way `liteops --endpoint` does.
        sim::SimOptions so;
        so.accessKey = QStringLiteral("CONSOLETESTAK");
        so.secretKey = QStringLiteral("console-test-secret");
        so.projectId = QStringLiteral("proj-console");
        sim::Simulator simulator(so);
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));
        qputenv(kEnvAccessKey, "CONSOLETESTAK");
        qputenv(kEnvSecretKey, "console-test-secret");
        LaunchOptions launch;
        launch.endpoint = simulator.baseUrl();
        launch.projectId = QStringLiteral("proj-console");
        launch.openJob = simulator.jobs().at(1).id;
        {
            Console c({}, 400, 600000, launch);
            QVERIFY(!c.window->onSandbox());
            QVERIFY(!c.window->sandbox()->isRunning());
            QVERIFY(!c.window->sandboxBadgeShown());
            LITEOPS_WAIT_FOR_LIST(c);
            QVERIFY(!c.window->sandboxBadge()->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob(), 30000);
            QCOMPARE(c.detail()->job().id, launch.openJob); // --open-job wins over the first row
            QCOMPARE(c.list()->currentJobId(), launch.openJob);
        }
        // Without credentials the window says what is missing instead of calling.
        qunsetenv(kEnvAccessKey);
        qunsetenv(kEnvSecretKey);
        const int before = simulator.requestCount();
        Console c({}, 400, 600000, launch);
        QVERIFY(c.list()->banner()->isVisible());
        QVERIFY(c.list()->banner()->message().contains(QStringLiteral("HUAWEICLOUD_SDK_AK")));
        QCOMPARE(simulator.requestCount(), before);
        QSettings().remove(QStringLiteral("console/lastConnection"));
    }

    void keyboardShortcuts()
    {
        Console c;
        const QList<std::pair<MainAction, QKeySequence>> expected{
            {MainAction::Refresh, QKeySequence(Qt::Key_F5)},
            {MainAction::Find, QKeySequence(QKeySequence::Find)},
            {MainAction::NewJob, QKeySequence(QKeySequence::New)},
            {MainAction::OpenJob, QKeySequence(QKeySequence::Open)},
            {MainAction::CopyIds, QKeySequence(QKeySequence::Copy)},
            {MainAction::Export, QKeySequence(Qt::CTRL | Qt::Key_E)},
        };
        for (const auto &[id, key] : expected)
            QCOMPARE(c.window->action(id)->shortcut(), key);
    }

    void settingsPersist()
    {
        {
            Console c;
            LITEOPS_WAIT_FOR_LIST(c);
            c.list()->view()->header()->setSectionHidden(JobListModel::User, true);
            c.list()->view()->header()->moveSection(c.list()->view()->header()->visualIndex(JobListModel::Type), 0);
            c.list()->filterBar()->chip(State::Partial)->click();
            c.list()->filterBar()->searchField()->setText(QStringLiteral("upgrade"));
            c.window->resize(1100, 700);
            c.window->close(); // saves
        }
        Console again;
        QHeaderView *h = again.list()->view()->header();
        QVERIFY(h->isSectionHidden(JobListModel::User));
        QCOMPARE(h->logicalIndex(0), int(JobListModel::Type));
        QVERIFY(again.list()->filterBar()->chip(State::Partial)->isChecked());
        QCOMPARE(again.list()->filterBar()->text(), QStringLiteral("upgrade"));
        QSettings().clear();
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(ConsoleWindowTest)
#include "console_window_test.moc"
