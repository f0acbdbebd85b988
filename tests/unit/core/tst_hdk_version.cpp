// SPDX-License-Identifier: Apache-2.0
// The HDK version order on the versions the API documents and the simulator reports:
// numeric parts, RCs before their release, SPCs after, and odd shapes compared as text.
#include "hdk_version.h"

#include <QTest>

using namespace liteops;

class HdkVersionTest : public QObject
{
    Q_OBJECT
private slots:
    void order_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        // The documented create body asks for "24.1.rc3.10"; the job detail seed reports
        // "Driver: 24.1.0.3", the simulator also "23.0.6" and firmware "7.5.0.5.220".
        QTest::newRow("rc is before its release") << "24.1.rc3.10"
                                                  << "24.1.0.3" << -1;
        QTest::newRow("older major") << "23.0.6"
                                     << "24.1.rc3.10" << -1;
        QTest::newRow("same, any case") << "24.1.RC3.10"
                                        << "24.1.rc3.10" << 0;
        QTest::newRow("numeric, not text") << "24.1.0.10"
                                           << "24.1.0.9" << 1;
        QTest::newRow("firmware") << "7.1.0.11.220"
                                  << "7.5.0.5.220" << -1;
        QTest::newRow("missing part is 0") << "24.1"
                                           << "24.1.0" << 0;
        QTest::newRow("rc before the short release") << "24.1.RC3"
                                                     << "24.1" << -1;
        QTest::newRow("rc numbers") << "24.1.RC2.10"
                                    << "24.1.rc3.1" << -1;
        QTest::newRow("spc after the release") << "24.1.0.SPC1"
                                               << "24.1.0.99" << 1;
        QTest::newRow("spc after the release itself") << "24.1.0.spc1"
                                                      << "24.1.0" << 1;
        QTest::newRow("spc numbers") << "24.1.0.SPC2"
                                     << "24.1.0.SPC10" << -1;
        QTest::newRow("spaces") << " 24.1.0.3 "
                                << "24.1.0.3" << 0;
    }
    void order()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const HdkVersionComparison ab = compareHdkVersions(a, b);
        const HdkVersionComparison ba = compareHdkVersions(b, a);
        QCOMPARE(ab.order, expected);
        QCOMPARE(ba.order, -expected); // antisymmetric
        QVERIFY(!ab.asText);
        QVERIFY(isHdkVersion(a) && isHdkVersion(b));
    }

    void oddShapesAreComparedAsTextAndFlagged_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("word part") << "24.1.beta"
                                   << "24.1.0" << 1; // "b" > "0" as text
        QTest::newRow("vendor shape") << "V100R001"
                                      << "v100r001" << 0;
        QTest::newRow("empty part") << "24..1"
                                    << "24.1" << -1;
        QTest::newRow("rc without number") << "24.1.RC"
                                           << "24.1.RC1" << -1;
        QTest::newRow("empty") << ""
                               << "24.1.0" << -1;
    }
    void oddShapesAreComparedAsTextAndFlagged()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const HdkVersionComparison c = compareHdkVersions(a, b);
        QVERIFY(c.asText);
        QCOMPARE(c.order, expected);
        QVERIFY(!isHdkVersion(a));
    }

    // Sorting a mixed list puts every release candidate before its release.
    void sortsTheFleet()
    {
        QStringList versions{QStringLiteral("24.1.0.3"),    QStringLiteral("24.1.0.SPC1"), QStringLiteral("23.0.6"),
                             QStringLiteral("24.1.rc3.10"), QStringLiteral("24.1.RC2"),    QStringLiteral("23.0.10")};
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return compareHdkVersions(a, b).order < 0; });
        QCOMPARE(versions, (QStringList{QStringLiteral("23.0.6"), QStringLiteral("23.0.10"), QStringLiteral("24.1.RC2"),
                                        QStringLiteral("24.1.rc3.10"), QStringLiteral("24.1.0.3"),
                                        QStringLiteral("24.1.0.SPC1")}));
    }
};

QTEST_GUILESS_MAIN(HdkVersionTest)
#include "tst_hdk_version.moc"
