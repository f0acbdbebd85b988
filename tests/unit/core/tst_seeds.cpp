// SPDX-License-Identifier: Apache-2.0
// Every example body of the five API documents (tests/data/seeds) decodes to the values the
// document shows. The expectations live in tests/data/core/seed_expectations.json, one row
// per fact, so a failure names the document and the field.
#include "facts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace liteops;
using namespace liteops::test;

class SeedsTest : public QObject
{
    Q_OBJECT

private slots:
    void everySeedHasExpectations();
    void seedFacts_data();
    void seedFacts();
    void iefTaskDataKeptAsText();

private:
    static QJsonArray cases();
};

QJsonArray SeedsTest::cases()
{
    const QJsonDocument doc = QJsonDocument::fromJson(readTestData(QStringLiteral("core/seed_expectations.json")));
    return doc.object().value(QLatin1StringView("cases")).toArray();
}

void SeedsTest::everySeedHasExpectations()
{
    QDir dir(QStringLiteral(LITEOPS_TEST_DATA_DIR "/seeds"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), 6);
    QSet<QString> covered;
    for (const QJsonValue &c : cases())
        covered.insert(c.toObject().value(QLatin1StringView("file")).toString());
    for (const QString &f : files)
        QVERIFY2(covered.contains(QStringLiteral("seeds/") + f), qPrintable(f));
}

void SeedsTest::seedFacts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    const QJsonArray all = cases();
    QVERIFY(!all.isEmpty());
    for (const QJsonValue &v : all) {
        const QJsonObject c = v.toObject();
        const QString file = c.value(QLatin1StringView("file")).toString();
        const QString decoder = c.value(QLatin1StringView("decoder")).toString();
        const QJsonObject facts = c.value(QLatin1StringView("facts")).toObject();
        for (auto it = facts.begin(); it != facts.end(); ++it) {
            QTest::newRow(qPrintable(file + QLatin1Char(' ') + it.key()))
                << file << decoder << it.key() << it.value().toString();
        }
    }
}

void SeedsTest::seedFacts()
{
    QFETCH(QString, file);
    QFETCH(QString, decoder);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QByteArray json = readTestData(file);
    QVERIFY2(!json.isEmpty(), qPrintable(file));
    const Facts facts = decodeToFacts(decoder, json);
    QVERIFY2(!facts.contains(QStringLiteral("error")), qPrintable(facts.value(QStringLiteral("error"))));
    QVERIFY2(facts.contains(key), qPrintable(QStringLiteral("no fact ") + key));
    QCOMPARE(facts.value(key), expected);
}

void SeedsTest::iefTaskDataKeptAsText()
{
    const Decoded<Job> job = decodeIefJob(readTestData(QStringLiteral("seeds/ief-batch-job-get.json")));
    QVERIFY(job.ok());
    const QString taskData = job.value().extras.value(QStringLiteral("task_data")).toString();
    // A JSON document inside a string: kept verbatim for display, and still valid JSON.
    QVERIFY(taskData.startsWith(QLatin1StringView("{\"deployment\":{\"replicas\":1")));
    QVERIFY(QJsonDocument::fromJson(taskData.toUtf8()).isObject());
}

QTEST_GUILESS_MAIN(SeedsTest)
#include "tst_seeds.moc"
