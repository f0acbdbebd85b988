// SPDX-License-Identifier: Apache-2.0
// JobListModel: merge by id with per-row or ranged dataChanged carrying only changed roles,
// inserts and removes for the rest, persistent indexes across merges, random merge
// sequences compared with a model rebuilt from scratch.
#include "job_list_model.h"
#include "model_test_data.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace liteops;
using namespace liteops::test;

namespace {

Job listJob(const QString &id, State state = State::Running, qint64 created = 1757558550702)
{
    Job job;
    job.id = id;
    job.name = QStringLiteral("name-") + id;
    job.type = QStringLiteral("ASCEND_SOFTWARE_QUERY");
    job.state = state;
    job.status = state == State::Running ? QStringLiteral("PROCESSING") : QStringLiteral("FINISHED");
    job.userName = QStringLiteral("modelarts_user");
    job.description = QStringLiteral("Query Huawei Cloud AI software.");
    job.abnormalCount = 0;
    job.createdAtMs = created;
    job.updatedAtMs = created + 1000;
    return job;
}

// Rows as id-keyed text: the merged model appends new jobs, so compare by id.
QMap<QString, QString> rowsById(const JobListModel &model)
{
    QMap<QString, QString> out;
    const QStringList rows = dumpModel(model);
    for (int r = 0; r < model.rowCount(); ++r)
        out.insert(model.index(r, 0).data(JobIdRole).toString(), rows[r]);
    return out;
}

} // namespace

class JobListModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsTypedValues();
    void changedRowGetsOnlyChangedRoles();
    void mostRowsChangedIsOneRange();
    void insertsAndRemoves();
    void selectionSurvivesRefresh();
    void randomMergesMatchRebuild();
    void progressAndServersFromTasksReportsOrNotedDetail();
};

void JobListModelTest::showsTypedValues()
{
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Job job = listJob(QStringLiteral("a"));
    job.createdAtMs = kUnknownTime;
    model.applySnapshot({job});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(JobListModel::ColumnCount));
    QCOMPARE(model.index(0, JobListModel::Name).data().toString(), QStringLiteral("name-a"));
    QCOMPARE(model.index(0, JobListModel::Status).data().toString(), QStringLiteral("PROCESSING"));
    QCOMPARE(model.index(0, JobListModel::Created).data().toString(), QString()); // never 1970
    QCOMPARE(model.index(0, JobListModel::Created).data(RawValueRole).toLongLong(), kUnknownTime + 0);
    QCOMPARE(model.index(0, JobListModel::FailedCount).data(RawValueRole).toInt(), 0);
    QCOMPARE(model.index(0, JobListModel::Id).data(StateRole).toInt(), int(State::Running));
    QCOMPARE(model.index(0, JobListModel::Type).data(JobIdRole).toString(), QStringLiteral("a"));
    QCOMPARE(model.index(0, JobListModel::Type).data(ProviderRole).toInt(), int(Provider::ModelArts));
    QCOMPARE(model.rowOfId(QStringLiteral("a")), 0);
    QCOMPARE(model.rowOfId(QStringLiteral("zz")), -1);
    QCOMPARE(model.jobAt(0)->id, QStringLiteral("a"));
    QCOMPARE(model.jobAt(1), nullptr);

    job.updatedAtMs = 1757558564458;
    model.applySnapshot({job});
    QCOMPARE(model.index(0, JobListModel::Updated).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2025-09-11 02:42:44.458 UTC"));
}

void JobListModelTest::changedRowGetsOnlyChangedRoles()
{
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Job> jobs;
    for (int i = 0; i < 10; ++i)
        jobs << listJob(QString::number(i));
    model.applySnapshot(jobs);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    jobs[2].description = QStringLiteral("new text");
    jobs[6].state = State::Succeeded;
    jobs[6].status = QStringLiteral("FINISHED");
    jobs[6].updatedAtMs += 1000;
    model.applySnapshot(jobs);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed[0][0].value<QModelIndex>(), model.index(2, JobListModel::Description));
    QCOMPARE(changed[0][1].value<QModelIndex>(), model.index(2, JobListModel::Description));
    QVERIFY(!changed[0][2].value<QList<int>>().contains(StateRole));
    // A state change: the Status cell with StateRole, and Updated as a separate range:
    // Created between them did not change, so no range covers it (a proxy sorted by
    // Created re-sorts a row for any range that covers Created).
    QCOMPARE(changed[1][0].value<QModelIndex>(), model.index(6, JobListModel::Status));
    QCOMPARE(changed[1][1].value<QModelIndex>(), model.index(6, JobListModel::Status));
    QVERIFY(changed[1][2].value<QList<int>>().contains(StateRole));
    QVERIFY(changed[1][2].value<QList<int>>().contains(RawValueRole));
    QCOMPARE(changed[2][0].value<QModelIndex>(), model.index(6, JobListModel::Updated));
    QCOMPARE(changed[2][1].value<QModelIndex>(), model.index(6, JobListModel::Updated));

    changed.clear();
    model.applySnapshot(jobs);
    QCOMPARE(changed.count(), 0);
}

void JobListModelTest::mostRowsChangedIsOneRange()
{
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Job> jobs;
    for (int i = 0; i < 10; ++i)
        jobs << listJob(QString::number(i));
    model.applySnapshot(jobs);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 1; i < 9; ++i)
        jobs[i].updatedAtMs += 5000;
    model.applySnapshot(jobs);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].value<QModelIndex>(), model.index(1, JobListModel::Updated));
    QCOMPARE(changed[0][1].value<QModelIndex>(), model.index(8, JobListModel::Updated));
}

void JobListModelTest::insertsAndRemoves()
{
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Job> jobs;
    for (int i = 0; i < 8; ++i)
        jobs << listJob(QString::number(i));
    model.applySnapshot(jobs);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Job> next{jobs[0], jobs[1], jobs[4], jobs[7], listJob(QStringLiteral("x")), listJob(QStringLiteral("y"))};
    model.applySnapshot(next);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 2); // 2..3 and 5..6 as two runs
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    for (const Job &j : next)
        QCOMPARE(model.jobAt(model.rowOfId(j.id))->id, j.id);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 0);
}

void JobListModelTest::selectionSurvivesRefresh()
{
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Job> jobs;
    for (int i = 0; i < 20; ++i)
        jobs << listJob(QString::number(i));
    model.applySnapshot(jobs);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(12, 3), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    jobs.removeAt(3);
    jobs.removeAt(0);
    jobs[10].state = State::Failed;
    model.applySnapshot(jobs);
    QCOMPARE(selection.currentIndex().data(JobIdRole).toString(), QStringLiteral("12"));
    QCOMPARE(selection.currentIndex().column(), 3);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), 10);
}

void JobListModelTest::randomMergesMatchRebuild()
{
    QRandomGenerator rng(7);
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Job> jobs;
    int nextId = 0;
    for (int i = 0; i < 40; ++i)
        jobs << listJob(QString::number(nextId++));
    model.applySnapshot(jobs);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int step = 0; step < 150; ++step) {
        QList<QPersistentModelIndex> tracked;
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r) {
            tracked << QPersistentModelIndex(model.index(r, step % JobListModel::ColumnCount));
            ids << model.jobAt(r)->id;
        }
        QList<Job> next = jobs;
        for (int c = int(rng.bounded(6)); c > 0 && !next.isEmpty(); --c) {
            Job &j = next[rng.bounded(int(next.size()))];
            switch (rng.bounded(3)) {
            case 0:
                j.state = State(rng.bounded(kStateCount));
                j.status = QString::number(int(j.state));
                break;
            case 1: j.abnormalCount = int(rng.bounded(5)); break;
            default: j.updatedAtMs += rng.bounded(10000); break;
            }
        }
        for (int r = int(rng.bounded(4)); r > 0 && !next.isEmpty(); --r)
            next.removeAt(rng.bounded(int(next.size())));
        for (int k = int(rng.bounded(4)); k > 0; --k)
            next.insert(rng.bounded(int(next.size()) + 1), listJob(QString::number(nextId++)));
        if (step % 30 == 29)
            std::reverse(next.begin(), next.end());
        model.applySnapshot(next);
        jobs = next;

        JobListModel fresh;
        fresh.applySnapshot(next);
        QCOMPARE(rowsById(model), rowsById(fresh));
        QSet<QString> present;
        for (const Job &j : next)
            present.insert(j.id);
        for (qsizetype i = 0; i < tracked.size(); ++i) {
            QCOMPARE(tracked[i].isValid(), present.contains(ids[i]));
            if (tracked[i].isValid())
                QCOMPARE(tracked[i].data(JobIdRole).toString(), ids[i]);
        }
        for (const Job &j : next)
            QCOMPARE(model.jobAt(model.rowOfId(j.id))->id, j.id);
    }
    QCOMPARE(reset.count(), 0);
}

// Done/total servers: from the tasks a snapshot carries, the counts a service reports, or a
// detail noted later (a ModelArts listing has neither); a noted detail changes only the two
// count cells of its row, and a finished job counts every server done.
void JobListModelTest::progressAndServersFromTasksReportsOrNotedDetail()
{
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Job reported = listJob(QStringLiteral("ief"));
    reported.reportedTotal = 8;
    reported.reportedSucceeded = 5;
    reported.reportedFailed = 1;
    model.applySnapshot({listJob(QStringLiteral("a")), listJob(QStringLiteral("b"), State::Succeeded), reported});
    auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QVERIFY(cell(0, JobListModel::Progress).isNull());
    QVERIFY(cell(0, JobListModel::TotalServers).isNull());
    QCOMPARE(cell(0, JobListModel::TotalServers, RawValueRole).toInt(), -1);
    QCOMPARE(cell(2, JobListModel::Progress).toString(), QStringLiteral("6/8"));
    QCOMPARE(cell(2, JobListModel::TotalServers).toInt(), 8);

    // The open job's detail: 2 of 3 tasks final.
    Job detail = listJob(QStringLiteral("a"));
    detail.tasks = {makeTask(QStringLiteral("1"), QStringLiteral("SUCCESS")),
                    makeTask(QStringLiteral("2"), QStringLiteral("FAILED")),
                    makeTask(QStringLiteral("3"), QStringLiteral("RUNNING"))};
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.noteDetail(detail);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, JobListModel::Progress));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(0, JobListModel::TotalServers));
    QCOMPARE(cell(0, JobListModel::Progress).toString(), QStringLiteral("2/3"));
    QCOMPARE(cell(0, JobListModel::TotalServers).toInt(), 3);
    QCOMPARE(cell(0, JobListModel::Progress, RawValueRole).toInt(), 6666);
    model.noteDetail(detail); // nothing new: no signal
    QCOMPARE(changed.count(), 1);

    // The next listing says the job finished: every server is done, no other cell moved.
    changed.clear();
    Job finished = listJob(QStringLiteral("a"), State::Succeeded);
    model.applySnapshot({finished, listJob(QStringLiteral("b"), State::Succeeded), reported});
    QCOMPARE(cell(0, JobListModel::Progress).toString(), QStringLiteral("3/3"));
    bool progressChanged = false;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const QModelIndex from = signal.at(0).toModelIndex();
        const QModelIndex to = signal.at(1).toModelIndex();
        progressChanged |= from.column() <= JobListModel::Progress && to.column() >= JobListModel::Progress;
        QVERIFY(to.column() < JobListModel::TotalServers); // the total did not change
    }
    QVERIFY(progressChanged);
    QVERIFY(!model.headerData(JobListModel::Progress, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(JobListModelTest)
#include "tst_job_list_model.moc"
