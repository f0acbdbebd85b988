// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the console opens the create-job wizard and the submission history (ui/wizard).
// Every dialog opens non-blocking and deletes itself when closed. Every wizard writes to
// `history`: the profiles' shared file, or the sandbox's own.
#include "core/types.h"

#include <functional>

class QDialog;
class QWidget;

namespace liteops {
class CloudClient;
class SubmissionHistory;
} // namespace liteops

namespace liteops::ui {

using JobsCreatedHandler = std::function<void(const QStringList &jobIds)>;
// A desktop notification: title and body.
using NotifyHandler = std::function<void(const QString &title, const QString &body)>;

// `onGate` is called when a run waits at an approval gate.
QDialog *openCreateJobWizard(CloudClient *client, const QString &profileName, const SubmissionHistory &history,
                             QWidget *parent, const JobsCreatedHandler &onCreated, const NotifyHandler &onGate = {});
// The wizard with the servers as its targets already.
QDialog *openNewJobOnServers(CloudClient *client, const QString &profileName, const SubmissionHistory &history,
                             const QStringList &serverIds, QWidget *parent, const JobsCreatedHandler &onCreated,
                             const NotifyHandler &onGate = {});
// The wizard on its options page, prefilled with `request`'s type, items and servers.
QDialog *openRerun(CloudClient *client, const QString &profileName, const SubmissionHistory &history,
                   const CreateJobRequest &request, QWidget *parent, const JobsCreatedHandler &onCreated,
                   const NotifyHandler &onGate = {});
// "Rerun on these servers" of the job `originalJobId`: like openRerun(), with a link back to
// the original job (`onOpenOriginal`), the history's rerun_of, and the first page that needs
// attention.
QDialog *openRerunOf(CloudClient *client, const QString &profileName, const SubmissionHistory &history,
                     const CreateJobRequest &request, const QString &originalJobId, const QString &originalName,
                     QWidget *parent, const JobsCreatedHandler &onCreated,
                     const std::function<void(const QString &)> &onOpenOriginal, const NotifyHandler &onGate = {});
// What Submission History hands back to the console.
struct HistoryHandlers
{
    JobsCreatedHandler onCreated;                   // a wizard it opened created jobs
    std::function<void(const QString &)> onOpenJob; // a row was double-clicked
    NotifyHandler onGate;                           // a continued run reached a gate
    std::function<void(QDialog *)> onWizardOpened;  // Continue… or Submit again… opened one
};
// Submission History of `history`; Continue… and Submit again… open a wizard on `client`
// (none while `client` is null: the history is still shown).
QDialog *openHistory(CloudClient *client, const QString &profileName, const SubmissionHistory &history, QWidget *parent,
                     const HistoryHandlers &handlers);

} // namespace liteops::ui
