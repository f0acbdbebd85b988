// SPDX-License-Identifier: Apache-2.0
#pragma once
// Runs the built liteops-cli (LITEOPS_CLI_PATH, set by the test's CMakeLists) once, waiting
// on its finished() signal, and returns its exit code and output. -1: it did not finish in
// time (it is killed); -2: it crashed.
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace liteops::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                     int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy done(&process, &QProcess::finished);
    process.start(program, args);
    CliRun run;
    if (!done.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("test: %1 did not finish").arg(program);
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace liteops::test
