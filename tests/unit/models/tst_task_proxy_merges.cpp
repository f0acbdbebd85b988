// SPDX-License-Identifier: Apache-2.0
// TaskFilterProxy following TaskTreeModel merges: long random merge sequences under every
// grouping, sort and filter, each step compared with a proxy built from scratch over a model
// built from scratch; persistent indexes (selection, current index) follow their tasks
// across groups; and the signals a merge sends to views.
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

const QStringList kStatuses{QStringLiteral("PROCESSING"), QStringLiteral("SUCCESS"), QStringLiteral("FAILED"),
                            QStringLiteral("SKIPPED"), QStringLiteral("WAITING")};

Task randomTask(QRandomGenerator &rng, const QString &id)
{
    const QString status = kStatuses[rng.bounded(int(kStatuses.size()))];
    QString message;
    if (status == QLatin1String("FAILED")) {
        switch (rng.bounded(4)) {
        case 0: message = QStringLiteral("disk /var full (%1%)").arg(90 + rng.bounded(10)); break;
        case 1: message = QStringLiteral("npu %1 not found").arg(rng.bounded(8)); break;
        case 2: break; // failed without a message
        default: message = QStringLiteral("upgrade failed: code %1").arg(rng.bounded(3)); break;
        }
    }
    // Few distinct times, so the sort has ties that document order must break.
    return makeTask(id, status, message, 1757558550000 + 1000 * rng.bounded(5), 1757558650000 + 1000 * rng.bounded(5));
}

struct View
{
    int column;
    Qt::SortOrder order;
    StateSet states;
    QString text;
};

void configure(TaskFilterProxy &proxy, const View &v)
{
    proxy.setFilters(v.states, v.text);
    proxy.sort(v.column, v.order);
}

QString taskIdOf(const QModelIndex &idx)
{
    return idx.siblingAtColumn(0).data(TaskIdRole).toString();
}

} // namespace

class TaskProxyMergesTest : public QObject
{
    Q_OBJECT
private slots:
    void randomMergesMatchRebuild_data();
    void randomMergesMatchRebuild();
    void stateChangesAreOneLayoutChange();
    void filteredGroupAppearsAsInsertedRow();
    void sortAndFilterKeepSelection();
};

void TaskProxyMergesTest::randomMergesMatchRebuild_data()
{
    QTest::addColumn<Grouping>("grouping");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<quint32>("states");
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("seed");
    const StateSet all = StateSet::all();
    const StateSet attention{State::Failed, State::Running, State::Pending};
    const struct
    {
        const char *name;
        Grouping grouping;
    } groupings[] = {{"state", Grouping::ByState}, {"cluster", Grouping::ByErrorCluster}, {"flat", Grouping::Flat}};
    for (const auto &g : groupings) {
        for (quint32 seed : {11u, 12u}) {
            QTest::addRow("%s-document-%u", g.name, seed) << g.grouping << -1 << 0 << all.bits() << QString() << seed;
            QTest::addRow("%s-name-%u", g.name, seed) << g.grouping << int(TaskTreeModel::ServerName)
                                                      << int(Qt::AscendingOrder) << all.bits() << QString() << seed;
            QTest::addRow("%s-updated-desc-filtered-%u", g.name, seed)
                << g.grouping << int(TaskTreeModel::Updated) << int(Qt::DescendingOrder) << attention.bits()
                << QString() << seed;
            QTest::addRow("%s-duration-text-%u", g.name, seed)
                << g.grouping << int(TaskTreeModel::Duration) << int(Qt::AscendingOrder) << all.bits()
                << QStringLiteral("1") << seed;
        }
    }
}

void TaskProxyMergesTest::randomMergesMatchRebuild()
{
    QFETCH(Grouping, grouping);
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(quint32, states);
    QFETCH(QString, text);
    QFETCH(quint32, seed);
    StateSet stateSet;
    for (int s = 0; s < kStateCount; ++s) {
        if (states & (1u << s))
            stateSet.insert(State(s));
    }
    const View view{column, Qt::SortOrder(order), stateSet, text};

    QRandomGenerator rng(seed);
    TaskTreeModel model;
    model.setGrouping(grouping);
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    configure(proxy, view);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    int nextId = 0;
    QList<Task> tasks;
    for (int i = 0; i < 60; ++i)
        tasks << randomTask(rng, QString::number(nextId++));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    for (int step = 0; step < 50; ++step) {
        // A persistent index on every shown task, as a selection or current index would be.
        QList<QPersistentModelIndex> tracked;
        QStringList trackedIds;
        const int trackedColumn = step % TaskTreeModel::ColumnCount;
        const auto track = [&](const QModelIndex &parent) {
            for (int r = 0; r < proxy.rowCount(parent); ++r) {
                tracked << QPersistentModelIndex(proxy.index(r, trackedColumn, parent));
                trackedIds << proxy.index(r, 0, parent).data(TaskIdRole).toString();
            }
        };
        if (grouping == Grouping::Flat) {
            track({});
        } else {
            for (int g = 0; g < proxy.rowCount(); ++g)
                track(proxy.index(g, 0));
        }

        const QList<Task> next = nextSnapshot(rng, tasks, nextId, step, SnapshotChurn{10, 20, 25}, randomTask);
        if (step == 30) // the user sorts the other way round in the middle of it all
            proxy.sort(column, view.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);

        model.applyJob(makeJob(QStringLiteral("j"), next));
        tasks = next;

        TaskTreeModel freshModel;
        freshModel.setGrouping(grouping);
        freshModel.applyJob(makeJob(QStringLiteral("j"), next));
        TaskFilterProxy freshProxy;
        freshProxy.setSourceModel(&freshModel);
        configure(freshProxy, view);
        freshProxy.sort(proxy.sortColumn(), proxy.sortOrder());
        QCOMPARE(dumpModel(proxy), dumpModel(freshProxy));

        // Every tracked task that is still there and still passes the filter keeps its
        // persistent index, wherever it went; the others lose it, never to another task.
        QSet<QString> shownNow;
        for (const Task &t : std::as_const(next)) {
            if (proxy.accepts(t))
                shownNow.insert(t.id().toString());
        }
        for (qsizetype i = 0; i < tracked.size(); ++i) {
            if (shownNow.contains(trackedIds[i])) {
                QVERIFY2(tracked[i].isValid(), qPrintable(trackedIds[i]));
                QCOMPARE(taskIdOf(tracked[i]), trackedIds[i]);
                QCOMPARE(tracked[i].column(), trackedColumn);
            } else {
                QVERIFY2(!tracked[i].isValid(), qPrintable(trackedIds[i]));
            }
        }
    }
    QCOMPARE(reset.count(), 0);
}

void TaskProxyMergesTest::stateChangesAreOneLayoutChange()
{
    TaskTreeModel model;
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TaskTreeModel::ServerName, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Task> tasks;
    for (int i = 0; i < 40; ++i)
        tasks << makeTask(QString::number(i), i < 30 ? QStringLiteral("PROCESSING") : QStringLiteral("FAILED"),
                          QStringLiteral("x"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(proxy.rowCount(), 2); // Failed, Running

    QItemSelectionModel selection(&proxy);
    const QModelIndex running = proxy.index(1, 0);
    QModelIndex five;
    for (int r = 0; r < proxy.rowCount(running); ++r) {
        if (proxy.index(r, 0, running).data(TaskIdRole).toString() == QLatin1String("5"))
            five = proxy.index(r, TaskTreeModel::Message, running);
    }
    QVERIFY(five.isValid());
    selection.setCurrentIndex(five, QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);

    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    // Ten running tasks finish, "5" among them: a new group comes, tasks move into it.
    for (int i = 0; i < 10; ++i)
        tasks[i] = makeTask(QString::number(i), QStringLiteral("SUCCESS"), QStringLiteral("x"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));

    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 1);  // the ten tasks leave Running in one layout change
    QCOMPARE(inserted.count(), 1); // the Succeeded group row, which the tasks then move into
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(removed.count(), 0);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.rowCount(proxy.index(2, 0)), 10);
    QCOMPARE(proxy.index(2, 0).data(StateRole).toInt(), int(State::Succeeded));
    // The selection and the current index followed "5" into its new group, same column.
    QCOMPARE(taskIdOf(selection.currentIndex()), QStringLiteral("5"));
    QCOMPARE(selection.currentIndex().column(), int(TaskTreeModel::Message));
    QCOMPARE(selection.currentIndex().parent().data(StateRole).toInt(), int(State::Succeeded));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(taskIdOf(selection.selectedRows().first()), QStringLiteral("5"));
    // Sorted by server name, descending, within the new group too.
    const QModelIndex done = proxy.index(2, 0);
    QCOMPARE(proxy.index(0, 0, done).data(TaskIdRole).toString(), QStringLiteral("9"));
    QCOMPARE(proxy.index(9, 0, done).data(TaskIdRole).toString(), QStringLiteral("0"));
}

void TaskProxyMergesTest::filteredGroupAppearsAsInsertedRow()
{
    TaskTreeModel model;
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Task> tasks{makeTask(QStringLiteral("a"), QStringLiteral("PROCESSING")),
                      makeTask(QStringLiteral("b"), QStringLiteral("PROCESSING")),
                      makeTask(QStringLiteral("c"), QStringLiteral("SUCCESS"))};
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    proxy.setStateFilter({State::Failed});
    QCOMPARE(proxy.rowCount(), 0);

    // A console expands group rows as they are inserted: a group the filter lets through
    // after a refresh must arrive as an inserted row, not inside a layout change.
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    tasks[1] = makeTask(QStringLiteral("b"), QStringLiteral("FAILED"), QStringLiteral("npu 2 lost"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data(TaskIdRole).toString(), QStringLiteral("b"));

    // And one that no longer has a matching task goes as a removed row.
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    tasks[1] = makeTask(QStringLiteral("b"), QStringLiteral("SUCCESS"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(proxy.rowCount(), 0);
}

void TaskProxyMergesTest::sortAndFilterKeepSelection()
{
    TaskTreeModel model;
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Task> tasks;
    for (int i = 0; i < 20; ++i)
        tasks << makeTask(QString::number(i), QStringLiteral("FAILED"), QStringLiteral("disk %1").arg(i % 3));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QItemSelectionModel selection(&proxy);
    const QModelIndex failed = proxy.index(0, 0);
    selection.setCurrentIndex(proxy.index(4, TaskTreeModel::Status, failed),
                              QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    const QString chosen = taskIdOf(selection.currentIndex());
    QCOMPARE(chosen, QStringLiteral("4"));

    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    proxy.sort(TaskTreeModel::Message, Qt::DescendingOrder);
    QCOMPARE(taskIdOf(selection.currentIndex()), chosen);
    proxy.setTextFilter(QStringLiteral("disk 1")); // "4" is "disk 1"
    QCOMPARE(taskIdOf(selection.currentIndex()), chosen);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 7); // 1, 4, 7, 10, 13, 16, 19
    proxy.setTextFilter(QStringLiteral("disk 2"));
    QVERIFY(!selection.currentIndex().isValid()); // filtered out: gone, not moved to another task
    QCOMPARE(resets.count(), 0);
}

QTEST_GUILESS_MAIN(TaskProxyMergesTest)
#include "tst_task_proxy_merges.moc"
