// SPDX-License-Identifier: Apache-2.0
// JobFilterProxy and TaskFilterProxy: filtering on typed fields, sorting on typed values,
// and staying right while the source merges new snapshots.
#include "job_filter_proxy.h"
#include "job_list_model.h"
#include "model_test_data.h"
#include "task_filter_proxy.h"
#include "task_tree_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace liteops;
using namespace liteops::test;

namespace {

Job job(const QString &id, const QString &name, const QString &type, State state, int failed, qint64 created,
        const QString &user = QStringLiteral("ops"))
{
    Job j;
    j.id = id;
    j.name = name;
    j.type = type;
    j.state = state;
    j.status = QString::fromLatin1(stateKey(state)).toUpper();
    j.abnormalCount = failed;
    j.createdAtMs = created;
    j.userName = user;
    j.description = QStringLiteral("about ") + name;
    return j;
}

QStringList column(const QAbstractItemModel &m, int col, int role = Qt::DisplayRole, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, col, parent).data(role).toString();
    return out;
}

QList<Job> sampleJobs()
{
    return {job(QStringLiteral("id-1"), QStringLiteral("upgrade-hdk"), QStringLiteral("ASCEND_SOFTWARE_UPGRADE"),
                State::Failed, 10, 3000),
            job(QStringLiteral("id-2"), QStringLiteral("query-fleet"), QStringLiteral("ASCEND_SOFTWARE_QUERY"),
                State::Succeeded, 2, 1000),
            job(QStringLiteral("id-3"), QStringLiteral("Diagnose"), QStringLiteral("ASCEND_DIAGNOSIS"), State::Running,
                0, 2000, QStringLiteral("alice")),
            job(QStringLiteral("id-4"), QStringLiteral("upgrade-again"), QStringLiteral("ASCEND_SOFTWARE_UPGRADE"),
                State::Running, -1, kUnknownTime)};
}

} // namespace

class FilterProxiesTest : public QObject
{
    Q_OBJECT

private slots:
    void jobsFilterByStateTypeAndText();
    void deletedJobsHiddenUnlessShownOrAskedFor();
    void jobsSortOnTypedValues();
    void jobsStaySortedAndFilteredAcrossMerges();
    void tasksFilterKeepsMatchingGroups();
    void tasksSortTypedGroupsStayFailedFirst();
};

void FilterProxiesTest::jobsFilterByStateTypeAndText()
{
    JobListModel model;
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(sampleJobs());
    QCOMPARE(proxy.rowCount(), 4);

    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.setStateFilter({State::Running});
    QCOMPARE(layout.count(), 1); // one layout change, not a signal per row
    QCOMPARE(column(proxy, JobListModel::Id), QStringList({QStringLiteral("id-3"), QStringLiteral("id-4")}));

    proxy.setTypeFilter(QStringLiteral("ASCEND_SOFTWARE_UPGRADE"));
    QCOMPARE(column(proxy, JobListModel::Id), QStringList({QStringLiteral("id-4")}));

    proxy.setFilters(StateSet::all(), QString(), QStringLiteral("UPGRADE"));
    QCOMPARE(proxy.rowCount(), 2); // name, case-insensitive
    proxy.setTextFilter(QStringLiteral("ALIce"));
    QCOMPARE(column(proxy, JobListModel::Id), QStringList({QStringLiteral("id-3")})); // user
    proxy.setTextFilter(QStringLiteral("id-2"));
    QCOMPARE(column(proxy, JobListModel::Id), QStringList({QStringLiteral("id-2")})); // id
    proxy.setTextFilter(QStringLiteral("about query"));
    QCOMPARE(column(proxy, JobListModel::Id), QStringList({QStringLiteral("id-2")})); // description
    proxy.setTextFilter(QStringLiteral("PROCESSING"));                                // display text is not searched
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilters(StateSet::all(), QString(), QString());
    QCOMPARE(proxy.rowCount(), 4);
}

// "Show hidden" off hides deleted jobs; the Deleted state named in the state filter shows
// them all the same; other filters combine as before. One layout change per switch.
void FilterProxiesTest::deletedJobsHiddenUnlessShownOrAskedFor()
{
    JobListModel model;
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Job> jobs = sampleJobs();
    jobs << job(QStringLiteral("id-5"), QStringLiteral("old-logs"), QStringLiteral("ASCEND_LOG_COLLECT"),
                State::Deleted, 0, 500);
    model.applySnapshot(jobs);
    QCOMPARE(proxy.rowCount(), 5);

    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.setHideDeleted(true);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(proxy.rowCount(), 4);
    QVERIFY(!column(proxy, JobListModel::Id).contains(QStringLiteral("id-5")));
    QVERIFY(proxy.hidesAsDeleted(State::Deleted));
    QVERIFY(!proxy.hidesAsDeleted(State::Failed));

    // Text and state filters keep the rule; asking for deleted jobs by state shows them.
    proxy.setTextFilter(QStringLiteral("old-logs"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilters({State::Deleted, State::Failed}, QString(), QString());
    QVERIFY(proxy.hidesDeleted());
    QVERIFY(!proxy.hidesAsDeleted(State::Deleted));
    QCOMPARE(column(proxy, JobListModel::Id).size(), 2);
    QVERIFY(column(proxy, JobListModel::Id).contains(QStringLiteral("id-5")));

    // A job deleted while listed leaves the view on the next merge.
    proxy.setFilters(StateSet::all(), QString(), QString(), true);
    jobs[0].state = State::Deleted;
    jobs[0].status = QStringLiteral("DELETED");
    model.applySnapshot(jobs);
    QCOMPARE(column(proxy, JobListModel::Id).size(), 3);
    QVERIFY(!column(proxy, JobListModel::Id).contains(QStringLiteral("id-1")));
    proxy.setFilters(StateSet::all(), QString(), QString(), false);
    QCOMPARE(proxy.rowCount(), 5);
}

void FilterProxiesTest::jobsSortOnTypedValues()
{
    JobListModel model;
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(sampleJobs());

    proxy.sort(JobListModel::FailedCount, Qt::AscendingOrder);
    // As numbers: -1 (not reported), 0, 2, 10 — as strings "10" would come before "2".
    QCOMPARE(column(proxy, JobListModel::Id), QStringList({QStringLiteral("id-4"), QStringLiteral("id-3"),
                                                           QStringLiteral("id-2"), QStringLiteral("id-1")}));
    proxy.sort(JobListModel::Created, Qt::DescendingOrder);
    QCOMPARE(column(proxy, JobListModel::Id), QStringList({QStringLiteral("id-1"), QStringLiteral("id-3"),
                                                           QStringLiteral("id-2"), QStringLiteral("id-4")}));
    proxy.sort(JobListModel::Name, Qt::AscendingOrder); // case-insensitive
    QCOMPARE(column(proxy, JobListModel::Name).first(), QStringLiteral("Diagnose"));
}

void FilterProxiesTest::jobsStaySortedAndFilteredAcrossMerges()
{
    JobListModel model;
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Job> jobs = sampleJobs();
    model.applySnapshot(jobs);
    proxy.setStateFilter({State::Running, State::Failed});
    proxy.sort(JobListModel::Created, Qt::AscendingOrder);
    QPersistentModelIndex diag = proxy.index(1, 0);
    QCOMPARE(diag.data(JobIdRole).toString(), QStringLiteral("id-3"));

    jobs[0].state = State::Succeeded; // leaves the filter
    jobs[1].state = State::Running;   // enters it
    jobs[3].createdAtMs = 5000;       // sorts last now
    jobs << job(QStringLiteral("id-5"), QStringLiteral("new"), QStringLiteral("COMMON"), State::Running, 0, 1500);
    model.applySnapshot(jobs);
    QCOMPARE(column(proxy, JobListModel::Id), QStringList({QStringLiteral("id-2"), QStringLiteral("id-5"),
                                                           QStringLiteral("id-3"), QStringLiteral("id-4")}));
    QVERIFY(diag.isValid());
    QCOMPARE(diag.data(JobIdRole).toString(), QStringLiteral("id-3"));
}

void FilterProxiesTest::tasksFilterKeepsMatchingGroups()
{
    TaskTreeModel model;
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Task> tasks{makeTask(QStringLiteral("a"), QStringLiteral("FAILED"), QStringLiteral("disk /var full (97%)")),
                      makeTask(QStringLiteral("b"), QStringLiteral("SUCCESS")),
                      makeTask(QStringLiteral("c"), QStringLiteral("FAILED"), QStringLiteral("npu 3 lost")),
                      makeTask(QStringLiteral("d"), QStringLiteral("PROCESSING"))};
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setTextFilter(QStringLiteral("DISK"));
    QCOMPARE(proxy.rowCount(), 1); // only the Failed group, holding one task
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data(TaskIdRole).toString(), QStringLiteral("a"));

    proxy.setTextFilter(QStringLiteral("liteserver-b")); // server name
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(StateRole).toInt(), int(State::Succeeded));
    proxy.setTextFilter(QStringLiteral("srv-d")); // server id
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data(TaskIdRole).toString(), QStringLiteral("d"));
    proxy.setTextFilter(QStringLiteral("success")); // raw status
    QCOMPARE(proxy.rowCount(), 1);

    proxy.setFilters({State::Failed, State::Running}, QString());
    QCOMPARE(proxy.rowCount(), 2);
    // A refresh moves "d" to Failed: the Running group disappears from the proxy.
    tasks[3] = makeTask(QStringLiteral("d"), QStringLiteral("FAILED"), QStringLiteral("x"));
    model.applyJob(makeJob(QStringLiteral("j"), tasks));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 3);
}

void FilterProxiesTest::tasksSortTypedGroupsStayFailedFirst()
{
    TaskTreeModel model;
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyJob(
        makeJob(QStringLiteral("j"), {makeTask(QStringLiteral("a"), QStringLiteral("SUCCESS"), {}, 0, 9000),   // 9 s
                                      makeTask(QStringLiteral("b"), QStringLiteral("SUCCESS"), {}, 0, 10000),  // 10 s
                                      makeTask(QStringLiteral("c"), QStringLiteral("SUCCESS"), {}, 0, 100000), // 100 s
                                      makeTask(QStringLiteral("d"), QStringLiteral("FAILED"), {}, 0, 500)}));
    proxy.sort(TaskTreeModel::Duration, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(StateRole).toInt(), int(State::Failed));
    const QModelIndex ok = proxy.index(1, 0);
    QCOMPARE(column(proxy, 0, TaskIdRole, ok),
             QStringList({QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    proxy.sort(TaskTreeModel::Duration, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(StateRole).toInt(), int(State::Failed));
    QCOMPARE(column(proxy, 0, TaskIdRole, proxy.index(1, 0)),
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

QTEST_GUILESS_MAIN(FilterProxiesTest)
#include "tst_filter_proxies.moc"
