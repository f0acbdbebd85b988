// SPDX-License-Identifier: Apache-2.0
#pragma once
// The create-job wizard: job type -> targets -> parameters -> options -> review -> submit.
// It builds typed CreateJobRequests, shows their exact JSON, and hands the submission to a
// WaveSubmitter (app/submit); the dialog itself holds no network state machine.
#include "core/types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWizard>

class QLabel;

namespace liteops {
class CloudClient;
class SubmissionHistory;
struct SubmissionRecord;
class WaveSubmitter;
class WizardState;
} // namespace liteops

namespace liteops::ui {

class CreateJobWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { JobTypePageId, TargetsPageId, ParametersPageId, OptionsPageId, ReviewPageId, SubmitPageId };

    CreateJobWizard(liteops::CloudClient *client, const QString &profileName, QWidget *parent = nullptr);
    ~CreateJobWizard() override;

    // "Rerun failed nodes": type, items and servers filled in; opens on the options page.
    void prefillRerun(const QString &jobType, const QList<liteops::JobItem> &items, const QStringList &serverIds);
    // "Rerun on these servers": the request's type, items, servers and name, a link back to
    // the original job, and the history's rerun_of; opens on the first page that needs
    // attention (the review when nothing does).
    void prefillRerunOf(const liteops::CreateJobRequest &request, const QString &originalJobId,
                        const QString &originalName);
    // "New job on these servers": the servers picked as targets; the user starts at the job type.
    void prefillServers(const QStringList &serverIds);
    // "Submit again…" from Submission History: the recorded run's template, servers,
    // parameters, wave plan and options; opens on the first page that needs attention (the
    // review when nothing does). Nothing is sent before the user submits.
    void prefillSubmitAgain(const liteops::SubmissionRecord &record);
    // "Continue…" from Submission History: opens on the submit page and continues the
    // recorded run where it stopped, through the engine's resume (no wave is sent twice).
    void continueRun(const liteops::SubmissionRecord &record);
    // Where submissions are recorded (the sandbox keeps its own). Call before submitting.
    void setHistory(const liteops::SubmissionHistory &history);
    // The engine that runs this wizard's submission (made on first use): the console keeps
    // the jobs it settles in the local store.
    liteops::WaveSubmitter *submitter() const;

signals:
    // Emitted when the user asks to open the created jobs at the end: the console opens them.
    void jobsCreated(const QStringList &jobIds);
    // The run waits at an approval gate: what a desktop notification should say.
    void gateReached(const QString &title, const QString &body);
    // The user followed the link to the job this one reruns.
    void originalJobRequested(const QString &jobId);

protected:
    void done(int result) override;

private:
    void showRerunLink(const QString &originalJobId, const QString &originalName);

    WizardState *m_state = nullptr;
    QLabel *m_rerunLink = nullptr;
};

} // namespace liteops::ui
