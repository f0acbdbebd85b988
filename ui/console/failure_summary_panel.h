// SPDX-License-Identifier: Apache-2.0
#pragma once
// Why servers failed, and why others were skipped: one table of error clusters (pattern, a
// sample message, how many servers) and, apart from it, one of the skipped tasks clustered
// by their reason the same way. Activating a row asks the console to select those servers
// in the task tree.
#include "core/types.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace liteops {
class FailureSummaryModel;
}

namespace liteops::ui {

class EmptyState;

class FailureSummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FailureSummaryPanel(QWidget *parent = nullptr);

    void setJob(const Job &job);
    void clear();
    FailureSummaryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The skipped tasks by reason, shown below the failures when there are any.
    FailureSummaryModel *skippedModel() const { return m_skippedModel; }
    QTableView *skippedView() const { return m_skippedView; }
    QLabel *failedTitle() const { return m_failedTitle; }
    QLabel *skippedTitle() const { return m_skippedTitle; }
    void saveSettings() const;

signals:
    void clusterActivated(const QString &clusterId);
    // A skipped-reason row: its tasks (skipped clusters are not the tree's error clusters).
    void tasksRequested(const QStringList &taskIds);

private:
    QWidget *makeSection(QLabel *title, QTableView *view);
    void updateEmpty();

    FailureSummaryModel *m_model;
    QTableView *m_view;
    QLabel *m_failedTitle;
    FailureSummaryModel *m_skippedModel;
    QTableView *m_skippedView;
    QLabel *m_skippedTitle;
    QSplitter *m_sections;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
};

} // namespace liteops::ui
