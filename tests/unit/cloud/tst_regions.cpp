// SPDX-License-Identifier: Apache-2.0
// The region table taken from the official SDKs' region files (3.1.211): which regions each
// service has, the hosts that differ, and what a region box's text means.
#include "endpoints.h"
#include "regions.h"

#include <QSet>
#include <QTest>

using namespace liteops;

namespace {
QSet<QString> regionsOf(CloudService s)
{
    QSet<QString> out;
    for (const RegionInfo &r : knownRegions())
        if (r.offers(s))
            out.insert(r.id);
    return out;
}
QSet<QString> set(std::initializer_list<const char *> ids)
{
    QSet<QString> out;
    for (const char *id : ids)
        out.insert(QLatin1String(id));
    return out;
}
} // namespace

class RegionsTest : public QObject
{
    Q_OBJECT

private slots:
    // The lists of huaweicloudsdk{modelarts,servicestage,ief,iam} region files, 3.1.211.
    void everyServiceHasTheSdksRegions()
    {
        QCOMPARE(regionsOf(CloudService::ModelArts),
                 set({"cn-north-1",     "cn-north-4",  "cn-south-1",     "ap-southeast-1", "ap-southeast-2",
                      "ap-southeast-3", "cn-east-3",   "cn-east-4",      "la-south-2",     "af-south-1",
                      "cn-north-9",     "tr-west-1",   "ap-southeast-4", "me-east-1",      "cn-southwest-2",
                      "cn-north-2",     "sa-brazil-1", "la-north-2",     "af-north-1",     "cn-north-12",
                      "cn-southwest-3", "cn-north-11"}));
        QCOMPARE(regionsOf(CloudService::ServiceStage),
                 set({"af-south-1",  "cn-north-4",       "cn-north-1",     "cn-east-2",      "cn-east-3",
                      "cn-south-1",  "cn-southwest-2",   "ap-southeast-2", "ap-southeast-1", "ap-southeast-3",
                      "sa-brazil-1", "la-south-2",       "la-north-2",     "tr-west-1",      "ap-southeast-4",
                      "ru-moscow-1", "my-kualalumpur-1", "cn-north-12",    "cn-south-4",     "cn-east-4",
                      "cn-north-9",  "me-east-1"}));
        QCOMPARE(regionsOf(CloudService::Ief),
                 set({"cn-north-1", "cn-north-4", "cn-east-3", "cn-east-2", "cn-south-1"}));
        QCOMPARE(regionsOf(CloudService::Iam),
                 set({"cn-north-2",     "cn-north-4", "cn-north-1",     "cn-east-2",      "cn-east-3",
                      "cn-south-1",     "cn-south-2", "cn-southwest-2", "ap-southeast-1", "ap-southeast-2",
                      "ap-southeast-3", "af-south-1", "sa-brazil-1",    "la-south-2",     "na-mexico-1",
                      "la-north-2",     "cn-north-9", "eu-west-101",    "eu-west-0",      "my-kualalumpur-1",
                      "ru-moscow-1",    "me-east-1",  "ap-southeast-4", "ae-ad-1",        "cn-east-4",
                      "cn-east-5",      "tr-west-1",  "cn-north-12"}));
        QCOMPARE(knownRegions().size(), 32); // the union, each once
        QSet<QString> ids;
        for (const RegionInfo &r : knownRegions()) {
            QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
            ids.insert(r.id);
            QVERIFY(isValidRegion(r.id));
            QVERIFY(!r.name.isEmpty());
        }
    }

    void hostsThatDiffer()
    {
        QCOMPARE(serviceEndpoint(CloudService::ModelArts, QStringLiteral("ap-southeast-1")),
                 QUrl(QStringLiteral("https://modelarts.ap-southeast-1.myhuaweicloud.cn")));
        QCOMPARE(serviceEndpoint(CloudService::ServiceStage, QStringLiteral("ap-southeast-1")),
                 QUrl(QStringLiteral("https://servicestage.ap-southeast-1.myhuaweicloud.com")));
        QCOMPARE(serviceEndpoint(CloudService::Iam, QStringLiteral("ap-southeast-1")),
                 QUrl(QStringLiteral("https://iam.ap-southeast-1.myhuaweicloud.com")));
        QCOMPARE(serviceEndpoint(CloudService::Iam, QStringLiteral("eu-west-101")),
                 QUrl(QStringLiteral("https://iam.eu-west-101.myhuaweicloud.eu")));
        QCOMPARE(serviceEndpoint(CloudService::Iam, QStringLiteral("eu-west-0")),
                 QUrl(QStringLiteral("https://iam.eu-west-0.myhuaweicloud.com")));
        // Every other offered service: the usual host.
        for (const RegionInfo &r : knownRegions()) {
            for (CloudService s :
                 {CloudService::ModelArts, CloudService::ServiceStage, CloudService::Ief, CloudService::Iam}) {
                const QUrl url = serviceEndpoint(s, r.id);
                QCOMPARE(url.isEmpty(), !r.offers(s));
                if (!url.isEmpty())
                    QCOMPARE(url.scheme(), QStringLiteral("https"));
            }
        }
    }

    void servicesNotOfferedAreEmpty()
    {
        const Endpoints sg = Endpoints::forRegion(QStringLiteral("ap-southeast-3"));
        QVERIFY(!sg.modelArts.isEmpty());
        QVERIFY(!sg.serviceStage.isEmpty());
        QVERIFY(sg.ief.isEmpty()); // IEF is not in ap-southeast-3
        QCOMPARE(servicesNotOffered(QStringLiteral("ap-southeast-3")), QList<CloudService>{CloudService::Ief});
        QCOMPARE(servicesNotOffered(QStringLiteral("cn-north-4")), QList<CloudService>{});
        QCOMPARE(servicesNotOffered(QStringLiteral("eu-west-101")),
                 (QList<CloudService>{CloudService::ModelArts, CloudService::ServiceStage, CloudService::Ief}));
        // An override still wins where the table has nothing.
        Endpoints o;
        o.ief = QUrl(QStringLiteral("https://ief.example.test"));
        QCOMPARE(sg.withOverrides(o).ief, o.ief);
    }

    // A region newer than the SDK release keeps the usual hosts; malformed ids give none.
    void unknownRegionsAreDerived()
    {
        const Endpoints e = Endpoints::forRegion(QStringLiteral("xx-newregion-9"));
        QCOMPARE(e.modelArts, QUrl(QStringLiteral("https://modelarts.xx-newregion-9.myhuaweicloud.com")));
        QCOMPARE(e.ief, QUrl(QStringLiteral("https://ief.xx-newregion-9.myhuaweicloud.com")));
        QVERIFY(servicesNotOffered(QStringLiteral("xx-newregion-9")).isEmpty());
        QVERIFY(findRegion(u"xx-newregion-9") == nullptr);
        QVERIFY(serviceEndpoint(CloudService::Iam, QStringLiteral("evil.example/x")).isEmpty());
        QVERIFY(Endpoints::forRegion(QString()).isEmpty());
    }

    void displayNamesAndTypedText()
    {
        const RegionInfo *bj4 = findRegion(u"cn-north-4");
        QVERIFY(bj4);
        QCOMPARE(bj4->displayName(), QStringLiteral("CN North-Beijing4 (cn-north-4)"));
        QCOMPARE(regionIdFromText(QStringLiteral("CN North-Beijing4 (cn-north-4)")), QStringLiteral("cn-north-4"));
        QCOMPARE(regionIdFromText(QStringLiteral("  cn-north-4 ")), QStringLiteral("cn-north-4"));
        QCOMPARE(regionIdFromText(QStringLiteral("xx-newregion-9")), QStringLiteral("xx-newregion-9"));
        // A look-alike is not a known display name: it stays as typed (and then fails validation).
        QCOMPARE(regionIdFromText(QStringLiteral("Somewhere (cn-north-4)")), QStringLiteral("Somewhere (cn-north-4)"));
        QCOMPARE(findRegion(u"ap-southeast-1")->displayName(), QStringLiteral("CN-Hong Kong (ap-southeast-1)"));
    }
};

QTEST_GUILESS_MAIN(RegionsTest)
#include "tst_regions.moc"
