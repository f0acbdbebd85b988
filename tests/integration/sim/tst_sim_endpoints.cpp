// SPDX-License-Identifier: Apache-2.0
// Every read endpoint of the simulator over loopback: paging totals across pages, filters,
// the seeded scenarios (two HDK versions, clustered failures, a running and a deleted job),
// templates, servers, ServiceStage task paging, IEF, the catalog, and the error answers.
#include "sim_http.h"

#include "core/decode.h"
#include "core/encode.h"
#include "hdk_version.h"
#include "job_json_writer.h"
#include "versions.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace simtest;
using liteops::sim::Simulator;

class SimEndpointsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<Client> m_client;

    QStringList catalog(const char *key)
    {
        const Answer a = m_client->get(QStringLiteral("/_sim/catalog"));
        QStringList ids;
        for (const QJsonValue &v : a.json().value(QLatin1StringView(key)).toArray())
            ids.append(v.toString());
        return ids;
    }

    liteops::Job findSeeded(const QString &typeWanted, const QString &statusWanted)
    {
        for (const liteops::Job &j : m_sim->jobs()) {
            if (j.type == typeWanted && j.status == statusWanted)
                return j;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        liteops::sim::SimOptions o = quietOptions();
        o.servers = 200;
        o.jobs = 60;
        m_sim = std::make_unique<Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        QCOMPARE(m_sim->baseUrl().host(), QStringLiteral("127.0.0.1"));
        m_client = std::make_unique<Client>(*m_sim);
    }

    void everyAnswerHasARequestId()
    {
        const Answer ok = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs"));
        const Answer missing = m_client->get(QStringLiteral("/v1/%1/no-such-api"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("APIGW.0101"));
        QVERIFY(!ok.header("X-Request-Id").isEmpty());
        QVERIFY(!missing.header("X-Request-Id").isEmpty());
        QVERIFY(ok.header("X-Request-Id") != missing.header("X-Request-Id"));
        QCOMPARE(missing.json().value(u"request_id").toString().toLatin1(), missing.header("X-Request-Id"));
    }

    void jobPagesAddUpToTheCatalog()
    {
        const QStringList all = catalog("modelarts_jobs");
        QCOMPARE(all.size(), 60);
        QStringList paged;
        qint64 pages = -1;
        for (int offset = 0;; offset += 7) {
            const Answer a = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs"),
                                           QUrlQuery{{QStringLiteral("limit"), QStringLiteral("7")},
                                                     {QStringLiteral("offset"), QString::number(offset)}});
            QCOMPARE(a.status, 200);
            const auto page = liteops::decodeJobListPage(a.body);
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
            QCOMPARE(page.value().total, 60);
            QCOMPARE(page.value().current, offset / 7 + 1);
            pages = page.value().pages;
            if (page.value().rows.isEmpty())
                break;
            QCOMPARE(page.value().size, page.value().rows.size());
            for (const liteops::Job &j : page.value().rows)
                paged.append(j.id);
        }
        QCOMPARE(pages, 9);
        QCOMPARE(paged, all);
        QCOMPARE(QSet<QString>(paged.begin(), paged.end()).size(), 60);
    }

    void jobListIsNewestFirst()
    {
        const auto page = liteops::decodeJobListPage(
            m_client
                ->get(QStringLiteral("/v1/%1/dev-servers/jobs"),
                      QUrlQuery{{QStringLiteral("limit"), QStringLiteral("60")}})
                .body);
        QVERIFY(page.ok());
        for (qsizetype i = 1; i < page.value().rows.size(); ++i)
            QVERIFY(page.value().rows[i - 1].createdAtMs >= page.value().rows[i].createdAtMs);
    }

    void jobFilters_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("type") << "type"
                              << "ASCEND_SOFTWARE_UPGRADE";
        QTest::newRow("type by item type") << "type"
                                           << "HDK_QUERY";
        QTest::newRow("status finished") << "status"
                                         << "FINISHED";
        QTest::newRow("status processing") << "status"
                                           << "PROCESSING";
        QTest::newRow("status deleted") << "status"
                                        << "DELETED";
        QTest::newRow("name part") << "name"
                                   << "diagnosis";
        QTest::newRow("hidden") << "visible"
                                << "false";
        QTest::newRow("visible") << "visible"
                                 << "true";
    }
    void jobFilters()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const Answer a = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs"),
                                       QUrlQuery{{key, value}, {QStringLiteral("limit"), QStringLiteral("100")}});
        QCOMPARE(a.status, 200);
        const auto page = liteops::decodeJobListPage(a.body);
        QVERIFY(page.ok());
        QVERIFY2(!page.value().rows.isEmpty(), "the seeded history has a match for every filter");
        QCOMPARE(page.value().total, page.value().rows.size());
        // Compare with the simulator's truth.
        int expected = 0;
        for (const liteops::Job &j : m_sim->jobs()) {
            bool match = false;
            if (key == QLatin1String("type"))
                match = j.type == value
                        || (value == QLatin1String("HDK_QUERY") && j.type == QLatin1String("ASCEND_SOFTWARE_QUERY"));
            else if (key == QLatin1String("status"))
                match = j.status == value;
            else if (key == QLatin1String("name"))
                match = j.name.contains(value);
            else
                match = true;
            expected += match ? 1 : 0;
        }
        if (key != QLatin1String("visible"))
            QCOMPARE(page.value().total, expected);
        for (const liteops::Job &j : page.value().rows) {
            if (key == QLatin1String("status"))
                QCOMPARE(j.status, value);
            if (key == QLatin1String("name"))
                QVERIFY(j.name.contains(value));
        }
    }

    void visibleSplitsTheList()
    {
        const auto count = [this](const QString &v) {
            QUrlQuery q{{QStringLiteral("limit"), QStringLiteral("0")}};
            if (!v.isEmpty())
                q.addQueryItem(QStringLiteral("visible"), v);
            return m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs"), q).json().value(u"total").toInt();
        };
        QCOMPARE(count(QStringLiteral("true")) + count(QStringLiteral("false")), count(QString()));
    }

    void filterById()
    {
        const QString id = catalog("modelarts_jobs").at(5);
        const Answer a = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs"),
                                       QUrlQuery{{QStringLiteral("id"), id}});
        const auto page = liteops::decodeJobListPage(a.body);
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, 1);
        QCOMPARE(page.value().rows.first().id, id);
        const Answer none = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs"),
                                          QUrlQuery{{QStringLiteral("id"),
                                                     QStringLiteral("00000000-0000-4000-8000-000000000000")}});
        QCOMPARE(none.json().value(u"total").toInt(), 0);
    }

    void badPagingIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("jobs limit") << "/v1/%1/dev-servers/jobs"
                                    << "limit"
                                    << "abc";
        QTest::newRow("jobs limit too big") << "/v1/%1/dev-servers/jobs"
                                            << "limit"
                                            << "5000";
        QTest::newRow("jobs offset") << "/v1/%1/dev-servers/jobs"
                                     << "offset"
                                     << "-1";
        QTest::newRow("servers sort_key") << "/v1/%1/dev-servers"
                                          << "sort_key"
                                          << "name";
        QTest::newRow("servers sort_dir") << "/v1/%1/dev-servers"
                                          << "sort_dir"
                                          << "UP";
        QTest::newRow("visible") << "/v1/%1/dev-servers/jobs"
                                 << "visible"
                                 << "maybe";
    }
    void badPagingIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const Answer a = m_client->get(path, QUrlQuery{{key, value}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.errorCode(), QStringLiteral("ModelArts.0104"));
        QVERIFY(a.json().value(u"error_msg").toString().contains(key));
    }

    void fleetQueryShowsThreeVersions()
    {
        const liteops::Job query = findSeeded(QStringLiteral("ASCEND_SOFTWARE_QUERY"), QStringLiteral("FINISHED"));
        QVERIFY(!query.id.isEmpty());
        const Answer a = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs/") + query.id);
        QCOMPARE(a.status, 200);
        const auto job = liteops::decodeJobDetail(a.body);
        QVERIFY2(job.ok(), qPrintable(job.ok() ? QString() : job.error().toString()));
        QSet<QString> versions;
        static const QRegularExpression shape(QStringLiteral("^Driver: \\S+ \\| Firmware: \\S+$"));
        for (const liteops::Task &t : job.value().tasks) {
            if (t.status() == QLatin1String("SUCCESS")) {
                QVERIFY(shape.match(t.message()).hasMatch());
                versions.insert(t.message().toString());
            }
        }
        // The current HDK, the one before and a release candidate.
        QCOMPARE(versions.size(), 3);
    }

    // What a fleet view finds on first start: servers on the newest driver and on older ones,
    // a tail never queried, a tail whose newest query is over a week old, and flaky servers
    // (at least 3 failures in their last 10 tasks, or the last 2 failed).
    void seededHistoryShowsEveryFleetState_data()
    {
        QTest::addColumn<int>("servers");
        QTest::addColumn<int>("jobs");
        QTest::newRow("fixture") << 200 << 60;
        QTest::newRow("sandbox defaults") << 64 << 40;
    }

    void seededHistoryShowsEveryFleetState()
    {
        QFETCH(int, servers);
        QFETCH(int, jobs);
        liteops::sim::SimOptions o = quietOptions();
        o.servers = servers;
        o.jobs = jobs;
        const Simulator sim(o); // the truth alone: nothing is served
        struct Facts
        {
            qint64 queriedAt = -1;
            QString driver;
            QList<bool> failures;
        };
        QHash<QString, Facts> facts;
        const QList<liteops::Job> history = sim.jobs(); // newest first
        for (const liteops::Job &j : history) {
            if (j.status == QLatin1String("DELETED"))
                continue;
            for (const liteops::Task &t : j.tasks) {
                Facts &f = facts[t.targetId().toString()];
                if (t.status() == QLatin1String("FAILED") || t.status() == QLatin1String("SUCCESS"))
                    f.failures.append(t.status() == QLatin1String("FAILED"));
                const auto versions = liteops::parseVersions(t.message());
                if (t.status() == QLatin1String("SUCCESS") && versions && f.queriedAt < 0) {
                    f.queriedAt = j.createdAtMs;
                    f.driver = versions->driver;
                }
            }
        }
        const qint64 weekAgo = QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000;
        for (const QString &id : sim.unqueriedServerIds())
            QCOMPARE(facts.value(id).queriedAt, qint64(-1));
        int stale = 0;
        for (const QString &id : sim.staleQueriedServerIds())
            stale += facts.value(id).queriedAt >= 0 && facts.value(id).queriedAt < weekAgo ? 1 : 0;
        QVERIFY(stale > 0);
        int current = 0, outdated = 0;
        for (const Facts &f : std::as_const(facts)) {
            if (f.queriedAt < weekAgo)
                continue;
            const int order = liteops::compareHdkVersions(f.driver, QStringLiteral("24.1.0.3")).order;
            QVERIFY2(order <= 0, qPrintable(f.driver)); // 24.1.0.3 is the newest present
            (order == 0 ? current : outdated) += 1;
        }
        QVERIFY(current > outdated && outdated > 0);
        int flagged = 0;
        for (const QString &id : sim.flakyServerIds()) {
            const QList<bool> last10 = facts.value(id).failures.mid(0, 10);
            const bool lastTwo = last10.size() >= 2 && last10[0] && last10[1];
            flagged += last10.count(true) >= 3 || lastTwo ? 1 : 0;
        }
        QVERIFY(flagged > 0);
    }

    void upgradeFailuresClusterIntoFewShapes()
    {
        // The seeded upgrade that finished with failures (record 1 of the history).
        const QString id = catalog("modelarts_jobs").at(1);
        const auto job = liteops::decodeJobDetail(m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs/") + id).body);
        QVERIFY(job.ok());
        QCOMPARE(job.value().status, QStringLiteral("FINISHED"));
        QCOMPARE(job.value().tasks.size(), 50);
        QSet<QString> shapes;
        int failed = 0;
        static const QRegularExpression digits(QStringLiteral("[0-9]+"));
        for (const liteops::Task &t : job.value().tasks) {
            if (t.status() != QLatin1String("FAILED"))
                continue;
            ++failed;
            shapes.insert(t.message().toString().replace(digits, QStringLiteral("N")));
        }
        QVERIFY2(failed >= 3 && failed <= 12, qPrintable(QString::number(failed)));
        QVERIFY2(shapes.size() >= 3 && shapes.size() <= 4, qPrintable(QStringList(shapes.values()).join(u'|')));
        QCOMPARE(job.value().abnormalCount, failed);
        // Task ids start with the job id's first group and end with the server id's last.
        const liteops::Task &first = job.value().tasks.first();
        QVERIFY(first.id().startsWith(id.left(8)));
        QVERIFY(first.id().endsWith(first.targetId().right(12)));
        QVERIFY(!first.cloudServerValue(u"id").isEmpty());
    }

    void runningAndDeletedJobsExist()
    {
        const QStringList ids = catalog("modelarts_jobs");
        const auto running = liteops::decodeJobDetail(
            m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs/") + ids.at(0)).body);
        QVERIFY(running.ok());
        QCOMPARE(running.value().status, QStringLiteral("PROCESSING"));
        const auto counts = running.value().counts();
        QVERIFY(counts.running > 0);
        QVERIFY(counts.running < counts.total);
        const auto deleted = liteops::decodeJobDetail(
            m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs/") + ids.at(3)).body);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.value().status, QStringLiteral("DELETED"));
    }

    void unknownJobIs404()
    {
        const Answer a = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs/not-a-job"));
        QCOMPARE(a.status, 404);
        QCOMPARE(a.errorCode(), QStringLiteral("ModelArts.6405"));
        const Answer wrongProject = m_client->get(QStringLiteral("/v1/otherproject/dev-servers/jobs"));
        QCOMPARE(wrongProject.status, 400);
    }

    void templates()
    {
        const Answer a = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs/templates"));
        QCOMPARE(a.status, 200);
        const auto page = liteops::decodeTemplatesPage(a.body);
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, 4);
        const liteops::Template *upgrade = nullptr;
        for (const liteops::Template &t : page.value().rows) {
            if (t.type == QLatin1String("HDK_UPGRADE"))
                upgrade = &t;
        }
        QVERIFY(upgrade);
        QCOMPARE(upgrade->params.first().name, QStringLiteral("version"));
        const QRegularExpression rule(upgrade->params.first().regex);
        QVERIFY(rule.isValid());
        QVERIFY(rule.match(upgrade->params.first().defaultValue).hasMatch());
        QVERIFY(rule.match(QStringLiteral("24.1.0.3")).hasMatch());
        QVERIFY(!rule.match(QStringLiteral("latest")).hasMatch());
        QVERIFY(!upgrade->params.last().visible);

        const Answer detail = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs/templates/") + upgrade->id);
        const auto tmpl = liteops::decodeTemplate(detail.body);
        QVERIFY(tmpl.ok());
        QCOMPARE(tmpl.value(), *upgrade);
        const Answer byType = m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs/templates"),
                                            QUrlQuery{{QStringLiteral("type"), QStringLiteral("DEVICE_LOG_COLLECT")}});
        QCOMPARE(byType.json().value(u"total").toInt(), 1);
        QCOMPARE(m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs/templates/nope")).errorCode(),
                 QStringLiteral("ModelArts.6406"));
    }

    void serversPageAndSort()
    {
        QStringList ids;
        for (int offset = 0; offset < 200; offset += 64) {
            const Answer a = m_client->get(QStringLiteral("/v1/%1/dev-servers"),
                                           QUrlQuery{{QStringLiteral("limit"), QStringLiteral("64")},
                                                     {QStringLiteral("offset"), QString::number(offset)},
                                                     {QStringLiteral("sort_key"), QStringLiteral("updateTime")},
                                                     {QStringLiteral("sort_dir"), QStringLiteral("ASC")}});
            const auto page = liteops::decodeServersPage(a.body);
            QVERIFY(page.ok());
            QCOMPARE(page.value().total, 200);
            QCOMPARE(page.value().pages, 4);
            for (qsizetype i = 1; i < page.value().rows.size(); ++i)
                QVERIFY(page.value().rows[i - 1].updatedAtMs <= page.value().rows[i].updatedAtMs);
            for (const liteops::Server &s : page.value().rows)
                ids.append(s.id);
        }
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 200);

        const auto desc = liteops::decodeServersPage(
            m_client
                ->get(QStringLiteral("/v1/%1/dev-servers"), QUrlQuery{{QStringLiteral("limit"), QStringLiteral("5")}})
                .body);
        QVERIFY(desc.ok());
        QCOMPARE(desc.value().rows.size(), 5); // default order: newest first
        QVERIFY(desc.value().rows[0].createdAtMs > desc.value().rows[4].createdAtMs);
        const liteops::Server &s = desc.value().rows.first();
        QVERIFY(!s.cloudServer.value(QStringLiteral("id")).isEmpty());
        QVERIFY(!s.privateIps.isEmpty());
        QCOMPARE(m_sim->servers().size(), 200);
        QVERIFY(m_sim->servers().contains(s));
    }

    void serviceStagePagesItsTasks()
    {
        const QStringList ids = catalog("servicestage_jobs");
        QCOMPARE(ids.size(), 3);
        for (const QString &id : ids) {
            const Answer whole = m_client->get(QStringLiteral("/v3/%1/cas/jobs/") + id);
            QCOMPARE(whole.status, 200);
            const auto full = liteops::decodeServiceStageJob(whole.body);
            QVERIFY2(full.ok(), qPrintable(full.ok() ? QString() : full.error().toString()));
            const int count = full.value().reportedTotal;
            QCOMPARE(full.value().tasks.size(), count);
            QList<int> indexes;
            for (int offset = 0; offset < count; offset += 10) {
                const Answer a = m_client->get(QStringLiteral("/v3/%1/cas/jobs/") + id,
                                               QUrlQuery{{QStringLiteral("limit"), QStringLiteral("10")},
                                                         {QStringLiteral("offset"), QString::number(offset)},
                                                         {QStringLiteral("desc"), QStringLiteral("true")}});
                const auto page = liteops::decodeServiceStageJob(a.body);
                QVERIFY(page.ok());
                QCOMPARE(page.value().reportedTotal, count);
                for (const liteops::Task &t : page.value().tasks)
                    indexes.append(t.index());
            }
            QCOMPARE(indexes.size(), count);
            for (qsizetype i = 1; i < indexes.size(); ++i)
                QVERIFY(indexes[i - 1] > indexes[i]);
        }
        QCOMPARE(m_client->get(QStringLiteral("/v3/%1/cas/jobs/JOB-none")).status, 404);
    }

    void iefJobWithAndWithoutInstance()
    {
        const QStringList ids = catalog("ief_jobs");
        QCOMPARE(ids.size(), 3);
        bool sawDisagreement = false;
        for (const QString &id : ids) {
            for (const bool withInstance : {false, true}) {
                QList<std::pair<QByteArray, QByteArray>> headers;
                if (withInstance)
                    headers.append(std::pair<QByteArray, QByteArray>("ief-instance-id", "instance-1"));
                const Answer a = m_client->get(QStringLiteral("/v2/%1/productmgr/jobs/") + id, {}, headers);
                QCOMPARE(a.status, 200);
                const auto job = liteops::decodeIefJob(a.body);
                QVERIFY2(job.ok(), qPrintable(job.ok() ? QString() : job.error().toString()));
                QCOMPARE(job.value().id, id);
                QVERIFY(!job.value().tasks.isEmpty());
                QVERIFY(!job.value().tasks.first().targetName().isEmpty()); // joined from targets
                sawDisagreement = sawDisagreement || job.value().reportedFailed != job.value().counts().failed;
            }
        }
        QVERIFY(sawDisagreement); // one job reproduces the seed document's swapped counts
    }

    // The sample ids liteops-sim prints are the jobs the simulator serves.
    void sampleIdsAreServed()
    {
        const QStringList ss = catalog("servicestage_jobs");
        const QStringList ief = catalog("ief_jobs");
        liteops::sim::SimOptions o = quietOptions();
        o.seed = 1;
        for (const liteops::sim::SampleJob &s : liteops::sim::Simulator::sampleJobs(o)) {
            QVERIFY2((s.provider == liteops::Provider::Ief ? ief : ss).contains(s.id), qPrintable(s.id));
            const QString path = s.provider == liteops::Provider::Ief ? QStringLiteral("/v2/%1/productmgr/jobs/")
                                                                      : QStringLiteral("/v3/%1/cas/jobs/");
            QCOMPARE(m_client->get(path + s.id).status, 200);
        }
    }

    // ServiceStage and IEF document Content-Type as mandatory (GETs included); the
    // simulator refuses a call without it with a Huawei error body, so no client of ours
    // can drop the header unnoticed. ModelArts stays lenient.
    void serviceStageAndIefRequireContentType()
    {
        const QList<std::pair<QByteArray, QByteArray>> none{{"Content-Type", ""}};
        const QString ss = QStringLiteral("/v3/%1/cas/jobs/") + catalog("servicestage_jobs").first();
        const QString ief = QStringLiteral("/v2/%1/productmgr/jobs/") + catalog("ief_jobs").first();
        for (const auto &[path, code] :
             {std::pair{ss, QStringLiteral("SVCSTG.00100400")}, std::pair{ief, QStringLiteral("IEF.100001")}}) {
            const Answer refused = m_client->get(path, {}, none);
            QCOMPARE(refused.status, 400);
            const auto body = liteops::decodeErrorBody(refused.body);
            QVERIFY(body);
            QCOMPARE(body->errorCode, code);
            QVERIFY2(body->errorMsg.contains(QLatin1String("Content-Type")), qPrintable(body->errorMsg));
            QVERIFY(!refused.header("X-Request-Id").isEmpty());
            const Answer wrong = m_client->get(path, {}, {{"Content-Type", "text/plain"}});
            QCOMPARE(wrong.status, 400);
            QCOMPARE(m_client->get(path, {}, {{"Content-Type", "application/json;charset=UTF-8"}}).status, 200);
            QCOMPARE(m_client->get(path).status, 200);
        }
        QCOMPARE(m_client->get(QStringLiteral("/v1/%1/dev-servers/jobs"), {}, none).status, 200);
    }

    // The simulator writes job JSON directly for speed; it must be the document the core
    // encoder describes, for every seeded job and for awkward text.
    void jsonWriterMatchesCoreEncoder()
    {
        QList<liteops::Job> jobs = m_sim->jobs();
        liteops::Job odd = jobs.at(1);
        odd.description = QStringLiteral("quote \" backslash \\ newline \n tab \t bell \u0007 中文 🚀 \u202Eltr");
        odd.name = QString();
        odd.userName = QString();
        odd.abnormalCount = -1;
        odd.updatedAtMs = liteops::kUnknownTime;
        odd.items.append(
            liteops::JobItem{QStringLiteral("COMMON"), {{QStringLiteral("k\"ey"), QStringLiteral("v\u0001")}}});
        odd.templateId.clear();
        jobs.append(odd);
        for (const liteops::Job &j : std::as_const(jobs)) {
            for (const bool detail : {false, true}) {
                QJsonParseError error;
                const QJsonDocument ours = QJsonDocument::fromJson(liteops::sim::jobJson(j, detail), &error);
                QCOMPARE(error.error, QJsonParseError::NoError);
                QCOMPARE(ours, QJsonDocument(liteops::jobToJson(j, detail)));
            }
        }
        liteops::Page<liteops::Job> page{2, 5, 3, 13, jobs.mid(0, 3)};
        QCOMPARE(QJsonDocument::fromJson(liteops::sim::jobPageJson(page)),
                 QJsonDocument(
                     liteops::pageToJson(page, [](const liteops::Job &j) { return liteops::jobToJson(j, false); })));
    }

    void bigHistoryIsNewestFirst()
    {
        // 100,000 jobs are a minute apart: the newest must still come first.
        liteops::sim::SimOptions o;
        o.noAuth = true;
        o.jobs = 100000;
        o.servers = 20000;
        liteops::sim::Simulator sim(o);
        QString error;
        QVERIFY(sim.start(&error));
        Client client(sim);
        const Answer a = client.get(QStringLiteral("/v1/%1/dev-servers/jobs"),
                                    QUrlQuery{{QStringLiteral("limit"), QStringLiteral("500")}});
        QCOMPARE(a.status, 200);
        const QJsonArray rows = a.json().value(u"data").toArray();
        QCOMPARE(rows.size(), 500);
        QCOMPARE(a.json().value(u"total").toInt(), 100000);
        QCOMPARE(rows.first().toObject().value(u"status").toString(), QStringLiteral("PROCESSING"));
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].toObject().value(u"create_at").toInteger()
                    >= rows[i].toObject().value(u"create_at").toInteger());
    }

    void sameSeedSameData()
    {
        liteops::sim::SimOptions o = quietOptions();
        o.servers = 200;
        o.jobs = 60;
        Simulator twin(o);
        QString error;
        QVERIFY(twin.start(&error));
        QCOMPARE(twin.servers(), m_sim->servers());
        const QList<liteops::Job> a = twin.jobs();
        const QList<liteops::Job> b = m_sim->jobs();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 1; i < a.size(); ++i) { // 0 is the running job: its progress is time-based
            QCOMPARE(a[i].id, b[i].id);
            QCOMPARE(a[i].tasks, b[i].tasks);
        }
        o.seed = 2;
        Simulator other(o);
        QVERIFY(other.servers().first().id != m_sim->servers().first().id);
    }
};

QTEST_GUILESS_MAIN(SimEndpointsTest)
#include "tst_sim_endpoints.moc"
