// SPDX-License-Identifier: Apache-2.0
#include "job_detail_panel.h"

#include "cloud_error.h"
#include "empty_state.h"
#include "failure_summary_model.h"
#include "failure_summary_panel.h"
#include "job_summary_view.h"
#include "task_panel.h"
#include "task_tree_model.h"
#include "version_drift.h"
#include "version_drift_panel.h"

#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace liteops::ui {

JobDetailPanel::JobDetailPanel(QWidget *parent)
    : QWidget(parent), m_banner(new ErrorBanner(this)), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)), m_summary(new JobSummaryView(this)), m_tabs(new QTabWidget(this)),
      m_tasks(new TaskPanel(this)), m_failures(new FailureSummaryPanel(this)), m_versions(new VersionDriftPanel(this))
{
    m_tabs->addTab(m_tasks, tr("Tasks"));
    m_tabs->addTab(m_failures, tr("Failures"));
    m_tabs->addTab(m_versions, tr("Versions"));
    m_tabs->setDocumentMode(true);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_banner, &ErrorBanner::retryRequested, this, &JobDetailPanel::retryRequested);
    connect(m_failures, &FailureSummaryPanel::clusterActivated, this, [this](const QString &clusterId) {
        m_tasks->selectCluster(clusterId);
        showTasksTab();
    });
    auto selectTaskIds = [this](const QStringList &taskIds) {
        m_tasks->selectTasks(m_tasks->model()->indexesOfTasks(taskIds)); // one pass
        showTasksTab();
    };
    connect(m_failures, &FailureSummaryPanel::tasksRequested, this, selectTaskIds);
    connect(m_versions, &VersionDriftPanel::serversRequested, this, selectTaskIds);
    clear();
}

void JobDetailPanel::showTasksTab()
{
    m_tabs->setCurrentWidget(m_tasks);
}

void JobDetailPanel::saveSettings() const
{
    m_tasks->saveSettings();
    m_failures->saveSettings();
}

void JobDetailPanel::setJob(const Job &job, const QDateTime &at)
{
    const bool other = !m_hasJob || job.id != m_job.id;
    m_job = job;
    m_hasJob = true;
    m_lastGood = at;
    m_loadingId.clear();
    m_banner->dismiss();
    m_summary->setJob(job);
    m_tasks->setJob(job);
    m_failures->setJob(job);
    m_versions->setJob(job);
    updateTabTitles();
    if (other) {
        // Query jobs open on their versions; jobs with failures on the tasks, failed first.
        m_tabs->setCurrentWidget(
            m_versions->hasVersions() && job.counts().failed == 0 ? static_cast<QWidget *>(m_versions) : m_tasks);
    }
    m_stack->setCurrentIndex(1);
}

void JobDetailPanel::updateTabTitles()
{
    const int tasks = int(m_job.tasks.size());
    switch (m_job.provider) {
    case Provider::ServiceStage: m_tabs->setTabText(0, tr("Steps (%1)").arg(tasks)); break;
    case Provider::Ief: m_tabs->setTabText(0, tr("Nodes (%1)").arg(tasks)); break;
    case Provider::ModelArts: m_tabs->setTabText(0, tr("Tasks (%1)").arg(tasks)); break;
    }
    // Driver versions are what ModelArts servers report; steps and edge nodes have none.
    m_tabs->setTabVisible(m_tabs->indexOf(m_versions), m_job.provider == Provider::ModelArts);
    const int failed = m_failures->model()->totalTasks();
    m_tabs->setTabText(1, failed > 0 ? tr("Failures (%1)").arg(failed) : tr("Failures"));
    m_tabs->setTabText(2, m_versions->hasVersions() ? tr("Versions (%1)").arg(m_versions->model()->versionRowCount())
                                                    : tr("Versions"));
}

void JobDetailPanel::setLoading(const QString &jobId)
{
    m_loadingId = jobId;
    if (!m_hasJob || m_job.id != jobId) {
        m_empty->setContent(tr("Loading job %1…").arg(jobId),
                            tr("The job's tasks appear here as soon as the service answers."));
        m_stack->setCurrentIndex(0);
        m_banner->dismiss();
    }
}

void JobDetailPanel::showError(const CloudError &error)
{
    const bool stale = m_hasJob && (m_loadingId.isEmpty() || m_loadingId == m_job.id);
    m_banner->showError(BannerError::fromCloud(tr("The job could not be loaded."), error),
                        stale ? m_lastGood : QDateTime());
    if (!stale) {
        m_empty->setContent(tr("Job not loaded"),
                            tr("See the message above; press Retry or F5 to try again, or open another job."));
        m_stack->setCurrentIndex(0);
    }
}

void JobDetailPanel::clear()
{
    m_hasJob = false;
    m_job = {};
    m_lastGood = {};
    m_loadingId.clear();
    m_banner->dismiss();
    m_summary->clear();
    m_tasks->clear();
    m_failures->clear();
    m_versions->clear();
    m_empty->setContent(
        tr("No job selected"),
        tr("Select a job in the list to see its servers, or press Ctrl+O to open a ServiceStage or IEF job by id."));
    m_stack->setCurrentIndex(0);
}

} // namespace liteops::ui
