// SPDX-License-Identifier: Apache-2.0
#pragma once
// The left side of the console: filter bar, the job list (sortable, movable and hideable
// columns; deleted jobs only with "Show hidden"), an error banner when the listing fails (the
// last good rows stay, marked stale), and an empty state that says what to do next.
#include "cloud_call.h"
#include "error_banner.h"
#include "item_roles.h"
#include "core/types.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace liteops {
class JobListModel;
class JobFilterProxy;
struct CloudError;
} // namespace liteops

namespace liteops::ui {

class EmptyState;
class JobFilterBar;

class JobListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobListPanel(QWidget *parent = nullptr);
    ~JobListPanel() override;

    void setJobs(const QList<Job> &jobs, const QDateTime &at);
    // Whether the last listing held every job the service reported: an incomplete one is
    // said in the status line ("incomplete: 10 of 1,234") and in a banner above the list.
    void setCompleteness(const ListCompleteness &completeness);
    const ListCompleteness &completeness() const { return m_completeness; }
    QLabel *incompleteBanner() const { return m_incomplete; }
    // The last-known list from the local store, labelled with its age until setJobs().
    void setStoredJobs(const QList<Job> &jobs, const QDateTime &asOf);
    bool showsStoredJobs() const { return m_storedAsOf.isValid(); }
    QString statusText() const;
    void setLoading(bool loading);
    void showError(const CloudError &error);
    void clearAll(); // a different connection: no rows, no error

    QString currentJobId() const;
    QStringList selectedJobIds() const;
    bool selectJob(const QString &id);
    // No current row and no selection (a job of another service is open).
    void clearCurrentJob();
    // Makes the top row current (and so open) when nothing is: the keyboard works at once.
    void selectFirstRowIfNone();

    QTreeView *view() const { return m_view; }
    JobFilterBar *filterBar() const { return m_filters; }
    ErrorBanner *banner() const { return m_banner; }
    EmptyState *emptyState() const { return m_empty; }
    JobListModel *model() const { return m_model; }
    JobFilterProxy *proxy() const { return m_proxy; }
    QDateTime lastLoaded() const { return m_lastGood; }

    void saveSettings() const;

signals:
    void currentJobChanged(const QString &jobId);
    void jobActivated(const QString &jobId); // Enter or double click
    void retryRequested();
    void newJobRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's steps, in order.
    void setUpView();
    void setUpColumns();
    void setUpStatusLines();
    void layOut();
    void connectSignals();
    void restoreFilters();

    void applyFilters();
    QString deletedJobsNote() const; // the status line's word on deleted jobs
    void updateEmptyState();
    void updateStatus();

    JobFilterBar *m_filters;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    EmptyState *m_empty;
    QLabel *m_status;
    QLabel *m_incomplete;
    ListCompleteness m_completeness;
    JobListModel *m_model;
    JobFilterProxy *m_proxy;
    QDateTime m_lastGood;
    bool m_loading = false;
    bool m_loadedOnce = false;
    QDateTime m_storedAsOf; // valid while the rows are the store's, not the cloud's
};

} // namespace liteops::ui
