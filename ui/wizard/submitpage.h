// SPDX-License-Identifier: Apache-2.0
#pragma once
// Page 6: the submission. Per-wave progress with each created job's id, Stop and Resume, a
// log, and at the end the offer to open the created jobs in the console. The page holds no
// network logic: it drives a WaveSubmitter and shows its state.
#include "submissionhistory.h"

#include <QWizardPage>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace liteops {
class WizardState;
}

namespace liteops::ui {

class ReviewPage;

class SubmitPage : public QWizardPage
{
    Q_OBJECT
public:
    SubmitPage(WizardState *state, ReviewPage *review, QWidget *parent = nullptr);

    // The page then continues this recorded run (WaveSubmitter::resumeFrom) instead of
    // starting the reviewed plan. Call before the page is shown.
    void continueRecorded(const SubmissionRecord &record);

    void initializePage() override;
    bool isComplete() const override;
    bool openJobsWhenDone() const;

signals:
    void openJobsRequested(const QStringList &jobIds);

private:
    void fillTable(const QList<CreateJobRequest> &requests);
    void startPlan();
    void startContinue(const SubmissionRecord &record);
    void updateWave(int index);
    void updateRunState();

    WizardState *m_state;
    ReviewPage *m_review;
    QLabel *m_runState;
    QProgressBar *m_progress;
    QTreeWidget *m_table;
    QPlainTextEdit *m_log;
    QPushButton *m_stop;
    QPushButton *m_resume;
    QPushButton *m_open;
    QCheckBox *m_openWhenDone;
    bool m_started = false;
    std::optional<SubmissionRecord> m_continue;
};

} // namespace liteops::ui
