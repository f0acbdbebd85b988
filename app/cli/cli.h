// SPDX-License-Identifier: Apache-2.0
#pragma once
// liteops-cli: scripting access to the cloud layer. All logic lives here so it can be
// linked; app/main/cli_main.cpp only creates the QCoreApplication and calls run().
#include <QStringList>

namespace liteops::cli {

// Exit codes, documented in --help and the README.
enum ExitCode : int {
    ExitOk = 0,
    ExitJobFailed = 1,    // `jobs wait`: the job finished with failed tasks
    ExitUsage = 2,        // bad command line, missing credentials or configuration
    ExitApiError = 3,     // the service answered with an error
    ExitNetwork = 4,      // no answer: network, timeout, TLS, outcome unknown
    ExitIncomplete = 5,   // a listing is incomplete: the service ignored (or refused) paging,
                          // so only part of the rows was printed; stderr says "N of TOTAL"
    ExitNotConfirmed = 6, // an action on servers was not confirmed (no --yes without a
                          // terminal, or the user said no): nothing was sent
};

// Runs one command. `arguments` starts with the program name (QCoreApplication::arguments()).
// Needs a QCoreApplication; runs its own event loop until the command is done.
int run(const QStringList &arguments);

} // namespace liteops::cli
