// SPDX-License-Identifier: Apache-2.0
#include "launch_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace liteops {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(liteops::LaunchOptions)
};

QUrl parseUrl(const QString &text, const QString &option, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        *error = Tr::tr("--%1 needs an http or https URL, got \"%2\".").arg(option, text);
        return {};
    }
    return url;
}

} // namespace

std::optional<LaunchOptions> parseLaunchOptions(const QStringList &arguments, QString *errorMessage, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("LiteOps: operations console for fleet jobs on Huawei Cloud."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    const QCommandLineOption profile(QStringLiteral("profile"), Tr::tr("Open with the connection profile NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     Tr::tr("Open on the local sandbox (built-in simulator)."));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        Tr::tr("ModelArts endpoint URL; credentials come from HUAWEICLOUD_SDK_AK/SK (or LITEOPS_AUTH_TOKEN)."),
        QStringLiteral("URL"));
    const QCommandLineOption projectId(QStringLiteral("project-id"),
                                       Tr::tr("Project id (default: HUAWEICLOUD_SDK_PROJECT_ID)."),
                                       QStringLiteral("ID"));
    const QCommandLineOption ss(QStringLiteral("servicestage-endpoint"), Tr::tr("ServiceStage endpoint URL."),
                                QStringLiteral("URL"));
    const QCommandLineOption ief(QStringLiteral("ief-endpoint"), Tr::tr("IEF endpoint URL."), QStringLiteral("URL"));
    const QCommandLineOption openJob(QStringLiteral("open-job"), Tr::tr("Open the ModelArts job ID at start."),
                                     QStringLiteral("ID"));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("User interface language, e.g. zh_CN."),
                                  QStringLiteral("LOCALE"));
    parser.addOptions({help, profile, sandbox, endpoint, projectId, ss, ief, openJob, lang});

    if (!parser.parse(arguments)) {
        *errorMessage = parser.errorText();
        return std::nullopt;
    }
    LaunchOptions o;
    if (parser.isSet(help)) {
        if (helpText)
            *helpText = parser.helpText();
        return o;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *errorMessage = Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    o.profile = parser.value(profile);
    o.sandbox = parser.isSet(sandbox);
    o.projectId = parser.value(projectId);
    o.openJob = parser.value(openJob);
    o.language = parser.value(lang);
    QString error;
    if (parser.isSet(endpoint)
        && (o.endpoint = parseUrl(parser.value(endpoint), QStringLiteral("endpoint"), &error)).isEmpty()) {
        *errorMessage = error;
        return std::nullopt;
    }
    if (parser.isSet(ss)
        && (o.serviceStageEndpoint = parseUrl(parser.value(ss), QStringLiteral("servicestage-endpoint"), &error))
               .isEmpty()) {
        *errorMessage = error;
        return std::nullopt;
    }
    if (parser.isSet(ief)
        && (o.iefEndpoint = parseUrl(parser.value(ief), QStringLiteral("ief-endpoint"), &error)).isEmpty()) {
        *errorMessage = error;
        return std::nullopt;
    }
    if (o.sandbox && (!o.profile.isEmpty() || !o.endpoint.isEmpty())) {
        *errorMessage = Tr::tr("--sandbox cannot be combined with --profile or --endpoint.");
        return std::nullopt;
    }
    if (!o.profile.isEmpty() && !o.endpoint.isEmpty()) {
        *errorMessage = Tr::tr("--profile and --endpoint cannot be combined.");
        return std::nullopt;
    }
    if (o.endpoint.isEmpty()
        && (!o.serviceStageEndpoint.isEmpty() || !o.iefEndpoint.isEmpty() || !o.projectId.isEmpty())
        && o.profile.isEmpty()) {
        *errorMessage = Tr::tr(
            "--project-id, --servicestage-endpoint and --ief-endpoint need --endpoint or --profile.");
        return std::nullopt;
    }
    return o;
}

ClientConfig endpointConfig(const LaunchOptions &options, QString *problem)
{
    ClientConfig config;
    const EnvironmentSettings env = EnvironmentSettings::read();
    config.endpoints.modelArts = options.endpoint;
    config.endpoints.serviceStage = options.serviceStageEndpoint.isEmpty() ? options.endpoint
                                                                           : options.serviceStageEndpoint;
    config.endpoints.ief = options.iefEndpoint.isEmpty() ? options.endpoint : options.iefEndpoint;
    config.projectId = options.projectId.isEmpty() ? env.projectId : options.projectId;
    problem->clear();
    if (!env.problem.isEmpty())
        *problem = env.problem;
    else if (!env.credentials)
        *problem = Tr::tr("No credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or LITEOPS_AUTH_TOKEN.");
    else
        config.credentials = *env.credentials;
    if (problem->isEmpty() && config.projectId.isEmpty())
        *problem = Tr::tr("No project id: pass --project-id or set HUAWEICLOUD_SDK_PROJECT_ID.");
    return config;
}

} // namespace liteops
