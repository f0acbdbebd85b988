// SPDX-License-Identifier: Apache-2.0
// LocalStore: writes and reads on its worker thread, answers on the caller's thread, one
// message for a problem, and two stores (two processes' worth of connections) on one file.
#include "local_store.h"
#include "store_paths.h"
#include "store_test_data.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace liteops;
using namespace liteops::store;
using namespace liteops::test;

class LocalStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void pathPerProfile();
    void writesThenReadsInOrder();
    void answersArriveOnCallerThread();
    void unavailableStoreAnswersEmpty();
    void fullDiskTurnsStoreOffOnce();
    void twoStoresOnOneFile();

private:
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)); }
    template <typename R>
    R readNow(LocalStore &store, std::function<R(const StoreReader &)> work)
    {
        std::optional<R> answer;
        store.read<R>(this, std::move(work), [&](R r) { answer = std::move(r); });
        [&] { QTRY_VERIFY(answer.has_value()); }();
        return answer.value_or(R{});
    }
    QTemporaryDir m_dir;
    int m_n = 0;
};

void LocalStoreTest::pathPerProfile()
{
    const QUrl a(QStringLiteral("https://modelarts.cn-north-4.myhuaweicloud.com"));
    const QUrl b(QStringLiteral("http://127.0.0.1:8443"));
    const QString pa = storeFilePath(a, QStringLiteral("0123abcd"));
    QVERIFY(pa.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(pa.endsWith(QStringLiteral(".sqlite")));
    QVERIFY(pa.contains(QStringLiteral("/0123abcd-")));
    QCOMPARE(storeFilePath(a, QStringLiteral("0123abcd")), pa);
    QCOMPARE(storeFilePath(QUrl(a.toString() + QLatin1Char('/')), QStringLiteral("0123abcd")), pa);
    QVERIFY(storeFilePath(b, QStringLiteral("0123abcd")) != pa);
    QVERIFY(storeFilePath(a, QStringLiteral("ffff")) != pa);
    QVERIFY(!storeFilePath(a, QStringLiteral("../x/y")).contains(QStringLiteral("../")));
}

void LocalStoreTest::writesThenReadsInOrder()
{
    LocalStore store(freshPath());
    Job job = storeJob("j", "FINISHED", 1000);
    job.tasks = {storeTask("t", "s", "SUCCESS", 1000)};
    store.putJobList({job});
    store.putJobDetail(job);
    store.setSyncValue(QStringLiteral("k"), QStringLiteral("v"));
    const auto stored = readNow<std::optional<Job>>(store, [](const StoreReader &r) {
        return r.finishedJob(QStringLiteral("j"));
    });
    QVERIFY(stored);
    QCOMPARE(*stored, job);
    QCOMPARE(readNow<QString>(store, [](const StoreReader &r) { return r.syncValue("k"); }), QStringLiteral("v"));
    QVERIFY(store.isAvailable());
}

void LocalStoreTest::answersArriveOnCallerThread()
{
    LocalStore store(freshPath());
    QThread *workThread = nullptr;
    QThread *doneThread = nullptr;
    store.read<int>(
        this,
        [&](const StoreReader &) {
        workThread = QThread::currentThread();
        return 1;
        },
        [&](int) { doneThread = QThread::currentThread(); });
    QTRY_VERIFY(doneThread);
    QCOMPARE(doneThread, QThread::currentThread());
    QVERIFY(workThread != QThread::currentThread());
}

void LocalStoreTest::unavailableStoreAnswersEmpty()
{
    const QString blocker = m_dir.filePath(QStringLiteral("file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    LocalStore store(blocker + QStringLiteral("/sub/x.sqlite"));
    QSignalSpy problems(&store, &LocalStore::problem);
    store.putJobList({storeJob("j", "FINISHED", 1)});
    QCOMPARE(readNow<QList<Job>>(store, [](const StoreReader &r) { return r.jobList(); }).size(), 0);
    QTRY_COMPARE(problems.size(), 1);
    QVERIFY(!store.isAvailable());
}

void LocalStoreTest::fullDiskTurnsStoreOffOnce()
{
    qputenv("LITEOPS_STORE_MAX_PAGES", "16");
    LocalStore store(freshPath());
    store.flush(); // opened with the cap
    qunsetenv("LITEOPS_STORE_MAX_PAGES");
    QSignalSpy problems(&store, &LocalStore::problem);
    store.putJobList({storeJob("small", "FINISHED", 1)});
    Job big = storeJob("big", "FINISHED", 2);
    for (int t = 0; t < 3000; ++t)
        big.tasks.append(storeTask(QString::number(t), "s", "SUCCESS", 2, QString(100, QLatin1Char('x'))));
    store.putJobDetail(big);
    store.putJobDetail(big);
    store.flush();
    QTRY_COMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("disk is full")));
    QVERIFY(!store.isAvailable());
    // What was committed before is still there to read.
    QCOMPARE(readNow<QList<Job>>(store, [](const StoreReader &r) { return r.jobList(); }).size(), 1);
}

void LocalStoreTest::twoStoresOnOneFile()
{
    const QString path = freshPath();
    LocalStore a(path);
    LocalStore b(path);
    QSignalSpy problemsA(&a, &LocalStore::problem);
    QSignalSpy problemsB(&b, &LocalStore::problem);
    for (int round = 0; round < 20; ++round) {
        Job ja = storeJob(QStringLiteral("a%1").arg(round), "FINISHED", round);
        Job jb = storeJob(QStringLiteral("b%1").arg(round), "FINISHED", round);
        for (int t = 0; t < 200; ++t) {
            ja.tasks.append(storeTask(QString::number(t), "s", "SUCCESS", round));
            jb.tasks.append(storeTask(QString::number(t), "s", "SUCCESS", round));
        }
        a.putJobDetail(ja);
        b.putJobDetail(jb);
    }
    a.flush();
    b.flush();
    QCOMPARE(problemsA.size() + problemsB.size(), 0);
    const StoreStats s = readNow<StoreStats>(a, [](const StoreReader &r) { return r.stats(); });
    QCOMPARE(s.finishedDetails, 40);
    QCOMPARE(s.tasks, 40 * 200);
}

QTEST_GUILESS_MAIN(LocalStoreTest)
#include "tst_store_local_store.moc"
