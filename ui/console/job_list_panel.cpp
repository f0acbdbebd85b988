// SPDX-License-Identifier: Apache-2.0
#include "job_list_panel.h"

#include "app_settings.h"
#include "cloud_error.h"
#include "empty_state.h"
#include "job_filter_bar.h"
#include "job_filter_proxy.h"
#include "job_list_model.h"
#include "state_delegate.h"
#include "view_settings.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace liteops::ui {
namespace {
const QString kHeaderKey = QStringLiteral("jobList");
}

JobListPanel::JobListPanel(QWidget *parent)
    : QWidget(parent), m_filters(new JobFilterBar(this)), m_banner(new ErrorBanner(this)),
      m_stack(new QStackedWidget(this)), m_view(new QTreeView(this)), m_empty(new EmptyState(this)),
      m_status(new QLabel(this)), m_incomplete(new QLabel(this)), m_model(new JobListModel(this)),
      m_proxy(new JobFilterProxy(this))
{
    setUpView();
    setUpStatusLines();
    layOut();
    connectSignals();
    restoreFilters();
    applyFilters();
}

void JobListPanel::setUpView()
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("jobListView"));
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegateForColumn(JobListModel::Status, new StateIconDelegate(m_view));
    m_view->installEventFilter(this);
    m_view->sortByColumn(JobListModel::Created, Qt::DescendingOrder);
    setUpColumns();
    m_view->sortByColumn(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
}

void JobListPanel::setUpStatusLines()
{
    m_status->setContentsMargins(6, 0, 6, 2);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("jobListStatus"));
    // Never a silent partial list: when the service ignored the paging parameters, say how
    // many of how many jobs are shown.
    m_incomplete->setObjectName(QStringLiteral("incompleteBanner"));
    m_incomplete->setAccessibleName(tr("Incomplete list"));
    m_incomplete->setWordWrap(true);
    m_incomplete->setTextFormat(Qt::PlainText);
    m_incomplete->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_incomplete->setContentsMargins(10, 6, 10, 6);
    m_incomplete->setStyleSheet(
        QStringLiteral("QLabel#incompleteBanner { border: 1px solid #c98a00; border-radius: 4px;"
                       " background: rgba(230, 160, 0, 40); }"));
    m_incomplete->hide();
}

void JobListPanel::layOut()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_incomplete);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
}

void JobListPanel::connectSignals()
{
    connect(m_filters, &JobFilterBar::filtersChanged, this, &JobListPanel::applyFilters);
    connect(m_filters, &JobFilterBar::showHiddenChanged, this, &JobListPanel::applyFilters);
    connect(m_banner, &ErrorBanner::retryRequested, this, &JobListPanel::retryRequested);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (m_model->rowCount() > 0) { // filters hide everything: clear them
            m_filters->setStates(StateSet::all());
            m_filters->setType(QString());
            m_filters->setText(QString());
        } else {
            emit newJobRequested();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentJobChanged(current.data(JobIdRole).toString()); });
    connect(m_view, &QTreeView::doubleClicked, this,
            [this](const QModelIndex &index) { emit jobActivated(index.data(JobIdRole).toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &JobListPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &JobListPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &JobListPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JobListPanel::updateEmptyState);
}

// The filters as the user left them (without announcing them: applyFilters() follows).
void JobListPanel::restoreFilters()
{
    const JobFilterSettings saved = AppSettings().jobFilters();
    {
        const QSignalBlocker block(m_filters);
        m_filters->setStates(saved.states);
        m_filters->setType(saved.type);
        m_filters->setText(saved.text);
        m_filters->setShowHidden(saved.showHidden);
    }
}

JobListPanel::~JobListPanel() = default;

void JobListPanel::setUpColumns()
{
    const AppSettings settings;
    const bool saved = settings.hasHeaderState(kHeaderKey);
    // Columns a saved layout predates start hidden, as they do without one. Layouts saved
    // before this count was kept had the nine columns up to Id.
    const int savedColumns = settings.headerColumnCount(kHeaderKey, int(JobListModel::Progress));
    setupHeader(m_view->header(), kHeaderKey, {190, 180, 125, 60, 110, 140, 140, 200, 280, 70, 60});
    // The defaults fit a 1024-pixel window beside the job detail: the rest is one right click
    // away (the header's column menu).
    QList<int> hidden;
    if (!saved)
        hidden = {JobListModel::Updated, JobListModel::Id};
    const int firstNew = std::max(saved ? savedColumns : 0, int(JobListModel::Progress));
    for (int column = firstNew; column < JobListModel::ColumnCount; ++column)
        hidden << column;
    for (int column : std::as_const(hidden))
        m_view->header()->setSectionHidden(column, true);
}

void JobListPanel::saveSettings() const
{
    saveHeader(m_view->header(), kHeaderKey);
    AppSettings settings;
    settings.setHeaderColumnCount(kHeaderKey, int(JobListModel::ColumnCount));
    JobFilterSettings filters;
    filters.states = m_filters->states();
    filters.type = m_filters->type();
    filters.text = m_filters->text();
    filters.showHidden = m_filters->showHidden();
    settings.setJobFilters(filters);
}

void JobListPanel::applyFilters()
{
    m_proxy->setFilters(m_filters->states(), m_filters->type(), m_filters->text(), !m_filters->showHidden());
    updateEmptyState();
}

namespace {
// "14:02" today, "12/1/26 14:02" before; local time.
QString storedAgeText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}
} // namespace

void JobListPanel::setStoredJobs(const QList<Job> &jobs, const QDateTime &asOf)
{
    setJobs(jobs, asOf);
    m_storedAsOf = asOf; // always known: the store keeps when the list was fetched
    updateStatus();
}

QString JobListPanel::statusText() const
{
    return m_status->text();
}

void JobListPanel::setJobs(const QList<Job> &jobs, const QDateTime &at)
{
    m_storedAsOf = {};
    m_lastGood = at;
    m_loadedOnce = true;
    m_banner->dismiss();
    m_model->applySnapshot(jobs);
    m_filters->setJobs(jobs);
    updateEmptyState();
    updateStatus();
}

void JobListPanel::setCompleteness(const ListCompleteness &completeness)
{
    m_completeness = completeness;
    const QString text = completeness.explanation(tr("jobs"));
    m_incomplete->setText(text);
    m_incomplete->setVisible(!text.isEmpty());
    updateStatus();
}

void JobListPanel::setLoading(bool loading)
{
    m_loading = loading;
    updateEmptyState();
    updateStatus();
}

void JobListPanel::showError(const CloudError &error)
{
    // No answer at all, yet rows to show: say plainly that they are not live.
    const bool offline = error.kind == CloudError::Kind::Network || error.kind == CloudError::Kind::Timeout;
    if (offline && m_loadedOnce && m_lastGood.isValid()) {
        m_banner->showError(BannerError::fromCloud(tr("Offline — showing data as of %1").arg(storedAgeText(m_lastGood)),
                                                   error),
                            m_lastGood);
        updateEmptyState();
        updateStatus();
        return;
    }
    m_banner->showError(BannerError::fromCloud(tr("The job list could not be refreshed."), error), m_lastGood);
    updateEmptyState();
    updateStatus();
}

void JobListPanel::clearAll()
{
    m_model->clear();
    m_filters->setJobs({});
    m_banner->dismiss();
    setCompleteness({});
    m_lastGood = {};
    m_storedAsOf = {};
    m_loadedOnce = false;
    updateEmptyState();
    updateStatus();
}

void JobListPanel::updateStatus()
{
    QString text;
    if (m_loadedOnce)
        text = tr("%1 of %n jobs shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    if (m_loadedOnce) {
        const QString deleted = deletedJobsNote();
        if (!deleted.isEmpty())
            text += QStringLiteral(" · ") + deleted;
    }
    if (m_loadedOnce && !m_completeness.complete)
        text += QStringLiteral(" · ") + m_completeness.summary();
    if (m_storedAsOf.isValid())
        text += QStringLiteral(" · ") + tr("as of %1").arg(storedAgeText(m_storedAsOf));
    if (m_loading)
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("Refreshing…");
    m_status->setText(text);
}

QString JobListPanel::deletedJobsNote() const
{
    // The chips' counts: this runs on every row signal of the proxy, never a pass over 100k jobs.
    const int deleted = m_filters->jobCount(State::Deleted);
    if (deleted == 0)
        return {};
    if (m_proxy->hidesAsDeleted(State::Deleted))
        return tr("%n deleted job(s) hidden", nullptr, deleted);
    // Shown: say why, so a deleted job in the list is not taken for a live one.
    return m_filters->showHidden() ? tr("deleted jobs shown (Show hidden is on)")
                                   : tr("deleted jobs shown (the Deleted chip is on)");
}

void JobListPanel::updateEmptyState()
{
    updateStatus();
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (!m_loadedOnce && (m_loading || !m_banner->isVisible()))
        m_empty->setContent(tr("Loading jobs…"), tr("The job list appears here as soon as the service answers."));
    else if (!m_loadedOnce)
        m_empty->setContent(tr("No jobs loaded"),
                            tr("The service could not be reached. Check the message above, then press Retry or F5."));
    else if (m_model->rowCount() > 0)
        m_empty->setContent(tr("No job matches the filters"),
                            tr("%n job(s) are hidden by the state chips, type or search text.", nullptr,
                               m_model->rowCount()),
                            tr("Clear filters"));
    else
        m_empty->setContent(tr("No jobs yet"), tr("Create a job for a set of servers to see it here."), tr("New job…"));
    m_stack->setCurrentWidget(m_empty);
}

QString JobListPanel::currentJobId() const
{
    return m_view->currentIndex().data(JobIdRole).toString();
}

QStringList JobListPanel::selectedJobIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids << i.data(JobIdRole).toString();
    return ids;
}

void JobListPanel::selectFirstRowIfNone()
{
    if (m_view->currentIndex().isValid() || m_proxy->rowCount() == 0)
        return;
    const QModelIndex first = m_proxy->index(0, 0);
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void JobListPanel::clearCurrentJob()
{
    m_view->selectionModel()->clearSelection();
    m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
}

bool JobListPanel::selectJob(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool JobListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            emit jobActivated(currentJobId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace liteops::ui
