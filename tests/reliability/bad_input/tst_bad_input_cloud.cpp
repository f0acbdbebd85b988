// SPDX-License-Identifier: Apache-2.0
// Bad input at the cloud layer: every CloudClient call that takes an id reaching a URL (or
// a create request's fields reaching the body) is tried with every value of bad_values.h
// against the simulator over loopback.
//  * A value the field must refuse: the call finishes with a Client error (no HTTP status)
//    whose message names the field, and neither the simulator nor the client's request
//    signal saw a single request.
//  * A value that is a legal id (quotes, '%2F', '?', '#', emoji, ...): exactly one request
//    reached the simulator and the simulator's answer quotes the id exactly as given, i.e.
//    it was percent-encoded on the way and decoded intact (a '/' or '?' that slipped
//    through unencoded would have addressed another resource or cut the id).
#include "bad_values.h"
#include "sim_catalog.h"
#include "cloud_client.h"
#include "core/encode.h"
#include "profile_store.h"
#include "simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace liteops;
using namespace liteops::badinput;

namespace {
const QString kAk = QStringLiteral("AKBADINPUT");
const QString kSk = QStringLiteral("SKbad-input-secret-0001");
} // namespace

class BadInputCloudTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    QStringList m_servers; // two RUNNING server ids
    QString m_jobId;       // an existing ModelArts job
    QString m_iefJobId;    // an existing IEF job

    ClientConfig config() const
    {
        ClientConfig c;
        const QUrl base = m_sim->baseUrl();
        c.endpoints.modelArts = c.endpoints.serviceStage = c.endpoints.ief = c.endpoints.iam = base;
        c.projectId = m_sim->projectId();
        c.credentials.mode = Credentials::Mode::AkSk;
        c.credentials.accessKey = kAk;
        c.credentials.secretKey = kSk;
        c.timeoutMs = 10000;
        c.maxAttempts = 1; // a legal id is sent exactly once; nothing here should be retried
        return c;
    }

    static void addValueRows() { addBadValueRows(); }

    template <typename T>
    static Result<T> finish(CloudClient &client, Call<T> *call, int *requestsSeen)
    {
        QSignalSpy requests(&client, &CloudClient::requestFinished);
        std::unique_ptr<Call<T>> owner(call);
        call->setAutoDelete(false);
        if (!call->isFinished()) {
            QSignalSpy done(call, &CloudCall::finished);
            if (!done.wait(30000))
                return CloudError::make(CloudError::Kind::Cancelled, QStringLiteral("test: no finished() in time"));
        }
        *requestsSeen = int(requests.size());
        return call->result();
    }

    // The call must fail before any request, with a Client error naming `field`.
    template <typename T>
    void expectRefused(CloudClient &client, Call<T> *call, const QString &field)
    {
        const int simBefore = m_sim->requestCount();
        int clientRequests = -1;
        const Result<T> r = finish(client, call, &clientRequests);
        QVERIFY2(!r.ok(), "a bad value was accepted");
        const CloudError &e = r.error();
        QVERIFY2(e.kind == CloudError::Kind::Client,
                 qPrintable(QStringLiteral("kind %1: %2").arg(QString(CloudError::kindKey(e.kind)), e.message())));
        QCOMPARE(e.httpStatus, 0);
        QVERIFY2(e.errorMsg.contains(field, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("message does not name %1: %2").arg(field, e.errorMsg)));
        QVERIFY(!e.message().trimmed().isEmpty());
        QCOMPARE(clientRequests, 0);
        QCOMPARE(m_sim->requestCount(), simBefore);
    }

    // The call reaches the simulator once; its error answer quotes `value` as received.
    template <typename T>
    void expectSentIntact(CloudClient &client, Call<T> *call, const QString &value, int status)
    {
        const int simBefore = m_sim->requestCount();
        int clientRequests = -1;
        const Result<T> r = finish(client, call, &clientRequests);
        QVERIFY2(!r.ok(), "the simulator knows no such id; the call cannot succeed");
        const CloudError &e = r.error();
        QVERIFY2(e.httpStatus == status,
                 qPrintable(
                     QStringLiteral("status %1, expected %2: %3").arg(e.httpStatus).arg(status).arg(e.message())));
        QVERIFY2(e.errorMsg.contains(value),
                 qPrintable(QStringLiteral("the simulator did not receive the id intact: %1").arg(e.errorMsg)));
        QCOMPARE(clientRequests, 1);
        QCOMPARE(m_sim->requestCount(), simBefore + 1);
    }

    // A path id: refused unless legal, then sent intact (404 with the id in the message).
    template <typename T>
    void pathIdCase(Call<T> *(CloudClient::*start)(const QString &), const QString &field)
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        CloudClient client(config());
        Call<T> *call = (client.*start)(value);
        if (isLegalPathId(qPrintable(valueClass)))
            expectSentIntact(client, call, value, 404);
        else
            expectRefused(client, call, field);
    }

    // A job list with `query`: refused naming `field`, or sent and answered (no job matches).
    void listFilterCase(const JobQuery &query, bool legal, const QString &field)
    {
        CloudClient client(config());
        Call<QList<Job>> *call = client.listJobs(query);
        if (!legal) {
            expectRefused(client, call, field);
            return;
        }
        const int simBefore = m_sim->requestCount();
        int clientRequests = -1;
        const Result<QList<Job>> r = finish(client, call, &clientRequests);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        QVERIFY(clientRequests >= 1);
        QCOMPARE(m_sim->requestCount(), simBefore + clientRequests);
        if (!query.id.isEmpty() || !query.name.isEmpty() || !query.status.isEmpty())
            QVERIFY(r.value().isEmpty());
    }

    CreateJobRequest goodRequest(const QString &name) const
    {
        CreateJobRequest r;
        r.name = name;
        r.type = QStringLiteral("HDK_QUERY");
        r.serverIds = m_servers;
        r.items = {JobItem{QStringLiteral("HDK_QUERY"), {{QStringLiteral("k"), QStringLiteral("v")}}}};
        return r;
    }

    // A legal create: exactly one body reached the simulator and holds `check`'s field as sent.
    template <typename Check>
    void expectCreated(CloudClient &client, const CreateJobRequest &request, Check check)
    {
        const int simBefore = m_sim->requestCount();
        const qsizetype bodiesBefore = m_sim->receivedCreateBodies().size();
        int clientRequests = -1;
        const Result<Job> r = finish(client, client.createJob(request), &clientRequests);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        QCOMPARE(clientRequests, 1);
        QCOMPARE(m_sim->requestCount(), simBefore + 1);
        QCOMPARE(m_sim->receivedCreateBodies().size(), bodiesBefore + 1);
        const QJsonObject body = QJsonDocument::fromJson(m_sim->receivedCreateBodies().constLast()).object();
        check(body);
    }

    QStringList catalog(const QString &key) { return liteops::test::simCatalog(m_sim->baseUrl(), key); }

private slots:
    void initTestCase()
    {
        sim::SimOptions so;
        so.accessKey = kAk;
        so.secretKey = kSk;
        so.servers = 16;
        so.jobs = 4;
        so.taskDurationMs = 100;
        m_sim = std::make_unique<sim::Simulator>(so);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        for (const Server &s : m_sim->servers()) {
            if (s.status == QLatin1String("RUNNING") && m_servers.size() < 2)
                m_servers << s.id;
        }
        QCOMPARE(m_servers.size(), 2);
        QVERIFY(!m_sim->jobs().isEmpty());
        m_jobId = m_sim->jobs().constFirst().id;
        const QStringList ief = catalog(QStringLiteral("ief_jobs"));
        QVERIFY(!ief.isEmpty());
        m_iefJobId = ief.constFirst();
        QVERIFY(badValues().size() >= 28);
    }

    // --- ids in URL paths -----------------------------------------------------------------

    void modelArtsJobId_data() { addValueRows(); }
    void modelArtsJobId() { pathIdCase<Job>(&CloudClient::getJob, QStringLiteral("Job id")); }

    void templateId_data() { addValueRows(); }
    void templateId() { pathIdCase<Template>(&CloudClient::getTemplate, QStringLiteral("Template id")); }

    void serviceStageJobId_data() { addValueRows(); }
    void serviceStageJobId()
    {
        pathIdCase<Job>(&CloudClient::getServiceStageJob, QStringLiteral("ServiceStage job id"));
    }

    void iefJobId_data() { addValueRows(); }
    void iefJobId()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        CloudClient client(config());
        Call<Job> *call = client.getIefJob(value);
        if (isLegalPathId(qPrintable(valueClass)))
            expectSentIntact(client, call, value, 404);
        else
            expectRefused(client, call, QStringLiteral("IEF job id"));
    }

    // The project id is the second segment of every path, and the API allows only letters,
    // digits and '-' in it: every bad value is refused before anything is sent.
    void projectId_data() { addValueRows(); }
    void projectId()
    {
        QFETCH(QString, value);
        ClientConfig c = config();
        c.projectId = value;
        CloudClient client(c);
        expectRefused(client, client.getJob(m_jobId), QStringLiteral("project id"));
    }

    // --- job list filters (query string) ---------------------------------------------------

    // The id filter follows the id rules; empty means "no filter". A legal one is sent (it
    // matches no job: one page, no rows).
    void listIdFilter_data() { addValueRows(); }
    void listIdFilter()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        JobQuery q;
        q.id = value;
        listFilterCase(q, valueClass == QLatin1String("empty") || isLegalPathId(qPrintable(valueClass)),
                       QStringLiteral("Job id filter"));
    }

    // Name, type and status filters are free text of at most 256 characters.
    void listNameFilter_data() { addValueRows(); }
    void listNameFilter()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        JobQuery q;
        q.name = value;
        listFilterCase(q, isLegalFreeText(qPrintable(valueClass), 256), QStringLiteral("Job name filter"));
    }

    void listStatusFilter_data() { addValueRows(); }
    void listStatusFilter()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        JobQuery q;
        q.status = value;
        listFilterCase(q, isLegalFreeText(qPrintable(valueClass), 256), QStringLiteral("Job status filter"));
    }

    // --- ids that reach a header or a body --------------------------------------------------

    // The IEF instance id becomes the ief-instance-id header; empty means "none". It must
    // never carry a line break (header injection) or an unreadable character.
    void iefInstanceId_data() { addValueRows(); }
    void iefInstanceId()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        CloudClient client(config());
        Call<Job> *call = client.getIefJob(m_iefJobId, value);
        if (valueClass == QLatin1String("empty") || isLegalPathId(qPrintable(valueClass))) {
            const int simBefore = m_sim->requestCount();
            int clientRequests = -1;
            const Result<Job> r = finish(client, call, &clientRequests);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
            QCOMPARE(r.value().id, m_iefJobId);
            QCOMPARE(clientRequests, 1);
            QCOMPARE(m_sim->requestCount(), simBefore + 1);
        } else {
            expectRefused(client, call, QStringLiteral("IEF instance id"));
        }
    }

    // deleteJobs sends the ids in a body; a legal unknown id reaches the service, which
    // deletes nothing (and the existing job survives).
    void deleteJobIds_data() { addValueRows(); }
    void deleteJobIds()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        CloudClient client(config());
        Call<QList<Job>> *call = client.deleteJobs({value});
        if (isLegalPathId(qPrintable(valueClass))) {
            const int simBefore = m_sim->requestCount();
            int clientRequests = -1;
            const Result<QList<Job>> r = finish(client, call, &clientRequests);
            QVERIFY2(!r.ok(), "the simulator knows no such job");
            QVERIFY2(r.error().errorMsg.contains(value), qPrintable(r.error().errorMsg));
            QCOMPARE(clientRequests, 1);
            QCOMPARE(m_sim->requestCount(), simBefore + 1);
        } else {
            expectRefused(client, call, QStringLiteral("Job id"));
        }
    }

    // --- the create request ------------------------------------------------------------------

    // server_ids[] is the body's only id list. Refused: empty, blank, overlong, '/', control,
    // invisible direction controls, unpaired surrogates. Others reach the simulator, which
    // answers "Server does not exist: <id>" (nothing is created).
    void createServerId_data() { addValueRows(); }
    void createServerId()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        CloudClient client(config());
        CreateJobRequest r = goodRequest(QStringLiteral("bad-server-id"));
        r.serverIds = {value};
        const bool legal = isLegalPathId(qPrintable(valueClass)) || valueClass == QLatin1String("dot_dot")
                           || valueClass == QLatin1String("emoji_zwj");
        Call<Job> *call = client.createJob(r);
        if (legal)
            expectSentIntact(client, call, value, 400);
        else
            expectRefused(client, call, QStringLiteral("server_ids[0]"));
    }

    void createName_data() { addValueRows(); }
    void createName()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        CloudClient client(config());
        const CreateJobRequest r = goodRequest(value);
        if (isLegalJobName(qPrintable(valueClass)))
            expectCreated(client, r, [&](const QJsonObject &body) {
                QCOMPARE(body.value(QStringLiteral("name")).toString(), value);
            });
        else
            expectRefused(client, client.createJob(r), QStringLiteral("name"));
    }

    void createDescription_data() { addValueRows(); }
    void createDescription()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        CloudClient client(config());
        CreateJobRequest r = goodRequest(QStringLiteral("bad-description"));
        r.description = value;
        if (isLegalFreeText(qPrintable(valueClass), kMaxDescriptionLength))
            expectCreated(client, r, [&](const QJsonObject &body) {
                QCOMPARE(body.value(QStringLiteral("description")).toString(), value);
            });
        else
            expectRefused(client, client.createJob(r), QStringLiteral("description"));
    }

    void createSpecKey_data() { addValueRows(); }
    void createSpecKey()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        CloudClient client(config());
        CreateJobRequest r = goodRequest(QStringLiteral("bad-spec-key"));
        r.items.first().spec = {{value, QStringLiteral("1")}};
        if (!value.isEmpty() && isLegalFreeText(qPrintable(valueClass), kMaxSpecKeyLength))
            expectCreated(client, r, [&](const QJsonObject &body) {
                const QJsonObject spec = body.value(QStringLiteral("items"))
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(QStringLiteral("spec"))
                                             .toObject();
                QCOMPARE(spec.keys(), QStringList{value});
            });
        else
            expectRefused(client, client.createJob(r), QStringLiteral("items[0].spec"));
    }

    void createSpecValue_data() { addValueRows(); }
    void createSpecValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        CloudClient client(config());
        CreateJobRequest r = goodRequest(QStringLiteral("bad-spec-value"));
        r.items.first().spec = {{QStringLiteral("k"), value}};
        if (isLegalFreeText(qPrintable(valueClass), kMaxSpecValueLength))
            expectCreated(client, r, [&](const QJsonObject &body) {
                const QJsonObject spec = body.value(QStringLiteral("items"))
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(QStringLiteral("spec"))
                                             .toObject();
                QCOMPARE(spec.value(QStringLiteral("k")).toString(), value);
            });
        else
            expectRefused(client, client.createJob(r), QStringLiteral("items[0].spec"));
    }

    // --- endpoint pieces ---------------------------------------------------------------------

    // The region becomes part of every host name. None of the values is a region id: the
    // endpoints stay empty and the call says so (naming the region) before any request.
    void region_data() { addValueRows(); }
    void region()
    {
        QFETCH(QString, value);
        QVERIFY(!isValidRegion(value));
        Profile p;
        p.name = QStringLiteral("bad-region");
        p.region = value;
        p.projectId = m_sim->projectId();
        Credentials secrets;
        secrets.accessKey = kAk;
        secrets.secretKey = kSk;
        CloudClient client(p.toClientConfig(secrets));
        QVERIFY(!client.configProblem().isEmpty());
        expectRefused(client, client.listServers(), QStringLiteral("region"));
    }
};

QTEST_GUILESS_MAIN(BadInputCloudTest)
#include "tst_bad_input_cloud.moc"
