// SPDX-License-Identifier: Apache-2.0
// The id check the Open Job dialog applies before anything is sent.
#include "job_ref.h"

#include <QTest>

using namespace liteops;

class JobRefTest : public QObject
{
    Q_OBJECT

private slots:
    void idsAreCheckedLikeTheCloudLayerDoes()
    {
        QVERIFY(jobIdProblem(QStringLiteral("  ")).size() > 0);
        QVERIFY(jobIdProblem(QStringLiteral("x\ty")).size() > 0);
        QVERIFY(jobIdProblem(QStringLiteral("..\\x")).size() > 0);
        QVERIFY(jobIdProblem(QString(65, QLatin1Char('a'))).size() > 0);
        QVERIFY(jobIdProblem(QStringLiteral("JOB6d2c1c4e-aaaa")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(JobRefTest)
#include "tst_job_ref.moc"
