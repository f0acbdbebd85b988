// SPDX-License-Identifier: Apache-2.0
#pragma once
// Runs test executables one after another, each in a scratch home of its own so that every
// file it writes lands in one known place: HOME, XDG_* folders, TMPDIR, the working folder
// and the screenshot folder are all under <work>/runs/<name>/; stdout and stderr go to
// <work>/streams/<name>.stdout|.stderr; the fixtures' ledger to <work>/ledger/<name>.txt.
#include <QElapsedTimer>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace liteops::secretscan {

struct TestRun
{
    QString name;
    QString program;
    QStringList arguments;
    QProcessEnvironment extraEnvironment; // added to the run's environment (a keychain's bus)
    // Filled in by runTest():
    int exitCode = -1;
    bool timedOut = false;
    qint64 milliseconds = 0;
    QString ledgerPath;
};

struct RunSettings
{
    QString workDir;
    QProcessEnvironment baseEnvironment; // the canaries and logging rules already in it
    int timeoutSeconds = 300;
};

// Runs `run` to completion (or its timeout), with the event loop turning so a FileCapture
// keeps copying. Fills in the result fields.
void runTest(TestRun *run, const RunSettings &settings);

} // namespace liteops::secretscan
