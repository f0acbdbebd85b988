// SPDX-License-Identifier: Apache-2.0
#pragma once
// The open job's tasks: grouping (state, error cluster, flat), a filter field, the task tree
// and, below it, the selected task's full message in a copyable text panel. A ModelArts
// task is a server, a ServiceStage task a step and an IEF task a node: the labels say so.
#include "core/types.h"

#include <QModelIndexList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QToolButton;
class QTreeView;

namespace liteops {
class TaskTreeModel;
class TaskFilterProxy;
} // namespace liteops

namespace liteops::ui {

class TaskPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TaskPanel(QWidget *parent = nullptr);
    ~TaskPanel() override;

    void setJob(const Job &job);
    void clear();

    // Selects and reveals these tasks (column-0 indexes of the source model).
    void selectTasks(const QModelIndexList &sourceIndexes);
    void selectCluster(const QString &clusterId);
    // Tasks behind the selection (a selected group row stands for all its tasks).
    QList<const Task *> selectedTasks() const;

    QTreeView *view() const { return m_view; }
    TaskTreeModel *model() const { return m_model; }
    TaskFilterProxy *proxy() const { return m_proxy; }
    QComboBox *groupingBox() const { return m_grouping; }
    QLineEdit *filterField() const { return m_filter; }
    QPlainTextEdit *messageView() const { return m_message; }
    QSplitter *splitter() const { return m_split; }
    // The pane's own Copy (server ids of the selection) and Export (the rows shown) buttons.
    QToolButton *copyButton() const { return m_copy; }
    QToolButton *exportButton() const { return m_export; }
    // "8 tasks hidden by the filter — Clear", shown while the filter hides tasks.
    QLabel *filterNote() const { return m_filterNote; }
    void clearFilter();

    void focusFilter();
    void saveSettings() const;

signals:
    void copyRequested();
    void exportRequested();

private:
    // The constructor's steps, in order.
    void setUpFilterRow();
    void setUpView();
    void setUpMessagePane();
    void layOut();
    void restoreGrouping();
    void connectFilters();
    void connectViewUpdates();

    void updateMessage();
    void expandGroups();
    void spanGroupRows();
    void updateFilterNote();
    void applyProviderColumns(Provider provider);
    void setColumnsHidden(const QList<int> &columns, bool hidden);

    QComboBox *m_grouping;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QPlainTextEdit *m_message;
    QSplitter *m_split;
    QToolButton *m_copy;
    QToolButton *m_export;
    QLabel *m_filterNote;
    TaskTreeModel *m_model;
    TaskFilterProxy *m_proxy;
    // Columns this pane hid because they mean nothing for the open job's service (a
    // ServiceStage step has no server id, no job but ModelArts has a cloud server): shown
    // again for the next ModelArts job, and never saved as the user's choice.
    QList<int> m_hiddenForProvider;
};

} // namespace liteops::ui
