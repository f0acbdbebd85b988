// SPDX-License-Identifier: Apache-2.0
#include "test_runs.h"

#include "test_credentials.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

namespace liteops::secretscan {

void runTest(TestRun *run, const RunSettings &settings)
{
    const QDir work(settings.workDir);
    const QString root = work.filePath(QStringLiteral("runs/") + run->name);
    const QString home = root + QStringLiteral("/home");
    const QString runtime = root + QStringLiteral("/runtime");
    const QStringList dirs{home,
                           home + QStringLiteral("/.config"),
                           home + QStringLiteral("/.local/share"),
                           home + QStringLiteral("/.cache"),
                           home + QStringLiteral("/.local/state"),
                           root + QStringLiteral("/tmp"),
                           root + QStringLiteral("/cwd"),
                           root + QStringLiteral("/screenshots"),
                           root + QStringLiteral("/out"),
                           runtime};
    for (const QString &d : dirs)
        QDir().mkpath(d);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDir().mkpath(work.filePath(QStringLiteral("streams")));
    QDir().mkpath(work.filePath(QStringLiteral("ledger")));
    run->ledgerPath = work.filePath(QStringLiteral("ledger/%1.txt").arg(run->name));

    QProcessEnvironment env = settings.baseEnvironment;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime); // no session bus in it: no keychain
    env.insert(QStringLiteral("TMPDIR"), root + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("LITEOPS_SCREENSHOT_DIR"), root + QStringLiteral("/screenshots"));
    env.insert(QStringLiteral("LITEOPS_SECRET_SCAN_OUTPUT"), root + QStringLiteral("/out"));
    env.insert(QString::fromLatin1(testenv::kEnvLedger), run->ledgerPath);
    for (const QString &name : run->extraEnvironment.keys())
        env.insert(name, run->extraEnvironment.value(name));

    QProcess process;
    process.setProgram(run->program);
    process.setArguments(run->arguments);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(root + QStringLiteral("/cwd"));
    process.setStandardOutputFile(work.filePath(QStringLiteral("streams/%1.stdout").arg(run->name)));
    process.setStandardErrorFile(work.filePath(QStringLiteral("streams/%1.stderr").arg(run->name)));

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        run->timedOut = true;
        process.kill();
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    timeout.start(settings.timeoutSeconds * 1000);
    process.start();
    if (process.state() != QProcess::NotRunning) // not a start failure, which is reported at once
        loop.exec();
    if (process.state() != QProcess::NotRunning)
        process.waitForFinished(10000);
    run->milliseconds = clock.elapsed();
    run->exitCode = process.error() == QProcess::FailedToStart || process.exitStatus() != QProcess::NormalExit
                        ? -1
                        : process.exitCode();
}

} // namespace liteops::secretscan
