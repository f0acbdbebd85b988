// SPDX-License-Identifier: Apache-2.0
#include "createjobwizard.h"

#include "jobtypepage.h"
#include "optionspage.h"
#include "parameterspage.h"
#include "resubmission.h"
#include "reviewpage.h"
#include "run_outcome.h"
#include "submitpage.h"
#include "targetspage.h"
#include "wavesubmitter.h"
#include "wizardstate.h"

#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>
#include <algorithm>

namespace liteops::ui {

namespace {

// Walks forward through the pages' own checks, so anything left invalid (an unknown server,
// a parameter the template now rejects) stops the walk there, visibly.
void walkTo(QWizard *wizard, int target)
{
    while (wizard->currentId() < target && wizard->currentPage() && wizard->currentPage()->isComplete()) {
        const int before = wizard->currentId();
        wizard->next();
        if (wizard->currentId() == before)
            break;
    }
}

} // namespace

CreateJobWizard::CreateJobWizard(liteops::CloudClient *client, const QString &profileName, QWidget *parent)
    : QWizard(parent), m_state(new WizardState(client, profileName, this))
{
    setObjectName(QStringLiteral("createJobWizard"));
    setWindowTitle(tr("New job"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);

    auto *review = new ReviewPage(m_state, this);
    auto *submit = new SubmitPage(m_state, review, this);
    setPage(JobTypePageId, new JobTypePage(m_state, this));
    setPage(TargetsPageId, new TargetsPage(m_state, this));
    setPage(ParametersPageId, new ParametersPage(m_state, this));
    setPage(OptionsPageId, new OptionsPage(m_state, this));
    setPage(ReviewPageId, review);
    setPage(SubmitPageId, submit);
    setStartId(JobTypePageId);

    connect(submit, &SubmitPage::openJobsRequested, this, &CreateJobWizard::jobsCreated);
    connect(m_state->submitter(), &WaveSubmitter::gateReached, this, [this](int, const QString &reason) {
        emit gateReached(tr("A rollout waits for you"),
                         tr("%1: %2. Continue or stop it in the New job window.").arg(m_state->name(), reason));
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id >= JobTypePageId && id < SubmitPageId)
            m_state->setCurrentPage(id);
    });
    resize(900, 680);

    // A draft that cannot be written must not go unnoticed: the user would rely on it.
    auto *draftProblem = new QLabel(this);
    draftProblem->setObjectName(QStringLiteral("draftProblem"));
    draftProblem->setWordWrap(true);
    draftProblem->setTextFormat(Qt::PlainText);
    draftProblem->setMaximumWidth(220);
    draftProblem->hide();
    // A rerun links back to the job it repeats.
    m_rerunLink = new QLabel(this);
    m_rerunLink->setObjectName(QStringLiteral("rerunOfLink"));
    m_rerunLink->setWordWrap(true);
    m_rerunLink->setTextFormat(Qt::RichText);
    m_rerunLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_rerunLink->setMaximumWidth(220);
    m_rerunLink->hide();
    connect(m_rerunLink, &QLabel::linkActivated, this, [this] { emit originalJobRequested(m_state->rerunOf()); });
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_rerunLink);
    sideLayout->addWidget(draftProblem);
    sideLayout->addStretch(1);
    setSideWidget(side);
    connect(m_state, &WizardState::draftSaveFailed, draftProblem, [draftProblem](const QString &message) {
        draftProblem->setText(tr("Your input is not being saved as a draft:") + QLatin1Char('\n') + message);
        draftProblem->show();
    });

    // A restored draft brings the user back to the page they were on (never past review).
    connect(m_state, &WizardState::draftRestored, this,
            [this]() { walkTo(this, std::min<int>(m_state->currentPage(), ReviewPageId)); });

    // Both lists load at once, so the targets page is ready by the time the user gets there.
    m_state->loadTemplates();
    m_state->loadServers();
}

CreateJobWizard::~CreateJobWizard() = default;

void CreateJobWizard::prefillRerun(const QString &jobType, const QList<liteops::JobItem> &items,
                                   const QStringList &serverIds)
{
    m_state->prefill(jobType, items, serverIds);
    restart();
    walkTo(this, OptionsPageId);
}

void CreateJobWizard::prefillRerunOf(const liteops::CreateJobRequest &request, const QString &originalJobId,
                                     const QString &originalName)
{
    m_state->prefill(request.type, request.items, request.serverIds);
    m_state->setName(request.name);
    m_state->setRerunOf(originalJobId);
    showRerunLink(originalJobId, originalName);
    restart();
    walkTo(this, ReviewPageId);
}

void CreateJobWizard::showRerunLink(const QString &originalJobId, const QString &originalName)
{
    const QString shown = originalName.isEmpty() ? originalJobId : originalName;
    m_rerunLink->setText(
        tr("Rerun of job <a href=\"job\">%1</a> (%2)").arg(shown.toHtmlEscaped(), originalJobId.toHtmlEscaped()));
    m_rerunLink->setToolTip(tr("Open the original job in the console"));
    m_rerunLink->show();
}

void CreateJobWizard::prefillSubmitAgain(const liteops::SubmissionRecord &record)
{
    const std::optional<Resubmission> again = resubmissionOf(record);
    if (!again)
        return;
    m_state->prefill(*again);
    if (!again->rerunOf.isEmpty())
        showRerunLink(again->rerunOf, QString());
    restart();
    walkTo(this, ReviewPageId);
}

void CreateJobWizard::continueRun(const liteops::SubmissionRecord &record)
{
    setWindowTitle(tr("Continue %1").arg(runName(record)));
    m_state->leaveDraftAlone();
    m_state->setName(runName(record)); // what a gate's notification calls the run
    if (!record.rerunOf.isEmpty())
        showRerunLink(record.rerunOf, QString());
    auto *submit = qobject_cast<SubmitPage *>(page(SubmitPageId));
    submit->continueRecorded(record);
    setStartId(SubmitPageId);
    restart();
}

void CreateJobWizard::setHistory(const liteops::SubmissionHistory &history)
{
    m_state->setHistory(history);
}

liteops::WaveSubmitter *CreateJobWizard::submitter() const
{
    return m_state->submitter();
}

void CreateJobWizard::prefillServers(const QStringList &serverIds)
{
    m_state->prefill(QString(), {}, serverIds);
    restart();
}

void CreateJobWizard::done(int result)
{
    WaveSubmitter *submitter = m_state->submissionStarted() ? m_state->submitter() : nullptr;
    if (submitter && result == QDialog::Rejected
        && (submitter->runState() == WaveSubmitter::RunState::Running
            || submitter->runState() == WaveSubmitter::RunState::Stopping)) {
        const auto answer =
            QMessageBox::question(this, tr("Stop the submission?"),
                                  tr("Waves are still being sent. Closing stops before the next wave; jobs already "
                                     "created keep running, and a create in flight is recorded in the history. "
                                     "Close anyway?"),
                                  QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
        submitter->stop();
    }
    if (submitter) {
        // What was sent is in the history now; the draft has served its purpose.
        m_state->finishDraft();
        auto *submit = qobject_cast<SubmitPage *>(page(SubmitPageId));
        const QStringList ids = submitter->createdJobIds();
        if (result == QDialog::Accepted && submit && submit->openJobsWhenDone() && !ids.isEmpty())
            emit jobsCreated(ids);
    } else {
        // Closed before submitting: keep the draft so the next wizard can offer it back.
        m_state->flushDraft();
    }
    QWizard::done(result);
}

} // namespace liteops::ui
