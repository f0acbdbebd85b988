// SPDX-License-Identifier: Apache-2.0
// The Fleet page's jobs (app/submit/fleet_jobs.h): the HDK_QUERY and HDK_UPGRADE requests it
// builds, the confirmation texts shared with the CLI, and a version query run through
// WaveSubmitter against the in-process simulator whose created jobs carry every server's
// reported versions.
#include "core/encode.h"
#include "fleet_jobs.h"
#include "server_action_runner.h"
#include "versions.h"
#include "wizard_sim_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace liteops;
using namespace liteops::wizardtest;

class FleetJobsTest : public QObject
{
    Q_OBJECT
private slots:
    void init() { clearAppData(); }

    void requestsAreValidAndCarryTheTarget()
    {
        const QDateTime now(QDate(2026, 3, 4), QTime(5, 6));
        const CreateJobRequest query = versionQueryRequest({QStringLiteral("a"), QStringLiteral("b")}, now);
        QCOMPARE(query.name, QStringLiteral("HDK_QUERY-20260304-0506"));
        QCOMPARE(query.items, QList<JobItem>{hdkQueryItem()});
        QVERIFY(validateCreateRequest(query).isEmpty());

        const CreateJobRequest upgrade = upgradeRequest({QStringLiteral("a")}, QStringLiteral(" 24.1.0.3 "), now);
        QCOMPARE(upgrade.type, QStringLiteral("HDK_UPGRADE"));
        QCOMPARE(upgrade.items.size(), 1);
        QCOMPARE(upgrade.items.first().spec.value(QStringLiteral("version")), QStringLiteral("24.1.0.3"));
        QCOMPARE(WaveSubmitter::requestedDriver(upgrade), QStringLiteral("24.1.0.3"));
        QVERIFY(validateCreateRequest(upgrade).isEmpty());

        // More servers than one job takes: waves of the service's limit.
        QStringList many;
        for (int i = 0; i < kDefaultServersPerJob + 1; ++i)
            many << QStringLiteral("s%1").arg(i);
        QCOMPARE(versionQueryPlan(many, now).waveCount(), 2);
    }

    void confirmationsNameTheCountAndTheFirstServers()
    {
        const QStringList names{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3"),
                                QStringLiteral("n4"), QStringLiteral("n5"), QStringLiteral("n6")};
        QCOMPARE(firstServersText(names.mid(0, 2)), QStringLiteral("n1, n2"));
        QCOMPARE(firstServersText(names), QStringLiteral("n1, n2, n3, n4, n5, …"));
        const QString reboot = ServerActionRunner::question(ServerAction::Reboot, names);
        QVERIFY2(reboot.startsWith(QStringLiteral("Reboot 6 server")) && reboot.contains(QStringLiteral("n5, …")),
                 qPrintable(reboot));
        QVERIFY(ServerActionRunner::question(ServerAction::Stop, names.mid(0, 1)).startsWith(QStringLiteral("Stop 1")));
        QVERIFY(versionQueryQuestion(names.mid(0, 3)).contains(QStringLiteral("3 server")));
    }

    void versionQueryReportsEveryServer()
    {
        sim::SimOptions so;
        so.servers = 20;
        so.taskDurationMs = 100;
        so.failureRate = 0;
        auto simulator = startSimulator(so);
        auto client = clientFor(*simulator);
        const QStringList servers = runningServerIds(*simulator, 4);
        QCOMPARE(servers.size(), 4);

        WaveSubmitter submitter(client.get(), SubmissionHistory(), QStringLiteral("test"));
        QVERIFY(submitter.start(versionQueryPlan(servers, QDateTime::currentDateTime()), versionQueryOptions(60)));
        QVERIFY(!isRunOver(submitter.runState()));
        QTRY_VERIFY_WITH_TIMEOUT(isRunOver(submitter.runState()), 10000);
        QCOMPARE(submitter.runState(), WaveSubmitter::RunState::Finished);

        const QList<Job> jobs = createdJobsOf(submitter);
        QCOMPARE(jobs.size(), 1);
        QStringList reported;
        for (const Task &t : jobs.first().tasks) {
            QCOMPARE(t.state(), State::Succeeded);
            QVERIFY2(parseVersions(t.message()).has_value(), qPrintable(t.message().toString()));
            reported << t.targetId().toString();
        }
        reported.sort();
        QStringList expected = servers;
        expected.sort();
        QCOMPARE(reported, expected);
    }
};

QTEST_MAIN(FleetJobsTest)
#include "tst_fleet_jobs.moc"
