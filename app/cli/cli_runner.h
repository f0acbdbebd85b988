#pragma once
// Runs one parsed liteops-cli command against a CloudClient, printing to the given streams
// and returning the exit code (cli.h).
#include "cli_arguments.h"
#include "cli_output.h"
#include "cloud_client.h"

#include <QMutex>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace liteops::store { class LocalStore; }

namespace liteops::cli {

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
    bool parseFormat(bool allowCsv, Format *format);
    int usage(const QString &message);
    int fail(const CloudError &error);

    int jobsList(Format format);
    int jobsGet(Format format);
    int jobsCreate(Format format);
    int jobsWait();
    int jobsDelete();
    int templatesList(Format format);
    int serversList(Format format);
    int providerJob(Format format, bool serviceStage);
    int printJobDetail(const Job &job, Format format, const QList<Task> &tasks);

    CloudClient &client();

    // The local store of this endpoint and project (cli_cache.cpp); problems are noted and
    // printed to stderr once, and the command goes on without the store.
    store::LocalStore *localStore();
    void finishStore();
    std::optional<Job> storedFinishedJob(const QString &id);
    int cacheCommand(Format format);
    int cacheStatus(Format format);
    int cacheSync(Format format);
    int cacheClear(Format format);

    CommandLine m_line;
    QTextStream &m_out;
    QTextStream &m_err;
    ClientConfig m_config;
    std::unique_ptr<CloudClient> m_client;
    std::unique_ptr<store::LocalStore> m_store;
    QMutex m_storeNotesLock;
    QStringList m_storeNotes; // filled on the store's thread, printed by finishStore()
};

// 4 for no answer (network, timeout, TLS, unknown outcome), 2 for problems found before
// sending (bad id, missing credentials), 3 for errors the service answered with.
int exitCodeFor(const CloudError &error);

} // namespace liteops::cli
