#include "wizard_bridge.h"

#include "rerun_confirm_dialog.h"

#include <QDialog>

#ifdef LITEOPS_HAVE_WIZARD
#include "createjobwizard.h"
#endif

namespace liteops::ui {

bool createWizardAvailable()
{
#ifdef LITEOPS_HAVE_WIZARD
    return true;
#else
    return false;
#endif
}

#ifdef LITEOPS_HAVE_WIZARD
namespace {
// Opens a wizard made by one of the functions below: deleted when closed, its created jobs
// and approval gates passed on.
QDialog *showWizard(CreateJobWizard *wizard, const JobsCreatedHandler &onCreated, const NotifyHandler &onGate)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(wizard, &CreateJobWizard::jobsCreated, wizard, [onCreated](const QStringList &ids) { onCreated(ids); });
    if (onGate) {
        QObject::connect(wizard, &CreateJobWizard::gateReached, wizard,
                         [onGate](const QString &title, const QString &body) { onGate(title, body); });
    }
    wizard->open();
    return wizard;
}
} // namespace
#endif

QDialog *openCreateJobWizard(CloudClient *client, const QString &profileName, QWidget *parent,
                             const JobsCreatedHandler &onCreated, const NotifyHandler &onGate)
{
#ifdef LITEOPS_HAVE_WIZARD
    return showWizard(new CreateJobWizard(client, profileName, parent), onCreated, onGate);
#else
    Q_UNUSED(client);
    Q_UNUSED(profileName);
    Q_UNUSED(parent);
    Q_UNUSED(onCreated);
    Q_UNUSED(onGate);
    return nullptr;
#endif
}

QDialog *openNewJobOnServers(CloudClient *client, const QString &profileName, const QStringList &serverIds,
                             QWidget *parent, const JobsCreatedHandler &onCreated, const NotifyHandler &onGate)
{
#ifdef LITEOPS_HAVE_WIZARD
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->prefillServers(serverIds);
    return showWizard(wizard, onCreated, onGate);
#else
    Q_UNUSED(client);
    Q_UNUSED(profileName);
    Q_UNUSED(serverIds);
    Q_UNUSED(parent);
    Q_UNUSED(onCreated);
    Q_UNUSED(onGate);
    return nullptr;
#endif
}

QDialog *openRerun(CloudClient *client, const QString &profileName, const CreateJobRequest &request,
                   QWidget *parent, const JobsCreatedHandler &onCreated, const NotifyHandler &onGate)
{
#ifdef LITEOPS_HAVE_WIZARD
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->prefillRerun(request.type, request.items, request.serverIds);
    return showWizard(wizard, onCreated, onGate);
#else
    Q_UNUSED(profileName);
    Q_UNUSED(onGate);
    auto *dialog = new RerunConfirmDialog(client, request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &RerunConfirmDialog::jobsCreated, dialog, [onCreated](const QStringList &ids) { onCreated(ids); });
    dialog->open();
    return dialog;
#endif
}

QDialog *openRerunOf(CloudClient *client, const QString &profileName, const CreateJobRequest &request,
                     const QString &originalJobId, const QString &originalName, QWidget *parent,
                     const JobsCreatedHandler &onCreated, const std::function<void(const QString &)> &onOpenOriginal,
                     const NotifyHandler &onGate)
{
#ifdef LITEOPS_HAVE_WIZARD
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->prefillRerunOf(request, originalJobId, originalName);
    QObject::connect(wizard, &CreateJobWizard::originalJobRequested, wizard,
                     [onOpenOriginal](const QString &id) { onOpenOriginal(id); });
    return showWizard(wizard, onCreated, onGate);
#else
    Q_UNUSED(originalJobId);
    Q_UNUSED(originalName);
    Q_UNUSED(onOpenOriginal);
    return openRerun(client, profileName, request, parent, onCreated, onGate);
#endif
}

QDialog *openHistory(QWidget *parent)
{
#ifdef LITEOPS_HAVE_WIZARD
    auto *dialog = new HistoryDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
#else
    Q_UNUSED(parent);
    return nullptr;
#endif
}

} // namespace liteops::ui
