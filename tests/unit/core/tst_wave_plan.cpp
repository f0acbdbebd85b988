// SPDX-License-Identifier: Apache-2.0
// WavePlan: parsing "1, 5, 25%, 50", the sizes of each wave (percentages of the whole target
// list rounded down but never below 1, the last size repeating, the 50-server cap) and the
// requests planSubmission() cuts from them.
#include "submission_plan.h"

#include <QTest>
#include <numeric>

using namespace liteops;

namespace {

QStringList servers(int n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids << QStringLiteral("srv-%1").arg(i, 4, 10, QLatin1Char('0'));
    return ids;
}

WavePlan parsed(const QString &text)
{
    const std::optional<WavePlan> plan = WavePlan::parse(text);
    if (!plan)
        qFatal("plan did not parse: %s", qPrintable(text));
    return *plan;
}

} // namespace

class WavePlanTest : public QObject
{
    Q_OBJECT
private slots:
    void parsesCountsAndPercentages()
    {
        const WavePlan plan = parsed(QStringLiteral(" 1,5 , 25%,50"));
        const QList<WaveSize> expected{{1, false}, {5, false}, {25, true}, {50, false}};
        QCOMPARE(plan.sizes, expected);
        QCOMPARE(plan.toString(), QStringLiteral("1, 5, 25%, 50"));
        QCOMPARE(parsed(plan.toString()), plan);
        QVERIFY(!plan.isFixed());
        QVERIFY(parsed(QStringLiteral("20")).isFixed());
        QVERIFY(!parsed(QStringLiteral("20%")).isFixed());
        QCOMPARE(WavePlan::fixed(7), parsed(QStringLiteral("7")));
    }

    void rejectsWhatIsNotASize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("culprit");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("empty entry") << QStringLiteral("1,,5") << QString();
        QTest::newRow("zero") << QStringLiteral("1,0") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-3") << QStringLiteral("-3");
        QTest::newRow("zero percent") << QStringLiteral("0%") << QStringLiteral("0%");
        QTest::newRow("over 100%") << QStringLiteral("1,101%") << QStringLiteral("101%");
        QTest::newRow("fraction") << QStringLiteral("2.5") << QStringLiteral("2.5");
        QTest::newRow("word") << QStringLiteral("1,all") << QStringLiteral("all");
        QTest::newRow("double percent") << QStringLiteral("10%%") << QStringLiteral("10%%");
    }
    void rejectsWhatIsNotASize()
    {
        QFETCH(QString, text);
        QFETCH(QString, culprit);
        QString problem;
        QVERIFY(!WavePlan::parse(text, &problem));
        QVERIFY(problem.contains(QStringLiteral("\"%1\"").arg(culprit)));
    }

    void waveSizes_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<int>("total");
        QTest::addColumn<QList<int>>("sizes");
        // The last size repeats until every server is covered; the last wave takes the rest.
        QTest::newRow("fixed 50 of 120") << "50" << 120 << QList<int>{50, 50, 20};
        QTest::newRow("fixed 50 of 50") << "50" << 50 << QList<int>{50};
        QTest::newRow("canary then 50s") << "1, 50" << 102 << QList<int>{1, 50, 50, 1};
        // 25% of 300 is 75: capped at 50.
        QTest::newRow("progressive 300") << "1, 5, 25%, 50" << 300 << QList<int>{1, 5, 50, 50, 50, 50, 50, 44};
        // 25% of 40 is 10.
        QTest::newRow("progressive 40") << "1, 5, 25%, 50" << 40 << QList<int>{1, 5, 10, 24};
        // 25% of 10 is 2.5: rounded down to 2.
        QTest::newRow("percent rounds down") << "25%" << 10 << QList<int>{2, 2, 2, 2, 2};
        // 10% of 5 is 0.5: never below one server.
        QTest::newRow("percent at least 1") << "10%" << 5 << QList<int>{1, 1, 1, 1, 1};
        QTest::newRow("100% is capped") << "100%" << 130 << QList<int>{50, 50, 30};
        QTest::newRow("count is capped") << "1, 500" << 120 << QList<int>{1, 50, 50, 19};
        QTest::newRow("more sizes than servers") << "1, 5, 25%, 50" << 3 << QList<int>{1, 2};
        QTest::newRow("one server") << "1, 5" << 1 << QList<int>{1};
        QTest::newRow("no servers") << "1, 5" << 0 << QList<int>{0};
    }
    void waveSizes()
    {
        QFETCH(QString, plan);
        QFETCH(int, total);
        QFETCH(QList<int>, sizes);
        const QList<int> got = parsed(plan).waveSizes(total);
        QCOMPARE(got, sizes);
        QCOMPARE(std::accumulate(got.cbegin(), got.cend(), 0), total);
    }

    void aLowerLimitCapsEveryWave()
    {
        QCOMPARE(parsed(QStringLiteral("1, 25%")).waveSizes(100, 20), (QList<int>{1, 20, 20, 20, 20, 19}));
    }

    void requestsKeepOrderNamesAndEverything()
    {
        CreateJobRequest base;
        base.name = QStringLiteral("rollout");
        base.type = QStringLiteral("HDK_UPGRADE");
        base.description = QStringLiteral("npu driver");
        base.items = {
            JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1.RC3.10")}}}};
        base.serverIds = servers(40);
        base.serverIds << base.serverIds.first(); // a duplicate is dropped

        const SubmissionPlan plan = planSubmission(base, parsed(QStringLiteral("1, 5, 25%, 50")));
        QCOMPARE(plan.waveCount(), 4);
        QCOMPARE(plan.serverCount(), 40);
        const QStringList names{QStringLiteral("rollout-w01"), QStringLiteral("rollout-w02"),
                                QStringLiteral("rollout-w03"), QStringLiteral("rollout-w04")};
        QStringList all;
        for (qsizetype i = 0; i < plan.requests.size(); ++i) {
            const CreateJobRequest &r = plan.requests.at(i);
            QCOMPARE(r.name, names.at(i));
            QCOMPARE(r.type, base.type);
            QCOMPARE(r.description, base.description);
            QCOMPARE(r.items, base.items);
            all += r.serverIds;
        }
        QCOMPARE(plan.requests.at(0).serverIds, QStringList{QStringLiteral("srv-0000")});
        QCOMPARE(plan.requests.at(2).serverIds.size(), 10);
        QCOMPARE(all, servers(40));
    }

    void theFixedListIsServersPerJob()
    {
        CreateJobRequest base;
        base.name = QStringLiteral("q");
        base.serverIds = servers(75);
        for (int perJob : {1, 7, 50}) {
            const SubmissionPlan a = planSubmission(base, perJob);
            const SubmissionPlan b = planSubmission(base, WavePlan::fixed(perJob));
            QCOMPARE(a.waveCount(), b.waveCount());
            for (qsizetype i = 0; i < a.requests.size(); ++i) {
                QCOMPARE(a.requests.at(i).serverIds, b.requests.at(i).serverIds);
                QCOMPARE(a.requests.at(i).name, b.requests.at(i).name);
            }
        }
        // One wave: the name is kept as it is.
        QCOMPARE(planSubmission(base, parsed(QStringLiteral("100%"))).requests.first().name, QStringLiteral("q-w01"));
        base.serverIds = servers(30);
        QCOMPARE(planSubmission(base, parsed(QStringLiteral("100%"))).requests.first().name, QStringLiteral("q"));
    }
};

QTEST_GUILESS_MAIN(WavePlanTest)
#include "tst_wave_plan.moc"
