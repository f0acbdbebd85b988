// SPDX-License-Identifier: Apache-2.0
// Live behaviour against the in-process simulator: a fault shows a banner and keeps the old
// data, polling backs off and pauses while minimised, refreshes keep selection, expansion
// and scroll, and a watched job that finishes triggers a notification (its fetched detail
// kept in the store).
#include "console_fixture.h"

#include "cloud_client.h"
#include "error_banner.h"
#include "job_id_kind.h"
#include "job_filter_proxy.h"
#include "job_summary_view.h"
#include "local_store.h"
#include "profile_cache.h"
#include "open_job_dialog.h"
#include "task_filter_proxy.h"
#include "task_panel.h"
#include "task_tree_model.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeView>

using namespace liteops;
using namespace liteops::ui;
using namespace liteops::ui::test;

class ConsoleLiveTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTemporarySettings(&m_settings); }
    void cleanupTestCase() { removeTestData(); }

    void faultShowsTheBannerAndKeepsTheData()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const int rows = c.list()->model()->rowCount();
        const QString jobId = c.list()->model()->jobs().at(1).id;
        LITEOPS_OPEN_JOB(c, jobId);
        const QString name = c.detail()->summary()->nameText();

        QString error;
        QVERIFY2(c.sim()->addFault(QStringLiteral("GET .*/dev-servers/jobs$ status 503"), &error), qPrintable(error));
        QSignalSpy failed(c.window->monitor(), &JobMonitor::listFailed);
        c.window->action(MainAction::Refresh)->trigger();
        QVERIFY(failed.wait(30000));
        ErrorBanner *banner = c.list()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->errorCode().isEmpty());
        QVERIFY(!banner->requestId().isEmpty());
        QVERIFY(banner->title().contains(QStringLiteral("job list")));
        QVERIFY(!banner->message().isEmpty());
        QVERIFY(banner->staleText().contains(QStringLiteral("stale")));
        QCOMPARE(c.list()->model()->rowCount(), rows); // the last good rows stay
        QVERIFY(c.list()->view()->isVisible());
        // Failing polls back off.
        QVERIFY(c.window->monitor()->nextListDelayMs() > 600000);

        // The job panel has its own banner and keeps its job.
        QVERIFY(c.sim()->addFault(QStringLiteral("GET .*/dev-servers/jobs/[^/]+$ status 500"), &error));
        QSignalSpy jobFailed(c.window->monitor(), &JobMonitor::jobFailed);
        c.window->monitor()->refreshJob();
        QVERIFY(jobFailed.wait(30000));
        QVERIFY(c.detail()->banner()->isVisible());
        QVERIFY(!c.detail()->banner()->requestId().isEmpty());
        QVERIFY(c.detail()->hasJob());
        QCOMPARE(c.detail()->summary()->nameText(), name);
        QVERIFY(c.detail()->banner()->staleText().contains(QStringLiteral("stale")));

        // Retry once the service is back: banners go, data refreshes.
        c.sim()->clearFaults();
        QSignalSpy loaded(c.window->monitor(), &JobMonitor::listLoaded);
        QTest::mouseClick(banner->findChild<QPushButton *>(), Qt::LeftButton);
        QVERIFY(loaded.wait(30000));
        QVERIFY(!banner->isVisible());
        QCOMPARE(c.window->monitor()->nextListDelayMs(), 600000);
        c.window->monitor()->refreshJob();
        QTRY_VERIFY_WITH_TIMEOUT(!c.detail()->banner()->isVisible(), 30000);
    }

    // A service that ignores limit/offset: the list shows what came, says "incomplete: 10
    // of 40" in its status line and a banner, and both go once paging works again.
    void incompleteListIsSaidNotHidden()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        QVERIFY(c.list()->incompleteBanner()->isHidden());
        QString error;
        QVERIFY2(c.sim()->addFault(QStringLiteral("GET .*/dev-servers/jobs$ ignore-paging"), &error),
                 qPrintable(error));
        QSignalSpy loaded(c.window->monitor(), &JobMonitor::listLoaded);
        c.window->action(MainAction::Refresh)->trigger();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(c.list()->model()->rowCount(), 10);
        QVERIFY(!c.list()->completeness().complete);
        const qint64 total = c.list()->completeness().total; // the jobs the list query matches
        QVERIFY(total > 10);
        QLabel *banner = c.list()->incompleteBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("returned 10 of %1 jobs").arg(total)),
                 qPrintable(banner->text()));
        QVERIFY2(c.list()->statusText().contains(QStringLiteral("incomplete: 10 of %1").arg(total)),
                 qPrintable(c.list()->statusText()));

        c.sim()->clearFaults();
        c.window->action(MainAction::Refresh)->trigger();
        QVERIFY(loaded.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(qint64(c.list()->model()->rowCount()), total, 30000);
        QVERIFY(c.list()->completeness().complete);
        QVERIFY(!banner->isVisible());
        QVERIFY(!c.list()->statusText().contains(QLatin1String("incomplete")));
    }

    // A 403 policy denial shows the encoded authorization message, selectable and copied
    // with the details, with the hint that IAM can decode it.
    void policyDenialShowsTheEncodedMessage()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        QString error;
        QVERIFY(c.sim()->addFault(QStringLiteral("GET .*/dev-servers/jobs$ status 403"), &error));
        QSignalSpy failed(c.window->monitor(), &JobMonitor::listFailed);
        c.window->action(MainAction::Refresh)->trigger();
        QVERIFY(failed.wait(30000));
        ErrorBanner *banner = c.list()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->encodedAuthorizationMessage().startsWith(QLatin1String("SIM-ENCODED-")));
        auto *label = banner->findChild<QLabel *>(QStringLiteral("encodedAuthorizationMessage"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(label->text().contains(banner->encodedAuthorizationMessage()));
        QVERIFY(label->text().contains(QLatin1String("IAM can decode")));
        QVERIFY(!banner->requestId().isEmpty());
        QVERIFY(banner->detailsText().contains(banner->encodedAuthorizationMessage()));
        QVERIFY(banner->detailsText().contains(banner->requestId()));
        c.sim()->clearFaults();
    }

    // On the sandbox, the Open Job dialog offers the ServiceStage and IEF sample jobs (no
    // list call finds them), and one of them opens.
    void openJobDialogOffersTheSandboxSamples()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        QVERIFY(c.window->onSandbox());
        const QList<JobRef> samples = c.window->sandbox()->sampleJobs();
        QCOMPARE(samples.size(), 6);
        c.window->action(MainAction::OpenJob)->trigger();
        auto *dialog = c.window->findChild<OpenJobDialog *>();
        QVERIFY(dialog);
        QListWidget *recent = dialog->recentList();
        QStringList offered;
        for (int i = 0; i < recent->count(); ++i)
            offered << recent->item(i)->data(Qt::UserRole + 1).toString();
        for (const JobRef &ref : samples)
            QVERIFY2(offered.contains(ref.id), qPrintable(ref.id));
        QVERIFY(!offered.contains(QString())); // no placeholder line
        int iefRow = -1;
        for (int i = 0; i < recent->count(); ++i)
            if (Provider(recent->item(i)->data(Qt::UserRole).toInt()) == Provider::Ief)
                iefRow = i;
        QVERIFY(iefRow >= 0);
        QVERIFY(recent->item(iefRow)->text().contains(QLatin1String("sandbox sample")));
        recent->setCurrentRow(iefRow);
        QCOMPARE(dialog->jobRef().provider, Provider::Ief);
        const QString iefId = recent->item(iefRow)->data(Qt::UserRole + 1).toString();
        dialog->accept(); // deletes itself on close
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().provider == Provider::Ief, 30000);
        QCOMPARE(c.detail()->job().id, iefId);
    }

    // Open Job by Id: the service chosen last is the next default, a ServiceStage "JOB…" id
    // switches the service by itself, each service shows its own example, only ids that
    // opened join Recent, and the job list keeps no row selected while such a job is open.
    void openJobByIdRemembersServiceAndOnlyOpenedIds()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        const QString listed = c.list()->model()->index(0, 0).data(JobIdRole).toString();
        LITEOPS_OPEN_JOB(c, listed);
        QTRY_COMPARE(c.list()->currentJobId(), listed);
        JobRef serviceStage;
        for (const JobRef &ref : c.window->sandbox()->sampleJobs())
            if (ref.provider == Provider::ServiceStage && serviceStage.id.isEmpty())
                serviceStage = ref;
        QVERIFY(serviceStage.id.startsWith(QLatin1String("JOB")));

        const auto openDialog = [&c]() -> OpenJobDialog * {
            [&] { QTRY_VERIFY(c.window->findChildren<OpenJobDialog *>().isEmpty()); }(); // the last one closed
            c.window->action(MainAction::OpenJob)->trigger();
            return c.window->findChild<OpenJobDialog *>();
        };
        OpenJobDialog *dialog = openDialog();
        QVERIFY(dialog);
        // Whatever an earlier test left as the last service: start from ModelArts.
        dialog->serviceBox()->setCurrentIndex(dialog->serviceBox()->findData(int(Provider::ModelArts)));
        QVERIFY(dialog->idField()->placeholderText().contains(exampleJobId(Provider::ModelArts)));
        dialog->idField()->setText(serviceStage.id);
        QCOMPARE(dialog->jobRef().provider, Provider::ServiceStage);
        QVERIFY(!dialog->recognitionNote().isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))
                    ->text()
                    .contains(QLatin1String("ServiceStage")));
        QVERIFY(dialog->idField()->placeholderText().startsWith(QLatin1String("e.g. JOB")));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(c.detail()->hasJob() && c.detail()->job().id == serviceStage.id, 30000);
        QVERIFY(c.list()->currentJobId().isEmpty());
        QVERIFY(c.list()->view()->selectionModel()->selectedRows().isEmpty());
        QCOMPARE(OpenJobDialog::recentJobs().value(0), serviceStage);

        // The next time ServiceStage is the default; an id that does not open is not kept.
        dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(Provider(dialog->serviceBox()->currentData().toInt()), Provider::ServiceStage);
        dialog->serviceBox()->setCurrentIndex(dialog->serviceBox()->findData(int(Provider::Ief)));
        QVERIFY(dialog->idField()->placeholderText().contains(exampleJobId(Provider::Ief)));
        const QString missing = QStringLiteral("0badc0de-0000-4000-8000-000000000000");
        dialog->idField()->setText(missing);
        QSignalSpy failed(c.window->monitor(), &JobMonitor::jobFailed);
        dialog->accept();
        QVERIFY(failed.wait(30000));
        const QList<JobRef> recent = OpenJobDialog::recentJobs();
        QVERIFY(std::none_of(recent.cbegin(), recent.cend(), [&](const JobRef &r) { return r.id == missing; }));
        QCOMPARE(recent.value(0), serviceStage);
    }

    void pollingPausesWhileMinimised()
    {
        Console c;
        LITEOPS_WAIT_FOR_LIST(c);
        QVERIFY(!c.window->monitor()->isPaused());
        c.window->showMinimized();
        QTRY_VERIFY(c.window->monitor()->isPaused());
        c.window->showNormal();
        QTRY_VERIFY(!c.window->monitor()->isPaused());
        c.window->action(MainAction::AutoRefresh)->setChecked(false);
        QVERIFY(!c.window->monitor()->autoRefresh());
        c.window->action(MainAction::AutoRefresh)->setChecked(true);
    }

    void selectionAndScrollSurviveARefresh()
    {
        SandboxOptions big;
        big.jobs = 400;
        Console c(big);
        QTRY_VERIFY_WITH_TIMEOUT(c.list()->model()->rowCount() > 300, 30000);
        QTreeView *view = c.list()->view();
        const QModelIndex target = c.list()->proxy()->index(200, 0);
        view->selectionModel()->setCurrentIndex(target,
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->select(c.list()->proxy()->index(203, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const QString current = c.list()->currentJobId();
        const QStringList selected = c.list()->selectedJobIds();
        QCOMPARE(selected.size(), 2);

        QSignalSpy loaded(c.window->monitor(), &JobMonitor::listLoaded);
        c.window->action(MainAction::Refresh)->trigger();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(c.list()->currentJobId(), current);
        QCOMPARE(c.list()->selectedJobIds(), selected);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);

        // The running job's tasks: its states change on every poll, selection and
        // expansion stay.
        QString runningId;
        for (const Job &j : c.list()->model()->jobs())
            if (j.state == State::Running)
                runningId = j.id;
        QVERIFY(!runningId.isEmpty());
        LITEOPS_OPEN_JOB(c, runningId);
        TaskPanel *tasks = c.detail()->tasks();
        QTreeView *tree = tasks->view();
        QAbstractItemModel *m = tree->model();
        // Select one task of the last group and fold the first group.
        const QModelIndex lastGroup = m->index(m->rowCount() - 1, 0);
        const QModelIndex task = m->index(m->rowCount(lastGroup) - 1, 0, lastGroup);
        tree->selectionModel()->setCurrentIndex(task, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString taskId = task.data(TaskIdRole).toString();
        QVERIFY(!taskId.isEmpty());
        const QString foldedKey = m->index(0, 0).data(StateRole).toString();
        tree->collapse(m->index(0, 0));
        QSignalSpy jobLoaded(c.window->monitor(), &JobMonitor::jobLoaded);
        c.window->monitor()->refreshJob();
        QVERIFY(jobLoaded.wait(30000));
        QCOMPARE(tree->currentIndex().data(TaskIdRole).toString(), taskId);
        QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(StateRole).toString() == foldedKey)
                QVERIFY(!tree->isExpanded(m->index(r, 0)));

        // Flat: the scroll position in the tree stays too.
        tasks->groupingBox()->setCurrentIndex(tasks->groupingBox()->findData(int(TaskTreeModel::Grouping::Flat)));
        tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum() / 2);
        const int treeScroll = tree->verticalScrollBar()->value();
        QVERIFY(treeScroll > 0);
        c.window->monitor()->refreshJob();
        QVERIFY(jobLoaded.wait(30000));
        QCOMPARE(tree->verticalScrollBar()->value(), treeScroll);
        QCOMPARE(tree->currentIndex().data(TaskIdRole).toString(), taskId);
    }

    void aFinishedJobTriggersTheNotification()
    {
        SandboxOptions fast;
        fast.taskDurationMs = 1200;
        fast.failureRate = 0.5;
        Console c(fast, 300, 500);
        LITEOPS_WAIT_FOR_LIST(c);
        const QList<Server> servers = c.sim()->servers();
        auto create = [&](const QString &name, int first) {
            CreateJobRequest r;
            r.name = name;
            r.type = QStringLiteral("HDK_UPGRADE");
            r.items = {
                JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1.0.3")}}}};
            for (int i = first; i < first + 8; ++i)
                r.serverIds << servers.at(i).id;
            auto *call = c.window->client()->createJob(r);
            QSignalSpy done(call, &CloudCall::finished);
            call->setAutoDelete(false);
            [&] { QVERIFY(done.wait(30000)); }();
            const QString id = call->result().ok() ? call->result().value().id : QString();
            delete call;
            return id;
        };
        const QString opened = create(QStringLiteral("notify-open"), 0);
        const QString watched = create(QStringLiteral("notify-watched"), 8);
        QVERIFY(!opened.isEmpty() && !watched.isEmpty());

        QSignalSpy notified(&c.notifier, &Notifier::notified);
        c.window->monitor()->watch(watched); // created elsewhere, not open: found by the list poll
        LITEOPS_OPEN_JOB(c, opened);
        QTRY_VERIFY_WITH_TIMEOUT(notified.count() >= 2, 60000);
        QHash<QString, Notification> byJob;
        for (const QList<QVariant> &args : notified)
            byJob.insert(args.first().value<Notification>().jobId, args.first().value<Notification>());
        QVERIFY(byJob.contains(opened));
        QVERIFY(byJob.contains(watched));
        QCOMPARE(notified.count(), 2); // once each

        for (const QString &id : {opened, watched}) {
            Job truth;
            for (const Job &j : c.sim()->jobs())
                if (j.id == id)
                    truth = j;
            const Notification n = byJob.value(id);
            const int failedCount = truth.counts().failed;
            QCOMPARE(n.failed, failedCount > 0);
            if (failedCount > 0) {
                QVERIFY2(n.body.contains(QString::number(failedCount)), qPrintable(n.body));
                for (const Task &t : truth.tasks)
                    if (t.state() == State::Failed) {
                        QVERIFY2(n.body.contains(t.targetName().toString()), qPrintable(n.body));
                        break;
                    }
            }
            QVERIFY(n.title.contains(QStringLiteral("notify-")));
        }
        // The watched job's detail, fetched for its notification, is kept like any other.
        std::optional<std::optional<Job>> stored;
        c.window->localData()->store()->read<std::optional<Job>>(
            this, [watched](const store::StoreReader &r) { return r.finishedJob(watched); },
            [&](const std::optional<Job> &job) { stored = job; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->tasks.size(), 8);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(ConsoleLiveTest)
#include "console_live_test.moc"
