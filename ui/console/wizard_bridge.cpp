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

QDialog *openCreateJobWizard(CloudClient *client, const QString &profileName, QWidget *parent,
                             const JobsCreatedHandler &onCreated)
{
#ifdef LITEOPS_HAVE_WIZARD
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(wizard, &CreateJobWizard::jobsCreated, wizard, [onCreated](const QStringList &ids) { onCreated(ids); });
    wizard->open();
    return wizard;
#else
    Q_UNUSED(client);
    Q_UNUSED(profileName);
    Q_UNUSED(parent);
    Q_UNUSED(onCreated);
    return nullptr;
#endif
}

QDialog *openNewJobOnServers(CloudClient *client, const QString &profileName, const QStringList &serverIds,
                             QWidget *parent, const JobsCreatedHandler &onCreated)
{
#ifdef LITEOPS_HAVE_WIZARD
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->prefillServers(serverIds);
    QObject::connect(wizard, &CreateJobWizard::jobsCreated, wizard, [onCreated](const QStringList &ids) { onCreated(ids); });
    wizard->open();
    return wizard;
#else
    Q_UNUSED(client);
    Q_UNUSED(profileName);
    Q_UNUSED(serverIds);
    Q_UNUSED(parent);
    Q_UNUSED(onCreated);
    return nullptr;
#endif
}

QDialog *openRerun(CloudClient *client, const QString &profileName, const CreateJobRequest &request,
                   QWidget *parent, const JobsCreatedHandler &onCreated)
{
#ifdef LITEOPS_HAVE_WIZARD
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->prefillRerun(request.type, request.items, request.serverIds);
    QObject::connect(wizard, &CreateJobWizard::jobsCreated, wizard, [onCreated](const QStringList &ids) { onCreated(ids); });
    wizard->open();
    return wizard;
#else
    Q_UNUSED(profileName);
    auto *dialog = new RerunConfirmDialog(client, request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &RerunConfirmDialog::jobsCreated, dialog, [onCreated](const QStringList &ids) { onCreated(ids); });
    dialog->open();
    return dialog;
#endif
}

QDialog *openRerunOf(CloudClient *client, const QString &profileName, const CreateJobRequest &request,
                     const QString &originalJobId, const QString &originalName, QWidget *parent,
                     const JobsCreatedHandler &onCreated, const std::function<void(const QString &)> &onOpenOriginal)
{
#ifdef LITEOPS_HAVE_WIZARD
    auto *wizard = new CreateJobWizard(client, profileName, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->prefillRerunOf(request, originalJobId, originalName);
    QObject::connect(wizard, &CreateJobWizard::jobsCreated, wizard, [onCreated](const QStringList &ids) { onCreated(ids); });
    QObject::connect(wizard, &CreateJobWizard::originalJobRequested, wizard,
                     [onOpenOriginal](const QString &id) { onOpenOriginal(id); });
    wizard->open();
    return wizard;
#else
    Q_UNUSED(originalJobId);
    Q_UNUSED(originalName);
    Q_UNUSED(onOpenOriginal);
    return openRerun(client, profileName, request, parent, onCreated);
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
