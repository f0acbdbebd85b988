// SPDX-License-Identifier: Apache-2.0
#include "wizard_bridge.h"

#include "wizard/createjobwizard.h"

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

QDialog *openCreateJobWizard(CloudClient *client, const QString &profileName, QWidget *parent,
                             const JobsCreatedHandler &onCreated, const NotifyHandler &onGate)
{
    return showWizard(new CreateJobWizard(client, profileName, parent), onCreated, onGate);
}

QDialog *openNewJobOnServers(CloudClient *client, const QString &profileName, const QStringList &serverIds,
                             QWidget *parent, const JobsCreatedHandler &onCreated, const NotifyHandler &onGate)
{
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->prefillServers(serverIds);
    return showWizard(wizard, onCreated, onGate);
}

QDialog *openRerun(CloudClient *client, const QString &profileName, const CreateJobRequest &request, QWidget *parent,
                   const JobsCreatedHandler &onCreated, const NotifyHandler &onGate)
{
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->prefillRerun(request.type, request.items, request.serverIds);
    return showWizard(wizard, onCreated, onGate);
}

QDialog *openRerunOf(CloudClient *client, const QString &profileName, const CreateJobRequest &request,
                     const QString &originalJobId, const QString &originalName, QWidget *parent,
                     const JobsCreatedHandler &onCreated, const std::function<void(const QString &)> &onOpenOriginal,
                     const NotifyHandler &onGate)
{
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->prefillRerunOf(request, originalJobId, originalName);
    QObject::connect(wizard, &CreateJobWizard::originalJobRequested, wizard,
                     [onOpenOriginal](const QString &id) { onOpenOriginal(id); });
    return showWizard(wizard, onCreated, onGate);
}

QDialog *openHistory(QWidget *parent)
{
    auto *dialog = new HistoryDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace liteops::ui
