// SPDX-License-Identifier: Apache-2.0
#include "cli_runner.h"

#include "cli.h"
#include "cli_await.h"
#include "core/encode.h"
#include "local_store.h"
#include "profile_store.h"
#include "secret_store.h"
#include "submission_plan.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace liteops::cli {

namespace {

// JSON output of an incomplete listing: the rows under `key` in an object that says so
// ({"incomplete": true, "received": N, "total": T, "reason": ..., KEY: [...]}); a complete
// listing stays a plain array.
QString incompleteJsonOpen(const ListCompleteness &c, const char *key)
{
    const QJsonObject o{{QStringLiteral("incomplete"), true},
                        {QStringLiteral("received"), c.received},
                        {QStringLiteral("total"), c.total},
                        {QStringLiteral("reason"), c.reason == ListCompleteness::Reason::PagingRefused
                                                       ? QStringLiteral("paging_refused")
                                                       : QStringLiteral("paging_ignored")}};
    QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    text.chop(1); // the closing brace: the rows follow
    return QString::fromUtf8(text) + QStringLiteral(",\"%1\":").arg(QLatin1String(key));
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

bool parseUrlOption(const QString &text, QUrl *url)
{
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return false;
    *url = parsed;
    return true;
}

} // namespace

int exitCodeFor(const CloudError &error)
{
    // A CA bundle that cannot be used is a configuration problem: nothing was sent.
    if (error.tlsProblem == CloudError::TlsProblem::CaBundleUnreadable
        || error.tlsProblem == CloudError::TlsProblem::CaBundleNotPem)
        return ExitUsage;
    switch (error.kind) {
    case CloudError::Kind::Network:
    case CloudError::Kind::Timeout:
    case CloudError::Kind::Tls:
    case CloudError::Kind::UnknownOutcome:
    case CloudError::Kind::Cancelled: return ExitNetwork;
    case CloudError::Kind::Client:
    case CloudError::Kind::Auth: return error.httpStatus == 0 ? ExitUsage : ExitApiError;
    default: return ExitApiError;
    }
}

Runner::Runner(const CommandLine &line, QTextStream &out, QTextStream &err) : m_line(line), m_out(out), m_err(err) {}

Runner::~Runner()
{
    finishStore();
}

int Runner::usage(const QString &message)
{
    m_err << tr("error: %1").arg(message) << '\n';
    return ExitUsage;
}

int Runner::fail(const CloudError &error)
{
    m_err << errorReport(error);
    // A refused signature or token: say which credentials were used, so the right ones get fixed.
    if (error.kind == CloudError::Kind::Auth && error.httpStatus == 401 && !m_credentialSource.isEmpty())
        m_err << tr("  credentials: %1").arg(m_credentialSource) << '\n';
    return exitCodeFor(error);
}

bool Runner::resolveJob(const QString &idOrName, QString *id, int *exitCode)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    *id = idOrName;
    // An id-shaped value, or one no job name can have ("..", "a%2Fb"): used as an id, so a
    // bad one is refused before anything is sent.
    if (uuid.match(idOrName).hasMatch() || !isValidJobNameOrType(idOrName) || idOrName == QLatin1String(".")
        || idOrName == QLatin1String(".."))
        return true;
    JobQuery query;
    query.name = idOrName;
    const Result<QList<Job>> found = awaitCall(client().listJobs(query));
    if (!found.ok()) {
        *exitCode = fail(found.error());
        return false;
    }
    QList<Job> named;
    for (const Job &job : found.value()) {
        if (job.name == idOrName)
            named.append(job);
    }
    if (named.size() == 1) {
        *id = named.first().id;
        return true;
    }
    if (named.size() > 1) {
        QStringList lines;
        for (const Job &job : std::as_const(named)) {
            lines << QStringLiteral("  %1  %2  %3")
                         .arg(job.id, stateKey(job.state),
                              isKnownTime(job.createdAtMs) ? formatIsoUtcMs(job.createdAtMs) : QString());
        }
        *exitCode = usage(tr("%n jobs are named %1; give one of their ids:", nullptr, int(named.size())).arg(idOrName)
                          + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return false;
    }
    return true; // no job has that name: try it as an id (the service says whether it exists)
}

CloudClient &Runner::client()
{
    if (!m_client)
        m_client = std::make_unique<CloudClient>(m_config);
    return *m_client;
}

bool Runner::parseFormat(bool allowCsv, Format *format)
{
    const QString text = m_line.value(QStringLiteral("format"));
    if (text.isEmpty() || text == QLatin1String("table"))
        *format = Format::Table;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else if (text == QLatin1String("csv") && allowCsv)
        *format = Format::Csv;
    else {
        usage(allowCsv ? tr("--format must be table, json or csv.") : tr("--format must be table or json."));
        return false;
    }
    return true;
}

bool Runner::buildConfig(bool needCredentials, ClientConfig *config)
{
    ClientConfig c;
    std::optional<Credentials> credentials;
    QString keychainNote;
    // 1. The profile (and its secrets from the keychain).
    if (!applyProfile(&c, &credentials, &keychainNote))
        return false;
    // 2. The environment, which wins over the profile.
    const EnvironmentSettings env = EnvironmentSettings::read();
    if (env.credentials) {
        credentials = env.credentials;
        m_credentialSource =
            env.credentials->mode == Credentials::Mode::AkSk
                ? tr("the environment (%1 and %2)").arg(QLatin1String(kEnvAccessKey), QLatin1String(kEnvSecretKey))
                : tr("the environment (%1)").arg(QLatin1String(kEnvAuthToken));
    }
    if (!env.projectId.isEmpty())
        c.projectId = env.projectId;
    // 3. The command line, which wins over both.
    if (!applyCommandLine(&c))
        return false;

    if (credentials)
        c.credentials = *credentials;
    *config = c;
    if (!needCredentials)
        return true;
    if (!credentials) {
        QString message = tr("No credentials: set %1 and %2 (or %3), or use --profile with "
                             "secrets in the keychain.")
                              .arg(QLatin1String(kEnvAccessKey), QLatin1String(kEnvSecretKey),
                                   QLatin1String(kEnvAuthToken));
        if (!env.problem.isEmpty())
            message = env.problem + QLatin1Char(' ') + message;
        if (!keychainNote.isEmpty())
            message += QLatin1Char(' ') + keychainNote;
        usage(message);
        return false;
    }
    const QString problem = CloudClient(c).configProblem();
    if (!problem.isEmpty()) {
        usage(problem);
        return false;
    }
    return true;
}

// --profile: its settings, and its secrets read from the keychain (a note says why not).
bool Runner::applyProfile(ClientConfig *c, std::optional<Credentials> *credentials, QString *keychainNote)
{
    const QString &name = m_line.global.profile;
    if (name.isEmpty()) {
        c->endpoints = {};
        return true;
    }
    ProfileStore store;
    const std::optional<Profile> profile = store.load(name);
    if (!profile) {
        usage(tr("There is no profile named \"%1\".").arg(name));
        return false;
    }
    SecretStore secrets;
    SecretJob *job = secrets.read(profile->name);
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (job->ok())
        *credentials = job->credentials();
    else if (secrets.sessionOnly())
        *keychainNote = secrets.notice();
    else
        *keychainNote = job->errorString();
    *c = profile->toClientConfig(credentials->value_or(Credentials{}));
    if (*credentials) {
        *credentials = c->credentials;
        m_credentialSource = tr("profile \"%1\" (its secret from the keychain)").arg(profile->name);
    }
    return true;
}

// --region, the endpoint URLs, --project-id, --ca-file and --timeout.
bool Runner::applyCommandLine(ClientConfig *c)
{
    const GlobalOptions &g = m_line.global;
    if (!g.region.isEmpty()) {
        if (!isValidRegion(g.region)) {
            usage(tr("\"%1\" is not a region id such as cn-north-4.").arg(g.region));
            return false;
        }
        c->endpoints = Endpoints::forRegion(g.region);
    }
    const std::pair<const QString *, QUrl *> urls[] = {
        {&g.endpoint, &c->endpoints.modelArts},
        {&g.serviceStageEndpoint, &c->endpoints.serviceStage},
        {&g.iefEndpoint, &c->endpoints.ief},
        {&g.iamEndpoint, &c->endpoints.iam},
    };
    for (const auto &[text, url] : urls) {
        if (!text->isEmpty() && !parseUrlOption(*text, url)) {
            usage(tr("\"%1\" is not an http(s) URL.").arg(*text));
            return false;
        }
    }
    if (!g.projectId.isEmpty())
        c->projectId = g.projectId;
    if (!g.caFile.isEmpty())
        c->caFile = g.caFile;
    if (g.timeoutSeconds > 0)
        c->timeoutMs = g.timeoutSeconds * 1000;
    return true;
}

int Runner::exec()
{
    const QString group = m_line.group;
    const QString command = m_line.command;
    Format format = Format::Table;
    const bool isJobs = group == QLatin1String("jobs");
    const bool isRuns = group == QLatin1String("runs");
    // Commands that submit print the created jobs (table or JSON), not rows.
    const bool submits = isRuns || (group == QLatin1String("servers") && command != QLatin1String("list"))
                         || (isJobs
                             && (command == QLatin1String("create") || command == QLatin1String("resume")
                                 || command == QLatin1String("rerun-failed") || command == QLatin1String("history")));
    if (!parseFormat(!submits, &format))
        return ExitUsage;
    // The history and the local data are local files: no cloud, no credentials (cache sync
    // fetches, runs continue submits). Everything else, --dry-run included, talks to the
    // service (a dry run resolves servers and templates).
    const bool local = (isJobs && command == QLatin1String("history"))
                       || (isRuns && command != QLatin1String("continue"))
                       || (group == QLatin1String("cache") && command != QLatin1String("sync"))
                       || (group == QLatin1String("fleet") && m_line.has(QStringLiteral("no-sync")));
    if (!buildConfig(!local, &m_config))
        return ExitUsage;

    if (isJobs) {
        if (command == QLatin1String("list"))
            return jobsList(format);
        if (command == QLatin1String("get"))
            return jobsGet(format);
        if (command == QLatin1String("create"))
            return jobsCreate(format);
        if (command == QLatin1String("resume"))
            return jobsResume(format);
        if (command == QLatin1String("rerun-failed"))
            return jobsRerunFailed(format);
        if (command == QLatin1String("history"))
            return jobsHistory(format);
        if (command == QLatin1String("wait"))
            return jobsWait();
        if (command == QLatin1String("delete"))
            return jobsDelete();
    }
    if (isRuns) {
        if (command == QLatin1String("list"))
            return jobsHistory(format);
        if (command == QLatin1String("show"))
            return runsShow(format);
        if (command == QLatin1String("continue"))
            return jobsResume(format);
    }
    if (group == QLatin1String("templates"))
        return templatesList(format);
    if (group == QLatin1String("servers"))
        return command == QLatin1String("list") ? serversList(format) : serversAction(format);
    if (group == QLatin1String("servicestage"))
        return providerJob(format, true);
    if (group == QLatin1String("ief"))
        return providerJob(format, false);
    if (group == QLatin1String("cache"))
        return cacheCommand(format);
    if (group == QLatin1String("fleet"))
        return fleetCommand(format);
    return usage(tr("Unknown command."));
}

int Runner::jobsList(Format format)
{
    JobQuery query;
    query.id = m_line.value(QStringLiteral("id"));
    query.name = m_line.value(QStringLiteral("name"));
    query.type = m_line.value(QStringLiteral("type"));
    query.status = m_line.value(QStringLiteral("status"));
    // --state: the normalised state (partially failed jobs are "partial"), filtered here;
    // --status is the raw word the service filters on.
    QSet<State> states;
    for (const QString &value : m_line.values(QStringLiteral("state"))) {
        for (const QString &word : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<State> state = stateFromKey(QStringView(word).trimmed());
            if (!state) {
                QStringList keys;
                for (int i = 0; i < kStateCount; ++i)
                    keys << QString(stateKey(State(i)));
                return usage(tr("--state \"%1\" is not a state; use one of %2.")
                                 .arg(word.trimmed(), keys.join(QLatin1String(", "))));
            }
            states.insert(*state);
        }
    }
    if (m_line.has(QStringLiteral("state")) && states.isEmpty())
        return usage(tr("--state needs a state."));
    ListCompleteness completeness;
    const Result<QList<Job>> result = awaitCall(client().listJobs(query), &completeness);
    if (!result.ok())
        return fail(result.error());
    // Only an unfiltered list is the job list the console starts from (--state filters here,
    // after the listing, so the service's answer is still the whole list).
    if (query.id.isEmpty() && query.name.isEmpty() && query.type.isEmpty() && query.status.isEmpty())
        if (store::LocalStore *s = localStore())
            s->putJobList(result.value());
    QList<Job> filtered;
    if (!states.isEmpty()) {
        for (const Job &job : result.value()) {
            if (states.contains(job.state))
                filtered.append(job);
        }
    }
    const QList<Job> &jobs = states.isEmpty() ? result.value() : filtered;
    if (format == Format::Json) {
        // Streamed one job at a time: 100,000 jobs as one QJsonArray would cost several
        // hundred megabytes for nothing.
        if (!completeness.complete)
            m_out << incompleteJsonOpen(completeness, "jobs");
        m_out << "[";
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            m_out << (i ? ",\n" : "\n")
                  << QString::fromUtf8(QJsonDocument(jobJson(jobs.at(i), false, {})).toJson(QJsonDocument::Compact));
        }
        m_out << (completeness.complete ? "\n]\n" : "\n]}\n");
    } else if (format == Format::Csv) {
        const QStringList columns = jobCsvColumns();
        m_out << csvRow(columns);
        for (const Job &job : jobs)
            m_out << csvRecord(columns, jobJson(job, false, {}));
    } else {
        m_out << jobsTable(jobs);
    }
    return listingDone(completeness, tr("jobs"));
}

int Runner::listingDone(const ListCompleteness &completeness, const QString &rowsNoun)
{
    if (completeness.complete)
        return ExitOk;
    m_out.flush();
    m_err << tr("warning: %1 (%2)").arg(completeness.explanation(rowsNoun), completeness.summary()) << '\n';
    return ExitIncomplete;
}

int Runner::printJobDetail(const Job &job, Format format, const QList<Task> &tasks)
{
    if (format == Format::Json) {
        m_out << printJson(jobJson(job, true, tasks));
    } else if (format == Format::Csv) {
        QList<QJsonObject> rows;
        for (const Task &t : tasks)
            rows << taskJson(t);
        m_out << csvFromObjects(taskCsvColumns(), rows);
    } else {
        m_out << jobDetailText(job, tasks);
    }
    return ExitOk;
}

int Runner::jobsGet(Format format)
{
    const QString filter = m_line.value(QStringLiteral("tasks"));
    static const QStringList filters{QStringLiteral("all"), QStringLiteral("failed"), QStringLiteral("skipped"),
                                     QStringLiteral("processing"), QStringLiteral("succeeded")};
    if (!filter.isEmpty() && !filters.contains(filter))
        return usage(tr("--tasks must be one of %1.").arg(filters.join(QLatin1String(", "))));
    QString id;
    int code = ExitOk;
    if (!resolveJob(m_line.positionals.value(0), &id, &code))
        return code;
    // A finished job never changes: the stored detail answers without a request.
    std::optional<Job> stored;
    if (!m_line.has(QStringLiteral("refresh")))
        stored = storedFinishedJob(id, Provider::ModelArts);
    const Result<Job> result = stored ? Result<Job>(*stored) : awaitCall(client().getJob(id));
    if (!result.ok())
        return fail(result.error());
    const Job &job = result.value();
    if (!stored)
        keepJobDetail(job);
    QList<Task> tasks;
    for (const Task &t : job.tasks) {
        const State s = t.state();
        const bool keep = filter.isEmpty() || filter == QLatin1String("all")
                          || (filter == QLatin1String("failed") && s == State::Failed)
                          || (filter == QLatin1String("skipped") && s == State::Skipped)
                          || (filter == QLatin1String("succeeded") && s == State::Succeeded)
                          || (filter == QLatin1String("processing") && (s == State::Running || s == State::Pending));
        if (keep)
            tasks.append(t);
    }
    return printJobDetail(job, format, tasks);
}

int Runner::jobsWait()
{
    qint64 limitMs = -1;
    if (m_line.has(QStringLiteral("wait-timeout"))) {
        bool ok = false;
        const qint64 seconds = m_line.value(QStringLiteral("wait-timeout")).toLongLong(&ok);
        if (!ok || seconds < 1)
            return usage(tr("jobs wait --timeout needs a number of seconds."));
        limitMs = seconds * 1000;
    }
    QString id;
    int code = ExitOk;
    if (!resolveJob(m_line.positionals.value(0), &id, &code))
        return code;
    QElapsedTimer elapsed;
    elapsed.start();
    int delayMs = 1000;
    QString lastStatus;
    for (;;) {
        const Result<Job> result = awaitCall(client().getJob(id));
        if (result.ok()) {
            const Job &job = result.value();
            const TaskCounts c = job.counts();
            if (job.status != lastStatus) {
                m_err << tr("%1: %2 (%3 of %4 tasks done)")
                             .arg(job.id, job.status)
                             .arg(c.succeeded + c.failed + c.skipped + c.cancelled)
                             .arg(c.total)
                      << '\n';
                m_err.flush();
                lastStatus = job.status;
            }
            if (isFinalState(job.state)) {
                keepJobDetail(job); // the last answer only: each poll's would be rewritten
                // Anything but a clean success (failed tasks, partial, cancelled, deleted).
                const bool failures = c.failed > 0 || job.abnormalCount > 0 || job.state != State::Succeeded;
                m_out << tr("Job %1 finished: %2; %3 succeeded, %4 failed, %5 skipped.")
                             .arg(job.id, job.status)
                             .arg(c.succeeded)
                             .arg(c.failed)
                             .arg(c.skipped)
                      << '\n';
                return failures ? ExitJobFailed : ExitOk;
            }
        } else {
            const CloudError &e = result.error();
            // Passing trouble (the client already retried) does not end a long wait.
            const bool passing = e.kind == CloudError::Kind::Network || e.kind == CloudError::Kind::Timeout
                                 || e.kind == CloudError::Kind::Throttled || e.kind == CloudError::Kind::Server;
            if (!passing)
                return fail(e);
            m_err << tr("warning: %1").arg(e.message()) << '\n';
            if (e.retryAfterSeconds > 0)
                delayMs = std::max(delayMs, e.retryAfterSeconds * 1000);
        }
        if (limitMs >= 0 && elapsed.elapsed() + delayMs > limitMs) {
            m_err << tr("error: job %1 did not finish within %2 seconds.").arg(id).arg(limitMs / 1000) << '\n';
            return ExitNetwork;
        }
        pause(delayMs);
        delayMs = std::min(delayMs * 2, 10000);
    }
}

int Runner::jobsDelete()
{
    const Result<QList<Job>> result = awaitCall(client().deleteJobs(m_line.positionals));
    if (!result.ok())
        return fail(result.error());
    for (const Job &job : result.value())
        m_out << tr("Deleted job %1 %2").arg(job.id, job.name).trimmed() << '\n';
    if (result.value().isEmpty())
        m_out << tr("The service reported no deleted job.") << '\n';
    return ExitOk;
}

int Runner::templatesList(Format format)
{
    ListCompleteness completeness;
    const Result<QList<Template>> result = awaitCall(client().listTemplates(), &completeness);
    if (!result.ok())
        return fail(result.error());
    QList<QJsonObject> rows;
    QJsonArray array;
    for (const Template &t : result.value()) {
        rows << templateJson(t);
        array.append(rows.constLast());
    }
    if (format == Format::Json && !completeness.complete)
        m_out << incompleteJsonOpen(completeness, "templates") << printJson(array).trimmed() << "}\n";
    else if (format == Format::Json)
        m_out << printJson(array);
    else if (format == Format::Csv)
        m_out << csvFromObjects(templateCsvColumns(), rows);
    else
        m_out << templatesTable(result.value());
    return listingDone(completeness, tr("templates"));
}

int Runner::serversList(Format format)
{
    ListCompleteness completeness;
    const Result<QList<Server>> result = awaitCall(client().listServers(), &completeness);
    if (!result.ok())
        return fail(result.error());
    if (store::LocalStore *s = localStore())
        s->putServers(result.value());
    QList<QJsonObject> rows;
    QJsonArray array;
    for (const Server &s : result.value()) {
        rows << serverJson(s);
        array.append(rows.constLast());
    }
    if (format == Format::Json && !completeness.complete)
        m_out << incompleteJsonOpen(completeness, "servers") << printJson(array).trimmed() << "}\n";
    else if (format == Format::Json)
        m_out << printJson(array);
    else if (format == Format::Csv)
        m_out << csvFromObjects(serverCsvColumns(), rows);
    else
        m_out << serversTable(result.value());
    return listingDone(completeness, tr("servers"));
}

int Runner::providerJob(Format format, bool serviceStage)
{
    const QString id = m_line.positionals.value(0);
    if (serviceStage ? m_config.endpoints.serviceStage.isEmpty() : m_config.endpoints.ief.isEmpty()) {
        return usage(serviceStage ? tr("No ServiceStage endpoint: give --servicestage-endpoint URL, or --region "
                                       "REGION (for example cn-north-4) to derive it, or a --profile that has one.")
                                  : tr("No IEF endpoint: give --ief-endpoint URL, or --region REGION (for "
                                       "example cn-north-4) to derive it, or a --profile that has one."));
    }
    // A finished job never changes: the stored detail answers without a request.
    const Provider provider = serviceStage ? Provider::ServiceStage : Provider::Ief;
    const QString instanceId = m_line.value(QStringLiteral("instance-id"));
    const bool kept = store::storeKeepsJob(provider, instanceId);
    if (kept && !m_line.has(QStringLiteral("refresh")))
        if (const std::optional<Job> stored = storedFinishedJob(id, provider))
            return printJobDetail(*stored, format, stored->tasks);
    ListCompleteness completeness; // ServiceStage pages the tasks
    const Result<Job> result = serviceStage ? awaitCall(client().getServiceStageJob(id), &completeness)
                                            : awaitCall(client().getIefJob(id, instanceId));
    if (!result.ok())
        return fail(result.error());
    if (kept)
        keepJobDetail(result.value(), completeness.complete);
    printJobDetail(result.value(), format, result.value().tasks);
    return listingDone(completeness, tr("tasks"));
}

} // namespace liteops::cli
