// SPDX-License-Identifier: Apache-2.0
#pragma once
// The console's command line:
//   liteops [--profile NAME] [--sandbox] [--endpoint URL --project-id ID]
//           [--servicestage-endpoint URL] [--ief-endpoint URL] [--open-job ID] [--lang LOCALE]
// With --endpoint the credentials come from the SDK environment variables, as for
// liteops-cli, so the console can be pointed anywhere without a dialog.
#include "cloud_client.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace liteops {

struct LaunchOptions
{
    QString profile;
    bool sandbox = false;
    QUrl endpoint;
    QString projectId;
    QUrl serviceStageEndpoint;
    QUrl iefEndpoint;
    QString openJob;
    QString language;
};

// `arguments` starts with the program name. Returns nullopt and a translated message on bad
// input; `helpText` receives the usage text when --help was given (then the result is set).
std::optional<LaunchOptions> parseLaunchOptions(const QStringList &arguments, QString *errorMessage,
                                                QString *helpText = nullptr);

// A client config for --endpoint: endpoints from the options, project id from --project-id or
// HUAWEICLOUD_SDK_PROJECT_ID, credentials from the environment. Empty `problem` when usable.
ClientConfig endpointConfig(const LaunchOptions &options, QString *problem);

} // namespace liteops
