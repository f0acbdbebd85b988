// SPDX-License-Identifier: Apache-2.0
#include "submitpage.h"

#include "reviewpage.h"
#include "run_options.h"
#include "wavesubmitter.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace liteops::ui {

namespace {

enum Column { WaveColumn, NameColumn, ServersColumn, StateColumn, JobColumn, TasksColumn };

QString waveStateText(WaveSubmitter::WaveState s)
{
    using S = WaveSubmitter::WaveState;
    switch (s) {
    case S::Pending: return SubmitPage::tr("Waiting");
    case S::Checking: return SubmitPage::tr("Checking the name");
    case S::Sending: return SubmitPage::tr("Creating…");
    case S::Throttled: return SubmitPage::tr("Throttled, waiting");
    case S::Reconciling: return SubmitPage::tr("No answer: checking");
    case S::Running: return SubmitPage::tr("Running");
    case S::Settled: return SubmitPage::tr("Finished");
    case S::Verifying: return SubmitPage::tr("Verifying the driver");
    case S::NotCreated: return SubmitPage::tr("Not created");
    case S::Unknown: return SubmitPage::tr("Outcome unknown");
    case S::Created: return SubmitPage::tr("Created");
    }
    return {};
}

} // namespace

SubmitPage::SubmitPage(WizardState *state, ReviewPage *review, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_review(review), m_runState(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_table(new QTreeWidget(this)), m_log(new QPlainTextEdit(this)),
      m_stop(new QPushButton(tr("&Stop"), this)), m_resume(new QPushButton(tr("&Resume"), this)),
      m_open(new QPushButton(tr("&Open the created jobs"), this)),
      m_openWhenDone(new QCheckBox(tr("Open the created jobs in the console when I close this"), this))
{
    setTitle(tr("Submit"));
    setSubTitle(tr("The waves are sent one job at a time per slot. Stop halts before the next "
                   "wave; jobs already created keep running."));
    m_runState->setObjectName(QStringLiteral("submitState"));
    m_runState->setWordWrap(true);
    m_runState->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("submitProgress"));
    m_table->setObjectName(QStringLiteral("waveTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("Wave"), tr("Name"), tr("Servers"), tr("State"), tr("Job id"),
                              tr("Tasks (ok / failed / skipped / total)")});
    m_table->header()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a created job to open it in the console."));
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QStringList ids = item->data(JobColumn, Qt::UserRole).toStringList();
        if (!ids.isEmpty())
            emit openJobsRequested(ids);
    });
    m_log->setObjectName(QStringLiteral("submitLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_open->setObjectName(QStringLiteral("openJobsButton"));
    m_openWhenDone->setObjectName(QStringLiteral("openJobsCheck"));
    m_openWhenDone->setChecked(true);

    WaveSubmitter *submitter = m_state->submitter();
    connect(m_stop, &QPushButton::clicked, submitter, &WaveSubmitter::stop);
    connect(m_resume, &QPushButton::clicked, submitter, &WaveSubmitter::resume);
    connect(m_open, &QPushButton::clicked, this, [this]() {
        const QStringList ids = m_state->submitter()->createdJobIds();
        if (!ids.isEmpty())
            emit openJobsRequested(ids);
    });
    connect(submitter, &WaveSubmitter::waveChanged, this, &SubmitPage::updateWave);
    connect(submitter, &WaveSubmitter::runStateChanged, this, &SubmitPage::updateRunState);
    connect(submitter, &WaveSubmitter::logMessage, this, [this](const QString &text) {
        m_log->appendPlainText(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)
                               + QLatin1Char(' ') + text);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_runState);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_openWhenDone);
    updateRunState();
}

void SubmitPage::continueRecorded(const SubmissionRecord &record)
{
    m_continue = record;
}

void SubmitPage::initializePage()
{
    // Entered once: the review page is a commit page, so there is no way back to here twice;
    // and start() refuses a second run anyway.
    if (m_started)
        return;
    m_started = true;
    if (m_continue) {
        startContinue(*m_continue);
        return;
    }
    m_state->flushDraft();
    startPlan();
}

void SubmitPage::startPlan()
{
    const SubmissionPlan &plan = m_review->plan();
    fillTable(plan.requests);
    if (!m_state->submitter()->start(plan, m_state->waveOptions()))
        m_runState->setText(tr("Nothing to submit."));
}

// Continue of a run from Submission History: the same engine call as liteops-cli runs
// continue, with the options the run was started with.
void SubmitPage::startContinue(const SubmissionRecord &record)
{
    QList<CreateJobRequest> requests;
    for (const SubmissionRecord::Wave &w : record.waves)
        requests << w.request;
    fillTable(requests);
    QString why;
    if (!m_state->submitter()->resumeFrom(record, continueOptions(record, m_state->waveOptions()), &why)) {
        m_runState->setText(why);
        return;
    }
    for (int i = 0; i < int(requests.size()); ++i)
        updateWave(i); // the waves the history knows already
}

void SubmitPage::fillTable(const QList<CreateJobRequest> &requests)
{
    m_table->clear();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(WaveColumn, QString::number(i + 1));
        item->setText(NameColumn, requests.at(i).name);
        item->setText(ServersColumn, QString::number(requests.at(i).serverIds.size()));
        item->setText(StateColumn, waveStateText(WaveSubmitter::WaveState::Pending));
    }
    for (int c = 0; c < StateColumn; ++c)
        m_table->resizeColumnToContents(c);
    // Sized for what will come (state words, a 36-character job id), not for the empty start.
    const QFontMetrics fm = m_table->fontMetrics();
    int stateWidth = 0;
    for (auto s : {WaveSubmitter::WaveState::Reconciling, WaveSubmitter::WaveState::Throttled,
                   WaveSubmitter::WaveState::Unknown, WaveSubmitter::WaveState::Checking})
        stateWidth = std::max(stateWidth, fm.horizontalAdvance(waveStateText(s)));
    m_table->setColumnWidth(StateColumn, stateWidth + fm.horizontalAdvance(QLatin1Char('m')) * 2);
    m_table->setColumnWidth(JobColumn, fm.horizontalAdvance(QString(38, QLatin1Char('0'))));
    m_progress->setRange(0, int(requests.size()));
    m_progress->setValue(0);
}

void SubmitPage::updateWave(int index)
{
    const WaveSubmitter *submitter = m_state->submitter();
    QTreeWidgetItem *item = m_table->topLevelItem(index);
    if (!item || index >= submitter->waves().size())
        return;
    const WaveSubmitter::Wave &w = submitter->waves().at(index);
    item->setText(StateColumn, waveStateText(w.state));
    item->setToolTip(StateColumn, w.error);
    item->setText(JobColumn, w.jobIds.join(QLatin1String(", ")));
    item->setData(JobColumn, Qt::UserRole, w.jobIds);
    if (w.counts.total > 0)
        item->setText(TasksColumn, QStringLiteral("%1 / %2 / %3 / %4")
                                       .arg(w.counts.succeeded)
                                       .arg(w.counts.failed)
                                       .arg(w.counts.skipped)
                                       .arg(w.counts.total));
    if (w.verificationRan && w.state != WaveSubmitter::WaveState::Verifying) {
        // The per-wave summary: verified and mismatched after the task counts.
        item->setText(TasksColumn, item->text(TasksColumn) + QLatin1String("  ·  ")
                                       + tr("verified %1, mismatched %2").arg(w.verified).arg(w.mismatched()));
        item->setToolTip(TasksColumn, w.mismatches.join(QLatin1Char('\n')));
    }
    m_progress->setValue(submitter->settledWaves());
    updateRunState();
}

void SubmitPage::updateRunState()
{
    const WaveSubmitter *submitter = m_state->submitter();
    using R = WaveSubmitter::RunState;
    const R state = submitter->runState();
    const int created = int(submitter->createdJobIds().size());
    const int total = int(submitter->waves().size());
    QString text;
    switch (state) {
    case R::Idle: text = tr("Not started."); break;
    case R::Running:
        text = tr("Submitting: %1 of %2 jobs created, %3 finished.")
                   .arg(created)
                   .arg(total)
                   .arg(submitter->settledWaves());
        break;
    case R::Stopping: text = tr("Stopping after the creates in flight…"); break;
    case R::Stopped:
        text = tr("Stopped by you: %1 of %2 jobs created. Resume continues.").arg(created).arg(total);
        break;
    case R::Halted: text = tr("Halted: %1").arg(submitter->haltReason()); break;
    case R::BudgetExceeded: text = submitter->haltReason(); break;
    case R::Finished: text = tr("Done: %n job(s) created, every wave finished.", nullptr, created); break;
    case R::AtGate:
        text = tr("Waiting for you at the gate: %1. Continue sends the next wave; Stop ends the run here "
                  "(it can be continued later from Submission History).")
                   .arg(submitter->haltReason());
        break;
    }
    if (submitter->failedTasks() > 0)
        text += QLatin1Char(' ') + tr("%n task(s) failed so far.", nullptr, submitter->failedTasks());
    m_runState->setText(text);
    m_stop->setEnabled(state == R::Running || state == R::AtGate);
    m_resume->setEnabled(state == R::Stopped || state == R::Halted || state == R::BudgetExceeded || state == R::AtGate);
    m_resume->setText(state == R::AtGate ? tr("&Continue") : tr("&Resume"));
    m_open->setEnabled(created > 0);
    emit completeChanged();
}

bool SubmitPage::isComplete() const
{
    using R = WaveSubmitter::RunState;
    const R state = m_state->submitter()->runState();
    // Finish closes the wizard; not while a create may be in flight.
    return m_started && state != R::Running && state != R::Stopping && state != R::Idle;
}

bool SubmitPage::openJobsWhenDone() const
{
    return m_openWhenDone->isChecked();
}

} // namespace liteops::ui
