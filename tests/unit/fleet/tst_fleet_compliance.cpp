// SPDX-License-Identifier: Apache-2.0
// Compliance against a target with the version strings the API documents and the sandbox
// reports, per flavor, stale and unknown servers, and the policy remembered per profile.
#include "compliance.h"
#include "compliance_settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;
using namespace liteops::fleet;

namespace {

constexpr qint64 kNow = 1'760'000'000'000;
constexpr qint64 kDay = 24LL * 3600 * 1000;

ServerFacts queried(const QString &driver, const QString &firmware, qint64 ageMs = kDay)
{
    ServerFacts f;
    f.serverId = QStringLiteral("s");
    f.driver = driver;
    f.firmware = firmware;
    f.queriedAtMs = kNow - ageMs;
    f.queryJobId = QStringLiteral("q");
    return f;
}

CompliancePolicy fleetTarget(const QString &driver, const QString &firmware = {})
{
    CompliancePolicy p;
    p.fleet = {driver, firmware};
    return p;
}

} // namespace

class TestFleetCompliance : public QObject
{
    Q_OBJECT

private slots:
    void againstTheDriverTarget_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("target");
        QTest::addColumn<Compliance>("expected");
        QTest::addColumn<bool>("asText");
        // The API documents' HDK_QUERY answer and the sandbox's versions (app/sim/world.cpp).
        QTest::newRow("same") << "24.1.0.3"
                              << "24.1.0.3" << Compliance::Compliant << false;
        QTest::newRow("previous HDK") << "23.0.6"
                                      << "24.1.0.3" << Compliance::Outdated << false;
        QTest::newRow("newer than target") << "24.1.0.3"
                                           << "23.0.6" << Compliance::Ahead << false;
        QTest::newRow("rc before its release") << "24.1.rc3.10"
                                               << "24.1.0.3" << Compliance::Outdated << false;
        QTest::newRow("release after its rc") << "24.1.0.3"
                                              << "24.1.rc3.10" << Compliance::Ahead << false;
        QTest::newRow("RC any case") << "24.1.RC3.10"
                                     << "24.1.rc3.10" << Compliance::Compliant << false;
        QTest::newRow("spc after release") << "24.1.0.SPC1"
                                           << "24.1.0.3" << Compliance::Ahead << false;
        QTest::newRow("numeric parts") << "24.1.0.10"
                                       << "24.1.0.9" << Compliance::Ahead << false;
        QTest::newRow("missing part is 0") << "24.1"
                                           << "24.1.0" << Compliance::Compliant << false;
        QTest::newRow("unknown shape") << "24.1.beta"
                                       << "24.1.0.3" << Compliance::Ahead << true;
    }

    void againstTheDriverTarget()
    {
        QFETCH(QString, driver);
        QFETCH(QString, target);
        QFETCH(Compliance, expected);
        QFETCH(bool, asText);
        const ServerFacts f = queried(driver, QStringLiteral("7.5.0.5.220"));
        const ComplianceResult r = evaluateCompliance(&f, QStringLiteral("flavor"), fleetTarget(target), kNow);
        QCOMPARE(r.state, expected);
        QCOMPARE(r.comparedAsText, asText);
    }

    void firmwareBehindIsOutdatedWhateverTheDriver()
    {
        const ServerFacts f = queried(QStringLiteral("24.1.0.3"), QStringLiteral("7.1.0.11.220"));
        QCOMPARE(evaluateCompliance(&f, {}, fleetTarget(QStringLiteral("23.0.6"), QStringLiteral("7.5.0.5.220")), kNow)
                     .state,
                 Compliance::Outdated);
        QCOMPARE(evaluateCompliance(&f, {}, fleetTarget(QStringLiteral("24.1.0.3"), QStringLiteral("7.1.0.11.220")),
                                    kNow)
                     .state,
                 Compliance::Compliant);
        QCOMPARE(evaluateCompliance(&f, {}, fleetTarget(QStringLiteral("24.1.0.3"), QStringLiteral("7.1.0.9.220")),
                                    kNow)
                     .state,
                 Compliance::Ahead);
    }

    void unknownStaleAndNoTarget()
    {
        const CompliancePolicy p = fleetTarget(QStringLiteral("24.1.0.3"));
        QCOMPARE(evaluateCompliance(nullptr, {}, p, kNow).state, Compliance::Unknown);
        ServerFacts neverQueried;
        neverQueried.lastJobId = QStringLiteral("j");
        QCOMPARE(evaluateCompliance(&neverQueried, {}, p, kNow).state, Compliance::Unknown);
        // Firmware only reported, driver targeted: unknown.
        const ServerFacts firmwareOnly = queried({}, QStringLiteral("7.5.0.5.220"));
        QCOMPARE(evaluateCompliance(&firmwareOnly, {}, p, kNow).state, Compliance::Unknown);
        // Stale after the default 7 days, whatever the versions say.
        const ServerFacts old = queried(QStringLiteral("24.1.0.3"), {}, 8 * kDay);
        QCOMPARE(evaluateCompliance(&old, {}, p, kNow).state, Compliance::Stale);
        const ServerFacts recent = queried(QStringLiteral("24.1.0.3"), {}, 6 * kDay);
        QCOMPARE(evaluateCompliance(&recent, {}, p, kNow).state, Compliance::Compliant);
        CompliancePolicy strict = p;
        strict.staleAfterMs = kDay / 2;
        QCOMPARE(evaluateCompliance(&recent, {}, strict, kNow).state, Compliance::Stale);
        QCOMPARE(evaluateCompliance(&recent, {}, CompliancePolicy{}, kNow).state, Compliance::NoTarget);
    }

    void aFlavorTargetWinsOverTheFleet()
    {
        CompliancePolicy p = fleetTarget(QStringLiteral("24.1.0.3"));
        p.byFlavor.insert(QStringLiteral("Snt9b.8xlarge"), {QStringLiteral("23.0.6"), {}});
        const ServerFacts f = queried(QStringLiteral("23.0.6"), QStringLiteral("7.1.0.11.220"));
        QCOMPARE(evaluateCompliance(&f, QStringLiteral("Snt9b.8xlarge"), p, kNow).state, Compliance::Compliant);
        QCOMPARE(evaluateCompliance(&f, QStringLiteral("Snt9.16xlarge"), p, kNow).state, Compliance::Outdated);
    }

    void keysRoundTrip()
    {
        for (int i = 0; i < kComplianceCount; ++i) {
            QCOMPARE(complianceFromKey(complianceKey(Compliance(i))), Compliance(i));
            QVERIFY(!complianceLabel(Compliance(i)).isEmpty());
        }
        QVERIFY(!complianceFromKey(u"bogus"));
    }

    void policyIsRememberedPerProfile()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const ComplianceSettings store(&settings);
        CompliancePolicy prod = fleetTarget(QStringLiteral("24.1.0.3"), QStringLiteral("7.5.0.5.220"));
        prod.byFlavor.insert(QStringLiteral("ascend/snt9b.8xlarge"), {QStringLiteral("24.1.rc3.10"), {}});
        prod.staleAfterMs = 3 * kDay;
        store.save(QStringLiteral("prod"), prod);
        store.save(QStringLiteral("lab"), fleetTarget(QStringLiteral("23.0.6")));
        QCOMPARE(store.load(QStringLiteral("prod")), prod);
        QCOMPARE(store.load(QStringLiteral("lab")), fleetTarget(QStringLiteral("23.0.6")));
        QCOMPARE(store.load(QStringLiteral("never")), CompliancePolicy{});
        // Saving again forgets flavors no longer targeted.
        prod.byFlavor.clear();
        store.save(QStringLiteral("prod"), prod);
        QCOMPARE(store.load(QStringLiteral("prod")), prod);
        // Under the profile's own group, beside its connection settings.
        QVERIFY(settings.contains(QStringLiteral("profiles/prod/fleet/targetDriver")));
    }
};

QTEST_GUILESS_MAIN(TestFleetCompliance)
#include "tst_fleet_compliance.moc"
