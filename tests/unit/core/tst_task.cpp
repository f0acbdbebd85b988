// SPDX-License-Identifier: Apache-2.0
// Task::Builder packing as the decoders use it: views of UTF-8, Latin-1 and UTF-16 text,
// non-ASCII content, cloud_server lookups, equality and the derived counts.
#include "core/types.h"

#include <QtTest>

using namespace liteops;

class TaskTest : public QObject
{
    Q_OBJECT

private slots:
    void fieldsFromEveryViewKind();
    void nonAsciiText();
    void cloudServerLookups();
    void emptyFieldsStayEmpty();
    void statusWithCachedState();
    void equality();
    void durations();
    void countsOfTasks();
    void arenaTasksShareChunks();
};

void TaskTest::fieldsFromEveryViewKind()
{
    const QByteArray utf8 = "server-1";
    const Task t = Task::Builder()
                       .id(QUtf8StringView(utf8))
                       .targetId(QLatin1StringView("s-1"))
                       .targetName(u"节点一")
                       .name(QStringLiteral("step"))
                       .message(QUtf8StringView("Driver: 24.1.0.3 | Firmware: 7.5.0.5.220"))
                       .status(QStringLiteral("SUCCESS"))
                       .build();
    QCOMPARE(t.id(), u"server-1");
    QCOMPARE(t.targetId(), u"s-1");
    QCOMPARE(t.targetName(), u"节点一");
    QCOMPARE(t.name(), u"step");
    QCOMPARE(t.message(), u"Driver: 24.1.0.3 | Firmware: 7.5.0.5.220");
    QCOMPARE(t.state(), State::Succeeded);
}

void TaskTest::nonAsciiText()
{
    const QByteArray message = QStringLiteral("磁盘已满 (97%) — ✗ 🚀 é").toUtf8();
    const Task t =
        Task::Builder().id(u"a").message(QUtf8StringView(message)).targetName(QUtf8StringView("ñandú")).build();
    QCOMPARE(t.message().toString(), QStringLiteral("磁盘已满 (97%) — ✗ 🚀 é"));
    QCOMPARE(t.targetName().toString(), QStringLiteral("ñandú"));
    QCOMPARE(t.id(), u"a");
}

void TaskTest::cloudServerLookups()
{
    const Task t = Task::Builder()
                       .addCloudServer(QUtf8StringView("hps_ecs_id"), QUtf8StringView("e2cb187a"))
                       .addCloudServer(u"id", u"39aab8e4")
                       .addCloudServer(QLatin1StringView("type"), QLatin1StringView("HPS"))
                       .addCloudServer(u"机房", u"三号")
                       .message(u"after the map")
                       .build();
    QCOMPARE(t.cloudServerValue(u"type"), u"HPS");
    QCOMPARE(t.cloudServerValue(u"id"), u"39aab8e4");
    QCOMPARE(t.cloudServerValue(u"hps_ecs_id"), u"e2cb187a");
    QCOMPARE(t.cloudServerValue(u"机房"), u"三号");
    QVERIFY(t.cloudServerValue(u"hps_id").isNull());
    QVERIFY(t.cloudServerValue(u"i").isNull()); // a prefix is not a key
    const StringPairs pairs = t.cloudServer();
    QCOMPARE(pairs.size(), 4);
    QCOMPARE(pairs.first().first, QStringLiteral("hps_ecs_id")); // document order kept
    QCOMPARE(pairs.last().second, QStringLiteral("三号"));
    QCOMPARE(t.message(), u"after the map");
}

void TaskTest::emptyFieldsStayEmpty()
{
    const Task t = Task::Builder().build();
    QVERIFY(t.id().isEmpty());
    QVERIFY(t.message().isEmpty());
    QVERIFY(t.cloudServer().isEmpty());
    QCOMPARE(t.state(), State::Unknown);
    QCOMPARE(t.index(), -1);
    QVERIFY(!t.createdAt().isValid());
    const Task empty = Task::Builder().addCloudServer(u"k", u"").build();
    QCOMPARE(empty.cloudServer().size(), 1);
    QVERIFY(empty.cloudServerValue(u"k").isEmpty());
}

void TaskTest::statusWithCachedState()
{
    // The decoders hand over the state they computed once per distinct status.
    const Task t = Task::Builder().status(QStringLiteral("FINISHED"), State::Partial).build();
    QCOMPARE(t.status(), QStringLiteral("FINISHED"));
    QCOMPARE(t.state(), State::Partial);
    Task copy = t;
    copy.setStatus(QStringLiteral("failed"));
    QCOMPARE(copy.state(), State::Failed);
    QCOMPARE(t.state(), State::Partial);
}

void TaskTest::equality()
{
    const auto make = [](const char16_t *message) {
        return Task::Builder().id(u"t").message(message).status(QStringLiteral("SUCCESS")).createdAtMs(5).build();
    };
    QVERIFY(make(u"a") == make(u"a"));
    QVERIFY(make(u"a") != make(u"b"));
    // The same text split differently between fields is not the same task.
    QVERIFY(Task::Builder().id(u"ab").build() != Task::Builder().id(u"a").targetId(u"b").build());
}

void TaskTest::durations()
{
    QCOMPARE(Task::Builder().createdAtMs(1000).updatedAtMs(4500).build().durationMs(), 3500);
    QCOMPARE(Task::Builder().createdAtMs(1000).build().durationMs(), -1);
    QCOMPARE(Task::Builder().createdAtMs(5000).updatedAtMs(4500).build().durationMs(), -1);
}

void TaskTest::countsOfTasks()
{
    QList<Task> tasks;
    for (const char *s : {"SUCCESS", "SUCCESS", "FAILED", "SKIPPED", "PROCESSING", "PENDING", "CANCELLED", "WHAT"})
        tasks.append(Task::Builder().status(QString::fromLatin1(s)).build());
    const TaskCounts c = TaskCounts::of(tasks);
    QCOMPARE(c.total, 8);
    QCOMPARE(c.succeeded, 2);
    QCOMPARE(c.failed, 1);
    QCOMPARE(c.skipped, 1);
    QCOMPARE(c.running, 1);
    QCOMPARE(c.pending, 1);
    QCOMPARE(c.cancelled, 1);
    QCOMPARE(c.other, 1);
}

// Many tasks through one TextArena, as a decoder builds them: every field comes back
// intact across chunk boundaries (ASCII, non-ASCII, a field bigger than any chunk), tasks
// outlive the arena, and equality compares text, not buffers.
void TaskTest::arenaTasksShareChunks()
{
    QList<Task> plain;
    QList<Task> packed;
    const QByteArray huge(100000, 'x'); // bigger than the largest chunk
    {
        Task::TextArena arena;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray id = "task-" + QByteArray::number(i);
            const QByteArray message = i % 7 == 0 ? QStringLiteral("磁盘已满 (%1%) é").arg(i).toUtf8()
                                                  : (i == 1500 ? huge : "disk /var full " + QByteArray::number(i));
            Task::Builder b;
            b.id(QUtf8StringView(id))
                .targetName(QLatin1StringView("node"))
                .message(QUtf8StringView(message))
                .addCloudServer(u"id", QUtf8StringView(id))
                .status(QStringLiteral("FAILED"));
            plain << b.build();
            packed << b.build(arena);
        }
    } // the arena is gone; its chunks live on in the tasks
    for (int i = 0; i < 3000; ++i) {
        const Task &t = packed.at(i);
        QCOMPARE(t.id(), QString(QStringLiteral("task-") + QString::number(i)));
        QCOMPARE(t.targetName(), u"node");
        QCOMPARE(t.cloudServerValue(u"id"), t.id());
        if (i % 7 == 0)
            QCOMPARE(t.message(), QStringLiteral("磁盘已满 (%1%) é").arg(i));
        else if (i == 1500)
            QCOMPARE(t.message().size(), huge.size());
        else
            QCOMPARE(t.message(), QString(QStringLiteral("disk /var full ") + QString::number(i)));
        QCOMPARE(t, plain.at(i));
    }
    // Neighbours share a chunk: the second task's text starts right after the first's.
    QCOMPARE(packed.at(1).id().data(),
             packed.at(0).cloudServerValue(u"id").data() + packed.at(0).cloudServerValue(u"id").size());
    QVERIFY(packed.at(1) != packed.at(2));
}

QTEST_GUILESS_MAIN(TaskTest)
#include "tst_task.moc"
