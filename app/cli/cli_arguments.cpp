// SPDX-License-Identifier: Apache-2.0
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
    // Options shared by every command that submits waves (create, resume, rerun-failed).
    const QSet<QString> runValues{QStringLiteral("batch-size"), QStringLiteral("waves"), QStringLiteral("max-failures"),
                                  QStringLiteral("poll-interval"), QStringLiteral("format")};
    // Flags of the same commands: waiting, and the approval gate.
    const QSet<QString> runFlags{QStringLiteral("wait"), QStringLiteral("pause-after-first"),
                                 QStringLiteral("pause-each"), QStringLiteral("yes"), QStringLiteral("verify")};
    static const QList<CommandSpec> specs{
        {"jobs",
         "list",
         0,
         0,
         {QStringLiteral("status"), QStringLiteral("state"), QStringLiteral("type"), QStringLiteral("name"),
          QStringLiteral("id"), QStringLiteral("format")},
         {}},
        {"jobs", "get", 1, 1, {QStringLiteral("tasks"), QStringLiteral("format")}, {QStringLiteral("refresh")}},
        {"jobs", "create", 0, 0,
         runValues
             + QSet<QString>{QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("server"),
                             QStringLiteral("servers-file"), QStringLiteral("item"), QStringLiteral("description"),
                             QStringLiteral("template"), QStringLiteral("param")},
         runFlags + QSet<QString>{QStringLiteral("reboot"), QStringLiteral("dry-run")}},
        {"jobs",
         "resume",
         1,
         1,
         {QStringLiteral("max-failures"), QStringLiteral("poll-interval"), QStringLiteral("format")},
         runFlags},
        {"jobs", "rerun-failed", 1, 1,
         runValues + QSet<QString>{QStringLiteral("cluster"), QStringLiteral("name"), QStringLiteral("description")},
         runFlags
             + QSet<QString>{QStringLiteral("include-skipped"), QStringLiteral("reboot"), QStringLiteral("dry-run")}},
        {"jobs", "history", 0, 0, {QStringLiteral("format")}, {}},
        {"jobs", "wait", 1, 1, {QStringLiteral("wait-timeout")}, {}},
        {"jobs", "delete", 1, -1, {}, {}},
        {"runs", "list", 0, 0, {QStringLiteral("format")}, {}},
        {"runs", "show", 1, 1, {QStringLiteral("format")}, {}},
        {"runs",
         "continue",
         1,
         1,
         {QStringLiteral("max-failures"), QStringLiteral("poll-interval"), QStringLiteral("format")},
         runFlags},
        {"templates", "list", 0, 0, {QStringLiteral("format")}, {}},
        {"servers", "list", 0, 0, {QStringLiteral("format")}, {}},
        {"servers", "reboot", 1, -1, {QStringLiteral("format")}, {QStringLiteral("yes")}},
        {"servers", "start", 1, -1, {QStringLiteral("format")}, {QStringLiteral("yes")}},
        {"servers", "stop", 1, -1, {QStringLiteral("format")}, {QStringLiteral("yes")}},
        {"servicestage", "job", 1, 1, {QStringLiteral("format")}, {QStringLiteral("refresh")}},
        {"ief", "job", 1, 1, {QStringLiteral("instance-id"), QStringLiteral("format")}, {QStringLiteral("refresh")}},
        {"cache", "status", 0, 0, {QStringLiteral("format")}, {}},
        {"cache", "sync", 0, 0, {QStringLiteral("format"), QStringLiteral("horizon-days")}, {}},
        {"cache", "clear", 0, 0, {QStringLiteral("format")}, {}},
        // A group without a command word: "liteops-cli fleet [options]".
        {"fleet",
         "",
         0,
         0,
         {QStringLiteral("target-driver"), QStringLiteral("target-firmware"), QStringLiteral("format")},
         {QStringLiteral("outdated"), QStringLiteral("unknown"), QStringLiteral("stale"), QStringLiteral("flaky"),
          QStringLiteral("no-sync")}},
    };
    return specs;
}

const QSet<QString> &globalValueOptions()
{
    static const QSet<QString> names{
        QStringLiteral("profile"),      QStringLiteral("endpoint"),     QStringLiteral("servicestage-endpoint"),
        QStringLiteral("ief-endpoint"), QStringLiteral("iam-endpoint"), QStringLiteral("region"),
        QStringLiteral("project-id"),   QStringLiteral("ca-file"),      QStringLiteral("timeout")};
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
    if (name == QLatin1String("profile"))
        g.profile = value;
    else if (name == QLatin1String("endpoint"))
        g.endpoint = value;
    else if (name == QLatin1String("servicestage-endpoint"))
        g.serviceStageEndpoint = value;
    else if (name == QLatin1String("ief-endpoint"))
        g.iefEndpoint = value;
    else if (name == QLatin1String("iam-endpoint"))
        g.iamEndpoint = value;
    else if (name == QLatin1String("region"))
        g.region = value;
    else if (name == QLatin1String("project-id"))
        g.projectId = value;
    else if (name == QLatin1String("ca-file"))
        g.caFile = value;
}
} // namespace

namespace {

// Reads the arguments left to right: options (global or the command's), then bare words (the
// group, the command, more values of --server/--item, positionals); then checks the whole.
class CommandLineParser
{
public:
    explicit CommandLineParser(const QStringList &arguments) : m_arguments(arguments) {}

    bool parse(CommandLine *out, QString *errorMessage)
    {
        for (m_i = 1; m_i < m_arguments.size(); ++m_i) {
            const QString arg = m_arguments.at(m_i);
            const bool ok = arg.startsWith(QLatin1String("--")) && arg.size() > 2 ? option(arg) : word(arg);
            if (!ok) {
                *errorMessage = m_problem;
                return false;
            }
        }
        if (!checkWhole()) {
            *errorMessage = m_problem;
            return false;
        }
        *out = m_line;
        return true;
    }

private:
    bool fail(const QString &message)
    {
        m_problem = message;
        return false;
    }

    bool option(const QString &arg)
    {
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        m_lastMulti.clear();
        if (name == QLatin1String("help")) {
            m_line.global.help = true;
            return true;
        }
        if (name == QLatin1String("version")) {
            m_line.global.version = true;
            return true;
        }
        // After `jobs wait`, --timeout is the wait limit; anywhere else the transfer timeout.
        if (name == QLatin1String("timeout") && m_spec && m_line.group == QLatin1String("jobs")
            && m_line.command == QLatin1String("wait"))
            name = QStringLiteral("wait-timeout");
        const bool isGlobal = globalValueOptions().contains(name);
        const bool isCommandValue = m_spec && m_spec->valueOptions.contains(name);
        const bool isCommandFlag = m_spec && m_spec->flagOptions.contains(name);
        if (!isGlobal && !isCommandValue && !isCommandFlag) {
            return fail(m_spec ? Tr::tr("Unknown option --%1 for \"%2 %3\".").arg(name, m_line.group, m_line.command)
                               : Tr::tr("Unknown option --%1.").arg(name));
        }
        if (isCommandFlag) {
            if (hasInlineValue)
                return fail(Tr::tr("Option --%1 takes no value.").arg(name));
            m_line.options[name].append(QString());
            return true;
        }
        if (!hasInlineValue) {
            if (m_i + 1 >= m_arguments.size())
                return fail(Tr::tr("Option --%1 needs a value.").arg(arg.mid(2)));
            value = m_arguments.at(++m_i);
        }
        if (isCommandValue) {
            m_line.options[name].append(value);
            if (name == QLatin1String("server") || name == QLatin1String("item"))
                m_lastMulti = name;
            return true;
        }
        return globalValue(name, value);
    }

    bool globalValue(const QString &name, const QString &value)
    {
        if (name != QLatin1String("timeout")) {
            setGlobal(m_line.global, name, value);
            return true;
        }
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return fail(Tr::tr("--timeout needs a number of seconds between 1 and 3600."));
        m_line.global.timeoutSeconds = seconds;
        return true;
    }

    // A bare word: the group, the command, then positionals.
    bool word(const QString &arg)
    {
        if (m_line.group.isEmpty()) {
            if (!isGroup(arg))
                return fail(Tr::tr("Unknown command \"%1\".").arg(arg));
            m_line.group = arg;
            m_spec = findCommand(m_line.group, QString()); // set for a group without commands
            return true;
        }
        if (m_line.command.isEmpty() && !m_spec) {
            m_spec = findCommand(m_line.group, arg);
            if (!m_spec)
                return fail(Tr::tr("Unknown command \"%1 %2\".").arg(m_line.group, arg));
            m_line.command = arg;
            return true;
        }
        if (!m_lastMulti.isEmpty())
            m_line.options[m_lastMulti].append(arg);
        else
            m_line.positionals.append(arg);
        return true;
    }

    // A command, and as many positionals as it takes (unless --help or --version).
    bool checkWhole()
    {
        if (m_line.global.help || m_line.global.version)
            return true;
        if (m_line.group.isEmpty())
            return fail(Tr::tr("No command given. Try --help."));
        if (!m_spec)
            return fail(Tr::tr("\"%1\" needs a command. Try --help.").arg(m_line.group));
        const int count = int(m_line.positionals.size());
        if (count < m_spec->minPositionals)
            return fail(
                m_line.command == QLatin1String("resume")
                    ? Tr::tr("\"%1 %2\" needs a submission id (see jobs history).").arg(m_line.group, m_line.command)
                    : Tr::tr("\"%1 %2\" needs an id.").arg(m_line.group, m_line.command));
        if (m_spec->maxPositionals >= 0 && count > m_spec->maxPositionals)
            return fail(Tr::tr("Unexpected argument \"%1\".").arg(m_line.positionals.at(m_spec->maxPositionals)));
        return true;
    }

    const QStringList &m_arguments;
    qsizetype m_i = 0;
    CommandLine m_line;
    const CommandSpec *m_spec = nullptr;
    QString m_lastMulti; // --server / --item: bare words after them are more values
    QString m_problem;
};

} // namespace

bool parseCommandLine(const QStringList &arguments, CommandLine *out, QString *errorMessage)
{
    return CommandLineParser(arguments).parse(out, errorMessage);
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
    return Tr::tr("Usage: liteops-cli [global options] COMMAND [arguments] [options]\n"
                  "\n"
                  "Scripting access to ModelArts Lite Server jobs, ServiceStage jobs and IEF batch jobs.\n"
                  "\n"
                  "Commands:\n"
                  "  jobs list [--status S] [--state STATE,...] [--type T] [--name N] [--id ID]\n"
                  "            [--format table|json|csv]\n"
                  "      Every job across all pages. --status is the raw status the service filters on;\n"
                  "      --state filters on the normalised state: pending, running, succeeded, failed,\n"
                  "      partial (finished with some failed tasks), skipped, cancelled, deleted, unknown.\n"
                  "      The table shows the state's label, CSV and JSON its key.\n"
                  "  jobs get ID|NAME [--tasks all|failed|skipped|processing|succeeded]\n"
                  "           [--format table|json|csv]\n"
                  "      One job with its tasks (CSV: one row per task). A name must be unique.\n"
                  "  jobs create --name N (--type T --item TYPE[:k=v,k=v]... | --template ID|NAME\n"
                  "              [--param k=v]... [--item ...]) (--server S... | --servers-file F)\n"
                  "              [--description D] [--reboot] [--batch-size N | --waves LIST]\n"
                  "              [--max-failures N] [--wait] [--pause-after-first | --pause-each]\n"
                  "              [--yes] [--verify] [--poll-interval S] [--dry-run]\n"
                  "              [--format table|json]\n"
                  "      Runs the console wizard's submission engine: more servers than --batch-size\n"
                  "      (default 50, at most 50) go as waves, one job per wave, named NAME-w01,\n"
                  "      NAME-w02, ..., each sent after the one before. Every create is written to the\n"
                  "      submission history before and after it is sent (the console's Submission\n"
                  "      History shows it, marked as from liteops-cli).\n"
                  "      --server S     a server id, name or private IP (repeatable, or comma-separated).\n"
                  "                     Resolved through the servers list; unknown or ambiguous entries\n"
                  "                     are listed and nothing is sent.\n"
                  "      --servers-file F  one id, name or IP per line (# comments), or a CSV with a\n"
                  "                     header: its server_id column, else id, else the first column.\n"
                  "                     So jobs get ID --tasks failed --format csv > f.csv, then\n"
                  "                     --servers-file f.csv, reruns exactly those servers.\n"
                  "      --template ID|NAME  type, item and parameter defaults from a template;\n"
                  "                     --param k=v overrides one. Every parameter is checked against\n"
                  "                     the template's regex before anything is sent.\n"
                  "      --waves LIST   progressive wave sizes, e.g. 1,5,25%,50: a number of servers or a\n"
                  "                     percentage of all the servers (rounded down, at least 1); the\n"
                  "                     last size repeats until every server is covered; no wave has\n"
                  "                     more than 50 servers. --batch-size N is the same as --waves N.\n"
                  "      --pause-after-first, --pause-each  an approval gate: once the first wave (or\n"
                  "                     each wave but the last) has finished within the budget, the\n"
                  "                     run waits. In a terminal it asks whether to continue; without\n"
                  "                     one it stops there (exit 1) and runs continue goes on later.\n"
                  "                     Each wave is waited for, as with --wait.\n"
                  "      --yes          pass every gate without asking.\n"
                  "      --verify       for HDK_UPGRADE: once a wave has finished, an HDK_QUERY job\n"
                  "                     (NAME-wNN-verify) on its succeeded servers checks that each\n"
                  "                     reports the requested driver; a server that does not counts\n"
                  "                     against --max-failures like a failed task and is listed.\n"
                  "      --max-failures N  the error budget in failed tasks across all waves: more than N\n"
                  "                     stops the run (no further wave is sent); 0 stops at the first\n"
                  "                     failed task.\n"
                  "      --wait         wait for each wave's tasks to finish before the next wave (always\n"
                  "                     so with --max-failures); without a budget, exit 1 when a task\n"
                  "                     failed.\n"
                  "      --poll-interval S  seconds between polls of a running wave (default 5).\n"
                  "      --dry-run      resolve and check everything, print each wave's exact request\n"
                  "                     body, send nothing.\n"
                  "      Progress goes to stderr, one line per wave state change (and a live line when\n"
                  "      stderr is a terminal). A create whose answer was lost is never sent again: the\n"
                  "      jobs with its name are listed, and only a job absent from the list taken before\n"
                  "      the create, with the same name and the same servers, is taken as created.\n"
                  "  jobs resume SUBMISSION [--max-failures N] [--wait] [--pause-after-first |\n"
                  "              --pause-each] [--yes] [--verify] [--poll-interval S]\n"
                  "              [--format table|json]\n"
                  "      Continues a submission of the history (stopped on its budget, at a gate,\n"
                  "      halted, or cut off): waves already created are accepted, unclear ones are\n"
                  "      reconciled first, the rest are sent; a gate it waits at is passed, later\n"
                  "      gates are those it was started with. SUBMISSION is its id or a unique prefix.\n"
                  "  jobs rerun-failed ID|NAME [--include-skipped] [--cluster TEXT] [--name N]\n"
                  "              [--description D] [--reboot] [--batch-size N | --waves LIST]\n"
                  "              [--max-failures N] [--wait] [--pause-after-first | --pause-each]\n"
                  "              [--yes] [--verify] [--poll-interval S] [--dry-run]\n"
                  "              [--format table|json]\n"
                  "      A new run of the job's type and items on the servers whose tasks failed (and\n"
                  "      skipped, with --include-skipped); --cluster keeps only tasks whose normalised\n"
                  "      error (as the console's error clusters show it) contains TEXT. Named\n"
                  "      NAME-rerun-DATE; its history entry is linked to the original job.\n"
                  "  jobs history [--format table|json]\n"
                  "      The submissions of the local history (console and liteops-cli), newest first.\n"
                  "  runs list [--format table|json]\n"
                  "      The same as jobs history; a run waiting at a gate has the state at-gate.\n"
                  "  runs show SUBMISSION [--format table|json]\n"
                  "      One run of the history: each wave's name, servers, status and jobs, and the\n"
                  "      gate it waits at, with why.\n"
                  "  runs continue SUBMISSION [options of jobs resume]\n"
                  "      The same as jobs resume: continues a run past its gate.\n"
                  "  jobs wait ID|NAME [--timeout S]\n"
                  "      Polls until the job has finished (no limit unless --timeout is given).\n"
                  "  jobs delete ID...\n"
                  "  templates list [--format table|json|csv]\n"
                  "  servers list [--format table|json|csv]\n"
                  "  servers reboot|start|stop ID|NAME|IP... [--yes] [--format table|json]\n"
                  "      Reboots, starts or stops the servers (resolved like --server), at most 5 calls\n"
                  "      at a time, and prints each server's outcome: succeeded (with its new status,\n"
                  "      e.g. REBOOTING), refused (the service's error; nothing happened) or unknown\n"
                  "      (no answer after sending: check the server before acting again; never sent\n"
                  "      twice). Asks first in a terminal; without one, --yes is required (exit 6).\n"
                  "  servicestage job ID [--refresh] [--format table|json|csv]\n"
                  "  ief job ID [--instance-id X] [--refresh] [--format table|json|csv]\n"
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
                  "as unset; the environment wins over the profile); a refused signature or token (401)\n"
                  "says which was used:\n"
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
                  "  1  jobs wait: the job finished with failed tasks; jobs create, resume and\n"
                  "     rerun-failed: the run stopped on its error budget (the message names the wave\n"
                  "     and its failed servers), at a gate without a terminal (resumable), or with\n"
                  "     --wait and no budget some task failed\n"
                  "  2  usage: bad arguments, missing configuration or credentials, invalid id, a\n"
                  "     template parameter that does not match, servers that are unknown or ambiguous,\n"
                  "     a job name shared by several jobs\n"
                  "  3  the service answered with an error (a refused create included)\n"
                  "  4  no answer: network, TLS or timeout (also jobs wait --timeout), or an outcome that\n"
                  "     could not be established\n"
                  "  5  incomplete listing: the service ignored (or refused) the paging parameters, so\n"
                  "     only part of the rows was printed; stderr says \"incomplete: N of TOTAL\" and JSON\n"
                  "     output is {\"incomplete\": true, \"received\", \"total\", \"reason\", ROWS: [...]}\n"
                  "  6  servers reboot|start|stop: not confirmed (no --yes without a terminal, or the\n"
                  "     answer was no); nothing was sent\n")
           + Tr::tr("\n"
                    "Local data: every job list and job detail fetched is kept in one SQLite file per\n"
                    "endpoint and project (shared with the console). A finished job is then shown from\n"
                    "it without a request; jobs get, servicestage job and ief job --refresh ask the\n"
                    "service again.\n"
                    "  cache status [--format table|json]   jobs, details, tasks, servers, file size, dates\n"
                    "  cache sync [--horizon-days N] [--format table|json]\n"
                    "      Fetches the details of finished jobs not stored yet (newest first, default\n"
                    "      90 days back, two requests at a time).\n"
                    "  cache clear [--format table|json]    forgets this endpoint and project's local data\n")
           + Tr::tr("\n"
                    "Fleet: every server with the driver and firmware of its newest succeeded HDK_QUERY,\n"
                    "its last job, failures among its last 10 tasks and its failure streak (flaky: 3 or\n"
                    "more failures in the last 10, or the last 2 in a row), from the local data.\n"
                    "  fleet [--target-driver V] [--target-firmware V]\n"
                    "        [--outdated | --unknown | --stale | --flaky] [--no-sync]\n"
                    "        [--format table|json|csv]\n"
                    "      Syncs the servers list and the finished job details first (--no-sync: the\n"
                    "      stored data only). Compliance compares HDK versions (24.1.RC3 < 24.1.0 <\n"
                    "      24.1.0.SPC1) with the target: compliant, outdated, ahead, unknown (never\n"
                    "      queried), stale (queried over 7 days ago) or no_target. Without --target-*\n"
                    "      the profile's targets set in the console apply.\n");
}

} // namespace liteops::cli
