// SPDX-License-Identifier: Apache-2.0
// What the console says when a watched job ends, and that a Notifier reports what it shows.
#include "notifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace liteops;

namespace {

Task task(const QString &id, const QString &server, const QString &status, const QString &message = {})
{
    return Task::Builder()
        .id(id)
        .targetId(server)
        .targetName(QStringLiteral("node-") + server)
        .status(status)
        .message(message)
        .build();
}

Job jobWithTasks()
{
    Job j;
    j.id = QStringLiteral("job-1");
    j.name = QStringLiteral("upgrade drivers (fleet A)");
    j.status = QStringLiteral("FINISHED");
    j.state = State::Partial;
    j.tasks = {task(QStringLiteral("t1"), QStringLiteral("s1"), QStringLiteral("SUCCESS")),
               task(QStringLiteral("t2"), QStringLiteral("s2"), QStringLiteral("FAILED"), QStringLiteral("disk full")),
               task(QStringLiteral("t3"), QStringLiteral("s3"), QStringLiteral("SKIPPED")),
               task(QStringLiteral("t4"), QStringLiteral("s4"), QStringLiteral("FAILED"), QStringLiteral("timeout")),
               task(QStringLiteral("t5"), QStringLiteral("s2"), QStringLiteral("FAILED"), QStringLiteral("again"))};
    return j;
}

} // namespace

class NotifierTest : public QObject
{
    Q_OBJECT

private slots:
    void notificationSaysHowItEnded()
    {
        Job j = jobWithTasks();
        Notification n = finishedJobNotification(j, 2);
        QVERIFY(n.failed);
        QVERIFY(n.title.contains(j.name));
        QVERIFY2(n.body.contains(QStringLiteral("3 of 5")), qPrintable(n.body));
        QVERIFY(n.body.contains(QStringLiteral("node-s2")));
        QVERIFY(n.body.contains(QStringLiteral("node-s4")));
        j.tasks = {task(QStringLiteral("t1"), QStringLiteral("s1"), QStringLiteral("SUCCESS"))};
        j.state = State::Succeeded;
        n = finishedJobNotification(j);
        QVERIFY(!n.failed);
        QVERIFY(n.body.contains(QStringLiteral("none failed")));
    }

    void notifierReportsWhatItShows()
    {
        Notifier notifier;
        QSignalSpy notified(&notifier, &Notifier::notified);
        notifier.notify(Notification{QStringLiteral("job-1"), QStringLiteral("title"), QStringLiteral("body"), true});
        QCOMPARE(notified.size(), 1);
        const auto n = notified.first().first().value<Notification>();
        QCOMPARE(n.jobId, QStringLiteral("job-1"));
        QVERIFY(n.failed);
    }
};

QTEST_GUILESS_MAIN(NotifierTest)
#include "tst_notifier.moc"
