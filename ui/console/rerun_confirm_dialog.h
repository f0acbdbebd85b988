#pragma once
// Rerun without the wizard: shows the exact create request (servers, type, items, JSON) and
// sends it only when the user confirms, through the one submission engine (WaveSubmitter):
// one create in flight at most, and an ambiguous outcome reconciled against the list of jobs
// taken before the create before anything is offered again.
#include "core/types.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace liteops {
class CloudClient;
class WaveSubmitter;
}

namespace liteops::ui {

class RerunConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    RerunConfirmDialog(CloudClient *client, const CreateJobRequest &request, QWidget *parent = nullptr);

    const CreateJobRequest &request() const { return m_request; }
    QString requestJson() const;
    QString statusText() const;
    QPushButton *createButton() const { return m_create; }

signals:
    void jobsCreated(const QStringList &jobIds);

private:
    void submit();
    void setStatus(const QString &text, bool error);

    QPointer<CloudClient> m_client;
    CreateJobRequest m_request;
    QPlainTextEdit *m_json;
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_create;
    WaveSubmitter *m_submitter = nullptr;
};

} // namespace liteops::ui
