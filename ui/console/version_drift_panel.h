// SPDX-License-Identifier: Apache-2.0
#pragma once
// Version drift of query jobs: a table of (driver, firmware) -> servers and a small bar chart
// of the same counts, so a fleet that is not on one version stands out. Servers without a
// result (failed, skipped, still running) are rows of the table too.
#include "core/types.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace liteops {
class VersionDriftModel;
}

namespace liteops::ui {

class EmptyState;
class VersionDriftChart;

class VersionDriftPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VersionDriftPanel(QWidget *parent = nullptr);

    void setJob(const Job &job);
    void clear();
    // The fleet's target driver version (empty: none): its row is marked and a line above the
    // table says how many of the job's servers are on it.
    void setTargetDriver(const QString &driver);
    QLabel *targetNote() const { return m_targetNote; }
    VersionDriftModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    VersionDriftChart *chart() const { return m_chart; }
    bool hasVersions() const;

signals:
    void serversRequested(const QStringList &taskIds);

private:
    void updateTargetNote();

    VersionDriftModel *m_model;
    QLabel *m_targetNote;
    QTableView *m_view;
    VersionDriftChart *m_chart;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
};

} // namespace liteops::ui
