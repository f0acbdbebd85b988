// SPDX-License-Identifier: Apache-2.0
// JobMonitor without a window: against the Local sandbox (the simulator on its own thread,
// as the console runs it), a list refresh that fails doubles the next poll's delay, and one
// that succeeds brings it back to the interval.
#include "job_monitor.h"
#include "sandbox_controller.h"
#include "simulator_thread.h"

#include <QSignalSpy>
#include <QTest>

using namespace liteops;

class JobMonitorTest : public QObject
{
    Q_OBJECT

private slots:
    void listBacksOffAfterFailuresAndRecovers()
    {
        SandboxController sandbox;
        SandboxOptions options;
        options.servers = 8;
        options.jobs = 4;
        options.seed = 7;
        QString error;
        QVERIFY2(sandbox.start(options, &error), qPrintable(error));
        CloudClient client(sandbox.clientConfig());
        JobMonitor monitor;
        monitor.setIntervals(1000, 1000);
        monitor.setAutoRefresh(false); // only the test asks: nothing polls behind its back
        monitor.setClient(&client);
        QSignalSpy loaded(&monitor, &JobMonitor::listLoaded);
        QSignalSpy failed(&monitor, &JobMonitor::listFailed);

        monitor.refreshList();
        QVERIFY(loaded.wait(20000));
        QVERIFY(!loaded.first().first().value<QList<Job>>().isEmpty());
        QCOMPARE(monitor.nextListDelayMs(), 1000);

        // A refusal is not retried by the client: each refresh is one failure.
        QVERIFY2(sandbox.simulator()->addFault(QStringLiteral("GET .*/dev-servers/jobs$ status 403"), &error),
                 qPrintable(error));
        monitor.refreshList();
        QVERIFY(failed.wait(20000));
        QCOMPARE(monitor.nextListDelayMs(), 2000);
        monitor.refreshList();
        QVERIFY(failed.wait(20000));
        QCOMPARE(monitor.nextListDelayMs(), 4000);

        sandbox.simulator()->clearFaults();
        monitor.refreshList();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(monitor.nextListDelayMs(), 1000);
        QVERIFY(!monitor.listInFlight());
    }
};

QTEST_GUILESS_MAIN(JobMonitorTest)
#include "tst_job_monitor.moc"
