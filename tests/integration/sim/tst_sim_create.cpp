// SPDX-License-Identifier: Apache-2.0
// Creating and deleting jobs: the lifecycle of a created job (PROCESSING -> tasks settle ->
// FINISHED with abnormal_count), every validation error the service answers, and deletes.
#include "sim_http.h"

#include "core/decode.h"
#include "core/encode.h"
#include "invalid_creates.h"

#include <QJsonArray>
#include <QHash>
#include <QSet>

using namespace simtest;
using liteops::sim::Simulator;

class SimCreateTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<Client> m_client;
    QStringList m_serverIds; // RUNNING servers
    QString m_stoppedServer;

    liteops::CreateJobRequest upgradeRequest(const QString &name, int servers) const
    {
        liteops::CreateJobRequest r;
        r.name = name;
        r.type = QStringLiteral("HDK_UPGRADE");
        r.description = QStringLiteral("integration test");
        r.serverIds = m_serverIds.mid(0, servers);
        r.items = {liteops::JobItem{QStringLiteral("HDK_UPGRADE"),
                                    {{QStringLiteral("version"), QStringLiteral("24.1.rc3.10")}}}};
        return r;
    }

    Answer post(const QByteArray &body)
    {
        return m_client->send("POST", m_client->url(QStringLiteral("/v1/%1/dev-servers/jobs")), body);
    }

    liteops::Job detail(const QString &id)
    {
        const Answer a = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs/") + id);
        const auto job = liteops::decodeJobDetail(a.body);
        return job.ok() ? job.value() : liteops::Job{};
    }

private slots:
    void initTestCase()
    {
        liteops::sim::SimOptions o = quietOptions();
        o.servers = 120;
        o.jobs = 10;
        o.taskDurationMs = 400;
        o.failureRate = 0.3;
        o.maxServersPerJob = 50;
        m_sim = std::make_unique<Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_client = std::make_unique<Client>(*m_sim);
        for (const liteops::Server &s : m_sim->servers()) {
            if (s.status == QLatin1String("RUNNING"))
                m_serverIds.append(s.id);
            else if (m_stoppedServer.isEmpty())
                m_stoppedServer = s.id;
        }
        QVERIFY(m_serverIds.size() >= 60);
        QVERIFY(!m_stoppedServer.isEmpty());
    }

    void createdJobRunsThenFinishes()
    {
        const QByteArray body = liteops::encodeCreateRequest(upgradeRequest(QStringLiteral("upgrade-wave-1"), 40));
        const Answer a = post(body);
        QCOMPARE(a.status, 200);
        const auto created = liteops::decodeCreateAnswer(a.body);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        const liteops::Job job = created.value();
        QCOMPARE(job.type, QStringLiteral("ASCEND_SOFTWARE_UPGRADE")); // HDK_UPGRADE in, the service's type out
        QCOMPARE(job.name, QStringLiteral("upgrade-wave-1"));
        QCOMPARE(job.status, QStringLiteral("PROCESSING"));
        QCOMPARE(job.tasks.size(), 40);
        for (const liteops::Task &t : job.tasks)
            QCOMPARE(t.status(), QStringLiteral("PROCESSING"));
        QCOMPARE(m_sim->receivedCreateBodies().last(), body);

        // Newest first in the list.
        const auto list = liteops::decodeJobListPage(m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs")).body);
        QVERIFY(list.ok());
        QCOMPARE(list.value().rows.first().id, job.id);

        QTRY_COMPARE_WITH_TIMEOUT(detail(job.id).status, QStringLiteral("FINISHED"), 10000);
        const liteops::Job done = detail(job.id);
        int failed = 0;
        for (const liteops::Task &t : done.tasks) {
            QVERIFY(t.status() == QLatin1String("SUCCESS") || t.status() == QLatin1String("FAILED"));
            failed += t.status() == QLatin1String("FAILED") ? 1 : 0;
            QVERIFY(t.updatedAtMs() >= t.createdAtMs());
            if (t.status() == QLatin1String("SUCCESS"))
                QCOMPARE(t.message().toString(), QStringLiteral("HDK upgraded to 24.1.rc3.10"));
        }
        QCOMPARE(done.abnormalCount, failed);
        QVERIFY2(failed > 0 && failed < 40, "failure-rate 0.3 over 40 tasks");
        // The truth snapshot agrees with what the API said.
        bool found = false;
        for (const liteops::Job &j : m_sim->jobs()) {
            if (j.id == done.id) {
                found = true;
                QCOMPARE(j.tasks, done.tasks);
                QCOMPARE(j.abnormalCount, failed);
            }
        }
        QVERIFY(found);
    }

    // An HDK_UPGRADE that succeeded sets the server's driver to the version its spec asked
    // for: a later HDK_QUERY reports it. A failed upgrade leaves the driver as it was, and so
    // does one on a server the test marked stale (its task still says it succeeded).
    void queryReportsTheDriverAnUpgradeLeft()
    {
        const QStringList servers = m_serverIds.mid(60, 20);
        const QString stale = servers.first();
        m_sim->setStaleDriverServers({stale});
        liteops::CreateJobRequest up = upgradeRequest(QStringLiteral("drivers-up"), 0);
        up.serverIds = servers;
        up.items.first().spec.insert(QStringLiteral("version"), QStringLiteral("24.1.RC9.1"));
        const auto created = liteops::decodeCreateAnswer(post(liteops::encodeCreateRequest(up)).body);
        QVERIFY(created.ok());
        QTRY_COMPARE_WITH_TIMEOUT(detail(created.value().id).status, QStringLiteral("FINISHED"), 10000);
        QSet<QString> upgraded;
        for (const liteops::Task &t : detail(created.value().id).tasks) {
            if (t.status() == QLatin1String("SUCCESS") && t.targetId() != stale)
                upgraded.insert(t.targetId().toString());
        }
        QVERIFY(!upgraded.isEmpty() && upgraded.size() < servers.size() - 1); // some failed

        liteops::CreateJobRequest query;
        query.name = QStringLiteral("drivers-after");
        query.type = QStringLiteral("HDK_QUERY");
        query.serverIds = servers;
        query.items = {liteops::JobItem{QStringLiteral("HDK_QUERY"), {}}};
        const auto asked = liteops::decodeCreateAnswer(post(liteops::encodeCreateRequest(query)).body);
        QVERIFY(asked.ok());
        QTRY_COMPARE_WITH_TIMEOUT(detail(asked.value().id).status, QStringLiteral("FINISHED"), 10000);
        int reported = 0;
        for (const liteops::Task &t : detail(asked.value().id).tasks) {
            if (t.status() != QLatin1String("SUCCESS"))
                continue;
            ++reported;
            const QString message = t.message().toString();
            QVERIFY2(message.startsWith(QStringLiteral("Driver: "))
                         && message.contains(QStringLiteral(" | Firmware: ")),
                     qPrintable(message));
            QCOMPARE(message.contains(QStringLiteral("Driver: 24.1.RC9.1 |")),
                     upgraded.contains(t.targetId().toString()));
        }
        QVERIFY(reported > 0);
        m_sim->setStaleDriverServers({});
    }

    // Flaky servers fail more than the rest, each always with its own one message; at
    // --failure-rate 0 nothing fails, flaky servers included.
    void flakyServersFailConsistently()
    {
        const QStringList flaky = m_sim->flakyServerIds();
        QVERIFY(!flaky.isEmpty());
        QHash<QString, QSet<QString>> messages;
        int failed = 0;
        for (int round = 0; round < 4; ++round) {
            liteops::CreateJobRequest r;
            r.name = QStringLiteral("flaky-%1").arg(round);
            r.type = QStringLiteral("COMMON");
            r.serverIds = flaky;
            r.items = {
                liteops::JobItem{QStringLiteral("COMMON"), {{QStringLiteral("command"), QStringLiteral("true")}}}};
            const auto created = liteops::decodeCreateAnswer(post(liteops::encodeCreateRequest(r)).body);
            QVERIFY(created.ok());
            QTRY_COMPARE_WITH_TIMEOUT(detail(created.value().id).status, QStringLiteral("FINISHED"), 10000);
            for (const liteops::Task &t : detail(created.value().id).tasks) {
                if (t.status() == QLatin1String("FAILED")) {
                    ++failed;
                    messages[t.targetId().toString()].insert(t.message().toString());
                }
            }
        }
        // 0.3 + 0.7 * 0.6 = 72% of 4 rounds on each flaky server, against 30% elsewhere.
        QVERIFY2(failed * 2 > flaky.size() * 4, qPrintable(QString::number(failed)));
        for (auto it = messages.cbegin(); it != messages.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(QStringList(it.value().values()).join(u'|')));
    }

    void failureRateZeroFailsNothing()
    {
        liteops::sim::SimOptions o = quietOptions();
        o.servers = 120;
        o.jobs = 0;
        o.taskDurationMs = 200;
        o.failureRate = 0;
        Simulator sim(o);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        Client client(sim);
        const QStringList flaky = sim.flakyServerIds();
        QVERIFY(!flaky.isEmpty());
        liteops::CreateJobRequest r = upgradeRequest(QStringLiteral("no-failures"), 0);
        r.serverIds = flaky + m_serverIds.mid(0, 50 - int(flaky.size()));
        r.serverIds.removeDuplicates();
        const Answer a = client.send("POST", client.url(QStringLiteral("/v1/%1/dev-servers/jobs")),
                                     liteops::encodeCreateRequest(r));
        const auto created = liteops::decodeCreateAnswer(a.body);
        QVERIFY(created.ok());
        const auto finished = [&] {
            const auto job = liteops::decodeJobDetail(
                client.get(QStringLiteral("/v1/%1/dev-servers/jobs/") + created.value().id).body);
            return job.ok() ? job.value() : liteops::Job{};
        };
        QTRY_COMPARE_WITH_TIMEOUT(finished().status, QStringLiteral("FINISHED"), 10000);
        for (const liteops::Task &t : finished().tasks)
            QCOMPARE(t.status(), QStringLiteral("SUCCESS"));
    }

    // PUT .../dev-servers/{id}/reboot|start|stop: the answer and the servers list show the
    // transitional status, then the final one; an action the status does not allow is 409,
    // an unknown server 404; gateway faults apply as to every API.
    void serverActionsMoveThroughStatuses()
    {
        const QString id = m_serverIds.at(90);
        const auto action = [this](const QString &server, const char *verb) {
            return m_client->send("PUT", m_client->url(QStringLiteral("/v1/%1/dev-servers/") + server + QLatin1Char('/')
                                                       + QLatin1String(verb)));
        };
        const auto listedStatus = [this, &id] {
            const auto page = liteops::decodeServersPage(
                m_client->get(QStringLiteral("/v1/%1/dev-servers"), QUrlQuery(QStringLiteral("limit=200"))).body);
            for (const liteops::Server &s : page.ok() ? page.value().rows : QList<liteops::Server>{}) {
                if (s.id == id)
                    return s.status;
            }
            return QString();
        };
        Answer a = action(id, "reboot");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"status").toString(), QStringLiteral("REBOOTING"));
        QCOMPARE(a.json().value(u"id").toString(), id);
        a = action(id, "stop"); // not while rebooting
        QCOMPARE(a.status, 409);
        QCOMPARE(a.errorCode(), QStringLiteral("ModelArts.6409"));
        QTRY_COMPARE_WITH_TIMEOUT(listedStatus(), QStringLiteral("RUNNING"), 5000);

        a = action(id, "start");
        QCOMPARE(a.status, 409);
        QVERIFY(a.json().value(u"error_msg").toString().contains(QStringLiteral("RUNNING")));
        QCOMPARE(action(id, "stop").json().value(u"status").toString(), QStringLiteral("STOPPING"));
        QTRY_COMPARE_WITH_TIMEOUT(listedStatus(), QStringLiteral("STOPPED"), 5000);
        // A stopped server's tasks are skipped.
        liteops::CreateJobRequest r = upgradeRequest(QStringLiteral("on-stopped"), 0);
        r.serverIds = {id};
        const auto created = liteops::decodeCreateAnswer(post(liteops::encodeCreateRequest(r)).body);
        QVERIFY(created.ok());
        QTRY_COMPARE_WITH_TIMEOUT(detail(created.value().id).status, QStringLiteral("FINISHED"), 10000);
        QCOMPARE(detail(created.value().id).tasks.first().status(), QStringLiteral("SKIPPED"));
        QCOMPARE(action(id, "start").json().value(u"status").toString(), QStringLiteral("STARTING"));
        QTRY_COMPARE_WITH_TIMEOUT(listedStatus(), QStringLiteral("RUNNING"), 5000);

        a = action(QStringLiteral("00000000-0000-4000-8000-000000000000"), "reboot");
        QCOMPARE(a.status, 404);
        QCOMPARE(a.errorCode(), QStringLiteral("ModelArts.6404"));
        QCOMPARE(m_client
                     ->send("GET",
                            m_client->url(QStringLiteral("/v1/%1/dev-servers/") + id + QStringLiteral("/reboot")))
                     .status,
                 405);
        QString error;
        QVERIFY2(m_sim->addFault(QStringLiteral("PUT /reboot$ throttle 1 count=1"), &error), qPrintable(error));
        a = action(id, "reboot");
        QCOMPARE(a.status, 429);
        QCOMPARE(a.errorCode(), QStringLiteral("APIGW.0308"));
        QCOMPARE(listedStatus(), QStringLiteral("RUNNING")); // the gateway refused it
    }

    void stoppedServersAreSkipped()
    {
        liteops::CreateJobRequest r = upgradeRequest(QStringLiteral("with-stopped"), 2);
        r.serverIds.append(m_stoppedServer);
        const auto created = liteops::decodeCreateAnswer(post(liteops::encodeCreateRequest(r)).body);
        QVERIFY(created.ok());
        QTRY_COMPARE_WITH_TIMEOUT(detail(created.value().id).status, QStringLiteral("FINISHED"), 10000);
        const liteops::Job done = detail(created.value().id);
        QCOMPARE(done.tasks.last().targetId().toString(), m_stoppedServer);
        QCOMPARE(done.tasks.last().status(), QStringLiteral("SKIPPED"));
    }

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        for (const InvalidCreate &c : invalidCreates())
            QTest::newRow(c.name) << c.body << QString::fromLatin1(c.code) << QString::fromLatin1(c.mentions);
    }
    void validationErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const int jobsBefore = int(m_sim->jobs().size());
        const Answer a = post(body);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.errorCode(), code);
        const QString message = a.json().value(u"error_msg").toString();
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QCOMPARE(int(m_sim->jobs().size()), jobsBefore); // nothing created
        const auto error = liteops::decodeErrorBody(a.body);
        QVERIFY(error.has_value());
        QCOMPARE(error->errorCode, code);
    }

    void tooManyServers()
    {
        const Answer a = post(liteops::encodeCreateRequest(upgradeRequest(QStringLiteral("too-big"), 51)));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.errorCode(), QStringLiteral("ModelArts.0105"));
        QVERIFY(a.json().value(u"error_msg").toString().contains(QLatin1String("50")));
        QCOMPARE(post(liteops::encodeCreateRequest(upgradeRequest(QStringLiteral("just-fits"), 50))).status, 200);
    }

    void deleteJobs()
    {
        const auto first = liteops::decodeCreateAnswer(
            post(liteops::encodeCreateRequest(upgradeRequest(QStringLiteral("to-delete-1"), 1))).body);
        const auto second = liteops::decodeCreateAnswer(
            post(liteops::encodeCreateRequest(upgradeRequest(QStringLiteral("to-delete-2"), 1))).body);
        QVERIFY(first.ok() && second.ok());
        const QUrl url = m_client->url(QStringLiteral("/v1/%1/dev-servers/jobs"));

        // All or nothing: one unknown id deletes nothing.
        const QByteArray mixed = deleteBody({first.value().id, QStringLiteral("no-such-job")});
        const Answer refused = m_client->send("DELETE", url, mixed);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("ModelArts.6405"));
        QCOMPARE(detail(first.value().id).status, QStringLiteral("PROCESSING"));

        const QByteArray both = deleteBody({first.value().id, second.value().id});
        const Answer a = m_client->send("DELETE", url, both);
        QCOMPARE(a.status, 200);
        const auto page = liteops::decodeDeleteAnswer(a.body);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
        QCOMPARE(page.value().total, 2);
        for (const liteops::Job &j : page.value().rows)
            QCOMPARE(j.status, QStringLiteral("DELETED"));
        QCOMPARE(detail(second.value().id).status, QStringLiteral("DELETED"));

        const Answer empty = m_client->send("DELETE", url, deleteBody({}));
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.errorCode(), QStringLiteral("ModelArts.0101"));
        const Answer wrongShape = m_client->send("DELETE", url, kDeleteWrongShape);
        QCOMPARE(wrongShape.status, 400);
        QCOMPARE(wrongShape.errorCode(), QStringLiteral("ModelArts.0104"));
    }

    void oversizedBodyIsRefused()
    {
        const Answer a = post(QByteArray(13 * 1024 * 1024, ' '));
        QCOMPARE(a.status, 413);
    }

    void wrongMethodIsRefused()
    {
        const Answer a = m_client->send("PUT", m_client->url(QStringLiteral("/v1/%1/dev-servers/jobs")), "{}");
        QCOMPARE(a.status, 405);
    }
};

QTEST_GUILESS_MAIN(SimCreateTest)
#include "tst_sim_create.moc"
