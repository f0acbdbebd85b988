// SPDX-License-Identifier: Apache-2.0
#pragma once
// Runs one parsed liteops-cli command against a CloudClient, printing to the given streams
// and returning the exit code (cli.h).
#include "cli_arguments.h"
#include "cli_output.h"
#include "cloud_client.h"
#include "submission_plan.h"
#include "wavesubmitter.h"

#include <QMutex>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace liteops {
struct SubmissionPlan;
struct SubmissionRecord;
struct WaveOptions;
class WaveSubmitter;
} // namespace liteops
namespace liteops::store {
class LocalStore;
}

namespace liteops::cli {

class ProgressPrinter;

// The options every wave-submitting command shares (create, resume, rerun-failed).
struct RunSettings
{
    WavePlan waves;               // --batch-size N (the one-element list) or --waves 1,5,25%,50
    std::optional<GateMode> gate; // --pause-after-first, --pause-each; unset: none (resume: the run's)
    bool yes = false;             // --yes: pass every gate without asking
    bool verify = false;          // --verify: check HDK_UPGRADE waves with an HDK_QUERY
    int maxFailures = -1;         // --max-failures; -1: none
    bool wait = false;            // --wait
    int pollIntervalMs = 5000;
    bool dryRun = false;
};

class Runner
{
    Q_DECLARE_TR_FUNCTIONS(LiteOpsCli)

public:
    Runner(const CommandLine &line, QTextStream &out, QTextStream &err);
    ~Runner();
    int exec();

private:
    // Configuration: profile, then environment, then command-line flags.
    bool buildConfig(bool needCredentials, ClientConfig *config);
    bool applyProfile(ClientConfig *c, std::optional<Credentials> *credentials, QString *keychainNote);
    bool applyCommandLine(ClientConfig *c);
    bool parseFormat(bool allowCsv, Format *format);
    int usage(const QString &message);
    int fail(const CloudError &error);

    int jobsList(Format format);
    int jobsGet(Format format);
    int jobsCreate(Format format);
    int jobsResume(Format format);
    int jobsRerunFailed(Format format);
    int jobsHistory(Format format);
    int runsShow(Format format);
    int jobsWait();
    int jobsDelete();
    int templatesList(Format format);
    // After a listing was printed: ExitOk, or (incomplete) a warning on stderr and
    // ExitIncomplete.
    int listingDone(const ListCompleteness &completeness, const QString &rowsNoun);
    int serversList(Format format);
    int serversAction(Format format); // servers reboot|start|stop (cli_servers.cpp)
    // Resolves ids, names and private IPs through the servers list (ServerResolver); ExitOk,
    // or the exit code once unknown or ambiguous entries were reported. `fleet`: the list.
    int resolveServers(const QStringList &entries, QStringList *ids, QList<Server> *fleet = nullptr);
    int providerJob(Format format, bool serviceStage);
    int printJobDetail(const Job &job, Format format, const QList<Task> &tasks);

    // A job id, or a unique job name looked up in the job list. False with *exitCode set
    // (and the message printed) when the name is unknown or shared by several jobs.
    bool resolveJob(const QString &idOrName, QString *id, int *exitCode);
    // Submitting (cli_submit.cpp).
    bool parseRunSettings(bool allowBatch, RunSettings *settings);
    WaveOptions waveOptions(const RunSettings &settings) const;
    int submit(const SubmissionPlan &plan, const RunSettings &settings, Format format, const QString &rerunOf);
    int printDryRun(const SubmissionPlan &plan, Format format);
    // Runs the engine until it finishes or stops, printing progress to stderr and the jobs to
    // stdout; returns the exit code. `begin` starts (or resumes) `submitter`.
    int drive(WaveSubmitter &submitter, const RunSettings &settings, Format format,
              const std::function<bool(QString *)> &begin);
    // The parts of drive(): what it prints while the run goes, how it answers gates, and the
    // final report (the exit code).
    void printCreatedJobs(WaveSubmitter &submitter, QObject *context);
    void answerGates(WaveSubmitter &submitter, const RunSettings &settings, ProgressPrinter &progress, QObject *context,
                     bool *stoppedAtGate);
    void printSubmissionStart(const WaveSubmitter &submitter);
    void printJobsJson(const WaveSubmitter &submitter);
    int reportOutcome(const WaveSubmitter &submitter, const RunSettings &settings, bool stoppedAtGate);
    int reportFinished(const WaveSubmitter &submitter, const RunSettings &settings);
    int reportBudgetExceeded(const WaveSubmitter &submitter);
    int reportHalt(const WaveSubmitter &submitter);

    CloudClient &client();

    // The local store of this endpoint and project (cli_cache.cpp); problems are noted and
    // printed to stderr once, and the command goes on without the store.
    store::LocalStore *localStore();
    void finishStore();
    // Whether the configuration names an endpoint and project to keep local data for; the
    // usage error when it does not; the error (after the store's notes) when it cannot be used.
    bool hasStoreLocation() const;
    int storeLocationUsage();
    int storeUnavailable();
    std::optional<Job> storedFinishedJob(const QString &id, Provider provider);
    // Every job detail the CLI fetches goes into the local data (when there is one);
    // `complete`: it holds every task the service has.
    void keepJobDetail(const Job &job, bool complete = true);
    int cacheCommand(Format format);
    int cacheStatus(Format format);
    int cacheSync(Format format);
    int cacheClear(Format format);
    // The stored job list brought up to date, then the finished details not stored yet
    // fetched (cache sync, and fleet before it reads the store).
    struct StoreSyncOutcome
    {
        std::optional<CloudError> listError; // the job list could not be fetched
        int fetched = 0;
        bool completed = true;
        bool failed = false;
        QString message;
    };
    StoreSyncOutcome syncStore(store::LocalStore *s, int horizonDays);
    // liteops-cli fleet (cli_fleet.cpp).
    int fleetCommand(Format format);

    CommandLine m_line;
    QTextStream &m_out;
    QTextStream &m_err;
    ClientConfig m_config;
    QString m_credentialSource; // where the credentials came from, for 401 messages
    std::unique_ptr<CloudClient> m_client;
    std::unique_ptr<store::LocalStore> m_store;
    QMutex m_storeNotesLock;
    QStringList m_storeNotes; // filled on the store's thread, printed by finishStore()
};

// True when stdin is a terminal a question can be asked on.
bool stdinIsTerminal();

// 4 for no answer (network, timeout, TLS, unknown outcome), 2 for problems found before
// sending (bad id, missing credentials), 3 for errors the service answered with.
int exitCodeFor(const CloudError &error);

} // namespace liteops::cli
