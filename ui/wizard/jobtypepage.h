// SPDX-License-Identifier: Apache-2.0
#pragma once
// Page 1: the job type. The service's templates (name, description, flavor type) and the
// built-in catalogue for types no template covers, with a plain explanation of the choice.
// It also carries the offer to restore a draft an earlier wizard left behind.
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;
class QFrame;

namespace liteops {
class WizardState;
}

namespace liteops::ui {

class JobTypePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit JobTypePage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void rebuildList();
    void onCurrentChanged();
    void updateStatus();
    void updateDraftBanner();

    WizardState *m_state;
    QFrame *m_draftBanner;
    QLabel *m_draftText;
    QLabel *m_status;
    QPushButton *m_retry;
    QTreeWidget *m_list;
    QLabel *m_explanation;
    bool m_rebuilding = false;
    bool m_choosing = false;
};

} // namespace liteops::ui
