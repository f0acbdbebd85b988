// SPDX-License-Identifier: Apache-2.0
// AppSettings: enums stored by key, the header key built in one place, and the one-time
// migration of settings older versions wrote (enums by number).
#include "app_settings.h"
#include "settings_migration.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;

class AppSettingsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh INI file per test, so tests cannot see each other's values.
    std::unique_ptr<QSettings> freshSettings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_files)),
                                           QSettings::IniFormat);
    }

private slots:
    void defaultsWithoutSettings()
    {
        auto s = freshSettings();
        AppSettings settings(s.get());
        QCOMPARE(settings.taskGrouping(), TaskTreeModel::Grouping::ByState);
        QVERIFY(settings.autoRefresh());
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.jobFilters().states.isAll());
        QVERIFY(!settings.hasHeaderState(QStringLiteral("jobList")));
        QVERIFY(settings.recentJobs().isEmpty());
        QVERIFY(!settings.exportDir().isEmpty());
    }

    void enumsAreStoredByKey()
    {
        auto s = freshSettings();
        AppSettings settings(s.get());
        settings.setTaskGrouping(TaskTreeModel::Grouping::ByErrorCluster);
        QCOMPARE(s->value(QStringLiteral("console/taskGrouping")).toString(), QStringLiteral("ByErrorCluster"));
        QCOMPARE(settings.taskGrouping(), TaskTreeModel::Grouping::ByErrorCluster);

        settings.setRecentJobs({{Provider::Ief, QStringLiteral("job-1"), QStringLiteral("inst")}});
        s->beginReadArray(QStringLiteral("console/recentJobs"));
        s->setArrayIndex(0);
        QCOMPARE(s->value(QStringLiteral("provider")).toString(), QStringLiteral("ief"));
        s->endArray();
        const QList<RecentJob> jobs = settings.recentJobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].provider, Provider::Ief);
        QCOMPARE(jobs[0].id, QStringLiteral("job-1"));
        QCOMPARE(jobs[0].iefInstanceId, QStringLiteral("inst"));
    }

    void unknownEnumKeyFallsBackToDefault()
    {
        auto s = freshSettings();
        s->setValue(QStringLiteral("console/taskGrouping"), QStringLiteral("ByColour"));
        QCOMPARE(AppSettings(s.get()).taskGrouping(), TaskTreeModel::Grouping::ByState);
    }

    void headerKeyIsPerView()
    {
        auto s = freshSettings();
        AppSettings settings(s.get());
        settings.setHeaderState(QStringLiteral("taskTree"), QByteArray("abc"));
        QCOMPARE(s->value(QStringLiteral("views/taskTree/header")).toByteArray(), QByteArray("abc"));
        QVERIFY(settings.hasHeaderState(QStringLiteral("taskTree")));
        QVERIFY(!settings.hasHeaderState(QStringLiteral("jobList")));
        QCOMPARE(settings.headerState(QStringLiteral("taskTree")), QByteArray("abc"));
    }

    void jobFiltersRoundTrip()
    {
        auto s = freshSettings();
        AppSettings settings(s.get());
        JobFilterSettings f;
        f.states = {State::Failed, State::Partial};
        f.type = QStringLiteral("HDK_UPGRADE");
        f.text = QStringLiteral("rack 4");
        f.showHidden = true;
        settings.setJobFilters(f);
        QCOMPARE(s->value(QStringLiteral("console/jobFilters/states")).toStringList(),
                 (QStringList{QStringLiteral("failed"), QStringLiteral("partial")}));
        const JobFilterSettings back = settings.jobFilters();
        QCOMPARE(back.states, f.states);
        QCOMPARE(back.type, f.type);
        QCOMPARE(back.text, f.text);
        QCOMPARE(back.showHidden, true);

        f.states = StateSet::all(); // stored as no list
        settings.setJobFilters(f);
        QVERIFY(s->value(QStringLiteral("console/jobFilters/states")).toStringList().isEmpty());
        QVERIFY(settings.jobFilters().states.isAll());
    }

    void languageEmptyRemovesTheKey()
    {
        auto s = freshSettings();
        AppSettings settings(s.get());
        settings.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(s->value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        settings.setLanguage(QString());
        QVERIFY(!s->contains(QStringLiteral("ui/language")));
    }

    void migratesVersion1Numbers_data()
    {
        QTest::addColumn<QVariant>("groupingIndex");
        QTest::addColumn<TaskTreeModel::Grouping>("grouping");
        QTest::newRow("by state") << QVariant(0) << TaskTreeModel::Grouping::ByState;
        QTest::newRow("by error") << QVariant(1) << TaskTreeModel::Grouping::ByErrorCluster;
        QTest::newRow("flat") << QVariant(2) << TaskTreeModel::Grouping::Flat;
        // Version 1 clamped what it read; the migration keeps that meaning.
        QTest::newRow("above range") << QVariant(7) << TaskTreeModel::Grouping::Flat;
        QTest::newRow("text") << QVariant(QStringLiteral("x")) << TaskTreeModel::Grouping::ByState;
    }

    void migratesVersion1Numbers()
    {
        QFETCH(QVariant, groupingIndex);
        QFETCH(TaskTreeModel::Grouping, grouping);
        auto s = freshSettings();
        // What version 1 wrote: the combo index and Provider's numbers.
        s->setValue(QStringLiteral("console/taskGrouping"), groupingIndex);
        s->beginWriteArray(QStringLiteral("console/recentJobs"), 3);
        for (int i = 0; i < 3; ++i) {
            s->setArrayIndex(i);
            s->setValue(QStringLiteral("provider"), 2 - i);
            s->setValue(QStringLiteral("id"), QStringLiteral("job-%1").arg(i));
        }
        s->endArray();
        s->sync();

        AppSettings settings(s.get());
        settings.migrate();
        QCOMPARE(settings.taskGrouping(), grouping);
        const QList<RecentJob> jobs = settings.recentJobs();
        QCOMPARE(jobs.size(), 3);
        QCOMPARE(jobs[0].provider, Provider::Ief);
        QCOMPARE(jobs[1].provider, Provider::ServiceStage);
        QCOMPARE(jobs[2].provider, Provider::ModelArts);
        QCOMPARE(jobs[2].id, QStringLiteral("job-2"));
        QCOMPARE(s->value(QStringLiteral("settings/version")).toInt(), kSettingsVersion);
    }

    void migratesOnce()
    {
        auto s = freshSettings();
        s->setValue(QStringLiteral("console/taskGrouping"), 1);
        AppSettings settings(s.get());
        settings.migrate();
        QCOMPARE(settings.taskGrouping(), TaskTreeModel::Grouping::ByErrorCluster);
        // A later number (written by hand, or by an old build) is not taken for an index again.
        s->setValue(QStringLiteral("console/taskGrouping"), 2);
        settings.migrate();
        QCOMPARE(settings.taskGrouping(), TaskTreeModel::Grouping::ByState);
    }

    void keysAlreadyStoredSurviveMigration()
    {
        auto s = freshSettings();
        AppSettings settings(s.get());
        settings.setTaskGrouping(TaskTreeModel::Grouping::Flat);
        settings.setRecentJobs({{Provider::ServiceStage, QStringLiteral("a"), QString()}});
        settings.migrate();
        QCOMPARE(settings.taskGrouping(), TaskTreeModel::Grouping::Flat);
        QCOMPARE(settings.recentJobs().value(0).provider, Provider::ServiceStage);
    }
};

QTEST_GUILESS_MAIN(AppSettingsTest)
#include "tst_settings_app_settings.moc"
