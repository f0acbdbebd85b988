// SPDX-License-Identifier: Apache-2.0
#pragma once
// The right side of the console: the selected or opened job (ModelArts, ServiceStage or
// IEF). Summary on top, then tabs for the tasks, the failure summary and version drift.
// A failed refresh shows a banner here and keeps the last good data, marked stale.
#include "error_banner.h"
#include "core/types.h"

#include <QDateTime>
#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace liteops {
struct CloudError;
}

namespace liteops::ui {

class EmptyState;
class FailureSummaryPanel;
class JobSummaryView;
class TaskPanel;
class VersionDriftPanel;

class JobDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobDetailPanel(QWidget *parent = nullptr);

    void setJob(const Job &job, const QDateTime &at);
    void setLoading(const QString &jobId);
    void showError(const CloudError &error);
    void clear();

    bool hasJob() const { return m_hasJob; }
    const Job &job() const { return m_job; }
    QDateTime lastLoaded() const { return m_lastGood; }

    JobSummaryView *summary() const { return m_summary; }
    TaskPanel *tasks() const { return m_tasks; }
    FailureSummaryPanel *failures() const { return m_failures; }
    VersionDriftPanel *versions() const { return m_versions; }
    QTabWidget *tabs() const { return m_tabs; }
    ErrorBanner *banner() const { return m_banner; }
    EmptyState *emptyState() const { return m_empty; }

    void showTasksTab();
    void saveSettings() const;

signals:
    void retryRequested();

private:
    void updateTabTitles();

    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    JobSummaryView *m_summary;
    QTabWidget *m_tabs;
    TaskPanel *m_tasks;
    FailureSummaryPanel *m_failures;
    VersionDriftPanel *m_versions;
    Job m_job;
    QDateTime m_lastGood;
    bool m_hasJob = false;
    QString m_loadingId;
};

} // namespace liteops::ui
