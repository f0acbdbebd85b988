// SPDX-License-Identifier: Apache-2.0
// Backoff with full jitter, Retry-After in both forms, and the per-client retry budget.
#include "retry_policy.h"

#include <QTest>
#include <QTimeZone>

using namespace liteops;

class RetryPolicyTest : public QObject
{
    Q_OBJECT

private slots:
    void retryableStatuses()
    {
        for (int s : {429, 502, 503, 504})
            QVERIFY2(isRetryableStatus(s), qPrintable(QString::number(s)));
        for (int s : {200, 400, 401, 403, 404, 500, 501})
            QVERIFY2(!isRetryableStatus(s), qPrintable(QString::number(s)));
    }

    void backoffGrowsAndIsCapped()
    {
        // The ceiling doubles per retry: random 1.0 (just under) shows it.
        QCOMPARE(backoffDelayMs(0, 500, 60000, 0.999999), 499);
        QCOMPARE(backoffDelayMs(1, 500, 60000, 0.999999), 999);
        QCOMPARE(backoffDelayMs(2, 500, 60000, 0.999999), 1999);
        QCOMPARE(backoffDelayMs(20, 500, 60000, 0.999999), 59999);
        // Full jitter: anything from zero up.
        QCOMPARE(backoffDelayMs(3, 500, 60000, 0.0), 0);
        QCOMPARE(backoffDelayMs(3, 500, 60000, 0.5), 2000);
        // Huge retry indexes neither overflow nor go negative.
        QCOMPARE(backoffDelayMs(100000, 500, 60000, 0.5), 30000);
    }

    void retryAfterWinsOverJitter()
    {
        QCOMPARE(retryDelayMs(0, 3, 500, 60000, 0.0), 3000);
        QCOMPARE(retryDelayMs(0, 0, 500, 60000, 0.9), 0);
        QCOMPARE(retryDelayMs(0, 60, 500, 60000, 0.9), 60000);
        QCOMPARE(retryDelayMs(0, 60, 500, 2000, 0.9), 2000); // the client's own cap applies
        QCOMPARE(retryDelayMs(1, -1, 500, 60000, 0.5), 500); // none given: backoff
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QByteArray("5") << 5;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("spaces") << QByteArray("  7 ") << 7;
        QTest::newRow("capped") << QByteArray("3600") << 60;
        QTest::newRow("huge") << QByteArray("99999999999999999999") << 60;
        QTest::newRow("imf-date") << QByteArray("Thu, 11 Sep 2025 02:42:40 GMT") << 10;
        QTest::newRow("imf-date-far") << QByteArray("Thu, 11 Sep 2025 03:42:30 GMT") << 60;
        QTest::newRow("past-date") << QByteArray("Thu, 11 Sep 2025 02:00:00 GMT") << 0;
        QTest::newRow("rfc850") << QByteArray("Thursday, 11-Sep-25 02:42:45 GMT") << 15;
        QTest::newRow("asctime") << QByteArray("Thu Sep 11 02:42:50 2025") << 20;
        QTest::newRow("empty") << QByteArray("") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2025, 9, 11), QTime(2, 42, 30), Qt::UTC);
        QCOMPARE(liteops::parseRetryAfter(value, now), seconds);
    }

    void budgetStopsRetriesAndRefills()
    {
        RetryBudget budget(3, 1000);
        QVERIFY(budget.tryConsume());
        QVERIFY(budget.tryConsume());
        QVERIFY(budget.tryConsume());
        QVERIFY(!budget.tryConsume()); // a dead endpoint is not hammered
        budget.recordSuccess();        // a success earns one back
        QVERIFY(budget.tryConsume());
        QVERIFY(!budget.tryConsume());
        budget.advanceClock(2500); // time earns two more, never above capacity
        QCOMPARE(budget.available(), 2);
        budget.advanceClock(100000);
        QCOMPARE(budget.available(), 3);
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "tst_retry_policy.moc"
