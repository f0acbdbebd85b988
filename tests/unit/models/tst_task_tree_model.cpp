// SPDX-License-Identifier: Apache-2.0
// TaskTreeModel: structure of the three groupings, merging by task id with fine-grained
// signals, persistent indexes across merges, and long random merge sequences compared with
// a model rebuilt from scratch.
#include "error_clusterer.h"
#include "model_test_data.h"
#include "random_snapshots.h"
#include "task_filter_proxy.h"
#include "task_tree_model.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace liteops;
using namespace liteops::test;
using Grouping = TaskTreeModel::Grouping;

Q_DECLARE_METATYPE(liteops::TaskTreeModel::Grouping)

namespace {

QString groupText(const QAbstractItemModel &m, int row)
{
    return m.index(row, 0).data().toString();
}

std::unique_ptr<QAbstractItemModelTester> attachTester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

const QStringList kStatuses{QStringLiteral("PROCESSING"), QStringLiteral("SUCCESS"), QStringLiteral("FAILED"),
                            QStringLiteral("SKIPPED"), QStringLiteral("WAITING")};

QString randomFailure(QRandomGenerator &rng)
{
    switch (rng.bounded(5)) {
    case 0: return QStringLiteral("disk /var full (%1%)").arg(90 + rng.bounded(10));
    case 1: return QStringLiteral("npu %1 not found").arg(rng.bounded(8));
    case 2:
        return QStringLiteral("ssh to 192.168.%1.%2 timed out after %3 s")
            .arg(rng.bounded(255))
            .arg(rng.bounded(255))
            .arg(rng.bounded(100));
    case 3: return QString();
    default: return QStringLiteral("upgrade failed: code %1").arg(rng.bounded(3));
    }
}

QString groupKey(Grouping grouping, const Task &t)
{
    switch (grouping) {
    case Grouping::Flat: return {};
    case Grouping::ByState: return QString::number(int(t.state()));
    case Grouping::ByErrorCluster:
        return ErrorClusterer::isClustered(t) ? QStringLiteral("c:") + ErrorClusterer::clusterIdOf(t)
                                              : QString::number(int(t.state()));
    }
    return {};
}

Task randomTask(QRandomGenerator &rng, const QString &id)
{
    const QString status = kStatuses[rng.bounded(int(kStatuses.size()))];
    QString message;
    if (status == QLatin1String("FAILED"))
        message = randomFailure(rng);
    else if (status == QLatin1String("SUCCESS") && rng.bounded(2))
        message = QStringLiteral("Driver: 24.1.%1 | Firmware: 7.5.0.5.220").arg(rng.bounded(3));
    return makeTask(id, status, message, 1757558550000 + rng.bounded(100000), 1757558650000 + rng.bounded(100000));
}

} // namespace

class TaskTreeModelTest : public QObject
{
    Q_OBJECT

private slots:
    void groupsByStateFailedFirst();
    void flatAndClusterGroupings();
    void statusChangeMovesTaskBetweenGroups();
    void selectionFollowsTaskIntoNewGroup();
    void messageChangeEmitsOnlyChangedRoles();
    void manyChangesEmitOneRange();
    void insertsAndRemovesKeepGroupsRight();
    void persistentIndexesSurviveMerge();
    void mergeAdoptsSnapshotTasks();
    void selectionSurvivesRegrouping();
    void reorderedSnapshotKeepsPersistentIndexes();
    void otherJobReplacesContent();
    void indexesForCluster();
    void indexesOfTasksMatchIndexOfTask();
    void randomMergesMatchRebuild_data();
    void randomMergesMatchRebuild();
};

void TaskTreeModelTest::groupsByStateFailedFirst()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    model.applyJob(
        makeJob(QStringLiteral("j"), {makeTask(QStringLiteral("a"), QStringLiteral("SUCCESS")),
                                      makeTask(QStringLiteral("b"), QStringLiteral("FAILED"), QStringLiteral("boom")),
                                      makeTask(QStringLiteral("c"), QStringLiteral("PROCESSING")),
                                      makeTask(QStringLiteral("d"), QStringLiteral("FAILED"))}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(StateRole).toInt(), int(State::Failed));
    QCOMPARE(model.index(0, 0).data(GroupCountRole).toInt(), 2);
    QVERIFY(groupText(model, 0).contains(QLatin1String("(2)")));
    QCOMPARE(model.index(1, 0).data(StateRole).toInt(), int(State::Running));
    QCOMPARE(model.index(2, 0).data(StateRole).toInt(), int(State::Succeeded));
    // Tasks keep document order inside their group.
    const QModelIndex failed = model.index(0, 0);
    QCOMPARE(model.index(0, 0, failed).data(TaskIdRole).toString(), QStringLiteral("b"));
    QCOMPARE(model.index(1, 0, failed).data(TaskIdRole).toString(), QStringLiteral("d"));
    QCOMPARE(model.index(0, TaskTreeModel::ServerName, failed).data().toString(), QStringLiteral("liteserver-b"));
    QCOMPARE(model.index(0, TaskTreeModel::CloudServerType, failed).data().toString(), QStringLiteral("BMS"));
    QCOMPARE(model.index(0, TaskTreeModel::Duration, failed).data(RawValueRole).toLongLong(), 13737LL);
    QVERIFY(
        model.index(0, TaskTreeModel::Created, failed).data(Qt::ToolTipRole).toString().endsWith(QLatin1String("UTC")));
    QVERIFY(model.isGroup(failed));
    QCOMPARE(model.taskAt(failed), nullptr);
    QCOMPARE(model.taskAt(model.index(1, 0, failed))->id(), u"d");
}

void TaskTreeModelTest::flatAndClusterGroupings()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    const Job job =
        makeJob(QStringLiteral("j"),
                {makeTask(QStringLiteral("a"), QStringLiteral("FAILED"), QStringLiteral("disk /var full (97%)")),
                 makeTask(QStringLiteral("b"), QStringLiteral("SUCCESS")),
                 makeTask(QStringLiteral("c"), QStringLiteral("FAILED"), QStringLiteral("disk /var full (98%)")),
                 makeTask(QStringLiteral("d"), QStringLiteral("FAILED"), QString()),
                 makeTask(QStringLiteral("e"), QStringLiteral("FAILED"), QStringLiteral("npu 3 lost"))});
    model.applyJob(job);

    model.setGrouping(Grouping::Flat);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.hasChildren(model.index(0, 0)));
    QCOMPARE(model.index(2, 0).data(TaskIdRole).toString(), QStringLiteral("c"));

    model.setGrouping(Grouping::ByErrorCluster);
    // Three clusters (empty message is its own) then the succeeded group.
    QCOMPARE(model.rowCount(), 4);
    QStringList clusterIds;
    for (int r = 0; r < 3; ++r)
        clusterIds << model.index(r, 0).data(ClusterIdRole).toString();
    QVERIFY(clusterIds.contains(QString()));
    QVERIFY(clusterIds.contains(normaliseMessage(u"disk /var full (97%)")));
    const int disk = int(clusterIds.indexOf(normaliseMessage(u"disk /var full (97%)")));
    QCOMPARE(model.rowCount(model.index(disk, 0)), 2);
    QCOMPARE(model.index(disk, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("disk /var full (97%)"));
    QCOMPARE(model.index(3, 0).data(StateRole).toInt(), int(State::Succeeded));
    QCOMPARE(dumpModel(model), [&] {
        TaskTreeModel fresh;
        fresh.setGrouping(Grouping::ByErrorCluster);
        fresh.applyJob(job);
        return dumpModel(fresh);
    }());
}

void TaskTreeModelTest::statusChangeMovesTaskBetweenGroups()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    QList<Task> tasks;
    for (int i = 0; i < 10; ++i)
        tasks << makeTask(QString::number(i), QStringLiteral("PROCESSING"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(model.rowCount(), 1);

    QPersistentModelIndex staying = model.index(6, TaskTreeModel::ServerName, model.index(0, 0));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    tasks[4] = makeTask(QStringLiteral("4"), QStringLiteral("SUCCESS"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));

    // Removed from "Running", inserted into the new "Succeeded" group: never a move, which
    // a QSortFilterProxyModel on top would answer with a full re-sort.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 2); // the group row, then the task
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex done = model.index(1, 0);
    QCOMPARE(done.data(StateRole).toInt(), int(State::Succeeded));
    QCOMPARE(model.index(0, 0, done).data(TaskIdRole).toString(), QStringLiteral("4"));
    QVERIFY(staying.isValid());
    QCOMPARE(staying.row(), 5);
    QCOMPARE(staying.data(TaskIdRole).toString(), QStringLiteral("6"));

    // The last tasks leave "Running": its group row goes away in one signal.
    removed.clear();
    for (int i = 0; i < 10; ++i)
        tasks[i] = makeTask(QString::number(i), QStringLiteral("SUCCESS"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 10);
    QCOMPARE(reset.count(), 0);
}

void TaskTreeModelTest::selectionFollowsTaskIntoNewGroup()
{
    TaskTreeModel model;
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&model);
    QList<Task> tasks;
    for (int i = 0; i < 10; ++i)
        tasks << makeTask(QString::number(i), QStringLiteral("PROCESSING"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    proxy.sort(TaskTreeModel::ServerName, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);
    const QModelIndex running = proxy.index(0, 0);
    QModelIndex target;
    for (int r = 0; r < proxy.rowCount(running); ++r) {
        if (proxy.index(r, 0, running).data(TaskIdRole).toString() == QLatin1String("4"))
            target = proxy.index(r, TaskTreeModel::Status, running);
    }
    QVERIFY(target.isValid());
    selection.setCurrentIndex(target, QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    selection.select(proxy.index(0, 0, running), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    tasks[4] = makeTask(QStringLiteral("4"), QStringLiteral("FAILED"), QStringLiteral("boom"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));

    QCOMPARE(selection.currentIndex().data(TaskIdRole).toString(), QStringLiteral("4"));
    QCOMPARE(selection.currentIndex().column(), int(TaskTreeModel::Status));
    QCOMPARE(selection.currentIndex().parent().data(StateRole).toInt(), int(State::Failed));
    QStringList selected;
    for (const QModelIndex &idx : selection.selectedRows())
        selected << idx.data(TaskIdRole).toString();
    selected.sort();
    QCOMPARE(selected, QStringList({QStringLiteral("4"), QStringLiteral("9")}));
}

void TaskTreeModelTest::messageChangeEmitsOnlyChangedRoles()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    QList<Task> tasks;
    for (int i = 0; i < 20; ++i)
        tasks << makeTask(QString::number(i), QStringLiteral("PROCESSING"), QStringLiteral("step 1"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    tasks[3] = makeTask(QStringLiteral("3"), QStringLiteral("PROCESSING"), QStringLiteral("step 2"));
    tasks[7] = makeTask(QStringLiteral("7"), QStringLiteral("PROCESSING"), QStringLiteral("step 1"), 1757558550733,
                        1757558599999);
    model.applyJob(makeJob(QStringLiteral("j"), tasks));

    // Two task rows; group counts did not change, so no group row signal.
    QCOMPARE(changed.count(), 2);
    const QModelIndex group = model.index(0, 0);
    const auto first = changed.at(0);
    QCOMPARE(first.at(0).value<QModelIndex>(), model.index(3, TaskTreeModel::Message, group));
    QCOMPARE(first.at(1).value<QModelIndex>(), model.index(3, TaskTreeModel::Message, group));
    const QList<int> roles = first.at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(FullMessageRole));
    QVERIFY(!roles.contains(Qt::DecorationRole));
    const auto second = changed.at(1);
    QCOMPARE(second.at(0).value<QModelIndex>(), model.index(7, TaskTreeModel::Updated, group));
    QCOMPARE(second.at(1).value<QModelIndex>(), model.index(7, TaskTreeModel::Duration, group));
    QVERIFY(!second.at(2).value<QList<int>>().contains(StateRole));

    // Nothing changed: no signal at all.
    changed.clear();
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(changed.count(), 0);
}

void TaskTreeModelTest::manyChangesEmitOneRange()
{
    TaskTreeModel model;
    model.setGrouping(Grouping::Flat);
    auto tester = attachTester(&model);
    QList<Task> tasks;
    for (int i = 0; i < 10; ++i)
        tasks << makeTask(QString::number(i), QStringLiteral("PROCESSING"), QStringLiteral("a"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 1; i < 8; ++i)
        tasks[i] = makeTask(QString::number(i), QStringLiteral("PROCESSING"), QStringLiteral("b"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, TaskTreeModel::Message));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(7, TaskTreeModel::Message));

    changed.clear();
    tasks[2] = makeTask(QStringLiteral("2"), QStringLiteral("FAILED"), QStringLiteral("b"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(changed.count(), 1); // the Status cell, carrying the row-wide roles
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(2, TaskTreeModel::Status));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(2, TaskTreeModel::Status));
    const QList<int> roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(StateRole));
    QVERIFY(roles.contains(ClusterIdRole));
    QVERIFY(roles.contains(Qt::DisplayRole));
}

void TaskTreeModelTest::insertsAndRemovesKeepGroupsRight()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    QList<Task> tasks;
    for (int i = 0; i < 6; ++i)
        tasks << makeTask(QString::number(i), i % 2 ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // Remove 2 and 3, add two tasks between 4 and 5, and one at the end.
    QList<Task> next{tasks[0],
                     tasks[1],
                     tasks[4],
                     makeTask(QStringLiteral("x"), QStringLiteral("SUCCESS")),
                     makeTask(QStringLiteral("y"), QStringLiteral("SUCCESS")),
                     tasks[5],
                     makeTask(QStringLiteral("z"), QStringLiteral("SKIPPED"))};
    model.applyJob(makeJob(QStringLiteral("j"), next));
    QCOMPARE(removed.count(), 2);  // one failed, one succeeded: different parents
    QCOMPARE(inserted.count(), 3); // x+y as one block, the Skipped group, z
    TaskTreeModel fresh;
    fresh.applyJob(makeJob(QStringLiteral("j"), next));
    QCOMPARE(dumpModel(model), dumpModel(fresh));
}

void TaskTreeModelTest::persistentIndexesSurviveMerge()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    QList<Task> tasks;
    for (int i = 0; i < 50; ++i)
        tasks << makeTask(QString::number(i), QStringLiteral("PROCESSING"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QItemSelectionModel selection(&model);
    const QModelIndex group = model.index(0, 0);
    selection.setCurrentIndex(model.index(30, 0, group), QItemSelectionModel::NoUpdate);
    selection.select(QItemSelection(model.index(30, 0, group), model.index(30, TaskTreeModel::ColumnCount - 1, group)),
                     QItemSelectionModel::Select);
    QPersistentModelIndex groupRow(group);

    // Tasks before it finish, one disappears, new ones arrive at the top.
    QList<Task> next{makeTask(QStringLiteral("new1"), QStringLiteral("PROCESSING"))};
    for (int i = 0; i < 50; ++i) {
        if (i == 5)
            continue;
        next << makeTask(QString::number(i), i < 20 ? QStringLiteral("SUCCESS") : QStringLiteral("PROCESSING"));
    }
    model.applyJob(makeJob(QStringLiteral("j"), next));

    QCOMPARE(selection.currentIndex().data(TaskIdRole).toString(), QStringLiteral("30"));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(TaskIdRole).toString(), QStringLiteral("30"));
    QVERIFY(groupRow.isValid());
    QCOMPARE(groupRow.data(StateRole).toInt(), int(State::Running));
    QCOMPARE(model.rowCount(groupRow), 31); // new1 + 20..49
}

// Decoded tasks share text chunks, so the model must hold the newest snapshot's Task objects,
// unchanged ones too; otherwise one old unchanged task keeps a whole old chunk alive.
void TaskTreeModelTest::mergeAdoptsSnapshotTasks()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    QList<Task> first;
    for (int i = 0; i < 20; ++i)
        first << makeTask(QString::number(i), QStringLiteral("PROCESSING"), QStringLiteral("m"));
    model.applyJob(makeJob(QStringLiteral("j"), first));
    QList<Task> second;
    for (int i = 0; i < 20; ++i) // equal values, other buffers; one task changes group
        second << makeTask(QString::number(i), i == 3 ? QStringLiteral("FAILED") : QStringLiteral("PROCESSING"),
                           QStringLiteral("m"));
    model.applyJob(makeJob(QStringLiteral("j"), second));
    for (int i = 0; i < 20; ++i) {
        const QModelIndex idx = model.indexOfTask(QString::number(i));
        QVERIFY(idx.isValid());
        QCOMPARE(model.taskAt(idx)->id().data(), second.at(i).id().data());
        QVERIFY(model.taskAt(idx)->id().data() != first.at(i).id().data());
    }
}

void TaskTreeModelTest::selectionSurvivesRegrouping()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    QList<Task> tasks;
    for (int i = 0; i < 8; ++i)
        tasks << makeTask(QString::number(i), i < 3 ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"),
                          i < 3 ? QStringLiteral("error %1").arg(i) : QString());
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QItemSelectionModel selection(&model);
    const QModelIndex target = model.indexOfTask(u"5", TaskTreeModel::Status);
    QVERIFY(target.isValid());
    selection.setCurrentIndex(target, QItemSelectionModel::NoUpdate);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (Grouping g : {Grouping::Flat, Grouping::ByErrorCluster, Grouping::ByState}) {
        model.setGrouping(g);
        QCOMPARE(selection.currentIndex().data(TaskIdRole).toString(), QStringLiteral("5"));
        QCOMPARE(selection.currentIndex().column(), int(TaskTreeModel::Status));
        TaskTreeModel fresh;
        fresh.setGrouping(g);
        fresh.applyJob(makeJob(QStringLiteral("j"), tasks));
        QCOMPARE(dumpModel(model), dumpModel(fresh));
    }
    QCOMPARE(reset.count(), 0);
}

void TaskTreeModelTest::reorderedSnapshotKeepsPersistentIndexes()
{
    TaskTreeModel model;
    model.setGrouping(Grouping::Flat);
    auto tester = attachTester(&model);
    QList<Task> tasks;
    for (int i = 0; i < 6; ++i)
        tasks << makeTask(QString::number(i), QStringLiteral("PROCESSING"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QPersistentModelIndex p1(model.index(1, 2));
    QPersistentModelIndex p4(model.index(4, 0));
    QList<Task> next{tasks[4], tasks[0], tasks[2], tasks[3], tasks[5]}; // 1 gone, 4 first
    model.applyJob(makeJob(QStringLiteral("j"), next));
    QVERIFY(!p1.isValid());
    QCOMPARE(p4.row(), 0);
    QCOMPARE(p4.data(TaskIdRole).toString(), QStringLiteral("4"));
    TaskTreeModel fresh;
    fresh.setGrouping(Grouping::Flat);
    fresh.applyJob(makeJob(QStringLiteral("j"), next));
    QCOMPARE(dumpModel(model), dumpModel(fresh));
}

void TaskTreeModelTest::otherJobReplacesContent()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    model.applyJob(makeJob(QStringLiteral("a"), {makeTask(QStringLiteral("1"), QStringLiteral("FAILED"))}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.applyJob(makeJob(QStringLiteral("b"), {makeTask(QStringLiteral("1"), QStringLiteral("SUCCESS"))}));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.jobId(), QStringLiteral("b"));
    QCOMPARE(model.index(0, 0).data(StateRole).toInt(), int(State::Succeeded));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.taskCount(), 0);
}

void TaskTreeModelTest::indexesForCluster()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    model.applyJob(
        makeJob(QStringLiteral("j"),
                {makeTask(QStringLiteral("a"), QStringLiteral("FAILED"), QStringLiteral("disk /var full (97%)")),
                 makeTask(QStringLiteral("b"), QStringLiteral("FAILED"), QStringLiteral("other")),
                 makeTask(QStringLiteral("c"), QStringLiteral("FAILED"), QStringLiteral("disk /var full (98%)")),
                 makeTask(QStringLiteral("d"), QStringLiteral("SUCCESS"), QStringLiteral("disk /var full (98%)"))}));
    const QString id = normaliseMessage(u"disk /var full (99%)");
    for (Grouping g : {Grouping::ByState, Grouping::ByErrorCluster, Grouping::Flat}) {
        model.setGrouping(g);
        const QModelIndexList found = model.indexesForCluster(id);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].data(TaskIdRole).toString(), QStringLiteral("a"));
        QCOMPARE(found[1].data(TaskIdRole).toString(), QStringLiteral("c"));
        QCOMPARE(found[0].data(ClusterIdRole).toString(), id);
    }
}

// The version-drift click selects a row's tasks through this one-pass lookup; it must answer
// what asking indexOfTask() id by id did, across merges that free and reuse slots.
void TaskTreeModelTest::indexesOfTasksMatchIndexOfTask()
{
    TaskTreeModel model;
    auto tester = attachTester(&model);
    QList<Task> tasks;
    for (int i = 0; i < 12; ++i)
        tasks << makeTask(QString::number(i), i % 3 ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    tasks.remove(2, 3);                                                 // frees three slots
    tasks << makeTask(QStringLiteral("new"), QStringLiteral("FAILED")); // the next snapshot reuses one
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    model.applyJob(makeJob(QStringLiteral("j"),
                           tasks + QList<Task>{makeTask(QStringLiteral("newer"), QStringLiteral("PROCESSING"))}));

    const QStringList ids{QStringLiteral("newer"), QStringLiteral("7"), QStringLiteral("3"),
                          QStringLiteral("new"),   QStringLiteral("7"), QStringLiteral("0")};
    for (Grouping g : {Grouping::ByState, Grouping::Flat}) {
        model.setGrouping(g);
        const QModelIndexList found = model.indexesOfTasks(ids, TaskTreeModel::Status);
        QCOMPARE(found.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(found[i], model.indexOfTask(ids[i], TaskTreeModel::Status));
            if (ids[i] == QLatin1String("3")) {
                QVERIFY(!found[i].isValid()); // gone
            } else {
                QCOMPARE(found[i].siblingAtColumn(0).data(TaskIdRole).toString(), ids[i]);
            }
        }
    }
}

void TaskTreeModelTest::randomMergesMatchRebuild_data()
{
    QTest::addColumn<Grouping>("grouping");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u}) {
        QTest::addRow("by-state-%u", seed) << Grouping::ByState << seed;
        QTest::addRow("by-cluster-%u", seed) << Grouping::ByErrorCluster << seed;
        QTest::addRow("flat-%u", seed) << Grouping::Flat << seed;
    }
}

void TaskTreeModelTest::randomMergesMatchRebuild()
{
    QFETCH(Grouping, grouping);
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    TaskTreeModel model;
    model.setGrouping(grouping);
    auto tester = attachTester(&model);

    int nextId = 0;
    QList<Task> tasks;
    for (int i = 0; i < 60; ++i)
        tasks << randomTask(rng, QString::number(nextId++));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    for (int step = 0; step < 60; ++step) {
        // Persistent indexes on every task row, to check they follow their task.
        QList<QPersistentModelIndex> tracked;
        QStringList trackedIds;
        QStringList trackedGroups;
        for (const QModelIndex &idx : model.taskIndexes()) {
            tracked << QPersistentModelIndex(model.index(idx.row(), step % TaskTreeModel::ColumnCount, idx.parent()));
            trackedIds << idx.data(TaskIdRole).toString();
            trackedGroups << groupKey(grouping, *model.taskAt(idx));
        }

        const QList<Task> next = nextSnapshot(rng, tasks, nextId, step, SnapshotChurn{8, 25, 40}, randomTask);
        model.applyJob(makeJob(QStringLiteral("j"), next));
        tasks = next;

        TaskTreeModel fresh;
        fresh.setGrouping(grouping);
        fresh.applyJob(makeJob(QStringLiteral("j"), next));
        QCOMPARE(dumpModel(model), dumpModel(fresh));
        QCOMPARE(model.taskCount(), int(next.size()));

        QHash<QString, QString> groupNow;
        for (const Task &t : next)
            groupNow.insert(t.id().toString(), groupKey(grouping, t));
        for (qsizetype i = 0; i < tracked.size(); ++i) {
            const auto it = groupNow.constFind(trackedIds[i]);
            if (it == groupNow.cend()) {
                QVERIFY(!tracked[i].isValid());
                continue;
            }
            // A task that stays in its group keeps its persistent index; one that changes
            // group is removed and inserted, so its index may go (never to another task).
            if (*it == trackedGroups[i])
                QVERIFY2(tracked[i].isValid(), qPrintable(trackedIds[i]));
            if (tracked[i].isValid()) {
                QCOMPARE(tracked[i].data(TaskIdRole).toString(), trackedIds[i]);
                QCOMPARE(tracked[i].column(), step % TaskTreeModel::ColumnCount);
            }
        }
    }
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TaskTreeModelTest)
#include "tst_task_tree_model.moc"
