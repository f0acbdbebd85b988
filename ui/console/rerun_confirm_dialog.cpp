#include "rerun_confirm_dialog.h"

#include "cloud_client.h"
#include "encode.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace liteops::ui {

RerunConfirmDialog::RerunConfirmDialog(CloudClient *client, const CreateJobRequest &request, QWidget *parent)
    : QDialog(parent), m_client(client), m_request(request), m_json(new QPlainTextEdit(this)),
      m_summary(new QLabel(this)), m_status(new QLabel(this)), m_create(new QPushButton(tr("&Create job"), this))
{
    setWindowTitle(tr("Rerun Failed Nodes"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("A new %1 job named %2 will run on %n server(s). This is the exact request that will be sent:",
                          nullptr, int(request.serverIds.size()))
                           .arg(request.type, request.name));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlainText(requestJson());
    m_json->setAccessibleName(tr("Request JSON"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_json, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const QList<ValidationProblem> problems = validateCreateRequest(request);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ValidationProblem &p : problems)
            lines << QStringLiteral("%1: %2").arg(p.field, p.message);
        setStatus(tr("This request cannot be sent:\n%1").arg(lines.join(QLatin1Char('\n'))), true);
        m_create->setEnabled(false);
    }
    connect(m_create, &QPushButton::clicked, this, &RerunConfirmDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &RerunConfirmDialog::reject);
    resize(640, 480);
}

QString RerunConfirmDialog::requestJson() const
{
    return QString::fromUtf8(QJsonDocument(createRequestToJson(m_request)).toJson(QJsonDocument::Indented));
}

QString RerunConfirmDialog::statusText() const
{
    return m_status->text();
}

void RerunConfirmDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xd9, 0x3a, 0x3a));
    m_status->setPalette(pal);
}

void RerunConfirmDialog::submit()
{
    if (m_sending || !m_client)
        return;
    m_sending = true; // a double click cannot send twice
    m_create->setEnabled(false);
    setStatus(tr("Creating the job…"), false);
    m_client->createJob(m_request)->then(this, [this](const Result<Job> &r) {
        if (r.ok()) {
            emit jobsCreated({r.value().id});
            accept();
            return;
        }
        if (r.error().kind == CloudError::Kind::UnknownOutcome) {
            reconcile();
            return;
        }
        m_sending = false;
        m_create->setEnabled(true);
        setStatus(tr("The job was not created: %1").arg(r.error().message()), true);
    });
}

void RerunConfirmDialog::reconcile()
{
    setStatus(tr("No answer came back; checking whether the job was created…"), false);
    JobQuery q;
    q.name = m_request.name;
    m_client->listJobs(q)->then(this, [this](const Result<QList<Job>> &r) {
        if (r.ok()) {
            for (const Job &j : r.value()) {
                if (j.name == m_request.name) {
                    emit jobsCreated({j.id});
                    accept();
                    return;
                }
            }
            m_sending = false;
            m_create->setEnabled(true);
            setStatus(tr("The job was not created (no job named %1 exists). You can send it again.").arg(m_request.name), true);
            return;
        }
        // Still unknown: do not offer to send again, that could create a duplicate.
        setStatus(tr("It is not known whether the job was created (%1). Check the job list before trying again.")
                      .arg(r.error().message()),
                  true);
    });
}

} // namespace liteops::ui
