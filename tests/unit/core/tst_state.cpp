// SPDX-License-Identifier: Apache-2.0
// The status-word table: every status of the three services' documents, the common
// synonyms, case and separator insensitivity; state keys, names and finality; and the
// timestamp parsers on their own.
#include "core/state.h"
#include "timestamp.h"

#include <QtTest>

using namespace liteops;

class StateTest : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data();
    void mapping();
    void keysRoundTrip();
    void displayNamesAreDistinct();
    void finalStates();
    void providerKeys();
    void isoTimestamps_data();
    void isoTimestamps();
    void epochDigits();
    void unknownTimeIsEmpty();
};

void StateTest::mapping_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("state");
    const auto row = [](const char *status, const char *state) {
        QTest::newRow(status) << QString::fromUtf8(status) << QString::fromUtf8(state);
    };
    // ModelArts jobs and tasks.
    row("ACTIVE", "running");
    row("PROCESSING", "running");
    row("FINISHED", "succeeded");
    row("DELETED", "deleted");
    row("SUCCESS", "succeeded");
    row("FAILED", "failed");
    row("SKIPPED", "skipped");
    // ServiceStage.
    row("SUBMITTED", "pending");
    row("SCHEDULED", "pending");
    row("RUNNING", "running");
    row("ROLLBACKING", "running");
    row("SUCCEEDED", "succeeded");
    row("ROLLBACKED", "failed");
    row("CANCELLED", "cancelled");
    row("PARTIALLY_FAILED", "partial");
    row("UNKNOWN", "unknown");
    // IEF.
    row("Successful", "succeeded");
    row("Failed", "failed");
    row("Running", "running");
    row("Pending", "pending");
    // Case and separators.
    row("partially-failed", "partial");
    row("Partially Failed", "partial");
    row("partially_failed", "partial");
    row("  running ", "running");
    row("in_progress", "running");
    row("Canceled", "cancelled");
    row("timed-out", "failed");
    row("completed", "succeeded");
    row("queued", "pending");
    // Unknown words stay unknown.
    row("", "unknown");
    row("PAUSED_BY_ADMIN", "unknown");
    row("FAILEDX", "unknown");
    row("成功", "unknown");
    row("A_VERY_LONG_STATUS_WORD_THAT_IS_NOT_ONE_OF_OURS", "unknown");
}

void StateTest::mapping()
{
    QFETCH(QString, status);
    QFETCH(QString, state);
    QCOMPARE(stateKey(stateFromStatus(QStringView(status))), state);
    // The UTF-8 overload (used by the decoders) agrees.
    const QByteArray utf8 = status.toUtf8();
    QCOMPARE(stateKey(stateFromStatus(std::string_view(utf8.constData(), size_t(utf8.size())))), state);
}

void StateTest::keysRoundTrip()
{
    for (int i = 0; i < kStateCount; ++i) {
        const State s = State(i);
        QCOMPARE(stateFromKey(QString(stateKey(s))), std::optional<State>(s));
        QCOMPARE(stateFromKey(QString(stateKey(s)).toUpper()), std::optional<State>(s));
    }
    QCOMPARE(stateFromKey(u"nope"), std::nullopt);
}

void StateTest::displayNamesAreDistinct()
{
    QSet<QString> names;
    for (int i = 0; i < kStateCount; ++i)
        names.insert(stateDisplayName(State(i)));
    QCOMPARE(names.size(), kStateCount);
    QCOMPARE(stateDisplayName(State::Partial), QStringLiteral("Partially failed"));
}

void StateTest::finalStates()
{
    QVERIFY(!isFinalState(State::Pending));
    QVERIFY(!isFinalState(State::Running));
    QVERIFY(!isFinalState(State::Unknown));
    for (State s : {State::Succeeded, State::Failed, State::Skipped, State::Cancelled, State::Partial, State::Deleted})
        QVERIFY(isFinalState(s));
}

void StateTest::providerKeys()
{
    for (Provider p : {Provider::ModelArts, Provider::ServiceStage, Provider::Ief})
        QCOMPARE(providerFromKey(QString(providerKey(p))), std::optional<Provider>(p));
    QCOMPARE(providerKey(Provider::Ief), QLatin1StringView("ief"));
    QCOMPARE(providerFromKey(u"aws"), std::nullopt);
}

void StateTest::isoTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: rejected
    QTest::newRow("Z") << "1970-01-01T00:00:00Z" << qint64(0);
    QTest::newRow("ms") << "2025-09-11T02:42:30.702Z" << qint64(1757558550702);
    QTest::newRow("lower t z") << "2025-09-11t02:42:30.702z" << qint64(1757558550702);
    QTest::newRow("6 digits") << "2025-09-11T02:42:30.702123Z" << qint64(1757558550702);
    QTest::newRow("offset") << "2025-09-11T04:42:30.702+02:00" << qint64(1757558550702);
    QTest::newRow("negative offset") << "2025-09-10T23:42:30.702-03:00" << qint64(1757558550702);
    QTest::newRow("no seconds") << "2025-09-11T02:42Z" << qint64(1757558520000);
    QTest::newRow("no zone is UTC") << "2025-09-11T02:42:30.702" << qint64(1757558550702);
    QTest::newRow("before 1970") << "1969-12-31T23:59:59.500Z" << qint64(-500);
    QTest::newRow("year 2100 not leap") << "2100-02-29T00:00:00Z" << qint64(-1);
    QTest::newRow("month 13") << "2025-13-01T00:00:00Z" << qint64(-1);
    QTest::newRow("hour 24") << "2025-01-01T24:00:00Z" << qint64(-1);
    QTest::newRow("date only") << "2025-01-01" << qint64(-1);
    QTest::newRow("trailing junk") << "2025-01-01T00:00:00Zjunk" << qint64(-1);
    QTest::newRow("bad offset") << "2025-01-01T00:00:00+5" << qint64(-1);
}

void StateTest::isoTimestamps()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const std::optional<qint64> parsed = parseIsoTimestampMs(QStringView(text));
    const QByteArray utf8 = text.toUtf8();
    const std::optional<qint64> parsed8 = parseIsoTimestampMs(std::string_view(utf8.constData(), size_t(utf8.size())));
    QCOMPARE(parsed, parsed8);
    if (ms == -1) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, ms);
    }
}

void StateTest::epochDigits()
{
    QCOMPARE(parseEpochDigits("1757558550702"), std::optional<qint64>(1757558550702));
    QCOMPARE(parseEpochDigits("-5"), std::optional<qint64>(-5));
    QCOMPARE(parseEpochDigits(""), std::nullopt);
    QCOMPARE(parseEpochDigits("12a"), std::nullopt);
    QCOMPARE(parseEpochDigits("1234567890123456789"), std::nullopt); // would overflow
}

void StateTest::unknownTimeIsEmpty()
{
    QVERIFY(!toUtcDateTime(kUnknownTime).isValid());
    QCOMPARE(formatIsoUtcMs(kUnknownTime), QString());
    QCOMPARE(formatIsoUtcMs(1757558550702), QStringLiteral("2025-09-11T02:42:30.702Z"));
    QCOMPARE(toUtcDateTime(0).timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(StateTest)
#include "tst_state.moc"
