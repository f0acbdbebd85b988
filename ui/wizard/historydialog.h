// SPDX-License-Identifier: Apache-2.0
#pragma once
// Submission History: one row per run (submission) with its waves nested, the run's outcome
// and totals from the history file, the exact request of the selected wave, and the actions
// a run offers: open its jobs, Continue… (a run stopped at a gate or resumable) and Submit
// again…. The dialog sends nothing itself: it asks, and the console opens the wizard.
#include "submissionhistory.h"

#include <QDialog>
#include <QString>

class QFileSystemWatcher;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace liteops::ui {

class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // `profile`: the connection the console is on ("" when none): Continue goes on only with
    // runs recorded under it.
    explicit HistoryDialog(const liteops::SubmissionHistory &history = liteops::SubmissionHistory(),
                           const QString &profile = QString(), QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // Reads the file again, keeping the selected row (also done when the file changes).
    void reload();

signals:
    void openJobRequested(const QString &jobId);
    // The user confirmed Continue… of this run (as the history holds it now).
    void continueRequested(const liteops::SubmissionRecord &record);
    void submitAgainRequested(const liteops::SubmissionRecord &record);

private:
    std::optional<liteops::SubmissionRecord> selectedRun() const;
    void showSelection();
    void updateButtons();
    void askToContinue();
    void openJobOf(QTreeWidgetItem *item);
    void watchFile();
    void sizeColumns();

    liteops::SubmissionHistory m_history;
    QString m_profile;
    QList<liteops::SubmissionRecord> m_records;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QPushButton *m_continue;
    QPushButton *m_submitAgain;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
};

} // namespace liteops::ui
