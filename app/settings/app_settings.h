// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every setting the desktop console keeps in QSettings, typed. Widgets ask this class for
// "the task grouping" or "the saved header of the job list"; no key string lives in ui/.
// Profiles and credentials are not here: ProfileStore (app/cloud) and ProfileCache
// (app/sync) own those.
//
// Cheap to make: construct one where a setting is read or written, as with QSettings().
#include "item_roles.h"
#include "core/state.h"
#include "task_tree_model.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace liteops {

// A job opened by id (File › Open job by id), as remembered in the recent list.
struct RecentJob
{
    Provider provider = Provider::ModelArts;
    QString id;
    QString iefInstanceId; // IEF only, optional
};

// The job list's filter bar as the user left it.
struct JobFilterSettings
{
    StateSet states = StateSet::all();
    QString type;
    QString text;
    bool showHidden = false;
};

class AppSettings
{
public:
    AppSettings();                             // the application's own QSettings()
    explicit AppSettings(QSettings *settings); // not owned (tests)
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // Converts what older versions wrote (settings_migration.h); once, at start-up, before
    // anything is read.
    void migrate();

    // Help › Language: empty follows the system, otherwise a locale name such as "zh_CN".
    QString language() const;
    void setLanguage(const QString &locale);

    // The profile connected last ("" after the sandbox), reconnected at the next start.
    QString lastConnection() const;
    void setLastConnection(const QString &profileName);
    // Where the last export went; the documents folder before the first one.
    QString exportDir() const;
    void setExportDir(const QString &dir);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray mainSplitter() const;
    void setMainSplitter(const QByteArray &state);
    QByteArray taskSplitter() const;
    void setTaskSplitter(const QByteArray &state);
    bool autoRefresh() const; // on by default
    void setAutoRefresh(bool on);
    TaskTreeModel::Grouping taskGrouping() const;
    void setTaskGrouping(TaskTreeModel::Grouping grouping);

    JobFilterSettings jobFilters() const;
    void setJobFilters(const JobFilterSettings &filters);

    // Column order, widths and visibility of a view ("jobList", "taskTree", ...).
    bool hasHeaderState(const QString &view) const;
    QByteArray headerState(const QString &view) const;
    void setHeaderState(const QString &view, const QByteArray &state);
    // How many columns the view had when its header was saved ("views/<view>/columns"):
    // columns added since start hidden. `fallback` for layouts saved before it was kept.
    int headerColumnCount(const QString &view, int fallback) const;
    void setHeaderColumnCount(const QString &view, int count);

    // The service Open Job by Id offered last (ModelArts when none or unknown).
    Provider openJobService() const;
    void setOpenJobService(Provider provider);

    // View › Theme by name ("system", "light", "dark").
    QString theme() const;
    void setTheme(const QString &name);

    // Newest first; entries are kept as stored (the dialog checks the ids).
    QList<RecentJob> recentJobs() const;
    void setRecentJobs(const QList<RecentJob> &jobs);

private:
    QSettings &settings() const;

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace liteops
