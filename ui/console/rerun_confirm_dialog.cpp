#include "rerun_confirm_dialog.h"

#include "cloud_client.h"
#include "core/encode.h"
#include "submission_plan.h"
#include "submissionhistory.h"
#include "wavesubmitter.h"

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
    if (!m_client)
        return;
    m_create->setEnabled(false); // a double click cannot send twice
    setStatus(tr("Creating the job…"), false);
    if (m_submitter) {
        // Halted before: the engine reconciles an unclear create before sending anything.
        m_submitter->resume();
        return;
    }
    // The same engine as the wizard and liteops-cli: history lines around the create, and an
    // unclear outcome reconciled against the list taken before it.
    m_submitter = new WaveSubmitter(m_client, SubmissionHistory(), QString(), this);
    connect(m_submitter, &WaveSubmitter::jobCreated, this, [this](int, const QString &id) {
        emit jobsCreated({id});
        accept();
    });
    connect(m_submitter, &WaveSubmitter::runStateChanged, this, [this](WaveSubmitter::RunState state) {
        if (state != WaveSubmitter::RunState::Halted)
            return;
        m_create->setEnabled(true);
        setStatus(tr("The job was not created: %1").arg(m_submitter->haltReason()), true);
    });
    SubmissionPlan plan;
    plan.requests = {m_request};
    WaveOptions options;
    options.waitForWaves = false; // done once the job exists
    m_submitter->start(plan, options);
}

} // namespace liteops::ui
