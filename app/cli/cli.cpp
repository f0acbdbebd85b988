// SPDX-License-Identifier: Apache-2.0
#include "cli.h"

#include "cli_arguments.h"
#include "cli_runner.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace liteops::cli {

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine line;
    QString problem;
    if (!parseCommandLine(arguments, &line, &problem)) {
        err << QCoreApplication::translate("LiteOpsCli", "error: %1").arg(problem) << '\n'
            << QCoreApplication::translate("LiteOpsCli", "Try liteops-cli --help.") << '\n';
        return ExitUsage;
    }
    if (line.global.help) {
        out << helpText();
        return ExitOk;
    }
    if (line.global.version) {
        out << versionText() << '\n';
        return ExitOk;
    }
    Runner runner(line, out, err);
    const int code = runner.exec();
    out.flush();
    err.flush();
    return code;
}

} // namespace liteops::cli
