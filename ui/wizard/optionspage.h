// SPDX-License-Identifier: Apache-2.0
#pragma once
// Page 4: the job's name (checked against the API's rule, suggested from type and date),
// description, is_reboot with a plain explanation, and how the servers are sent: servers per
// job, waves in flight, the error budget and the pause between waves.
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace liteops {
class WizardState;
}

namespace liteops::ui {

class RangeSpinBox;

class OptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OptionsPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    // The constructor's steps, in order.
    QWidget *createJobGroup();
    void setUpWaveFields();
    QWidget *createWavesGroup();
    void layOut(QWidget *job, QWidget *waves);
    void followEdits();

    void load();
    void update();

    WizardState *m_state;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_description;
    QLabel *m_descriptionWarning; // the SDK's rule: a warning, never a block
    QCheckBox *m_reboot;
    RangeSpinBox *m_serversPerJob;
    RangeSpinBox *m_wavesInFlight;
    RangeSpinBox *m_budgetTasks;
    RangeSpinBox *m_budgetPercent;
    RangeSpinBox *m_pause;
    QComboBox *m_planPreset;
    QLineEdit *m_waveSizes;
    QComboBox *m_gate;
    QCheckBox *m_verify;
    QLabel *m_plan;
    QLabel *m_problems;
    bool m_valid = false;
    bool m_loading = false;
};

} // namespace liteops::ui
