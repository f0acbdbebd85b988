// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the console opens the create-job wizard and the submission history (ui/wizard).
// Every dialog opens non-blocking and deletes itself when closed.
#include "core/types.h"

#include <functional>

class QDialog;
class QWidget;

namespace liteops {
class CloudClient;
}

namespace liteops::ui {

using JobsCreatedHandler = std::function<void(const QStringList &jobIds)>;
// A desktop notification: title and body.
using NotifyHandler = std::function<void(const QString &title, const QString &body)>;

// `onGate` is called when a run waits at an approval gate.
QDialog *openCreateJobWizard(CloudClient *client, const QString &profileName, QWidget *parent,
                             const JobsCreatedHandler &onCreated, const NotifyHandler &onGate = {});
// The wizard with the servers as its targets already.
QDialog *openNewJobOnServers(CloudClient *client, const QString &profileName, const QStringList &serverIds,
                             QWidget *parent, const JobsCreatedHandler &onCreated, const NotifyHandler &onGate = {});
// The wizard on its options page, prefilled with `request`'s type, items and servers.
QDialog *openRerun(CloudClient *client, const QString &profileName, const CreateJobRequest &request, QWidget *parent,
                   const JobsCreatedHandler &onCreated, const NotifyHandler &onGate = {});
// "Rerun on these servers" of the job `originalJobId`: like openRerun(), with a link back to
// the original job (`onOpenOriginal`), the history's rerun_of, and the first page that needs
// attention.
QDialog *openRerunOf(CloudClient *client, const QString &profileName, const CreateJobRequest &request,
                     const QString &originalJobId, const QString &originalName, QWidget *parent,
                     const JobsCreatedHandler &onCreated, const std::function<void(const QString &)> &onOpenOriginal,
                     const NotifyHandler &onGate = {});
QDialog *openHistory(QWidget *parent);

} // namespace liteops::ui
