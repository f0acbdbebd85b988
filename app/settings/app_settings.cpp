// SPDX-License-Identifier: Apache-2.0
#include "app_settings.h"

#include "setting_value.h"
#include "settings_migration.h"

#include <QSettings>
#include <QStandardPaths>

namespace liteops {

namespace {

// The keys, in one place. Changing one loses what users saved under it.
const SettingValue<QString> kLanguage{QStringLiteral("ui/language")};
const SettingValue<QString> kLastConnection{QStringLiteral("console/lastConnection")};
const SettingValue<QString> kExportDir{QStringLiteral("console/exportDir")};
const SettingValue<QByteArray> kWindowGeometry{QStringLiteral("console/geometry")};
const SettingValue<QByteArray> kWindowState{QStringLiteral("console/windowState")};
const SettingValue<QByteArray> kMainSplitter{QStringLiteral("console/splitter")};
const SettingValue<QByteArray> kTaskSplitter{QStringLiteral("console/taskSplitter")};
const SettingValue<bool> kAutoRefresh{QStringLiteral("console/autoRefresh"), true};
const SettingValue<TaskTreeModel::Grouping> kTaskGrouping{QStringLiteral("console/taskGrouping"),
                                                          TaskTreeModel::Grouping::ByState};
const auto kJobFiltersGroup = QStringLiteral("console/jobFilters");
const auto kRecentJobsArray = QStringLiteral("console/recentJobs");

QString headerKey(const QString &view)
{
    return QStringLiteral("views/%1/header").arg(view);
}

QStringList stateKeys(StateSet states)
{
    QStringList keys;
    if (states.isAll())
        return keys; // "every state" is stored as no list, so new states show up too
    for (int i = 0; i < kStateCount; ++i)
        if (states.contains(State(i)))
            keys << QString(stateKey(State(i)));
    return keys;
}

StateSet statesFromKeys(const QStringList &keys)
{
    StateSet states;
    for (const QString &key : keys)
        if (auto s = stateFromKey(key))
            states.insert(*s);
    return states.isEmpty() ? StateSet::all() : states;
}

} // namespace

AppSettings::AppSettings() : m_owned(std::make_unique<QSettings>()), m_settings(m_owned.get()) {}

AppSettings::AppSettings(QSettings *settings) : m_settings(settings) {}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    migrateSettings(settings());
}

QSettings &AppSettings::settings() const
{
    return *m_settings;
}

QString AppSettings::language() const
{
    return kLanguage.read(settings());
}

void AppSettings::setLanguage(const QString &locale)
{
    if (locale.isEmpty())
        settings().remove(kLanguage.key());
    else
        kLanguage.write(settings(), locale);
}

QString AppSettings::lastConnection() const
{
    return kLastConnection.read(settings());
}
void AppSettings::setLastConnection(const QString &profileName)
{
    kLastConnection.write(settings(), profileName);
}

QString AppSettings::exportDir() const
{
    return settings()
        .value(kExportDir.key(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void AppSettings::setExportDir(const QString &dir)
{
    kExportDir.write(settings(), dir);
}

QByteArray AppSettings::windowGeometry() const
{
    return kWindowGeometry.read(settings());
}
void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    kWindowGeometry.write(settings(), geometry);
}
QByteArray AppSettings::windowState() const
{
    return kWindowState.read(settings());
}
void AppSettings::setWindowState(const QByteArray &state)
{
    kWindowState.write(settings(), state);
}
QByteArray AppSettings::mainSplitter() const
{
    return kMainSplitter.read(settings());
}
void AppSettings::setMainSplitter(const QByteArray &state)
{
    kMainSplitter.write(settings(), state);
}
QByteArray AppSettings::taskSplitter() const
{
    return kTaskSplitter.read(settings());
}
void AppSettings::setTaskSplitter(const QByteArray &state)
{
    kTaskSplitter.write(settings(), state);
}
bool AppSettings::autoRefresh() const
{
    return kAutoRefresh.read(settings());
}
void AppSettings::setAutoRefresh(bool on)
{
    kAutoRefresh.write(settings(), on);
}
TaskTreeModel::Grouping AppSettings::taskGrouping() const
{
    return kTaskGrouping.read(settings());
}
void AppSettings::setTaskGrouping(TaskTreeModel::Grouping grouping)
{
    kTaskGrouping.write(settings(), grouping);
}

JobFilterSettings AppSettings::jobFilters() const
{
    QSettings &s = settings();
    s.beginGroup(kJobFiltersGroup);
    JobFilterSettings f;
    f.states = statesFromKeys(s.value(QStringLiteral("states")).toStringList());
    f.type = s.value(QStringLiteral("type")).toString();
    f.text = s.value(QStringLiteral("text")).toString();
    f.showHidden = s.value(QStringLiteral("showHidden"), false).toBool();
    s.endGroup();
    return f;
}

void AppSettings::setJobFilters(const JobFilterSettings &filters)
{
    QSettings &s = settings();
    s.beginGroup(kJobFiltersGroup);
    s.setValue(QStringLiteral("states"), stateKeys(filters.states));
    s.setValue(QStringLiteral("type"), filters.type);
    s.setValue(QStringLiteral("text"), filters.text);
    s.setValue(QStringLiteral("showHidden"), filters.showHidden);
    s.endGroup();
}

bool AppSettings::hasHeaderState(const QString &view) const
{
    return !settings().value(headerKey(view)).isNull();
}

QByteArray AppSettings::headerState(const QString &view) const
{
    return settings().value(headerKey(view)).toByteArray();
}

void AppSettings::setHeaderState(const QString &view, const QByteArray &state)
{
    settings().setValue(headerKey(view), state);
}

int AppSettings::headerColumnCount(const QString &view, int fallback) const
{
    return settings().value(QStringLiteral("views/%1/columns").arg(view), fallback).toInt();
}

void AppSettings::setHeaderColumnCount(const QString &view, int count)
{
    settings().setValue(QStringLiteral("views/%1/columns").arg(view), count);
}

Provider AppSettings::openJobService() const
{
    const QString key = settings().value(QStringLiteral("console/openJobService")).toString();
    return providerFromKey(key).value_or(Provider::ModelArts);
}

void AppSettings::setOpenJobService(Provider provider)
{
    settings().setValue(QStringLiteral("console/openJobService"), QString(providerKey(provider)));
}

QString AppSettings::theme() const
{
    return settings().value(QStringLiteral("view/theme")).toString();
}

void AppSettings::setTheme(const QString &name)
{
    settings().setValue(QStringLiteral("view/theme"), name);
}

QList<RecentJob> AppSettings::recentJobs() const
{
    QSettings &s = settings();
    QList<RecentJob> jobs;
    const int n = s.beginReadArray(kRecentJobsArray);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        RecentJob job;
        // By its stable key; settings written before keys were migrated (settings_migration).
        job.provider = providerFromKey(s.value(QStringLiteral("provider")).toString()).value_or(Provider::ModelArts);
        job.id = s.value(QStringLiteral("id")).toString();
        job.iefInstanceId = s.value(QStringLiteral("instance")).toString();
        jobs << job;
    }
    s.endArray();
    return jobs;
}

void AppSettings::setRecentJobs(const QList<RecentJob> &jobs)
{
    QSettings &s = settings();
    s.beginWriteArray(kRecentJobsArray, int(jobs.size()));
    for (int i = 0; i < jobs.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("provider"), QString(providerKey(jobs[i].provider)));
        s.setValue(QStringLiteral("id"), jobs[i].id);
        s.setValue(QStringLiteral("instance"), jobs[i].iefInstanceId);
    }
    s.endArray();
}

} // namespace liteops
