// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Open job by id" (Ctrl+O): a ModelArts, ServiceStage or IEF job id (IEF with an optional
// instance id), validated before anything is sent, with the recently opened ids one click
// away. The recent list lives in AppSettings; an id joins it only once the job has opened
// (the main window calls rememberJob()), so a typo never does. The service chosen last is
// the next default, and a ServiceStage "JOB…" id switches the service to ServiceStage by
// itself.
#include "job_ref.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace liteops::ui {

class OpenJobDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenJobDialog(QWidget *parent = nullptr);

    JobRef jobRef() const;
    void setJobRef(const JobRef &ref);
    // Connected to the local sandbox: its ServiceStage and IEF sample jobs (no list call
    // finds them) join the recent list, each with a short description.
    void addSandboxSamples(const QList<std::pair<JobRef, QString>> &samples);
    QListWidget *recentList() const { return m_recent; }
    QComboBox *serviceBox() const { return m_service; }
    QLineEdit *idField() const { return m_id; }
    // "Recognised a ServiceStage job id" after a switch the id caused; empty otherwise.
    QString recognitionNote() const { return m_recognised; }

    static QList<JobRef> recentJobs();
    // Moves `ref` to the front of the recent list (at most 15 kept).
    static void rememberJob(const JobRef &ref);
    static QString providerDisplayName(Provider provider);

    void accept() override;

private:
    void validate();
    void onServiceChanged();
    void recogniseService();

    QComboBox *m_service;
    QLineEdit *m_id;
    QLineEdit *m_instance;
    QLabel *m_instanceLabel;
    QLabel *m_problem;
    QListWidget *m_recent;
    QDialogButtonBox *m_buttons;
    QString m_recognised;
};

} // namespace liteops::ui
