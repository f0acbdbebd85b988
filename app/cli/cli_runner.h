#pragma once
// Runs one parsed liteops-cli command against a CloudClient, printing to the given streams
// and returning the exit code (cli.h).
#include "cli_arguments.h"
#include "cli_output.h"
#include "cloud_client.h"

#include <QTextStream>
#include <memory>

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
    // After a listing was printed: ExitOk, or (incomplete) a warning on stderr and
    // ExitIncomplete.
    int listingDone(const ListCompleteness &completeness, const QString &rowsNoun);
    int serversList(Format format);
    int providerJob(Format format, bool serviceStage);
    int printJobDetail(const Job &job, Format format, const QList<Task> &tasks);

    CloudClient &client();

    CommandLine m_line;
    QTextStream &m_out;
    QTextStream &m_err;
    ClientConfig m_config;
    std::unique_ptr<CloudClient> m_client;
};

// 4 for no answer (network, timeout, TLS, unknown outcome), 2 for problems found before
// sending (bad id, missing credentials), 3 for errors the service answered with.
int exitCodeFor(const CloudError &error);

} // namespace liteops::cli
