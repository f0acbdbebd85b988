#pragma once
// Rerun without the wizard: shows the exact create request (servers, type, items, JSON) and
// sends it only when the user confirms. One create in flight at most; an ambiguous outcome
// is reconciled by listing jobs with that name before anything is offered again.
#include "types.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace liteops {
class CloudClient;
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
    void reconcile();
    void setStatus(const QString &text, bool error);

    QPointer<CloudClient> m_client;
    CreateJobRequest m_request;
    QPlainTextEdit *m_json;
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_create;
    bool m_sending = false;
};

} // namespace liteops::ui
