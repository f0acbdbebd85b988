// SPDX-License-Identifier: Apache-2.0
// The process the crash-safety test kills: a wave submission the way the wizard runs it
// (draft saved as the user goes and flushed when Submit is pressed, a WaveSubmitter writing
// the SubmissionHistory), without any widget. The test gives it a HOME and XDG folders of its
// own, so the history and the draft land where the real application would put them.
//
//   crash_submit_driver submit --url URL --name NAME --servers ID,ID,... [--per-job N]
//       [--waves 1,5,25%] [--gate first|each] [--pause-ms MS] [--poll-ms MS]
//       [--draft-churn-ms MS]
//   crash_submit_driver continue --url URL --submission ID [--pass-gates] [--poll-ms MS]
//   crash_submit_driver inspect
//
// Credentials and the project id come from the SDK environment variables
// (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID), never from the
// command line.
//
// submit prints one JSON line with the history and draft paths, then runs the plan; it exits
// 0 once every wave has settled (and the draft is cleared, as the wizard does on Finish),
// 3 when the submitter halts. At an approval gate it prints {"gate": WAVE} (1-based) and
// waits, as the wizard waits for the user: the test kills it there. continue resumes a
// submission of the history the way Continue in Submission History does; with --pass-gates
// it continues past every later gate at once. inspect reads both files back with the library classes after a
// restart and prints what it found as one JSON object.
#include "cloud_client.h"
#include "draftstore.h"
#include "submission_plan.h"
#include "submissionhistory.h"
#include "wavesubmitter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace liteops;

namespace {

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    const QByteArray text = "crash_submit_driver: " + message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return 2;
}

// What the wizard's state holds when Submit is pressed for this request.
WizardDraft draftFor(const CreateJobRequest &base, int perJob, int pauseSeconds)
{
    WizardDraft d;
    d.profile = QStringLiteral("crash-test");
    d.page = 5; // CreateJobWizard::SubmitPageId: the draft is flushed on entering that page
    d.jobType = base.type;
    d.items = base.items;
    d.serverIds = base.serverIds;
    d.name = base.name;
    d.description = base.description;
    d.serversPerJob = perJob;
    d.wavesInFlight = 1;
    d.pauseSeconds = pauseSeconds;
    d.savedAt = QDateTime::currentDateTimeUtc();
    return d;
}

int inspect()
{
    const SubmissionHistory history;
    const DraftStore drafts;
    QJsonObject out;
    out.insert(QStringLiteral("history_path"), history.filePath());
    out.insert(QStringLiteral("history_exists"), QFileInfo::exists(history.filePath()));
    QString historyError;
    int skipped = 0;
    const QList<HistoryEntry> entries = history.readAll(&historyError, &skipped);
    QJsonArray lines;
    for (const HistoryEntry &e : entries)
        lines.append(e.toJson());
    out.insert(QStringLiteral("history_error"), historyError);
    out.insert(QStringLiteral("skipped"), skipped);
    out.insert(QStringLiteral("entries"), lines);

    out.insert(QStringLiteral("draft_path"), drafts.filePath());
    out.insert(QStringLiteral("draft_exists"), drafts.hasDraft());
    QString draftError;
    const std::optional<WizardDraft> draft = drafts.load(&draftError);
    out.insert(QStringLiteral("draft_error"), draftError);
    out.insert(QStringLiteral("draft"), draft ? QJsonValue(draft->toJson()) : QJsonValue());

    // Everything in the data folders (the history's, ".../LiteOps/", and the draft's), so the
    // test sees any temporary file a kill left behind.
    QStringList files;
    for (const QString &folder :
         {QFileInfo(history.filePath()).absolutePath(), QFileInfo(drafts.filePath()).absolutePath()})
        files += QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    files.removeDuplicates();
    out.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
    printJson(out);
    return 0;
}

// At a gate: one line for the test, then wait (or pass it at once).
void reportGates(WaveSubmitter &submitter, bool pass)
{
    QObject::connect(&submitter, &WaveSubmitter::gateReached, &submitter,
                     [&submitter, pass](int wave, const QString &) {
        printJson({{QStringLiteral("gate"), wave + 1}, {QStringLiteral("submission"), submitter.submissionId()}});
        if (pass)
            QTimer::singleShot(0, &submitter, &WaveSubmitter::resume);
    });
}

ClientConfig configFor(const QUrl &url, const EnvironmentSettings &env)
{
    ClientConfig config;
    config.endpoints.modelArts = config.endpoints.serviceStage = config.endpoints.ief = config.endpoints.iam = url;
    config.projectId = env.projectId;
    config.credentials = *env.credentials;
    config.timeoutMs = 10000;
    config.retryBaseDelayMs = 20;
    return config;
}

// Continue in Submission History: the run from the history, exit 0 once every wave settled.
int continueRun(const QCommandLineParser &args)
{
    const EnvironmentSettings env = EnvironmentSettings::read();
    if (!env.credentials || env.projectId.isEmpty())
        return fail(QStringLiteral("set HUAWEICLOUD_SDK_AK, _SK and _PROJECT_ID"));
    const SubmissionHistory history;
    const std::optional<SubmissionRecord> record = history.submission(args.value(QStringLiteral("submission")));
    if (!record)
        return fail(QStringLiteral("no such submission"));
    CloudClient client(configFor(QUrl(args.value(QStringLiteral("url"))), env));
    WaveSubmitter submitter(&client, history, record->profile);
    WaveOptions options;
    options.pollIntervalMs = qMax(50, args.value(QStringLiteral("poll-ms")).toInt());
    reportGates(submitter, args.isSet(QStringLiteral("pass-gates")));
    QObject::connect(&submitter, &WaveSubmitter::runStateChanged, &submitter, [&](WaveSubmitter::RunState state) {
        if (state == WaveSubmitter::RunState::Finished) {
            QCoreApplication::exit(0);
        } else if (state == WaveSubmitter::RunState::Halted || state == WaveSubmitter::RunState::BudgetExceeded) {
            fail(submitter.haltReason());
            QCoreApplication::exit(3);
        }
    });
    QString why;
    if (!submitter.resumeFrom(*record, options, &why))
        return fail(why);
    return QCoreApplication::exec();
}

int submit(const QCommandLineParser &args)
{
    const EnvironmentSettings env = EnvironmentSettings::read();
    if (!env.credentials || env.projectId.isEmpty())
        return fail(QStringLiteral("set HUAWEICLOUD_SDK_AK, _SK and _PROJECT_ID"));
    const QUrl url(args.value(QStringLiteral("url")));
    if (!url.isValid() || url.isRelative())
        return fail(QStringLiteral("--url needs an absolute URL"));

    CreateJobRequest base;
    base.name = args.value(QStringLiteral("name"));
    base.type = QStringLiteral("HDK_QUERY");
    base.description = QStringLiteral("crash-safety test");
    base.items = {JobItem{QStringLiteral("HDK_QUERY"), {}}};
    base.serverIds = args.value(QStringLiteral("servers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int perJob = args.isSet(QStringLiteral("waves")) ? 1 : args.value(QStringLiteral("per-job")).toInt();
    WavePlan waves = WavePlan::fixed(perJob);
    if (args.isSet(QStringLiteral("waves"))) {
        const std::optional<WavePlan> parsed = WavePlan::parse(args.value(QStringLiteral("waves")));
        if (!parsed)
            return fail(QStringLiteral("--waves is not a wave plan"));
        waves = *parsed;
    }
    const int pauseMs = args.value(QStringLiteral("pause-ms")).toInt();
    const int churnMs = args.value(QStringLiteral("draft-churn-ms")).toInt();
    if (base.name.isEmpty() || base.serverIds.isEmpty() || perJob < 1)
        return fail(QStringLiteral("--name, --servers and --per-job are required"));

    const SubmissionHistory history;
    const DraftStore drafts;
    printJson({{QStringLiteral("history"), history.filePath()}, {QStringLiteral("draft"), drafts.filePath()}});

    // As the wizard does: the draft is saved while the user fills the pages (a first save
    // with only the name), then flushed with everything when Submit is pressed.
    WizardDraft early;
    early.profile = QStringLiteral("crash-test");
    early.name = base.name;
    early.savedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!drafts.save(early, &error))
        return fail(error);
    const WizardDraft full = draftFor(base, perJob, pauseMs / 1000);
    if (!drafts.save(full, &error))
        return fail(error);

    CloudClient client(configFor(url, env));

    WaveOptions options;
    options.gate = gateModeFromKey(args.value(QStringLiteral("gate")));
    options.wavesInFlight = 1;
    options.pauseBetweenWavesMs = pauseMs;
    options.pollIntervalMs = qMax(50, args.value(QStringLiteral("poll-ms")).toInt());
    WaveSubmitter submitter(&client, history, full.profile);

    // Optional stress: keep rewriting the draft (same content, new time) while the waves
    // run, so a kill is likely to land in the middle of a save. The store must still leave
    // either the old or the new file, never part of one.
    QTimer churn;
    if (churnMs > 0) {
        QObject::connect(&churn, &QTimer::timeout, &churn, [&drafts, full]() {
            WizardDraft again = full;
            again.savedAt = QDateTime::currentDateTimeUtc();
            drafts.save(again);
        });
        churn.start(churnMs);
    }

    int exitCode = 0;
    QObject::connect(&submitter, &WaveSubmitter::runStateChanged, &submitter, [&](WaveSubmitter::RunState state) {
        if (state == WaveSubmitter::RunState::Finished) {
            churn.stop();
            drafts.clear(); // the wizard's Finish: what was sent is in the history
            QCoreApplication::exit(exitCode);
        } else if (state == WaveSubmitter::RunState::Halted || state == WaveSubmitter::RunState::BudgetExceeded) {
            churn.stop();
            fail(submitter.haltReason());
            QCoreApplication::exit(3);
        }
    });
    reportGates(submitter, false);
    if (!submitter.start(planSubmission(base, waves), options))
        return fail(QStringLiteral("nothing to submit"));
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The real application's names, so the files land where LiteOps keeps them.
    QCoreApplication::setOrganizationName(QStringLiteral("LiteOps"));
    QCoreApplication::setApplicationName(QStringLiteral("LiteOps"));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("submit or inspect"));
    for (const char *name :
         {"url", "name", "servers", "per-job", "pause-ms", "poll-ms", "draft-churn-ms", "waves", "gate", "submission"})
        parser.addOption(QCommandLineOption(QLatin1String(name), QString(), QStringLiteral("value")));
    parser.addOption(QCommandLineOption(QStringLiteral("pass-gates")));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    const QString mode = positional.value(0);
    if (mode == QLatin1String("inspect"))
        return inspect();
    if (mode == QLatin1String("submit"))
        return submit(parser);
    if (mode == QLatin1String("continue"))
        return continueRun(parser);
    return fail(QStringLiteral("unknown mode \"%1\" (submit or inspect)").arg(mode));
}
