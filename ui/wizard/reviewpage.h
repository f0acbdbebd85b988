// SPDX-License-Identifier: Apache-2.0
#pragma once
// Page 5: a summary and the exact JSON of every request that will be sent (copyable), with
// the number of jobs and waves. The bytes shown come from the same encoder the client sends
// with, so what is reviewed is what goes out. Its button submits (a commit page).
#include "submission_plan.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace liteops {
class WizardState;
}

namespace liteops::ui {

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    // The plan reviewed here: the submit page sends exactly this.
    const SubmissionPlan &plan() const { return m_plan; }

private:
    void showWave(int index);

    WizardState *m_state;
    SubmissionPlan m_plan;
    QLabel *m_summary;
    QListWidget *m_waves;
    QPlainTextEdit *m_json;
    QCheckBox *m_indent = nullptr;
};

} // namespace liteops::ui
