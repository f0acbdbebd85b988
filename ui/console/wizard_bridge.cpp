// SPDX-License-Identifier: Apache-2.0
#include "wizard_bridge.h"

#include "wizard/createjobwizard.h"
#include "wizard/historydialog.h"

#include <QDialog>

namespace liteops::ui {
namespace {

// Opens a wizard made by one of the functions below: deleted when closed, its created jobs
// and approval gates passed on.
QDialog *showWizard(CreateJobWizard *wizard, const JobsCreatedHandler &onCreated, const NotifyHandler &onGate)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(wizard, &CreateJobWizard::jobsCreated, wizard,
                     [onCreated](const QStringList &ids) { onCreated(ids); });
    if (onGate) {
        QObject::connect(wizard, &CreateJobWizard::gateReached, wizard,
                         [onGate](const QString &title, const QString &body) { onGate(title, body); });
    }
    wizard->open();
    return wizard;
}

} // namespace

// A wizard that records into `history`.
CreateJobWizard *newWizard(CloudClient *client, const QString &profileName, const SubmissionHistory &history,
                           QWidget *parent)
{
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->setHistory(history);
    return wizard;
}

QDialog *openCreateJobWizard(CloudClient *client, const QString &profileName, const SubmissionHistory &history,
                             QWidget *parent, const JobsCreatedHandler &onCreated, const NotifyHandler &onGate)
{
    return showWizard(newWizard(client, profileName, history, parent), onCreated, onGate);
}

QDialog *openNewJobOnServers(CloudClient *client, const QString &profileName, const SubmissionHistory &history,
                             const QStringList &serverIds, QWidget *parent, const JobsCreatedHandler &onCreated,
                             const NotifyHandler &onGate)
{
    auto *wizard = newWizard(client, profileName, history, parent);
    wizard->prefillServers(serverIds);
    return showWizard(wizard, onCreated, onGate);
}

QDialog *openRerun(CloudClient *client, const QString &profileName, const SubmissionHistory &history,
                   const CreateJobRequest &request, QWidget *parent, const JobsCreatedHandler &onCreated,
                   const NotifyHandler &onGate)
{
    auto *wizard = newWizard(client, profileName, history, parent);
    wizard->prefillRerun(request.type, request.items, request.serverIds);
    return showWizard(wizard, onCreated, onGate);
}

QDialog *openRerunOf(CloudClient *client, const QString &profileName, const SubmissionHistory &history,
                     const CreateJobRequest &request, const QString &originalJobId, const QString &originalName,
                     QWidget *parent, const JobsCreatedHandler &onCreated,
                     const std::function<void(const QString &)> &onOpenOriginal, const NotifyHandler &onGate)
{
    auto *wizard = newWizard(client, profileName, history, parent);
    wizard->prefillRerunOf(request, originalJobId, originalName);
    QObject::connect(wizard, &CreateJobWizard::originalJobRequested, wizard,
                     [onOpenOriginal](const QString &id) { onOpenOriginal(id); });
    return showWizard(wizard, onCreated, onGate);
}

QDialog *openHistory(CloudClient *client, const QString &profileName, const SubmissionHistory &history, QWidget *parent,
                     const HistoryHandlers &handlers)
{
    auto *dialog = new HistoryDialog(history, client ? profileName : QString(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &HistoryDialog::openJobRequested, dialog, [handlers](const QString &id) {
        if (handlers.onOpenJob)
            handlers.onOpenJob(id);
    });
    // Each opens its own wizard, as a child of the console (it outlives the dialog).
    auto wizardFor = [client, profileName, history, parent, handlers](auto prepare) {
        if (!client)
            return;
        CreateJobWizard *wizard = newWizard(client, profileName, history, parent);
        prepare(wizard);
        QDialog *shown = showWizard(wizard, handlers.onCreated, handlers.onGate);
        if (handlers.onWizardOpened)
            handlers.onWizardOpened(shown);
    };
    QObject::connect(dialog, &HistoryDialog::continueRequested, dialog, [wizardFor](const SubmissionRecord &record) {
        wizardFor([&record](CreateJobWizard *w) { w->continueRun(record); });
    });
    QObject::connect(dialog, &HistoryDialog::submitAgainRequested, dialog, [wizardFor](const SubmissionRecord &record) {
        wizardFor([&record](CreateJobWizard *w) { w->prefillSubmitAgain(record); });
    });
    // A window of its own, not modal: double-clicking a row opens the job in the console.
    dialog->show();
    return dialog;
}

} // namespace liteops::ui
