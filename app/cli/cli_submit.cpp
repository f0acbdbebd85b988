// SPDX-License-Identifier: Apache-2.0
// liteops-cli commands that submit: jobs create, jobs resume, jobs rerun-failed, and jobs
// history. They all drive the console wizard's engine (WaveSubmitter) and write its
// submission history, marked as from the CLI.
#include "cli_submit.h"

#include "cli.h"
#include "cli_await.h"
#include "cli_runner.h"
#include "core/encode.h"
#include "jobcatalogue.h"
#include "rerun_request.h"
#include "serverresolver.h"
#include "submission_plan.h"
#include "run_job_keeper.h"
#include "run_outcome.h"
#include "submissionhistory.h"
#include "templateparams.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace liteops::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiteOpsCli)
};

QString printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(fileno(stderr)) == 1;
#else
    return false;
#endif
}

QString listed(const QStringList &values, int max = 20)
{
    QString text = values.mid(0, max).join(QLatin1String(", "));
    if (values.size() > max)
        text += Tr::tr(" and %1 more").arg(values.size() - max);
    return text;
}

bool isTerminal(WaveSubmitter::RunState s)
{
    using R = WaveSubmitter::RunState;
    return s == R::Finished || s == R::Halted || s == R::BudgetExceeded || s == R::Stopped;
}

QString resumeHint(const QString &submissionId)
{
    return Tr::tr("Resume with: liteops-cli jobs resume %1").arg(submissionId);
}

QString continueHint(const QString &submissionId)
{
    return Tr::tr("Continue with: liteops-cli runs continue %1").arg(submissionId);
}

// Every problem of every wave, each once.
QStringList planProblems(const SubmissionPlan &plan)
{
    QStringList problems;
    for (const CreateJobRequest &r : plan.requests) {
        for (const ValidationProblem &p : validateCreateRequest(r)) {
            const QString line = p.field + QLatin1String(": ") + p.message;
            if (!problems.contains(line))
                problems << line;
        }
    }
    return problems;
}

// --param key=value pairs; they set a template's parameters, so they need --template.
QString parseParams(const QStringList &texts, bool haveTemplate, QMap<QString, QString> *params)
{
    for (const QString &text : texts) {
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Tr::tr("--param \"%1\" is not key=value.").arg(text);
        params->insert(text.left(eq).trimmed(), text.mid(eq + 1));
    }
    if (!params->isEmpty() && !haveTemplate)
        return Tr::tr("--param sets a template's parameters: give --template too (or use --item TYPE:k=v).");
    return {};
}

// --item TYPE[:k=v,...] values; at least one unless a template gives the item.
QString parseItems(const QStringList &texts, bool haveTemplate, QList<JobItem> *items)
{
    QString problem;
    for (const QString &text : texts) {
        JobItem item;
        if (!parseItem(text, &item, &problem))
            return problem;
        items->append(item);
    }
    if (items->isEmpty() && !haveTemplate)
        return Tr::tr("jobs create needs at least one --item TYPE[:k=v,...] (or --template).");
    return {};
}

// --server values (each a comma list) and the entries of every --servers-file, once each.
QString collectServerEntries(const QStringList &servers, const QStringList &files, QStringList *entries)
{
    for (const QString &value : servers) {
        for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!entry.trimmed().isEmpty())
                entries->append(entry.trimmed());
        }
    }
    QString problem;
    for (const QString &path : files) {
        if (!readServersFile(path, entries, &problem))
            return problem;
    }
    entries->removeDuplicates();
    if (entries->isEmpty())
        return Tr::tr("jobs create needs --server ID|NAME|IP or --servers-file F.");
    return {};
}

// The request's own problems (name, type, items, description, and that every server entry
// could be an id, name or IP at all), before the template and the servers are looked up.
QString requestProblems(const CreateJobRequest &base, const QList<JobItem> &items, const QStringList &entries,
                        const QString &templateRef, const WavePlan &waves)
{
    CreateJobRequest probe = base;
    probe.serverIds = entries;
    probe.items = items;
    if (!templateRef.isEmpty()) {
        if (probe.type.isEmpty())
            probe.type = QStringLiteral("TEMPLATE");
        probe.items.prepend(JobItem{probe.type, {}});
    }
    if (const QStringList problems = planProblems(planSubmission(probe, waves)); !problems.isEmpty())
        return Tr::tr("the job request is not valid:\n  %1").arg(problems.join(QLatin1String("\n  ")));
    return {};
}

// The template with the id `ref`, else the one named `ref`, among the service's templates and
// the built-in ones the service does not have.
QString findTemplate(const QList<Template> &serviceTemplates, const QString &ref, Template *out)
{
    QList<Template> all = serviceTemplates;
    QSet<QString> types;
    for (const Template &t : serviceTemplates)
        types.insert(t.type);
    for (const Template &t : JobCatalogue::builtIn()) {
        if (!types.contains(t.type))
            all.append(t);
    }
    QList<Template> matches;
    for (const Template &t : std::as_const(all)) {
        if (!t.id.isEmpty() && t.id == ref)
            matches = {t};
    }
    if (matches.isEmpty()) {
        for (const Template &t : std::as_const(all)) {
            if (t.name == ref)
                matches.append(t);
        }
    }
    if (matches.size() == 1) {
        *out = matches.first();
        return {};
    }
    if (!matches.isEmpty())
        return Tr::tr("%1 templates are named \"%2\": give the id.").arg(matches.size()).arg(ref);
    QStringList known;
    for (const Template &t : std::as_const(all))
        known << (t.id.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, t.id));
    return Tr::tr("No template has the id or name \"%1\". Templates: %2.").arg(ref, known.join(QLatin1String(", ")));
}

// The template's item: every parameter's default, then the --param values, each checked
// against the template's regex.
QString templateItem(const Template &tmpl, const QMap<QString, QString> &params, JobItem *out)
{
    JobItem item = JobCatalogue::itemFor(tmpl);
    QStringList names;
    for (const TemplateParam &p : tmpl.params)
        names << p.name;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!names.contains(it.key())) {
            return names.isEmpty() ? Tr::tr("Template %1 has no parameter %2 (it has none).").arg(tmpl.name, it.key())
                                   : Tr::tr("Template %1 has no parameter %2; its parameters: %3.")
                                         .arg(tmpl.name, it.key(), names.join(QLatin1String(", ")));
        }
        item.spec.insert(it.key(), it.value());
    }
    const QList<TemplateParamProblem> bad = TemplateParams::check(tmpl, item);
    if (!bad.isEmpty()) {
        QStringList lines;
        for (const TemplateParamProblem &p : bad) {
            lines << (p.regex.isEmpty()
                          ? Tr::tr("%1=\"%2\": %3").arg(p.param, p.value, p.message)
                          : Tr::tr("%1=\"%2\" does not match %3: %4").arg(p.param, p.value, p.regex, p.message));
        }
        return Tr::tr("template %1: parameters not valid (nothing was sent):\n  %2")
            .arg(tmpl.name, lines.join(QLatin1String("\n  ")));
    }
    *out = item;
    return {};
}

} // namespace

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(fileno(stdin)) == 1;
#else
    return false;
#endif
}

// ---- helpers of cli_submit.h --------------------------------------------------------------

bool parseItem(const QString &text, JobItem *item, QString *problem)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    item->type = (colon < 0 ? text : text.left(colon)).trimmed();
    item->spec.clear();
    if (item->type.isEmpty()) {
        *problem = Tr::tr("--item \"%1\" has no type.").arg(text);
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
            *problem = Tr::tr("--item \"%1\": \"%2\" is not key=value.").arg(text, pair);
            return false;
        }
        item->spec.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }
    return true;
}

bool readServersFile(const QString &path, QStringList *entries, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *problem = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > 16 * 1024 * 1024) {
        *problem = Tr::tr("%1 is too large for a server list.").arg(path);
        return false;
    }
    *entries += ServerResolver::parseEntries(QString::fromUtf8(file.readAll()));
    return true;
}

ProgressPrinter::ProgressPrinter(const WaveSubmitter *submitter, QTextStream &err, bool live, QObject *parent)
    : QObject(parent), m_submitter(submitter), m_err(err), m_live(live)
{
    connect(submitter, &WaveSubmitter::waveChanged, this, &ProgressPrinter::waveChanged);
}

void ProgressPrinter::finish()
{
    if (m_liveShown) {
        m_err << "\r\033[K";
        m_err.flush();
        m_liveShown = false;
    }
}

void ProgressPrinter::line(const QString &text)
{
    finish();
    m_err << text << '\n';
    m_err.flush();
}

void ProgressPrinter::showLive(const QString &text)
{
    m_err << "\r\033[K" << text;
    m_err.flush();
    m_liveShown = true;
}

void ProgressPrinter::waveChanged(int index)
{
    using S = WaveSubmitter::WaveState;
    const QList<WaveSubmitter::Wave> &waves = m_submitter->waves();
    if (index < 0 || index >= waves.size())
        return;
    const WaveSubmitter::Wave &w = waves.at(index);
    const QString who = Tr::tr("wave %1/%2 %3").arg(index + 1).arg(waves.size()).arg(w.request.name);
    const QString ids = w.jobIds.join(QLatin1String(", "));
    if (m_printed.value(index, S::Pending) != w.state) {
        m_printed.insert(index, w.state);
        QString text;
        switch (w.state) {
        case S::Pending:
        case S::Checking: break;
        case S::Sending:
            text = Tr::tr("%1: creating the job (%n server(s))", nullptr, int(w.request.serverIds.size())).arg(who);
            break;
        case S::Throttled: text = Tr::tr("%1: throttled (%2); sending it again shortly").arg(who, w.error); break;
        case S::Reconciling:
            text = Tr::tr("%1: no clear answer (%2); checking whether the job was created").arg(who, w.error);
            break;
        case S::Running: text = Tr::tr("%1: job %2 created; waiting for its tasks").arg(who, ids); break;
        case S::Created: text = Tr::tr("%1: job %2 created").arg(who, ids); break;
        case S::Settled:
            text = Tr::tr("%1: finished: %2 succeeded, %3 failed, %4 skipped")
                       .arg(who)
                       .arg(w.counts.succeeded)
                       .arg(w.counts.failed)
                       .arg(w.counts.skipped);
            if (w.verificationRan)
                text += Tr::tr(", %1 verified, %2 mismatched").arg(w.verified).arg(w.mismatched());
            break;
        case S::Verifying:
            text = Tr::tr("%1: job %2 finished: %3 succeeded, %4 failed, %5 skipped; verifying the driver")
                       .arg(who, ids)
                       .arg(w.counts.succeeded)
                       .arg(w.counts.failed)
                       .arg(w.counts.skipped);
            break;
        case S::NotCreated: text = Tr::tr("%1: not created: %2").arg(who, w.error); break;
        case S::Unknown: text = Tr::tr("%1: outcome unknown: %2").arg(who, w.error); break;
        }
        if (!text.isEmpty())
            line(text);
    }
    if (m_live && w.state == S::Running && w.counts.total > 0) {
        const int done = w.counts.succeeded + w.counts.failed + w.counts.skipped + w.counts.cancelled;
        showLive(
            Tr::tr("%1: %2 of %3 tasks done, %4 failed").arg(who).arg(done).arg(w.counts.total).arg(w.counts.failed));
    }
}

// ---- Runner: submitting --------------------------------------------------------------------

bool Runner::parseRunSettings(bool allowBatch, RunSettings *settings)
{
    RunSettings s;
    if (allowBatch && m_line.has(QStringLiteral("batch-size"))) {
        bool ok = false;
        const int batchSize = m_line.value(QStringLiteral("batch-size")).toInt(&ok);
        if (!ok || batchSize < 1 || batchSize > kDefaultServersPerJob) {
            usage(tr("--batch-size must be a number from 1 to %1.").arg(kDefaultServersPerJob));
            return false;
        }
        s.waves = WavePlan::fixed(batchSize);
    }
    if (allowBatch && m_line.has(QStringLiteral("waves"))) {
        if (m_line.has(QStringLiteral("batch-size"))) {
            usage(tr("--waves and --batch-size both set the wave sizes: give one of them."));
            return false;
        }
        QString problem;
        const std::optional<WavePlan> plan = WavePlan::parse(m_line.value(QStringLiteral("waves")), &problem);
        if (!plan) {
            usage(tr("--waves: %1").arg(problem));
            return false;
        }
        s.waves = *plan;
    }
    if (m_line.has(QStringLiteral("max-failures"))) {
        bool ok = false;
        s.maxFailures = m_line.value(QStringLiteral("max-failures")).toInt(&ok);
        if (!ok || s.maxFailures < 0) {
            usage(tr("--max-failures must be a whole number of failed tasks, 0 or more."));
            return false;
        }
    }
    if (m_line.has(QStringLiteral("poll-interval"))) {
        bool ok = false;
        const double seconds = m_line.value(QStringLiteral("poll-interval")).toDouble(&ok);
        if (!ok || !(seconds >= 0.05 && seconds <= 3600)) {
            usage(tr("--poll-interval must be a number of seconds from 0.05 to 3600."));
            return false;
        }
        s.pollIntervalMs = int(seconds * 1000);
    }
    if (m_line.has(QStringLiteral("pause-after-first")) && m_line.has(QStringLiteral("pause-each"))) {
        usage(tr("--pause-after-first and --pause-each are two kinds of gate: give one of them."));
        return false;
    }
    if (m_line.has(QStringLiteral("pause-after-first")))
        s.gate = GateMode::AfterFirst;
    else if (m_line.has(QStringLiteral("pause-each")))
        s.gate = GateMode::AfterEach;
    s.yes = m_line.has(QStringLiteral("yes"));
    s.verify = m_line.has(QStringLiteral("verify"));
    s.wait = m_line.has(QStringLiteral("wait"));
    s.dryRun = m_line.has(QStringLiteral("dry-run"));
    *settings = s;
    return true;
}

WaveOptions Runner::waveOptions(const RunSettings &settings) const
{
    WaveOptions o;
    o.wavesInFlight = 1;
    o.maxFailedTasks = settings.maxFailures;
    // A budget needs the failures: each wave is waited for before the next one goes.
    o.waitForWaves = settings.wait || settings.maxFailures >= 0;
    o.pollIntervalMs = settings.pollIntervalMs;
    o.gate = settings.gate.value_or(GateMode::None); // a gate waits for every wave (engine rule)
    o.verify = settings.verify;                      // so does verification
    return o;
}

int Runner::printDryRun(const SubmissionPlan &plan, Format format)
{
    if (format == Format::Json) {
        QJsonArray bodies;
        for (const CreateJobRequest &r : plan.requests)
            bodies.append(QJsonDocument::fromJson(encodeCreateRequest(r)).object());
        m_out << printJson(bodies);
        return ExitOk;
    }
    for (qsizetype i = 0; i < plan.requests.size(); ++i) {
        m_out << tr("# wave %1 of %2: %n server(s), nothing sent", nullptr, int(plan.requests.at(i).serverIds.size()))
                     .arg(i + 1)
                     .arg(plan.requests.size())
              << '\n'
              << QString::fromUtf8(encodeCreateRequest(plan.requests.at(i))) << '\n';
    }
    return ExitOk;
}

int Runner::submit(const SubmissionPlan &plan, const RunSettings &settings, Format format, const QString &rerunOf)
{
    if (const QStringList problems = planProblems(plan); !problems.isEmpty())
        return usage(tr("the job request is not valid:\n  %1").arg(problems.join(QLatin1String("\n  "))));
    // The official SDK's rule for description: a warning naming it, the job is still sent.
    if (!plan.requests.isEmpty()) {
        if (const QString warning = descriptionSdkRuleWarning(plan.requests.constFirst().description);
            !warning.isEmpty())
            m_err << tr("warning: %1").arg(warning) << '\n';
    }
    if (settings.dryRun)
        return printDryRun(plan, format);
    WaveSubmitter submitter(&client(), SubmissionHistory(), m_line.global.profile);
    submitter.setOrigin(QStringLiteral("cli"), rerunOf);
    const WaveOptions options = waveOptions(settings);
    return drive(submitter, settings, format, [&](QString *why) {
        if (submitter.start(plan, options))
            return true;
        *why = tr("Nothing to submit.");
        return false;
    });
}

int Runner::drive(WaveSubmitter &submitter, const RunSettings &settings, Format format,
                  const std::function<bool(QString *)> &begin)
{
    ProgressPrinter progress(&submitter, m_err, stderrIsTerminal());
    // Each job the run waits for is fetched until it settles: its last detail is kept, as
    // the console keeps its wizard runs' jobs. A run that waits for nothing fetches no
    // detail, and leaves the store unopened.
    const WaveOptions options = waveOptions(settings);
    if (options.waitForWaves || options.gate != GateMode::None || options.verify)
        RunJobKeeper::attach(&submitter, localStore());
    QObject context; // the connections below end with this call
    if (format == Format::Table)
        printCreatedJobs(submitter, &context);
    bool stoppedAtGate = false;
    answerGates(submitter, settings, progress, &context, &stoppedAtGate);
    QString why;
    if (!begin(&why))
        return usage(why);
    printSubmissionStart(submitter);
    if (!isTerminal(submitter.runState())) {
        QEventLoop loop;
        QObject::connect(&submitter, &WaveSubmitter::runStateChanged, &loop, [&loop](WaveSubmitter::RunState state) {
            if (isTerminal(state))
                loop.quit();
        });
        loop.exec();
    }
    progress.finish();
    if (format == Format::Json)
        printJobsJson(submitter);
    return reportOutcome(submitter, settings, stoppedAtGate);
}

void Runner::printCreatedJobs(WaveSubmitter &submitter, QObject *context)
{
    QObject::connect(&submitter, &WaveSubmitter::jobCreated, context, [this, &submitter](int index, const QString &id) {
        const WaveSubmitter::Wave &w = submitter.waves().at(index);
        const qsizetype n = submitter.waves().size();
        m_out << tr("Created job %1 (%2) with %n server(s)", nullptr, int(w.request.serverIds.size()))
                     .arg(id, w.request.name)
              << (n > 1 ? tr(" [wave %1 of %2]").arg(index + 1).arg(n) : QString()) << '\n';
        m_out.flush();
    });
}

// A gate: --yes passes it; in a terminal the user is asked; otherwise the run stops there
// (exit 1) and `runs continue` goes on later.
void Runner::answerGates(WaveSubmitter &submitter, const RunSettings &settings, ProgressPrinter &progress,
                         QObject *context, bool *stoppedAtGate)
{
    QObject::connect(&submitter, &WaveSubmitter::gateReached, context,
                     [this, &submitter, &settings, &progress, stoppedAtGate](int, const QString &reason) {
        progress.finish();
        m_err << tr("gate: %1").arg(reason) << '\n';
        bool go = settings.yes;
        if (go) {
            m_err << tr("  --yes: continuing.") << '\n';
        } else if (stdinIsTerminal()) {
            m_err << tr("  Continue with the next wave? [y/N] ");
            m_err.flush();
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed().toLower();
            go = answer == QLatin1String("y") || answer == QLatin1String("yes");
        }
        m_err.flush();
        // Queued: the engine finishes handling this settled wave before it goes on or stops.
        QTimer::singleShot(0, &submitter, [&submitter, stoppedAtGate, go]() {
            if (go) {
                submitter.resume();
            } else {
                *stoppedAtGate = true;
                submitter.stop();
            }
        });
    });
}

void Runner::printSubmissionStart(const WaveSubmitter &submitter)
{
    const QString historyPath = QDir::toNativeSeparators(SubmissionHistory().filePath());
    qsizetype servers = 0;
    for (const WaveSubmitter::Wave &w : submitter.waves())
        servers += w.request.serverIds.size();
    m_err << tr("Submission %1: %n wave(s), %2 servers (history: %3)", nullptr, int(submitter.waves().size()))
                 .arg(submitter.submissionId())
                 .arg(servers)
                 .arg(historyPath)
          << '\n';
    m_err.flush();
}

void Runner::printJobsJson(const WaveSubmitter &submitter)
{
    QJsonArray array;
    for (const WaveSubmitter::Wave &w : submitter.waves()) {
        for (const QString &id : w.jobIds) {
            Job job = w.jobs.value(id);
            if (job.id.isEmpty()) {
                job.id = id;
                job.name = w.request.name;
            }
            array.append(jobJson(job, true, job.tasks));
        }
    }
    m_out << printJson(array);
    m_out.flush();
}

int Runner::reportOutcome(const WaveSubmitter &submitter, const RunSettings &settings, bool stoppedAtGate)
{
    using R = WaveSubmitter::RunState;
    const QString id = submitter.submissionId();
    if (stoppedAtGate && submitter.runState() == R::Stopped) {
        m_err << tr("Submission %1 waits at the gate of wave %2: %3.")
                     .arg(id)
                     .arg(submitter.gateWave() + 1)
                     .arg(submitter.haltReason())
              << '\n'
              << QLatin1String("  ") << continueHint(id) << '\n';
        return ExitJobFailed;
    }
    switch (submitter.runState()) {
    case R::Finished: return reportFinished(submitter, settings);
    case R::BudgetExceeded: return reportBudgetExceeded(submitter);
    case R::Halted:
    case R::Stopped:
    case R::Stopping:
    case R::Running:
    case R::AtGate:
    case R::Idle: break;
    }
    return reportHalt(submitter);
}

int Runner::reportFinished(const WaveSubmitter &submitter, const RunSettings &settings)
{
    TaskCounts sum;
    for (const WaveSubmitter::Wave &w : submitter.waves()) {
        sum.succeeded += w.counts.succeeded;
        sum.failed += w.counts.failed;
        sum.skipped += w.counts.skipped;
    }
    const QString id = submitter.submissionId();
    if (settings.wait || settings.maxFailures >= 0) {
        m_err << tr("Submission %1: every wave finished: %2 succeeded, %3 failed, %4 skipped.")
                     .arg(id)
                     .arg(sum.succeeded)
                     .arg(sum.failed)
                     .arg(sum.skipped)
              << '\n';
    } else {
        m_err << tr("Submission %1: %n job(s) created.", nullptr, int(submitter.createdJobIds().size())).arg(id)
              << '\n';
    }
    // Without a budget, --wait reports failed tasks like jobs wait does.
    return settings.wait && settings.maxFailures < 0 && sum.failed > 0 ? ExitJobFailed : ExitOk;
}

// Each wave that spent the budget, by server; then the waves never sent.
int Runner::reportBudgetExceeded(const WaveSubmitter &submitter)
{
    const QList<WaveSubmitter::Wave> &waves = submitter.waves();
    m_err << tr("error: %1").arg(submitter.haltReason()) << '\n';
    QStringList notSent;
    for (qsizetype i = 0; i < waves.size(); ++i) {
        const WaveSubmitter::Wave &w = waves.at(i);
        if (w.jobIds.isEmpty())
            notSent << QString::number(i + 1);
        if (w.budgetAccepted)
            continue;
        if (w.mismatched() > 0) {
            m_err << tr("  wave %1/%2 %3: %n server(s) not on the requested driver: %4", nullptr, w.mismatched())
                         .arg(i + 1)
                         .arg(waves.size())
                         .arg(w.request.name, listed(w.mismatches))
                  << '\n';
        }
        if (w.counts.failed == 0)
            continue;
        QStringList failed;
        for (const Task &t : w.failedTasks()) {
            const QString server = t.targetId().toString();
            failed << (t.targetName().isEmpty() ? server
                                                : QStringLiteral("%1 (%2)").arg(t.targetName().toString(), server));
        }
        m_err << tr("  wave %1/%2 %3 (job %4): %n failed server(s): %5", nullptr, w.counts.failed)
                     .arg(i + 1)
                     .arg(waves.size())
                     .arg(w.request.name, w.jobIds.join(QLatin1String(", ")), listed(failed))
              << '\n';
    }
    if (!notSent.isEmpty())
        m_err << tr("  waves not sent: %1").arg(notSent.join(QLatin1String(", "))) << '\n';
    m_err << QLatin1String("  ") << resumeHint(submitter.submissionId()) << '\n';
    return ExitJobFailed;
}

// Halted: a wave was refused, could not be checked, or its outcome is unknown.
int Runner::reportHalt(const WaveSubmitter &submitter)
{
    using S = WaveSubmitter::WaveState;
    int code = ExitUsage;
    bool reported = false;
    for (const WaveSubmitter::Wave &w : submitter.waves()) {
        if (w.state != S::NotCreated && w.state != S::Unknown)
            continue;
        if (w.lastError) {
            m_err << errorReport(*w.lastError);
            code = exitCodeFor(*w.lastError);
            reported = true;
        }
        if (w.state == S::Unknown)
            code = ExitNetwork;
        break;
    }
    const QString reason = submitter.haltReason();
    if (!reason.isEmpty())
        m_err << (reported ? QLatin1String("  ") + reason : tr("error: %1").arg(reason)) << '\n';
    m_err << tr("  Nothing more was sent. %1").arg(resumeHint(submitter.submissionId())) << '\n';
    return code;
}

int Runner::jobsCreate(Format format)
{
    RunSettings settings;
    if (!parseRunSettings(true, &settings))
        return ExitUsage;
    CreateJobRequest base;
    base.name = m_line.value(QStringLiteral("name"));
    base.type = m_line.value(QStringLiteral("type"));
    base.description = m_line.value(QStringLiteral("description"));
    base.isReboot = m_line.has(QStringLiteral("reboot"));
    const QString templateRef = m_line.value(QStringLiteral("template"));
    QMap<QString, QString> params;
    QList<JobItem> items;
    QStringList entries;
    // Everything that can be checked here is checked before anything is sent, in the order of
    // the command line's needs: name and type, parameters, items, servers, the request.
    QString problem;
    if (base.name.isEmpty())
        problem = tr("jobs create needs --name.");
    else if (base.type.isEmpty() && templateRef.isEmpty())
        problem = tr("jobs create needs --type (or --template).");
    if (problem.isEmpty())
        problem = parseParams(m_line.values(QStringLiteral("param")), !templateRef.isEmpty(), &params);
    if (problem.isEmpty())
        problem = parseItems(m_line.values(QStringLiteral("item")), !templateRef.isEmpty(), &items);
    if (problem.isEmpty())
        problem = collectServerEntries(m_line.values(QStringLiteral("server")),
                                       m_line.values(QStringLiteral("servers-file")), &entries);
    if (problem.isEmpty())
        problem = requestProblems(base, items, entries, templateRef, settings.waves);
    if (!problem.isEmpty())
        return usage(problem);

    if (!templateRef.isEmpty()) {
        const Result<QList<Template>> listed = awaitCall(client().listTemplates());
        if (!listed.ok())
            return fail(listed.error());
        Template tmpl;
        JobItem item;
        problem = findTemplate(listed.value(), templateRef, &tmpl);
        if (problem.isEmpty())
            problem = templateItem(tmpl, params, &item);
        if (!problem.isEmpty())
            return usage(problem);
        if (base.type.isEmpty())
            base.type = tmpl.type;
        items.prepend(item);
    }
    base.items = items;

    const int resolved = resolveServers(entries, &base.serverIds);
    if (resolved != ExitOk)
        return resolved;
    return submit(planSubmission(base, settings.waves), settings, format, {});
}

int Runner::resolveServers(const QStringList &entries, QStringList *ids, QList<Server> *fleetOut)
{
    // Servers by id, name or private IP, through the servers list; unknown or ambiguous
    // entries stop everything.
    const Result<QList<Server>> fleet = awaitCall(client().listServers());
    if (!fleet.ok())
        return fail(fleet.error());
    if (fleetOut)
        *fleetOut = fleet.value();
    const ServerResolution resolution = ServerResolver(fleet.value()).resolve(entries);
    if (!resolution.unknown.isEmpty() || !resolution.ambiguous.isEmpty()) {
        QString text = tr("servers not resolved, nothing was sent:");
        if (!resolution.unknown.isEmpty())
            text += QLatin1String("\n  ")
                    + tr("unknown (no server has this id, name or private IP): %1")
                          .arg(resolution.unknown.join(QLatin1String(", ")));
        if (!resolution.ambiguous.isEmpty())
            text += QLatin1String("\n  ")
                    + tr("ambiguous (shared by several servers; give the id): %1")
                          .arg(resolution.ambiguous.join(QLatin1String(", ")));
        return usage(text);
    }
    if (!resolution.duplicates.isEmpty())
        m_err << tr("note: %n entry(ies) name a server already listed, ignored: %1", nullptr,
                    int(resolution.duplicates.size()))
                     .arg(listed(resolution.duplicates))
              << '\n';
    *ids = resolution.ids;
    return ExitOk;
}

int Runner::jobsResume(Format format)
{
    RunSettings settings;
    if (!parseRunSettings(false, &settings))
        return ExitUsage;
    const QString id = m_line.positionals.value(0);
    SubmissionHistory history;
    QString problem;
    const std::optional<SubmissionRecord> record = history.submission(id, &problem);
    if (!problem.isEmpty())
        return usage(problem);
    if (!record) {
        return usage(tr("No single submission %1 in the history %2; jobs history lists them.")
                         .arg(id, QDir::toNativeSeparators(history.filePath())));
    }
    if (!record->planComplete) {
        return usage(tr("Submission %1 was recorded without its plan (an older version): the waves "
                        "never sent are not known. Create them again.")
                         .arg(record->id));
    }
    WaveSubmitter submitter(&client(), history, m_line.global.profile);
    RunSettings effective = settings;
    if (!effective.gate) // the gate the run was started with, unless told otherwise
        effective.gate = gateModeFromKey(record->gate);
    const WaveOptions options = waveOptions(effective);
    return drive(submitter, effective, format,
                 [&](QString *why) { return submitter.resumeFrom(*record, options, why); });
}

int Runner::jobsRerunFailed(Format format)
{
    RunSettings settings;
    if (!parseRunSettings(true, &settings))
        return ExitUsage;
    QString id;
    int code = ExitOk;
    if (!resolveJob(m_line.positionals.value(0), &id, &code))
        return code;
    const Result<Job> result = awaitCall(client().getJob(id));
    if (!result.ok())
        return fail(result.error());
    const Job &job = result.value();
    keepJobDetail(job);
    const QString cluster = m_line.value(QStringLiteral("cluster"));
    const bool withSkipped = m_line.has(QStringLiteral("include-skipped"));
    CreateJobRequest request = rerunRequest(job, withSkipped, QDateTime::currentDateTime(), cluster);
    if (request.serverIds.isEmpty()) {
        m_err << (cluster.isEmpty()
                      ? tr("Job %1 has no failed task%2: nothing to rerun.")
                            .arg(job.id, withSkipped ? tr(" and no skipped one") : QString())
                      : tr("Job %1 has no failed task%2 whose error cluster contains \"%3\": nothing to rerun.")
                            .arg(job.id, withSkipped ? tr(" or skipped one") : QString(), cluster))
              << '\n';
        return ExitOk;
    }
    if (m_line.has(QStringLiteral("name")))
        request.name = m_line.value(QStringLiteral("name"));
    if (m_line.has(QStringLiteral("description")))
        request.description = m_line.value(QStringLiteral("description"));
    request.isReboot = m_line.has(QStringLiteral("reboot"));
    m_err << tr("Rerun of job %1 (%2): %n server(s)", nullptr, int(request.serverIds.size())).arg(job.id, job.name)
          << '\n';
    return submit(planSubmission(request, settings.waves), settings, format, job.id);
}

int Runner::jobsHistory(Format format)
{
    SubmissionHistory history;
    QString problem;
    QList<SubmissionRecord> records = history.submissions(&problem);
    if (!problem.isEmpty())
        return usage(problem);
    std::reverse(records.begin(), records.end()); // newest first
    auto stateOf = [](const SubmissionRecord &r) {
        using W = SubmissionRecord::WaveStatus;
        bool unknown = false, all = !r.waves.isEmpty();
        for (const SubmissionRecord::Wave &w : r.waves) {
            unknown = unknown || w.status == W::Unknown;
            all = all && w.status == W::Created;
        }
        if (r.atGate)
            return QStringLiteral("at-gate");
        return unknown ? QStringLiteral("unknown") : all ? QStringLiteral("created") : QStringLiteral("incomplete");
    };
    auto created = [](const SubmissionRecord &r) {
        int n = 0;
        for (const SubmissionRecord::Wave &w : r.waves)
            n += w.status == SubmissionRecord::WaveStatus::Created ? 1 : 0;
        return n;
    };
    if (format == Format::Json) {
        QJsonArray array;
        for (const SubmissionRecord &r : std::as_const(records)) {
            QJsonArray waves;
            for (const SubmissionRecord::Wave &w : r.waves) {
                waves.append(QJsonObject{{QStringLiteral("name"), w.request.name},
                                         {QStringLiteral("servers"), int(w.request.serverIds.size())},
                                         {QStringLiteral("outcome"), w.lastOutcome},
                                         {QStringLiteral("job_ids"), QJsonArray::fromStringList(w.jobIds)}});
            }
            array.append(
                QJsonObject{{QStringLiteral("submission"), r.id},
                            {QStringLiteral("started"), r.started.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("updated"), r.updated.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("source"), r.source.isEmpty() ? QStringLiteral("console") : r.source},
                            {QStringLiteral("profile"), r.profile},
                            {QStringLiteral("rerun_of"), r.rerunOf},
                            {QStringLiteral("state"), stateOf(r)},
                            // How it came out, as Submission History says it (run_outcome.h).
                            {QStringLiteral("outcome"), runOutcomeKey(summarizeRun(r).outcome)},
                            {QStringLiteral("waves"), waves}});
        }
        m_out << printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const SubmissionRecord &r : std::as_const(records)) {
        rows << QStringList{r.id,
                            r.started.toUTC().toString(Qt::ISODateWithMs),
                            r.source.isEmpty() ? QStringLiteral("console") : r.source,
                            r.waves.isEmpty() ? QString() : r.waves.first().request.name,
                            QStringLiteral("%1/%2").arg(created(r)).arg(r.waves.size()),
                            stateOf(r),
                            r.rerunOf};
    }
    m_out << table({tr("SUBMISSION"), tr("STARTED (UTC)"), tr("FROM"), tr("FIRST WAVE"), tr("CREATED"), tr("STATE"),
                    tr("RERUN OF")},
                   rows);
    return ExitOk;
}

// runs show: one submission of the history, wave by wave, and where it stopped.
int Runner::runsShow(Format format)
{
    SubmissionHistory history;
    QString problem;
    const QString id = m_line.positionals.value(0);
    const std::optional<SubmissionRecord> record = history.submission(id, &problem);
    if (!problem.isEmpty())
        return usage(problem);
    if (!record) {
        return usage(tr("No single submission %1 in the history %2; runs list lists them.")
                         .arg(id, QDir::toNativeSeparators(history.filePath())));
    }
    using W = SubmissionRecord::WaveStatus;
    auto statusKey = [](W status) {
        switch (status) {
        case W::NotSent: return QStringLiteral("not-sent");
        case W::NotCreated: return QStringLiteral("not-created");
        case W::Created: return QStringLiteral("created");
        case W::Unknown: return QStringLiteral("unknown");
        }
        return QString();
    };
    const QString source = record->source.isEmpty() ? QStringLiteral("console") : record->source;
    if (format == Format::Json) {
        QJsonArray waves;
        for (qsizetype i = 0; i < record->waves.size(); ++i) {
            const SubmissionRecord::Wave &w = record->waves.at(i);
            waves.append(QJsonObject{{QStringLiteral("wave"), int(i + 1)},
                                     {QStringLiteral("name"), w.request.name},
                                     {QStringLiteral("server_ids"), QJsonArray::fromStringList(w.request.serverIds)},
                                     {QStringLiteral("status"), statusKey(w.status)},
                                     {QStringLiteral("job_ids"), QJsonArray::fromStringList(w.jobIds)},
                                     {QStringLiteral("error"), w.error}});
        }
        QJsonObject out{{QStringLiteral("submission"), record->id},
                        {QStringLiteral("started"), record->started.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("updated"), record->updated.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("source"), source},
                        {QStringLiteral("profile"), record->profile},
                        {QStringLiteral("gate"), record->gate},
                        {QStringLiteral("at_gate"), record->atGate},
                        {QStringLiteral("waves"), waves}};
        if (record->gateWave >= 0) {
            out.insert(QStringLiteral("gate_wave"), record->gateWave + 1);
            out.insert(QStringLiteral("gate_reason"), record->gateReason);
        }
        m_out << printJson(out);
        return ExitOk;
    }
    m_out << tr("Submission %1 (from %2, started %3 UTC)")
                 .arg(record->id, source, record->started.toUTC().toString(Qt::ISODate))
          << '\n';
    if (record->atGate) {
        m_out << tr("Waits at the gate of wave %1: %2.").arg(record->gateWave + 1).arg(record->gateReason) << '\n'
              << continueHint(record->id) << '\n';
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < record->waves.size(); ++i) {
        const SubmissionRecord::Wave &w = record->waves.at(i);
        rows << QStringList{QString::number(i + 1), w.request.name, QString::number(w.request.serverIds.size()),
                            statusKey(w.status), w.jobIds.join(QLatin1String(", "))};
    }
    m_out << table({tr("WAVE"), tr("NAME"), tr("SERVERS"), tr("STATUS"), tr("JOBS")}, rows);
    return ExitOk;
}

} // namespace liteops::cli
