// SPDX-License-Identifier: Apache-2.0
#include "reviewpage.h"

#include "core/encode.h"
#include "wizardstate.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace liteops::ui {

ReviewPage::ReviewPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_summary(new QLabel(this)), m_waves(new QListWidget(this)),
      m_json(new QPlainTextEdit(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check what will be sent. Each wave is one job; its request body is shown "
                   "exactly as it will be sent."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Submit"));

    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waves->setObjectName(QStringLiteral("waveList"));
    m_json->setObjectName(QStringLiteral("reviewJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    connect(m_waves, &QListWidget::currentRowChanged, this, &ReviewPage::showWave);

    m_indent = new QCheckBox(tr("&Indent for reading"), this);
    m_indent->setObjectName(QStringLiteral("indentJsonCheck"));
    m_indent->setToolTip(tr("Only changes the display: the request is sent, and copied, as the "
                            "compact bytes shown without indentation."));
    connect(m_indent, &QCheckBox::toggled, this, [this]() { showWave(m_waves->currentRow()); });
    auto *copy = new QPushButton(tr("Copy this request"), this);
    copy->setObjectName(QStringLiteral("copyJsonButton"));
    connect(copy, &QPushButton::clicked, this, [this]() {
        const int row = m_waves->currentRow();
        if (row >= 0 && row < m_plan.requests.size())
            QApplication::clipboard()->setText(QString::fromUtf8(encodeCreateRequest(m_plan.requests.at(row))));
    });
    auto *copyAll = new QPushButton(tr("Copy all requests"), this);
    copyAll->setObjectName(QStringLiteral("copyAllButton"));
    copyAll->setToolTip(tr("One request body per line (JSON lines)"));
    connect(copyAll, &QPushButton::clicked, this, [this]() {
        QStringList lines;
        for (const CreateJobRequest &r : std::as_const(m_plan.requests))
            lines << QString::fromUtf8(encodeCreateRequest(r));
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_waves);
    splitter->addWidget(m_json);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('m')) * 24,
                        fontMetrics().horizontalAdvance(QLatin1Char('m')) * 60});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_indent);
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(copyAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
}

void ReviewPage::initializePage()
{
    m_plan = m_state->plan();
    const CreateJobRequest base = m_state->baseRequest();
    const WaveOptions options = m_state->waveOptions();

    QStringList lines;
    lines << tr("Job type %1, %n item(s).", nullptr, int(base.items.size())).arg(base.type);
    lines << tr("%n server(s)", nullptr, int(m_plan.serverCount())) + QStringLiteral(" → ")
                 + tr("%n job(s) in %n wave(s) of at most %1 servers.", nullptr, int(m_plan.waveCount()))
                       .arg(m_state->serversPerJob());
    lines << tr("%n wave(s) in flight at a time; a new wave starts when a running job has "
                "finished.",
                nullptr, options.wavesInFlight);
    if (options.pauseBetweenWavesMs > 0)
        lines << tr("Pause between waves: %1 s.").arg(options.pauseBetweenWavesMs / 1000);
    QStringList budget;
    if (options.budgetFailedTasks > 0)
        budget << tr("%n failed task(s)", nullptr, options.budgetFailedTasks);
    if (options.budgetFailedPercent > 0)
        budget << tr("%1% of the servers failed").arg(options.budgetFailedPercent);
    lines << (budget.isEmpty() ? tr("No error budget: every wave is sent whatever fails.")
                               : tr("Stop sending after %1.").arg(budget.join(tr(" or "))));
    lines << (base.isReboot ? tr("The servers reboot after their task.") : tr("The servers are not rebooted."));
    if (const int notRunning = m_state->serverModel()->selectedNotRunningCount())
        lines << tr("Warning: %n selected server(s) are not RUNNING.", nullptr, notRunning);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_waves->clear();
    for (qsizetype i = 0; i < m_plan.requests.size(); ++i) {
        const CreateJobRequest &r = m_plan.requests.at(i);
        m_waves->addItem(tr("Wave %1: %2 (%n server(s))", nullptr, int(r.serverIds.size())).arg(i + 1).arg(r.name));
    }
    m_waves->setCurrentRow(0);
    showWave(0);
}

void ReviewPage::showWave(int index)
{
    if (index < 0 || index >= m_plan.requests.size()) {
        m_json->clear();
        return;
    }
    // The very bytes the client sends (CloudClient::createJob encodes with the same function).
    const QByteArray body = encodeCreateRequest(m_plan.requests.at(index));
    m_json->setPlainText(QString::fromUtf8(
        m_indent->isChecked() ? QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented) : body));
    m_json->moveCursor(QTextCursor::Start);
}

} // namespace liteops::ui
