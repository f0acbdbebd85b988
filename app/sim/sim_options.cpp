// SPDX-License-Identifier: Apache-2.0
// The liteops-sim command line, shared by the executable and the tests.
#include "simulator.h"

#include "fault_rules.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace liteops::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("liteops::sim::Options", text);
}

constexpr int kMaxServers = 20000;
constexpr int kMaxJobs = 100000;

// Options that take a value; the rest are switches.
const QStringList kValued{QStringLiteral("--bind"),
                          QStringLiteral("--port"),
                          QStringLiteral("--seed"),
                          QStringLiteral("--servers"),
                          QStringLiteral("--jobs"),
                          QStringLiteral("--project-id"),
                          QStringLiteral("--ak"),
                          QStringLiteral("--sk"),
                          QStringLiteral("--token"),
                          QStringLiteral("--iam-user"),
                          QStringLiteral("--iam-password"),
                          QStringLiteral("--iam-domain"),
                          QStringLiteral("--task-duration-ms"),
                          QStringLiteral("--failure-rate"),
                          QStringLiteral("--max-servers-per-job"),
                          QStringLiteral("--fault")};

// The secrets: where each can come from besides its (discouraged) command-line option. The
// command line is readable by every user of the machine (ps, /proc/PID/cmdline); the
// environment (/proc/PID/environ) and a file with 0600 permissions are not.
struct SecretSource
{
    const char *option;      // --sk: still accepted, with a warning
    const char *fileOption;  // --sk-file FILE
    const char *environment; // LITEOPS_SIM_SK
    QString SimOptions::*field;
};
const SecretSource kSecretSources[] = {
    {"--sk", "--sk-file", "LITEOPS_SIM_SK", &SimOptions::secretKey},
    {"--iam-password", "--iam-password-file", "LITEOPS_SIM_IAM_PASSWORD", &SimOptions::iamPassword},
    {"--token", "--token-file", "LITEOPS_SIM_TOKEN", &SimOptions::token},
};
// Options naming a file: TLS material and the secrets' files.
const QStringList kFileValued{QStringLiteral("--sk-file"), QStringLiteral("--iam-password-file"),
                              QStringLiteral("--token-file"), QStringLiteral("--tls-cert"),
                              QStringLiteral("--tls-key")};
constexpr qint64 kMaxSecretFileBytes = 64 * 1024;

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

bool parseInt(const QString &name, const QString &text, qint64 lo, qint64 hi, qint64 *out, QString *errorMessage)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < lo || v > hi)
        return fail(errorMessage,
                    tr("%1 expects a whole number from %2 to %3, got \"%4\"").arg(name).arg(lo).arg(hi).arg(text));
    *out = v;
    return true;
}

// A secret from a file: its whole content, without the line ending(s) an editor or `echo`
// leaves at the end. The value is never part of a message.
bool readSecretFile(const QString &option, const QString &path, QString *out, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(errorMessage, tr("%1: cannot read \"%2\": %3").arg(option, path, file.errorString()));
    QByteArray data = file.read(kMaxSecretFileBytes + 1);
    if (data.size() > kMaxSecretFileBytes)
        return fail(errorMessage, tr("%1: \"%2\" is larger than %3 bytes").arg(option, path).arg(kMaxSecretFileBytes));
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty())
        return fail(errorMessage, tr("%1: \"%2\" is empty").arg(option, path));
    *out = QString::fromUtf8(data);
    return true;
}

} // namespace

bool parseArguments(const QStringList &arguments, SimOptions *options, QString *errorMessage)
{
    return parseArguments(arguments, QProcessEnvironment(), options, errorMessage, nullptr);
}

namespace {

enum class SecretOption { NotSecret, Taken, Failed };

SecretOption failSecret(QString *errorMessage, const QString &message)
{
    fail(errorMessage, message);
    return SecretOption::Failed;
}

// Secrets: from the option (warned about) or from a file, once each.
SecretOption takeSecret(const QString &name, const QString &value, SimOptions *o, QStringList *secretsGiven,
                        QString *errorMessage, QStringList *warnings)
{
    for (const SecretSource &source : kSecretSources) {
        const bool plain = name == QLatin1String(source.option);
        if (!plain && name != QLatin1String(source.fileOption))
            continue;
        if (secretsGiven->contains(QLatin1String(source.option)))
            return failSecret(errorMessage, tr("give the secret of %1 once: either %1 or %2")
                                                .arg(QLatin1String(source.option), QLatin1String(source.fileOption)));
        *secretsGiven << QLatin1String(source.option);
        if (plain) {
            o->*source.field = value;
            if (warnings) {
                *warnings << tr("warning: %1 puts a secret on the command line, where other users of this "
                                "machine can see it (ps, /proc/PID/cmdline); use %2 or %3 FILE instead")
                                 .arg(QLatin1String(source.option), QLatin1String(source.environment),
                                      QLatin1String(source.fileOption));
            }
        } else if (!readSecretFile(name, value, &(o->*source.field), errorMessage)) {
            return SecretOption::Failed;
        }
        return SecretOption::Taken;
    }
    return SecretOption::NotSecret;
}

// Every other valued option, checked as it is read.
bool takeOption(const QString &name, const QString &value, SimOptions *o, QString *errorMessage)
{
    qint64 n = 0;
    if (name == QLatin1String("--bind")) {
        if (value == QLatin1String("localhost"))
            o->bind = QHostAddress::LocalHost;
        else if (!o->bind.setAddress(value))
            return fail(errorMessage, tr("--bind expects an IP address, got \"%1\"").arg(value));
    } else if (name == QLatin1String("--port")) {
        if (!parseInt(name, value, 0, 65535, &n, errorMessage))
            return false;
        o->port = quint16(n);
    } else if (name == QLatin1String("--seed")) {
        bool ok = false;
        o->seed = value.toULongLong(&ok);
        if (!ok)
            return fail(errorMessage, tr("--seed expects a non-negative whole number, got \"%1\"").arg(value));
    } else if (name == QLatin1String("--servers")) {
        if (!parseInt(name, value, 1, kMaxServers, &n, errorMessage))
            return false;
        o->servers = int(n);
    } else if (name == QLatin1String("--jobs")) {
        if (!parseInt(name, value, 0, kMaxJobs, &n, errorMessage))
            return false;
        o->jobs = int(n);
    } else if (name == QLatin1String("--project-id")) {
        static const QRegularExpression rule(QStringLiteral("^[-a-zA-Z0-9]{1,64}$"));
        if (!rule.match(value).hasMatch())
            return fail(errorMessage, tr("--project-id expects 1-64 letters, digits or '-', got \"%1\"").arg(value));
        o->projectId = value;
    } else if (name == QLatin1String("--ak")) {
        o->accessKey = value;
    } else if (name == QLatin1String("--iam-user")) {
        o->iamUser = value;
    } else if (name == QLatin1String("--iam-domain")) {
        o->iamDomain = value;
    } else if (name == QLatin1String("--task-duration-ms")) {
        if (!parseInt(name, value, 1, 24LL * 3600 * 1000, &n, errorMessage))
            return false;
        o->taskDurationMs = int(n);
    } else if (name == QLatin1String("--failure-rate")) {
        bool ok = false;
        o->failureRate = value.toDouble(&ok);
        if (!ok || !(o->failureRate >= 0.0 && o->failureRate <= 1.0))
            return fail(errorMessage, tr("--failure-rate expects a number from 0 to 1, got \"%1\"").arg(value));
    } else if (name == QLatin1String("--max-servers-per-job")) {
        if (!parseInt(name, value, 1, kMaxServers, &n, errorMessage))
            return false;
        o->maxServersPerJob = int(n);
    } else if (name == QLatin1String("--fault")) {
        if (!parseFaultSpec(value, nullptr, errorMessage))
            return false;
        o->faults.append(value);
    } else if (name == QLatin1String("--tls-cert")) {
        o->tlsCertificateFile = value;
    } else if (name == QLatin1String("--tls-key")) {
        o->tlsKeyFile = value;
    }
    return true;
}

// Secrets and TLS files that only work together.
bool checkCombinations(const SimOptions &o, QString *errorMessage)
{
    if (!o.accessKey.isEmpty() && o.secretKey.isEmpty())
        return fail(errorMessage, tr("--ak needs the secret key: LITEOPS_SIM_SK, --sk-file FILE or --sk"));
    if (o.accessKey.isEmpty() && !o.secretKey.isEmpty())
        return fail(errorMessage, tr("a secret key (LITEOPS_SIM_SK, --sk-file or --sk) needs --ak"));
    if (!o.iamUser.isEmpty() && o.iamPassword.isEmpty())
        return fail(
            errorMessage,
            tr("--iam-user needs the password: LITEOPS_SIM_IAM_PASSWORD, --iam-password-file FILE or --iam-password"));
    if (o.iamUser.isEmpty() && (!o.iamPassword.isEmpty() || !o.iamDomain.isEmpty()))
        return fail(errorMessage, tr("an IAM password (LITEOPS_SIM_IAM_PASSWORD, --iam-password-file or "
                                     "--iam-password) and --iam-domain need --iam-user"));
    if (o.tlsCertificateFile.isEmpty() != o.tlsKeyFile.isEmpty())
        return fail(errorMessage, tr("--tls-cert and --tls-key go together"));
    return true;
}

} // namespace

bool parseArguments(const QStringList &arguments, const QProcessEnvironment &environment, SimOptions *options,
                    QString *errorMessage, QStringList *warnings)
{
    SimOptions o;
    QStringList secretsGiven; // secret options seen (value or file), to refuse giving one twice
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString name = arguments[i];
        QString value;
        bool hasInlineValue = false;
        if (name.startsWith(QLatin1String("--")) && name.contains(QLatin1Char('='))) {
            value = name.mid(name.indexOf(QLatin1Char('=')) + 1);
            name = name.left(name.indexOf(QLatin1Char('=')));
            hasInlineValue = true;
        }
        if (name == QLatin1String("--help") || name == QLatin1String("-h"))
            continue; // the caller prints helpText()
        if (name == QLatin1String("--no-auth")) {
            o.noAuth = true;
            continue;
        }
        if (!kValued.contains(name) && !kFileValued.contains(name))
            return fail(errorMessage, tr("unknown option \"%1\" (see --help)").arg(arguments[i]));
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size())
                return fail(errorMessage, tr("%1 needs a value").arg(name));
            value = arguments[++i];
        }
        const SecretOption secret = takeSecret(name, value, &o, &secretsGiven, errorMessage, warnings);
        if (secret == SecretOption::Failed)
            return false;
        if (secret == SecretOption::NotSecret && !takeOption(name, value, &o, errorMessage))
            return false;
    }
    // The environment fills in the secrets the command line did not give (empty: unset).
    for (const SecretSource &source : kSecretSources) {
        const QString fromEnvironment = environment.value(QLatin1String(source.environment));
        if (!secretsGiven.contains(QLatin1String(source.option)) && !fromEnvironment.isEmpty())
            o.*source.field = fromEnvironment;
    }
    if (!checkCombinations(o, errorMessage))
        return false;
    if (options)
        *options = o;
    return true;
}

QString helpText()
{
    return tr(R"(Usage: liteops-sim [OPTIONS]

A local stand-in for the Huawei Cloud APIs LiteOps uses: ModelArts Lite Server jobs,
templates and servers (/v1/...), ServiceStage jobs (/v3/.../cas/jobs/...), IEF batch jobs
(/v2/.../productmgr/jobs/...) and IAM tokens (/v3/auth/tokens), all on one address.
The first line on stdout is "listening on http://HOST:PORT" ("https://" with --tls-cert);
sample ids follow, one per line, as "servicestage job: ID" and "ief job: ID" (those
services have no list call; the failed ones are partial failures). SIGINT or SIGTERM stop it.

Options:
  --bind ADDR                 address to listen on (default 127.0.0.1)
  --port N                    port; 0 takes any free port (default 0)
  --seed N                    seed of all generated data (default 1)
  --servers N                 servers in the fleet, 1-20000 (default 64)
  --jobs N                    ModelArts jobs in the history, 0-100000 (default 40)
  --project-id ID             project id expected in paths (default 0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b)
  --ak AK                     with the secret key below: accept requests signed with
                              SDK-HMAC-SHA256 by this key pair
  --sk-file FILE              the secret key, read from FILE (or LITEOPS_SIM_SK)
  --token-file FILE           accept X-Auth-Token: the token in FILE (or LITEOPS_SIM_TOKEN)
  --iam-user U [--iam-domain D]
                              with the password below: POST /v3/auth/tokens (password
                              method) with these credentials issues a 24-hour token
                              (X-Subject-Token header, 201)
  --iam-password-file FILE    the IAM password, read from FILE (or LITEOPS_SIM_IAM_PASSWORD)
  --sk SK, --token T, --iam-password P
                              the same secrets on the command line: still accepted, with a
                              warning, because other users of the machine can see a command
                              line (ps, /proc); prefer the environment or a file
  --no-auth                   accept every request without credentials
  --tls-cert FILE --tls-key FILE
                              serve HTTPS with this PEM certificate (chain: the server's
                              certificate first) and its PEM private key (unencrypted)
  --task-duration-ms N        created jobs' tasks finish, and server actions (reboot,
                              start, stop) pass their transitional status, within N ms
                              (default 4000)
  --failure-rate F            share of created tasks that fail, 0-1 (default 0.1); flaky
                              servers fail more often, except at 0: no created task fails
  --max-servers-per-job N     larger creates are refused (default 50)
  --fault SPEC                inject a fault (repeatable), see below
  -h, --help                  show this text

Secrets: a file (/dev/stdin too) is read whole, without its final line ending; an empty
environment variable counts as unset; a secret on the command line or in a file wins over the
environment. Authentication is checked once a key pair, a token or --iam-user is given (and
not --no-auth); without any of them every request is accepted. Signatures older or newer than
15 minutes get 401 APIGW.0303, bad signatures or tokens 401 APIGW.0301.

Fault SPEC:  METHOD PATH-REGEX KIND [ARG] [count=N] [p=F]
  METHOD      GET, POST, DELETE, ... or * for any
  PATH-REGEX  regular expression searched in the request path (no query); use ^...$ to anchor
  KIND        latency MS        answer after MS milliseconds
              status CODE       answer CODE with a Huawei error body (request not processed);
                                403 is a policy denial with encoded_authorization_message
              throttle [SECS]   429 APIGW.0308 with Retry-After: SECS (default 2)
              html CODE         answer CODE with an HTML error page, as a proxy would
              truncate          process, then close the connection halfway through the body
              malformed         process, then answer 200 with invalid JSON
              slow BYTES_PER_S  process, then send the answer at that rate
              ignore-paging     answer the default page (limit 10, offset 0) whatever
                                limit/offset say, as a service that does not know them
              reject-paging     refuse a request with limit or offset: 400 ModelArts.0104
  count=N     hit only the next N matching requests
  p=F         hit a matching request with probability F (0 < F <= 1)
  Example:    --fault "POST /dev-servers/jobs$ truncate count=1"
              --fault "GET /dev-servers/jobs$ ignore-paging"

Control API (no authentication, loopback clients only):
  GET    /_sim/catalog   {"servicestage_jobs": [ids], "ief_jobs": [ids], "modelarts_jobs": [ids]}
  POST   /_sim/faults    body: one SPEC line -> 201
  DELETE /_sim/faults    remove all faults

ServiceStage and IEF calls without "Content-Type: application/json" are refused with 400
(SVCSTG.00100400, IEF.100001), as those services document the header as mandatory.

Error codes: ModelArts.0101 missing parameter, ModelArts.0104 invalid parameter,
ModelArts.0105 more servers than --max-servers-per-job, ModelArts.6404 unknown server,
ModelArts.6405 unknown job, ModelArts.6406 unknown template (all 400, 404 for lookups by id);
ModelArts.6409 a server action its status does not allow, e.g. start on RUNNING (409);
APIGW.0101 unknown API (404).

The fleet: every server has an HDK driver and firmware (HDK_QUERY tasks report them as
"Driver: X | Firmware: Y"; a succeeded HDK_UPGRADE created through the API sets the driver to
its spec's version). The seeded history leaves servers on the current and on older drivers,
a tail no query succeeded on, a tail queried only over a week ago, and a few flaky servers that
fail often, each always with the same message. PUT /v1/{project}/dev-servers/{id}/reboot,
/start and /stop move a server through REBOOTING, STARTING or STOPPING.
)");
}

} // namespace liteops::sim
