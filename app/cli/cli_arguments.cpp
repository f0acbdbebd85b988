#include "cli_arguments.h"

#include "cli.h"

#include <QCoreApplication>
#include <QSet>

namespace liteops::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiteOpsCli)
};

struct CommandSpec
{
    const char *group;
    const char *command;
    int minPositionals;
    int maxPositionals; // -1: any number
    QSet<QString> valueOptions;
    QSet<QString> flagOptions;
};

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> specs{
        {"jobs", "list", 0, 0,
         {QStringLiteral("status"), QStringLiteral("type"), QStringLiteral("name"),
          QStringLiteral("id"), QStringLiteral("format")}, {}},
        {"jobs", "get", 1, 1, {QStringLiteral("tasks"), QStringLiteral("format")},
         {QStringLiteral("refresh")}},
        {"jobs", "create", 0, 0,
         {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("server"),
          QStringLiteral("servers-file"), QStringLiteral("item"), QStringLiteral("description"),
          QStringLiteral("batch-size"), QStringLiteral("format")},
         {QStringLiteral("reboot"), QStringLiteral("dry-run")}},
        {"jobs", "wait", 1, 1, {QStringLiteral("wait-timeout")}, {}},
        {"jobs", "delete", 1, -1, {}, {}},
        {"templates", "list", 0, 0, {QStringLiteral("format")}, {}},
        {"servers", "list", 0, 0, {QStringLiteral("format")}, {}},
        {"servicestage", "job", 1, 1, {QStringLiteral("format")}, {}},
        {"ief", "job", 1, 1, {QStringLiteral("instance-id"), QStringLiteral("format")}, {}},
        {"cache", "status", 0, 0, {QStringLiteral("format")}, {}},
        {"cache", "sync", 0, 0, {QStringLiteral("format"), QStringLiteral("horizon-days")}, {}},
        {"cache", "clear", 0, 0, {QStringLiteral("format")}, {}},
    };
    return specs;
}

const QSet<QString> &globalValueOptions()
{
    static const QSet<QString> names{
        QStringLiteral("profile"), QStringLiteral("endpoint"),
        QStringLiteral("servicestage-endpoint"), QStringLiteral("ief-endpoint"),
        QStringLiteral("iam-endpoint"), QStringLiteral("region"), QStringLiteral("project-id"),
        QStringLiteral("ca-file"), QStringLiteral("timeout")};
    return names;
}

const CommandSpec *findCommand(const QString &group, const QString &command)
{
    for (const CommandSpec &spec : commands()) {
        if (group == QLatin1String(spec.group) && command == QLatin1String(spec.command))
            return &spec;
    }
    return nullptr;
}

bool isGroup(const QString &word)
{
    for (const CommandSpec &spec : commands()) {
        if (word == QLatin1String(spec.group))
            return true;
    }
    return false;
}

void setGlobal(GlobalOptions &g, const QString &name, const QString &value)
{
    if (name == QLatin1String("profile")) g.profile = value;
    else if (name == QLatin1String("endpoint")) g.endpoint = value;
    else if (name == QLatin1String("servicestage-endpoint")) g.serviceStageEndpoint = value;
    else if (name == QLatin1String("ief-endpoint")) g.iefEndpoint = value;
    else if (name == QLatin1String("iam-endpoint")) g.iamEndpoint = value;
    else if (name == QLatin1String("region")) g.region = value;
    else if (name == QLatin1String("project-id")) g.projectId = value;
    else if (name == QLatin1String("ca-file")) g.caFile = value;
}
} // namespace

bool parseCommandLine(const QStringList &arguments, CommandLine *out, QString *errorMessage)
{
    CommandLine line;
    const CommandSpec *spec = nullptr;
    QString lastMulti; // --server / --item: bare words after them are more values
    auto fail = [&](const QString &message) {
        *errorMessage = message;
        return false;
    };

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            QString name = arg.mid(2);
            QString value;
            bool hasInlineValue = false;
            if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                hasInlineValue = true;
            }
            lastMulti.clear();
            if (name == QLatin1String("help")) {
                line.global.help = true;
                continue;
            }
            if (name == QLatin1String("version")) {
                line.global.version = true;
                continue;
            }
            // After `jobs wait`, --timeout is the wait limit; anywhere else the transfer timeout.
            const bool waitTimeout = name == QLatin1String("timeout") && spec
                                     && line.group == QLatin1String("jobs")
                                     && line.command == QLatin1String("wait");
            if (waitTimeout)
                name = QStringLiteral("wait-timeout");
            const bool isGlobal = globalValueOptions().contains(name);
            const bool isCommandValue = spec && spec->valueOptions.contains(name);
            const bool isCommandFlag = spec && spec->flagOptions.contains(name);
            if (!isGlobal && !isCommandValue && !isCommandFlag) {
                return fail(spec ? Tr::tr("Unknown option --%1 for \"%2 %3\".")
                                       .arg(name, line.group, line.command)
                                 : Tr::tr("Unknown option --%1.").arg(name));
            }
            if (isCommandFlag) {
                if (hasInlineValue)
                    return fail(Tr::tr("Option --%1 takes no value.").arg(name));
                line.options[name].append(QString());
                continue;
            }
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size())
                    return fail(Tr::tr("Option --%1 needs a value.").arg(arg.mid(2)));
                value = arguments.at(++i);
            }
            if (isCommandValue) {
                line.options[name].append(value);
                if (name == QLatin1String("server") || name == QLatin1String("item"))
                    lastMulti = name;
                continue;
            }
            if (name == QLatin1String("timeout")) {
                bool ok = false;
                const int seconds = value.toInt(&ok);
                if (!ok || seconds < 1 || seconds > 3600)
                    return fail(Tr::tr("--timeout needs a number of seconds between 1 and 3600."));
                line.global.timeoutSeconds = seconds;
            } else {
                setGlobal(line.global, name, value);
            }
            continue;
        }

        // A bare word: the group, the command, then positionals.
        if (line.group.isEmpty()) {
            if (!isGroup(arg))
                return fail(Tr::tr("Unknown command \"%1\".").arg(arg));
            line.group = arg;
            continue;
        }
        if (line.command.isEmpty()) {
            spec = findCommand(line.group, arg);
            if (!spec)
                return fail(Tr::tr("Unknown command \"%1 %2\".").arg(line.group, arg));
            line.command = arg;
            continue;
        }
        if (!lastMulti.isEmpty()) {
            line.options[lastMulti].append(arg);
            continue;
        }
        line.positionals.append(arg);
    }

    if (line.global.help || line.global.version) {
        *out = line;
        return true;
    }
    if (line.group.isEmpty())
        return fail(Tr::tr("No command given. Try --help."));
    if (!spec)
        return fail(Tr::tr("\"%1\" needs a command. Try --help.").arg(line.group));
    const int count = int(line.positionals.size());
    if (count < spec->minPositionals)
        return fail(Tr::tr("\"%1 %2\" needs an id.").arg(line.group, line.command));
    if (spec->maxPositionals >= 0 && count > spec->maxPositionals)
        return fail(Tr::tr("Unexpected argument \"%1\".").arg(line.positionals.at(spec->maxPositionals)));
    *out = line;
    return true;
}

QString versionText()
{
    QString text = QStringLiteral("liteops-cli " LITEOPS_VERSION);
    const QString revision = QStringLiteral(LITEOPS_GIT_REVISION);
    if (!revision.isEmpty())
        text += QStringLiteral(" (") + revision + QLatin1Char(')');
    return text;
}

QString helpText()
{
    return Tr::tr(
        "Usage: liteops-cli [global options] COMMAND [arguments] [options]\n"
        "\n"
        "Scripting access to ModelArts Lite Server jobs, ServiceStage jobs and IEF batch jobs.\n"
        "\n"
        "Commands:\n"
        "  jobs list [--status S] [--type T] [--name N] [--id ID] [--format table|json|csv]\n"
        "      Every job across all pages.\n"
        "  jobs get ID [--tasks all|failed|skipped|processing|succeeded] [--format table|json|csv]\n"
        "      One job with its tasks (CSV: one row per task).\n"
        "  jobs create --name N --type T (--server ID... | --servers-file F)\n"
        "              --item TYPE[:k=v,k=v]... [--description D] [--reboot]\n"
        "              [--batch-size N] [--dry-run] [--format table|json]\n"
        "      More servers than --batch-size (default 50, at most 50) are submitted as waves,\n"
        "      one job per wave, named NAME-w01, NAME-w02, ... --dry-run prints every request\n"
        "      body and sends nothing. --servers-file: one server id per line (or the first\n"
        "      column of a CSV); empty lines and lines starting with # are skipped.\n"
        "      A create that may have reached the service without an answer is never sent\n"
        "      again: the jobs are listed by name to find out whether it was created.\n"
        "  jobs wait ID [--timeout S]\n"
        "      Polls until the job has finished (no limit unless --timeout is given).\n"
        "  jobs delete ID...\n"
        "  templates list [--format table|json|csv]\n"
        "  servers list [--format table|json|csv]\n"
        "  servicestage job ID [--format table|json|csv]\n"
        "  ief job ID [--instance-id X] [--format table|json|csv]\n"
        "\n"
        "Global options:\n"
        "  --profile NAME               a saved profile (region, endpoints, project, keychain secrets)\n"
        "  --endpoint URL               ModelArts endpoint\n"
        "  --servicestage-endpoint URL  ServiceStage endpoint\n"
        "  --ief-endpoint URL           IEF endpoint\n"
        "  --iam-endpoint URL           IAM endpoint (for IAM password profiles)\n"
        "  --region R                   derive the endpoints from a region, e.g. cn-north-4\n"
        "  --project-id ID              project id\n"
        "  --ca-file F                  PEM bundle of extra trusted CAs\n"
        "  --timeout SECONDS            transfer timeout per request (default 30)\n"
        "  --version, --help\n"
        "\n"
        "Credentials come from the profile or from the environment (an empty variable counts\n"
        "as unset; the environment wins over the profile):\n"
        "  HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK   access key and secret key (AK/SK signing)\n"
        "  HUAWEICLOUD_SDK_SECURITY_TOKEN           security token of temporary AK/SK\n"
        "  HUAWEICLOUD_SDK_PROJECT_ID               project id (when --project-id is not given)\n"
        "  LITEOPS_AUTH_TOKEN                       an IAM token (X-Auth-Token)\n"
        "\n"
        "Output: table (default), json (the API's field names, timestamps as ISO-8601 UTC with\n"
        "milliseconds, plus the normalised \"state\"), csv (a header row with the same names).\n"
        "Errors go to stderr with the HTTP status, error_code, error_msg and request id.\n"
        "\n"
        "Exit codes:\n"
        "  0  success\n"
        "  1  jobs wait: the job finished with failed tasks\n"
        "  2  usage: bad arguments, missing configuration or credentials, invalid id\n"
        "  3  the service answered with an error\n"
        "  4  no answer: network, TLS or timeout (also jobs wait --timeout), or an outcome that\n"
        "     could not be established\n")
        + Tr::tr(
            "\n"
            "Local data: every job list and job detail fetched is kept in one SQLite file per\n"
            "endpoint and project (shared with the console). A finished job is then shown from\n"
            "it without a request; jobs get --refresh asks the service again.\n"
            "  cache status [--format table|json]   jobs, details, tasks, servers, file size, dates\n"
            "  cache sync [--horizon-days N] [--format table|json]\n"
            "      Fetches the details of finished jobs not stored yet (newest first, default\n"
            "      90 days back, two requests at a time).\n"
            "  cache clear [--format table|json]    forgets this endpoint and project's local data\n");
}

} // namespace liteops::cli
