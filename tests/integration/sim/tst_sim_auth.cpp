// SPDX-License-Identifier: Apache-2.0
// The gateway's authentication: SDK-HMAC-SHA256 signatures accepted and refused (bad
// signature, changed body, unknown key, stale date), tokens given on the command line, and
// the IAM password -> token flow.
#include "invalid_creates.h"
#include "sim_http.h"

#include <QJsonArray>

using namespace simtest;
using liteops::sim::Simulator;

namespace {
const QByteArray kAk = "SIMTESTAK0000000001";
const QByteArray kSk = "sim-test-secret-ü-key";
const QByteArray kToken = "given-token-0123456789";
} // namespace

class SimAuthTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<Client> m_client;

    Answer signedSend(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                      const QDateTime &when = QDateTime::currentDateTimeUtc())
    {
        return m_client->send(method, url, body, Client::signedHeaders(method, url, body, kAk, kSk, when));
    }
    QUrl jobsUrl(const QUrlQuery &query = {}) const
    {
        return m_client->url(QStringLiteral("/v1/%1/dev-servers/jobs"), query);
    }

private slots:
    void initTestCase()
    {
        liteops::sim::SimOptions o;
        o.accessKey = QString::fromUtf8(kAk);
        o.secretKey = QString::fromUtf8(kSk);
        o.token = QString::fromUtf8(kToken);
        o.iamUser = QStringLiteral("ops-admin");
        o.iamPassword = QStringLiteral("s3cret pass");
        o.iamDomain = QStringLiteral("ops-domain");
        o.jobs = 12;
        m_sim = std::make_unique<Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_client = std::make_unique<Client>(*m_sim);
    }

    void unsignedIsRefused()
    {
        const Answer a = m_client->send("GET", jobsUrl());
        QCOMPARE(a.status, 401);
        QCOMPARE(a.errorCode(), QStringLiteral("APIGW.0301"));
        QVERIFY(!a.header("X-Request-Id").isEmpty());
    }

    // A server action is checked like every call: unsigned, nothing happens.
    void serverActionNeedsASignature()
    {
        const QString id = m_sim->servers().first().id; // RUNNING
        const QUrl url = m_client->url(QStringLiteral("/v1/%1/dev-servers/") + id + QStringLiteral("/stop"));
        Answer a = m_client->send("PUT", url);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.errorCode(), QStringLiteral("APIGW.0301"));
        QCOMPARE(m_sim->servers().first().status, QStringLiteral("RUNNING"));
        a = signedSend("PUT", url);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"status").toString(), QStringLiteral("STOPPING"));
    }

    void signedRequestsPass_data()
    {
        QTest::addColumn<QUrlQuery>("query");
        QTest::newRow("no query") << QUrlQuery();
        QTest::newRow("paging") << QUrlQuery{{QStringLiteral("offset"), QStringLiteral("0")},
                                             {QStringLiteral("limit"), QStringLiteral("5")}};
        QTest::newRow("space and utf-8") << QUrlQuery{{QStringLiteral("name"), QStringLiteral("升级 任务")},
                                                      {QStringLiteral("type"), QStringLiteral("a b")}};
        QTest::newRow("reserved characters") << QUrlQuery{{QStringLiteral("name"), QStringLiteral("a/b*c(d)!~")}};
        QTest::newRow("repeated names") << QUrlQuery{{QStringLiteral("status"), QStringLiteral("b")},
                                                     {QStringLiteral("status"), QStringLiteral("a")}};
    }
    void signedRequestsPass()
    {
        QFETCH(QUrlQuery, query);
        const Answer a = signedSend("GET", jobsUrl(query));
        QVERIFY2(a.status == 200, a.body.constData());
    }

    // Like the gateway (and the SDKs' HTTP libraries), a literal '+' in the query means a space:
    // a client must send a plus sign as %2B. QUrlQuery leaves '+' as it is, so this matters.
    void plusSignMustBeEncoded()
    {
        QUrl url = jobsUrl();
        url.setQuery(QStringLiteral("name=a%2Bb%20c"), QUrl::StrictMode);
        const QUrlQuery meant{{QStringLiteral("name"), QStringLiteral("a+b c")}};
        QUrl signedAs = jobsUrl(meant);
        QCOMPARE(m_client->send("GET", url, {}, Client::signedHeaders("GET", signedAs, {}, kAk, kSk)).status, 200);
        QVERIFY(signedAs.query(QUrl::FullyEncoded).contains(QLatin1Char('+')));
        QCOMPARE(m_client->send("GET", signedAs, {}, Client::signedHeaders("GET", signedAs, {}, kAk, kSk)).status, 401);
    }

    void signedPathWithEncodedSegment()
    {
        // Auth passes; the job simply does not exist.
        QUrl url = m_client->url(QStringLiteral("/v1/%1/dev-servers/jobs/"));
        url.setPath(url.path() + QStringLiteral("job id 任务"));
        const Answer a = signedSend("GET", url);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.errorCode(), QStringLiteral("ModelArts.6405"));
    }

    void signedCreatePasses()
    {
        const QString server = m_sim->servers().first().id;
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("signed-create")},
                                      {QStringLiteral("type"), QStringLiteral("HDK_QUERY")},
                                      {QStringLiteral("server_ids"), QJsonArray{server}},
                                      {QStringLiteral("items"),
                                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("HDK_QUERY")}}}}})
                .toJson(QJsonDocument::Compact);
        const Answer a = signedSend("POST", jobsUrl(), body);
        QVERIFY2(a.status == 200, a.body.constData());
    }

    // The SDKs may sign X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD instead of the body's hash.
    void unsignedPayloadHeader()
    {
        namespace sg = liteops::signing;
        const QUrl url = jobsUrl();
        const QByteArray date = sg::formatSdkDate(QDateTime::currentDateTimeUtc());
        const QList<std::pair<QByteArray, QByteArray>> headers{{"Host", url.host().toUtf8() + ':'
                                                                            + QByteArray::number(url.port())},
                                                               {"X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"},
                                                               {"X-Sdk-Date", date}};
        const QByteArray canonical = sg::canonicalRequest("DELETE", sg::canonicalUri(url.path().toUtf8()), "", headers,
                                                          {}, "UNSIGNED-PAYLOAD");
        const QByteArray auth = sg::authorizationHeader(kAk, sg::signedHeaders(headers),
                                                        sg::signature(kSk, sg::stringToSign(canonical, date)));
        QList<std::pair<QByteArray, QByteArray>> sent = headers;
        sent.append({"Authorization", auth});
        const Answer a = m_client->send("DELETE", url, deleteBody({QStringLiteral("no-such-job")}), sent);
        QCOMPARE(a.status, 400); // past the gateway: the service says the job does not exist
        QCOMPARE(a.errorCode(), QStringLiteral("ModelArts.6405"));
    }

    void badSignatureIsRefused()
    {
        const QUrl url = jobsUrl();
        auto headers = Client::signedHeaders("GET", url, {}, kAk, kSk);
        QByteArray &auth = headers.last().second;
        auth[auth.size() - 1] = auth.endsWith('0') ? '1' : '0';
        const Answer a = m_client->send("GET", url, {}, headers);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.errorCode(), QStringLiteral("APIGW.0301"));
    }

    void changedBodyIsRefused()
    {
        const QUrl url = jobsUrl();
        const QByteArray body = deleteBody({QStringLiteral("a")});
        const auto headers = Client::signedHeaders("DELETE", url, body, kAk, kSk);
        const Answer a = m_client->send("DELETE", url, deleteBody({QStringLiteral("b")}), headers);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.errorCode(), QStringLiteral("APIGW.0301"));
    }

    void changedQueryIsRefused()
    {
        const QUrl signedUrl = jobsUrl(QUrlQuery{{QStringLiteral("limit"), QStringLiteral("5")}});
        const auto headers = Client::signedHeaders("GET", signedUrl, {}, kAk, kSk);
        const Answer a = m_client->send("GET", jobsUrl(QUrlQuery{{QStringLiteral("limit"), QStringLiteral("6")}}), {},
                                        headers);
        QCOMPARE(a.status, 401);
    }

    void unknownKeyIsRefused()
    {
        const QUrl url = jobsUrl();
        const Answer a = m_client->send("GET", url, {}, Client::signedHeaders("GET", url, {}, "OTHERAK", kSk));
        QCOMPARE(a.status, 401);
        QCOMPARE(a.errorCode(), QStringLiteral("APIGW.0301"));
    }

    void staleDateIsRefused_data()
    {
        QTest::addColumn<int>("offsetSecs");
        QTest::addColumn<int>("status");
        QTest::newRow("20 min old") << -20 * 60 << 401;
        QTest::newRow("20 min ahead") << 20 * 60 << 401;
        QTest::newRow("14 min old") << -14 * 60 << 200;
        QTest::newRow("14 min ahead") << 14 * 60 << 200;
    }
    void staleDateIsRefused()
    {
        QFETCH(int, offsetSecs);
        QFETCH(int, status);
        const Answer a = signedSend("GET", jobsUrl(), {}, QDateTime::currentDateTimeUtc().addSecs(offsetSecs));
        QCOMPARE(a.status, status);
        if (status == 401)
            QCOMPARE(a.errorCode(), QStringLiteral("APIGW.0303"));
    }

    void unsignedDateIsRefused()
    {
        // A signature that does not cover X-Sdk-Date could be replayed forever.
        const QUrl url = jobsUrl();
        liteops::signing::RequestToSign r;
        r.method = "GET";
        r.path = url.path().toUtf8();
        r.headers = {{"Host", url.host().toUtf8() + ':' + QByteArray::number(url.port())}};
        const QByteArray auth = liteops::signing::authorizationFor(r, kAk, kSk);
        const Answer a = m_client->send("GET", url, {},
                                        {{"Authorization", auth},
                                         {"X-Sdk-Date",
                                          liteops::signing::formatSdkDate(QDateTime::currentDateTimeUtc())}});
        QCOMPARE(a.status, 401);
    }

    void givenToken()
    {
        QCOMPARE(m_client->send("GET", jobsUrl(), {}, {{"X-Auth-Token", kToken}}).status, 200);
        const Answer wrong = m_client->send("GET", jobsUrl(), {}, {{"X-Auth-Token", "not-the-token"}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("APIGW.0301"));
    }

    void iamTokenFlow()
    {
        const auto tokenRequest = [](const QString &password) {
            const QJsonObject user{{QStringLiteral("name"), QStringLiteral("ops-admin")},
                                   {QStringLiteral("password"), password},
                                   {QStringLiteral("domain"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("ops-domain")}}}};
            const QJsonObject auth{
                {QStringLiteral("identity"),
                 QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                             {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}}},
                {QStringLiteral("scope"),
                 QJsonObject{{QStringLiteral("project"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("cn-north-4")}}}}}};
            return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
        };
        const QUrl iam = m_client->url(QStringLiteral("/v3/auth/tokens"));
        const Answer refused = m_client->send("POST", iam, tokenRequest(QStringLiteral("wrong")));
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.header("X-Subject-Token").isEmpty());

        const Answer issued = m_client->send("POST", iam, tokenRequest(QStringLiteral("s3cret pass")));
        QCOMPARE(issued.status, 201);
        const QByteArray token = issued.header("X-Subject-Token");
        QVERIFY(token.size() > 20);
        const QDateTime expires = QDateTime::fromString(
            issued.json().value(u"token").toObject().value(u"expires_at").toString(), Qt::ISODateWithMs);
        QVERIFY(expires.isValid());
        const qint64 hours = QDateTime::currentDateTimeUtc().secsTo(expires) / 3600;
        QVERIFY2(hours >= 23 && hours <= 24, qPrintable(QString::number(hours)));

        QCOMPARE(m_client->send("GET", jobsUrl(), {}, {{"X-Auth-Token", token}}).status, 200);
        QByteArray tampered = token;
        tampered[5] = tampered[5] == 'a' ? 'b' : 'a';
        QCOMPARE(m_client->send("GET", jobsUrl(), {}, {{"X-Auth-Token", tampered}}).status, 401);

        const Answer badBody = m_client->send("POST", iam, "{}");
        QCOMPARE(badBody.status, 400);
    }

    void controlApiNeedsNoCredentials() { QCOMPARE(m_client->get(QStringLiteral("/_sim/catalog")).status, 200); }

    void noAuthAcceptsEverything()
    {
        liteops::sim::SimOptions o;
        o.accessKey = QString::fromUtf8(kAk);
        o.secretKey = QString::fromUtf8(kSk);
        o.noAuth = true;
        o.jobs = 3;
        Simulator open(o);
        QString error;
        QVERIFY(open.start(&error));
        Client client(open);
        QCOMPARE(client.get(QStringLiteral("/v1/%1/dev-servers/jobs")).status, 200);
    }
};

QTEST_GUILESS_MAIN(SimAuthTest)
#include "tst_sim_auth.moc"
