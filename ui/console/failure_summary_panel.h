#pragma once
// Why servers failed: one row per error cluster (pattern, a sample message, how many
// servers). Activating a row asks the console to select those servers in the task tree.
#include "core/types.h"

#include <QWidget>

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
    void saveSettings() const;

signals:
    void clusterActivated(const QString &clusterId);

private:
    void updateEmpty();

    FailureSummaryModel *m_model;
    QTableView *m_view;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
};

} // namespace liteops::ui
