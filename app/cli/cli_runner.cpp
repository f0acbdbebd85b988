#include "cli_runner.h"

#include "cli.h"
#include "encode.h"
#include "local_store.h"
#include "profile_store.h"
#include "secret_store.h"
#include "submission_plan.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

namespace liteops::cli {

namespace {

// Blocks in a local event loop until the call has finished; the runner owns the call.
template <typename T>
Result<T> await(Call<T> *call)
{
    call->setAutoDelete(false);
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &CloudCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Result<T> result = call->result();
    delete call;
    return result;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
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
    switch (error.kind) {
    case CloudError::Kind::Network:
    case CloudError::Kind::Timeout:
    case CloudError::Kind::Tls:
    case CloudError::Kind::UnknownOutcome:
    case CloudError::Kind::Cancelled:
        return ExitNetwork;
    case CloudError::Kind::Client:
    case CloudError::Kind::Auth:
        return error.httpStatus == 0 ? ExitUsage : ExitApiError;
    default:
        return ExitApiError;
    }
}

Runner::Runner(const CommandLine &line, QTextStream &out, QTextStream &err)
    : m_line(line), m_out(out), m_err(err)
{
}

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
    return exitCodeFor(error);
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
        usage(allowCsv ? tr("--format must be table, json or csv.")
                       : tr("--format must be table or json."));
        return false;
    }
    return true;
}

bool Runner::buildConfig(bool needCredentials, ClientConfig *config)
{
    const GlobalOptions &g = m_line.global;
    ClientConfig c;
    std::optional<Credentials> credentials;
    QString keychainNote;

    // 1. The profile (and its secrets from the keychain).
    if (!g.profile.isEmpty()) {
        ProfileStore store;
        const std::optional<Profile> profile = store.load(g.profile);
        if (!profile) {
            usage(tr("There is no profile named \"%1\".").arg(g.profile));
            return false;
        }
        SecretStore secrets;
        SecretJob *job = secrets.read(profile->name);
        QEventLoop loop;
        QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (job->ok())
            credentials = job->credentials();
        else if (secrets.sessionOnly())
            keychainNote = secrets.notice();
        else
            keychainNote = job->errorString();
        c = profile->toClientConfig(credentials.value_or(Credentials{}));
        if (credentials)
            credentials = c.credentials;
    } else {
        c.endpoints = {};
    }

    // 2. The environment, which wins over the profile.
    const EnvironmentSettings env = EnvironmentSettings::read();
    if (env.credentials)
        credentials = env.credentials;
    if (!env.projectId.isEmpty())
        c.projectId = env.projectId;

    // 3. The command line, which wins over both.
    if (!g.region.isEmpty()) {
        if (!isValidRegion(g.region)) {
            usage(tr("\"%1\" is not a region id such as cn-north-4.").arg(g.region));
            return false;
        }
        c.endpoints = Endpoints::forRegion(g.region);
    }
    const std::pair<const QString *, QUrl *> urls[] = {
        {&g.endpoint, &c.endpoints.modelArts},
        {&g.serviceStageEndpoint, &c.endpoints.serviceStage},
        {&g.iefEndpoint, &c.endpoints.ief},
        {&g.iamEndpoint, &c.endpoints.iam},
    };
    for (const auto &[text, url] : urls) {
        if (!text->isEmpty() && !parseUrlOption(*text, url)) {
            usage(tr("\"%1\" is not an http(s) URL.").arg(*text));
            return false;
        }
    }
    if (!g.projectId.isEmpty())
        c.projectId = g.projectId;
    if (!g.caFile.isEmpty())
        c.caFile = g.caFile;
    if (g.timeoutSeconds > 0)
        c.timeoutMs = g.timeoutSeconds * 1000;

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

int Runner::exec()
{
    const QString group = m_line.group;
    const QString command = m_line.command;
    Format format = Format::Table;
    const bool isCreate = group == QLatin1String("jobs") && command == QLatin1String("create");
    if (!parseFormat(!isCreate, &format))
        return ExitUsage;
    const bool dryRun = isCreate && m_line.has(QStringLiteral("dry-run"));
    const bool localOnly = group == QLatin1String("cache") && command != QLatin1String("sync");
    if (!buildConfig(!dryRun && !localOnly, &m_config))
        return ExitUsage;

    if (group == QLatin1String("jobs")) {
        if (command == QLatin1String("list")) return jobsList(format);
        if (command == QLatin1String("get")) return jobsGet(format);
        if (command == QLatin1String("create")) return jobsCreate(format);
        if (command == QLatin1String("wait")) return jobsWait();
        if (command == QLatin1String("delete")) return jobsDelete();
    }
    if (group == QLatin1String("templates")) return templatesList(format);
    if (group == QLatin1String("servers")) return serversList(format);
    if (group == QLatin1String("servicestage")) return providerJob(format, true);
    if (group == QLatin1String("ief")) return providerJob(format, false);
    if (group == QLatin1String("cache")) return cacheCommand(format);
    return usage(tr("Unknown command."));
}

int Runner::jobsList(Format format)
{
    JobQuery query;
    query.id = m_line.value(QStringLiteral("id"));
    query.name = m_line.value(QStringLiteral("name"));
    query.type = m_line.value(QStringLiteral("type"));
    query.status = m_line.value(QStringLiteral("status"));
    const Result<QList<Job>> result = await(client().listJobs(query));
    if (!result.ok())
        return fail(result.error());
    const QList<Job> &jobs = result.value();
    // Only an unfiltered list is the job list the console starts from.
    if (query.id.isEmpty() && query.name.isEmpty() && query.type.isEmpty() && query.status.isEmpty())
        if (store::LocalStore *s = localStore())
            s->putJobList(jobs);
    if (format == Format::Json) {
        // Streamed one job at a time: 100,000 jobs as one QJsonArray would cost several
        // hundred megabytes for nothing.
        m_out << "[";
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            m_out << (i ? ",\n" : "\n")
                  << QString::fromUtf8(QJsonDocument(jobJson(jobs.at(i), false, {}))
                                           .toJson(QJsonDocument::Compact));
        }
        m_out << "\n]\n";
    } else if (format == Format::Csv) {
        const QStringList columns = jobCsvColumns();
        m_out << csvRow(columns);
        for (const Job &job : jobs)
            m_out << csvRecord(columns, jobJson(job, false, {}));
    } else {
        m_out << jobsTable(jobs);
    }
    return ExitOk;
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
    static const QStringList filters{QStringLiteral("all"), QStringLiteral("failed"),
                                     QStringLiteral("skipped"), QStringLiteral("processing"),
                                     QStringLiteral("succeeded")};
    if (!filter.isEmpty() && !filters.contains(filter))
        return usage(tr("--tasks must be one of %1.").arg(filters.join(QLatin1String(", "))));
    // A finished job never changes: the stored detail answers without a request.
    const QString id = m_line.positionals.value(0);
    std::optional<Job> stored;
    if (!m_line.has(QStringLiteral("refresh")))
        stored = storedFinishedJob(id);
    const Result<Job> result = stored ? Result<Job>(*stored) : await(client().getJob(id));
    if (!result.ok())
        return fail(result.error());
    const Job &job = result.value();
    if (!stored)
        if (store::LocalStore *s = localStore())
            s->putJobDetail(job);
    QList<Task> tasks;
    for (const Task &t : job.tasks) {
        const State s = t.state();
        const bool keep = filter.isEmpty() || filter == QLatin1String("all")
                          || (filter == QLatin1String("failed") && s == State::Failed)
                          || (filter == QLatin1String("skipped") && s == State::Skipped)
                          || (filter == QLatin1String("succeeded") && s == State::Succeeded)
                          || (filter == QLatin1String("processing")
                              && (s == State::Running || s == State::Pending));
        if (keep)
            tasks.append(t);
    }
    return printJobDetail(job, format, tasks);
}

namespace {
// "TYPE" or "TYPE:k=v,k=v"
bool parseItem(const QString &text, JobItem *item, QString *problem)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    item->type = (colon < 0 ? text : text.left(colon)).trimmed();
    item->spec.clear();
    if (item->type.isEmpty()) {
        *problem = QCoreApplication::translate("LiteOpsCli", "--item \"%1\" has no type.").arg(text);
        return false;
    }
    if (colon < 0)
        return true;
    const QString specText = text.mid(colon + 1);
    if (specText.trimmed().isEmpty())
        return true;
    for (const QString &pair : specText.split(QLatin1Char(','))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *problem = QCoreApplication::translate("LiteOpsCli",
                                                   "--item \"%1\": \"%2\" is not key=value.")
                           .arg(text, pair);
            return false;
        }
        item->spec.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }
    return true;
}

bool readServersFile(const QString &path, QStringList *ids, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *problem = QCoreApplication::translate("LiteOpsCli", "Cannot read %1: %2")
                       .arg(path, file.errorString());
        return false;
    }
    if (file.size() > 16 * 1024 * 1024) {
        *problem = QCoreApplication::translate("LiteOpsCli", "%1 is too large for a server list.")
                       .arg(path);
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        // CSV: the first column; quotes around it are dropped.
        QString first = line.section(QLatin1Char(','), 0, 0).trimmed();
        if (first.size() >= 2 && first.startsWith(QLatin1Char('"')) && first.endsWith(QLatin1Char('"')))
            first = first.mid(1, first.size() - 2);
        if (first.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0
            || first.compare(QLatin1String("server_id"), Qt::CaseInsensitive) == 0)
            continue; // a header row
        if (!first.isEmpty())
            ids->append(first);
    }
    return true;
}
} // namespace

int Runner::jobsCreate(Format format)
{
    CreateJobRequest base;
    base.name = m_line.value(QStringLiteral("name"));
    base.type = m_line.value(QStringLiteral("type"));
    base.description = m_line.value(QStringLiteral("description"));
    base.isReboot = m_line.has(QStringLiteral("reboot"));
    if (base.name.isEmpty())
        return usage(tr("jobs create needs --name."));
    if (base.type.isEmpty())
        return usage(tr("jobs create needs --type."));

    for (const QString &value : m_line.values(QStringLiteral("server"))) {
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            base.serverIds.append(id.trimmed());
    }
    QString problem;
    for (const QString &path : m_line.values(QStringLiteral("servers-file"))) {
        if (!readServersFile(path, &base.serverIds, &problem))
            return usage(problem);
    }
    if (base.serverIds.isEmpty())
        return usage(tr("jobs create needs --server ID or --servers-file F."));
    const QStringList items = m_line.values(QStringLiteral("item"));
    if (items.isEmpty())
        return usage(tr("jobs create needs at least one --item TYPE[:k=v,...]."));
    for (const QString &text : items) {
        JobItem item;
        if (!parseItem(text, &item, &problem))
            return usage(problem);
        base.items.append(item);
    }
    int batch = kDefaultServersPerJob;
    if (m_line.has(QStringLiteral("batch-size"))) {
        bool ok = false;
        batch = m_line.value(QStringLiteral("batch-size")).toInt(&ok);
        if (!ok || batch < 1 || batch > kDefaultServersPerJob)
            return usage(tr("--batch-size must be a number from 1 to %1.").arg(kDefaultServersPerJob));
    }

    const SubmissionPlan plan = planSubmission(base, batch);
    // Every problem of every wave before anything is sent.
    QStringList problems;
    for (qsizetype i = 0; i < plan.requests.size(); ++i) {
        for (const ValidationProblem &p : validateCreateRequest(plan.requests.at(i))) {
            const QString line = p.field + QLatin1String(": ") + p.message;
            if (!problems.contains(line))
                problems << line;
        }
    }
    if (!problems.isEmpty())
        return usage(tr("the job request is not valid:\n  %1").arg(problems.join(QLatin1String("\n  "))));

    if (m_line.has(QStringLiteral("dry-run"))) {
        if (format == Format::Json) {
            QJsonArray bodies;
            for (const CreateJobRequest &r : plan.requests)
                bodies.append(QJsonDocument::fromJson(encodeCreateRequest(r)).object());
            m_out << printJson(bodies);
        } else {
            for (qsizetype i = 0; i < plan.requests.size(); ++i) {
                m_out << tr("# wave %1 of %2: %n server(s), nothing sent", nullptr,
                            int(plan.requests.at(i).serverIds.size()))
                             .arg(i + 1)
                             .arg(plan.requests.size())
                      << '\n'
                      << QString::fromUtf8(encodeCreateRequest(plan.requests.at(i))) << '\n';
            }
        }
        return ExitOk;
    }

    QList<Job> created;
    auto report = [&](int code) {
        if (format == Format::Json) {
            QJsonArray array;
            for (const Job &job : std::as_const(created))
                array.append(jobJson(job, true, job.tasks));
            m_out << printJson(array);
        }
        return code;
    };
    for (qsizetype i = 0; i < plan.requests.size(); ++i) {
        const CreateJobRequest &request = plan.requests.at(i);
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        Result<Job> result = await(client().createJob(request));
        if (!result.ok() && result.error().kind == CloudError::Kind::UnknownOutcome) {
            // Never send it again blindly: find out whether the service created it.
            m_err << tr("The answer to wave %1 was lost; looking for a job named %2 ...")
                         .arg(i + 1)
                         .arg(request.name)
                  << '\n';
            JobQuery query;
            query.name = request.name;
            const Result<QList<Job>> found = await(client().listJobs(query));
            if (!found.ok()) {
                m_err << errorReport(result.error())
                      << tr("Could not check whether it was created; nothing was sent again.") << '\n';
                report(0);
                return ExitNetwork;
            }
            std::optional<Job> match;
            for (const Job &job : found.value()) {
                const bool recent = !isKnownTime(job.createdAtMs)
                                    || job.createdAtMs >= sentAt.toMSecsSinceEpoch() - 5 * 60 * 1000;
                if (job.name == request.name && recent)
                    match = job;
            }
            if (!match) {
                m_err << errorReport(result.error())
                      << tr("No job named %1 exists: it was not created. Nothing was sent again; "
                            "run the command again for the remaining waves.")
                             .arg(request.name)
                      << '\n';
                report(0);
                return ExitNetwork;
            }
            result = *match;
        }
        if (!result.ok()) {
            const int code = fail(result.error());
            if (i > 0)
                m_err << tr("%1 of %2 waves were created before the failure.").arg(i).arg(plan.requests.size()) << '\n';
            return report(code);
        }
        Job job = result.value();
        created.append(job);
        if (format == Format::Table) {
            m_out << tr("Created job %1 (%2) with %n server(s)", nullptr, int(request.serverIds.size()))
                         .arg(job.id, request.name)
                  << (plan.requests.size() > 1 ? tr(" [wave %1 of %2]").arg(i + 1).arg(plan.requests.size())
                                               : QString())
                  << '\n';
            m_out.flush();
        }
    }
    return report(ExitOk);
}

int Runner::jobsWait()
{
    const QString id = m_line.positionals.value(0);
    qint64 limitMs = -1;
    if (m_line.has(QStringLiteral("wait-timeout"))) {
        bool ok = false;
        const qint64 seconds = m_line.value(QStringLiteral("wait-timeout")).toLongLong(&ok);
        if (!ok || seconds < 1)
            return usage(tr("jobs wait --timeout needs a number of seconds."));
        limitMs = seconds * 1000;
    }
    QElapsedTimer elapsed;
    elapsed.start();
    int delayMs = 1000;
    QString lastStatus;
    for (;;) {
        const Result<Job> result = await(client().getJob(id));
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
                // Anything but a clean success (failed tasks, partial, cancelled, deleted).
                const bool failures = c.failed > 0 || job.abnormalCount > 0
                                      || job.state != State::Succeeded;
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
            const bool passing = e.kind == CloudError::Kind::Network
                                 || e.kind == CloudError::Kind::Timeout
                                 || e.kind == CloudError::Kind::Throttled
                                 || e.kind == CloudError::Kind::Server;
            if (!passing)
                return fail(e);
            m_err << tr("warning: %1").arg(e.message()) << '\n';
            if (e.retryAfterSeconds > 0)
                delayMs = std::max(delayMs, e.retryAfterSeconds * 1000);
        }
        if (limitMs >= 0 && elapsed.elapsed() + delayMs > limitMs) {
            m_err << tr("error: job %1 did not finish within %2 seconds.").arg(id).arg(limitMs / 1000)
                  << '\n';
            return ExitNetwork;
        }
        pause(delayMs);
        delayMs = std::min(delayMs * 2, 10000);
    }
}

int Runner::jobsDelete()
{
    const Result<QList<Job>> result = await(client().deleteJobs(m_line.positionals));
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
    const Result<QList<Template>> result = await(client().listTemplates());
    if (!result.ok())
        return fail(result.error());
    QList<QJsonObject> rows;
    QJsonArray array;
    for (const Template &t : result.value()) {
        rows << templateJson(t);
        array.append(rows.constLast());
    }
    if (format == Format::Json)
        m_out << printJson(array);
    else if (format == Format::Csv)
        m_out << csvFromObjects(templateCsvColumns(), rows);
    else
        m_out << templatesTable(result.value());
    return ExitOk;
}

int Runner::serversList(Format format)
{
    const Result<QList<Server>> result = await(client().listServers());
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
    if (format == Format::Json)
        m_out << printJson(array);
    else if (format == Format::Csv)
        m_out << csvFromObjects(serverCsvColumns(), rows);
    else
        m_out << serversTable(result.value());
    return ExitOk;
}

int Runner::providerJob(Format format, bool serviceStage)
{
    const QString id = m_line.positionals.value(0);
    const Result<Job> result =
        serviceStage ? await(client().getServiceStageJob(id))
                     : await(client().getIefJob(id, m_line.value(QStringLiteral("instance-id"))));
    if (!result.ok())
        return fail(result.error());
    return printJobDetail(result.value(), format, result.value().tasks);
}

} // namespace liteops::cli
