// SPDX-License-Identifier: Apache-2.0
// Every CloudClient call against the simulator over loopback, compared with the simulator's
// own truth; paging beyond one page; ids refused before anything is sent.
#include "decode_async.h"
#include "sim_fixture.h"
#include "signing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

using namespace liteops;
using namespace liteops::test;

class CallsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;

    static QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &name)
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    static QList<QByteArray> signedHeaderNames(const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        signing::ParsedAuthorization parsed;
        if (!signing::parseAuthorization(headerValue(headers, "Authorization"), &parsed))
            return {};
        return parsed.signedHeaders;
    }

    QSet<QString> simJobIds() const
    {
        QSet<QString> ids;
        for (const Job &job : m_sim->jobs())
            ids.insert(job.id);
        return ids;
    }

private slots:
    void initTestCase()
    {
        sim::SimOptions o;
        o.servers = 1200;
        o.jobs = 45;
        o.taskDurationMs = 200;
        o.failureRate = 0.0;
        m_sim = startSimulator(o);
    }

    void listJobsReturnsEveryJobAcrossPages()
    {
        ClientConfig c = configFor(*m_sim);
        c.pageSize = 7; // 45 jobs: 7 pages, several in flight
        CloudClient client(c);
        auto *call = client.listJobs();
        QSignalSpy progress(call, &CloudCall::progress);
        const int before = m_sim->requestCount();
        const auto result = finish(call);
        VERIFY_OK(result);
        QSet<QString> ids;
        for (const Job &job : result.value())
            ids.insert(job.id);
        QCOMPARE(int(ids.size()), int(result.value().size())); // no duplicates
        QCOMPARE(ids, simJobIds());
        QCOMPARE(m_sim->requestCount() - before, 7);
        QVERIFY(progress.size() >= 7);
        QCOMPARE(progress.constLast().at(0).toInt(), 7);
        QCOMPARE(progress.constLast().at(1).toInt(), 7);
        QCOMPARE(client.pendingCallCount(), 0);
    }

    void listJobsWithDefaultPageSize()
    {
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.listJobs());
        VERIFY_OK(result);
        QCOMPARE(int(result.value().size()), int(simJobIds().size()));
    }

    void listJobsMaxRowsStopsEarly()
    {
        CloudClient client(configFor(*m_sim));
        JobQuery one;
        one.maxRows = 1;
        const int before = m_sim->requestCount();
        const auto result = finish(client.listJobs(one));
        VERIFY_OK(result);
        QCOMPARE(result.value().size(), 1);
        QCOMPARE(m_sim->requestCount() - before, 1);

        ClientConfig c = configFor(*m_sim);
        c.pageSize = 10;
        CloudClient paged(c);
        JobQuery some;
        some.maxRows = 25;
        const int start = m_sim->requestCount();
        const auto three = finish(paged.listJobs(some));
        VERIFY_OK(three);
        QCOMPARE(three.value().size(), 25);
        QCOMPARE(m_sim->requestCount() - start, 3);
    }

    void listJobsFilters()
    {
        const QList<Job> truth = m_sim->jobs();
        QVERIFY(!truth.isEmpty());
        const Job &sample = truth.constFirst();
        CloudClient client(configFor(*m_sim));
        JobQuery byName;
        byName.name = sample.name;
        const auto named = finish(client.listJobs(byName));
        VERIFY_OK(named);
        QVERIFY(!named.value().isEmpty());
        for (const Job &job : named.value())
            QCOMPARE(job.name, sample.name);

        JobQuery byStatus;
        byStatus.status = QStringLiteral("FINISHED");
        const auto finished = finish(client.listJobs(byStatus));
        VERIFY_OK(finished);
        int expected = 0;
        for (const Job &job : truth)
            expected += job.status == QLatin1String("FINISHED");
        QCOMPARE(int(finished.value().size()), expected);
    }

    void getJobHasItsTasks()
    {
        const Job truth = m_sim->jobs().constFirst();
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.getJob(truth.id));
        VERIFY_OK(result);
        QCOMPARE(result.value().id, truth.id);
        QCOMPARE(result.value().name, truth.name);
        QCOMPARE(result.value().tasks.size(), truth.tasks.size());
    }

    void getMissingJobIsNotFound()
    {
        CloudClient client(configFor(*m_sim));
        const auto result = finish(client.getJob(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::NotFound);
        QCOMPARE(result.error().httpStatus, 404);
        QVERIFY(!result.error().errorCode.isEmpty());
        QVERIFY(!result.error().requestId.isEmpty());
    }

    void createWaitDeleteLifecycle()
    {
        CloudClient client(configFor(*m_sim));
        const auto servers = finish(client.listServers());
        VERIFY_OK(servers);
        CreateJobRequest request;
        request.name = QStringLiteral("integration-create");
        request.type = QStringLiteral("HDK_QUERY");
        request.serverIds = {servers.value().at(0).id, servers.value().at(1).id};
        request.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
        const int bodiesBefore = int(m_sim->receivedCreateBodies().size());
        const auto created = finish(client.createJob(request));
        VERIFY_OK(created);
        QVERIFY(!created.value().id.isEmpty());
        QCOMPARE(int(m_sim->receivedCreateBodies().size()), bodiesBefore + 1);

        // Its tasks settle (task duration 200 ms): poll with QTRY, never a fixed sleep.
        const QString id = created.value().id;
        Job latest;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const auto r = finish(client.getJob(id));
                                     if (r.ok())
                                         latest = r.value();
                                     return r.ok() && isFinalState(latest.state);
                                 }()),
                                 15000);
        QCOMPARE(latest.tasks.size(), 2);

        const auto deleted = finish(client.deleteJobs({id}));
        VERIFY_OK(deleted);
        QCOMPARE(deleted.value().size(), 1);
        QCOMPARE(deleted.value().constFirst().id, id);
    }

    void invalidCreateIsRefusedLocally()
    {
        CloudClient client(configFor(*m_sim));
        CreateJobRequest request;
        request.name = QStringLiteral("bad name with spaces");
        request.type = QStringLiteral("HDK_QUERY");
        const int before = m_sim->requestCount();
        const auto result = finish(client.createJob(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, CloudError::Kind::Client);
        QCOMPARE(result.error().httpStatus, 0);
        QVERIFY(result.error().errorMsg.contains(QStringLiteral("name")));
        QCOMPARE(m_sim->requestCount(), before);
    }

    void serviceRejectsUnknownServers()
    {
        CloudClient client(configFor(*m_sim));
        CreateJobRequest request;
        request.name = QStringLiteral("unknown-servers");
        request.type = QStringLiteral("HDK_QUERY");
        request.serverIds = {QStringLiteral("no-such-server")};
        request.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
        const auto result = finish(client.createJob(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 400);
        QCOMPARE(result.error().kind, CloudError::Kind::Client);
        QVERIFY(result.error().errorCode.startsWith(QStringLiteral("ModelArts.")));
    }

    void templatesListAndDetail()
    {
        CloudClient client(configFor(*m_sim));
        const auto list = finish(client.listTemplates());
        VERIFY_OK(list);
        QVERIFY(list.value().size() >= 3);
        const Template first = list.value().constFirst();
        const auto detail = finish(client.getTemplate(first.id));
        VERIFY_OK(detail);
        QCOMPARE(detail.value().id, first.id);
        QCOMPARE(detail.value().name, first.name);
    }

    void serversAcrossPages()
    {
        ClientConfig c = configFor(*m_sim);
        c.pageSize = 100; // 1200 servers: 12 pages, 6 in flight
        CloudClient client(c);
        const auto result = finish(client.listServers());
        VERIFY_OK(result);
        QCOMPARE(result.value().size(), m_sim->servers().size());
        QSet<QString> ids;
        for (const Server &s : result.value())
            ids.insert(s.id);
        QCOMPARE(int(ids.size()), 1200);
        // Order kept: the simulator's order (createTime ascending).
        QCOMPARE(result.value().constFirst().id, m_sim->servers().constFirst().id);
    }

    void bigAnswersAreDecodedOffThreadAndDeliveredHere()
    {
        CloudClient client(configFor(*m_sim)); // pages of 500 servers: well over 64 KiB each
        const int before = offThreadDecodeCount().load();
        auto *call = client.listServers();
        QThread *deliveredOn = nullptr;
        int rows = 0;
        call->then(this, [&](const Result<QList<Server>> &r) {
            deliveredOn = QThread::currentThread();
            rows = r.ok() ? int(r.value().size()) : -1;
        });
        QTRY_COMPARE(rows, 1200);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(offThreadDecodeCount().load() >= before + 3);
    }

    void serviceStageJobWithEveryTaskPage()
    {
        CloudClient probe(configFor(*m_sim));
        const QStringList ids = catalog(QStringLiteral("servicestage_jobs"));
        QVERIFY(!ids.isEmpty());
        ClientConfig c = configFor(*m_sim);
        c.pageSize = 2; // a job of several steps needs several task pages
        CloudClient client(c);
        for (const QString &id : ids) {
            const auto paged = finish(client.getServiceStageJob(id));
            VERIFY_OK(paged);
            QCOMPARE(paged.value().id, id);
            QCOMPARE(paged.value().provider, Provider::ServiceStage);
            QCOMPARE(paged.value().tasks.size(), paged.value().reportedTotal);
            const auto whole = finish(probe.getServiceStageJob(id));
            VERIFY_OK(whole);
            QCOMPARE(paged.value().tasks, whole.value().tasks);
        }
    }

    void iefJobWithAndWithoutInstance()
    {
        CloudClient client(configFor(*m_sim));
        const QStringList ids = catalog(QStringLiteral("ief_jobs"));
        QVERIFY(!ids.isEmpty());
        const auto plain = finish(client.getIefJob(ids.constFirst()));
        VERIFY_OK(plain);
        QCOMPARE(plain.value().provider, Provider::Ief);
        QVERIFY(!plain.value().tasks.isEmpty());
        const auto withInstance = finish(client.getIefJob(ids.constFirst(), QStringLiteral("ief-instance-1")));
        VERIFY_OK(withInstance);
        QCOMPARE(withInstance.value().id, ids.constFirst());
        // The header is sent and covered by the signature, as the Python SDK signs it.
        const auto headers = m_sim->lastRequestHeaders();
        QCOMPARE(headerValue(headers, "ief-instance-id"), QByteArray("ief-instance-1"));
        QVERIFY(signedHeaderNames(headers).contains("ief-instance-id"));
    }

    // The SDKs' region table offers no IEF in ap-southeast-3: the call says so before
    // anything is sent, and an override still reaches the service.
    void serviceNotOfferedInTheRegion()
    {
        ClientConfig c = configFor(*m_sim);
        c.endpoints.ief = Endpoints::forRegion(QStringLiteral("ap-southeast-3")).ief;
        QVERIFY(c.endpoints.ief.isEmpty());
        CloudClient client(c);
        const int before = m_sim->requestCount();
        const auto refused = finish(client.getIefJob(catalog(QStringLiteral("ief_jobs")).constFirst()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, CloudError::Kind::Client);
        QVERIFY2(refused.error().errorMsg.contains(QLatin1String("No IEF endpoint")),
                 qPrintable(refused.error().errorMsg));
        QCOMPARE(m_sim->requestCount(), before);
    }

    // Every call, GETs included, carries Content-Type: application/json and signs it, as
    // every official SDK does (ServiceStage and IEF refuse a call without it). A create and
    // a delete say charset=UTF-8 like the SDK models.
    void everyRequestCarriesASignedContentType()
    {
        CloudClient client(configFor(*m_sim));
        const auto check = [this](const QByteArray &expected) {
            const auto headers = m_sim->lastRequestHeaders();
            QCOMPARE(headerValue(headers, "Content-Type"), expected);
            QVERIFY(signedHeaderNames(headers).contains("content-type"));
        };
        VERIFY_OK(finish(client.getJob(m_sim->jobs().constFirst().id)));
        check("application/json");
        VERIFY_OK(finish(client.listServers()));
        check("application/json");
        VERIFY_OK(finish(client.getServiceStageJob(catalog(QStringLiteral("servicestage_jobs")).constFirst())));
        check("application/json");
        VERIFY_OK(finish(client.getIefJob(catalog(QStringLiteral("ief_jobs")).constFirst())));
        check("application/json");
        const auto refused = finish(client.deleteJobs({QStringLiteral("no-such-job")}));
        Q_UNUSED(refused);
        check("application/json;charset=UTF-8");
    }

    void badIdsNeverReachTheNetwork_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("dot-dot") << QStringLiteral("..");
        QTest::newRow("control") << QStringLiteral("a\rb");
        QTest::newRow("overlong") << QString(65, QLatin1Char('a'));
    }

    void badIdsNeverReachTheNetwork()
    {
        QFETCH(QString, id);
        CloudClient client(configFor(*m_sim));
        const int before = m_sim->requestCount();
        const std::function<Call<Job> *()> calls[] = {
            [&] { return client.getJob(id); },
            [&] { return client.getServiceStageJob(id); },
            [&] { return client.getIefJob(id); },
            [&] { return client.getIefJob(QStringLiteral("ok"), QStringLiteral("bad/instance")); },
        };
        for (const auto &makeCall : calls) {
            const auto result = finish(makeCall());
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, CloudError::Kind::Client);
        }
        const auto deleted = finish(client.deleteJobs({QStringLiteral("fine"), id}));
        QCOMPARE(deleted.error().kind, CloudError::Kind::Client);
        const auto tmpl = finish(client.getTemplate(id));
        QCOMPARE(tmpl.error().kind, CloudError::Kind::Client);
        QCOMPARE(m_sim->requestCount(), before);
    }

    void finishedIsNeverEmittedBeforeTheCallerConnects()
    {
        CloudClient client(configFor(*m_sim));
        auto *call = client.getJob(QStringLiteral("a/b")); // fails without any I/O
        QVERIFY(!call->isFinished());
        const auto result = finish(call);
        QCOMPARE(result.error().kind, CloudError::Kind::Client);
    }

    void missingCredentialsAreAnAuthErrorBeforeSending()
    {
        ClientConfig c = configFor(*m_sim);
        c.credentials.secretKey.clear();
        CloudClient client(c);
        QVERIFY(!client.configProblem().isEmpty());
        const int before = m_sim->requestCount();
        const auto result = finish(client.listJobs());
        QCOMPARE(result.error().kind, CloudError::Kind::Auth);
        QCOMPARE(m_sim->requestCount(), before);
    }

private:
    QStringList catalog(const QString &key)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(
            QNetworkRequest(m_sim->baseUrl().resolved(QUrl(QStringLiteral("/_sim/catalog")))));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(5000);
        const QJsonArray ids = QJsonDocument::fromJson(reply->readAll()).object().value(key).toArray();
        reply->deleteLater();
        QStringList out;
        for (const QJsonValue &v : ids)
            out << v.toString();
        return out;
    }
};

QTEST_GUILESS_MAIN(CallsTest)
#include "tst_calls.moc"
