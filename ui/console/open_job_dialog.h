#pragma once
// "Open job by id" (Ctrl+O): a ModelArts, ServiceStage or IEF job id (IEF with an optional
// instance id), validated before anything is sent, with the recently opened ids one click
// away. The recent list lives in AppSettings.
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

    static QList<JobRef> recentJobs();
    // Moves `ref` to the front of the recent list (at most 15 kept).
    static void rememberJob(const JobRef &ref);
    static QString providerDisplayName(Provider provider);

    void accept() override;

private:
    void validate();

    QComboBox *m_service;
    QLineEdit *m_id;
    QLineEdit *m_instance;
    QLabel *m_instanceLabel;
    QLabel *m_problem;
    QListWidget *m_recent;
    QDialogButtonBox *m_buttons;
};

} // namespace liteops::ui
