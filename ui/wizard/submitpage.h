// SPDX-License-Identifier: Apache-2.0
#pragma once
// Page 6: the submission. Per-wave progress with each created job's id, Stop and Resume, a
// log, and at the end the offer to open the created jobs in the console. The page holds no
// network logic: it drives a WaveSubmitter and shows its state.
#include <QWizardPage>

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

    void initializePage() override;
    bool isComplete() const override;
    bool openJobsWhenDone() const;

signals:
    void openJobsRequested(const QStringList &jobIds);

private:
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
};

} // namespace liteops::ui
