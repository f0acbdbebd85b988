// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the wizard tests: an in-process simulator on a loopback port and a CloudClient
// signed for it. Test mode for QStandardPaths keeps history and drafts out of user data.
#include "signed_simulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace liteops::wizardtest {

// The secret-leak scan sets LITEOPS_TEST_ACCESS_KEY/_SECRET_KEY to canary values.
inline const QString kAk = testenv::credential(testenv::kEnvAccessKey, QStringLiteral("AKWIZARDTEST"));
inline const QString kSk = testenv::credential(testenv::kEnvSecretKey, QStringLiteral("SKwizard-test-secret-0001"));

inline std::unique_ptr<sim::Simulator> startSimulator(sim::SimOptions options)
{
    options.accessKey = kAk;
    options.secretKey = kSk;
    return test::startNotedSimulator(options, "wizard-sim");
}

inline std::unique_ptr<CloudClient> clientFor(const sim::Simulator &simulator)
{
    return std::make_unique<CloudClient>(test::signedConfigFor(simulator, kAk, kSk, "wizard-client"));
}

// The ids of the first `n` servers whose status is RUNNING (so their tasks run).
inline QStringList runningServerIds(const sim::Simulator &simulator, int n)
{
    QStringList ids;
    for (const Server &s : simulator.servers()) {
        if (s.status == QLatin1String("RUNNING"))
            ids << s.id;
        if (ids.size() == n)
            break;
    }
    return ids;
}

// Removes what an earlier test left under the test-mode app data location. The location is
// first moved under a home of this process's own: test mode alone gives every run of the same
// test binary (parallel ctest runs from other build directories) one shared folder.
inline void clearAppData()
{
    static QTemporaryDir home;
    if (home.isValid() && qgetenv("HOME") != home.path().toLocal8Bit())
        qputenv("HOME", home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    for (const QString &name : {QStringLiteral("/submission-history.jsonl"), QStringLiteral("/wizard-draft.json")}) {
        if (QFileInfo(dir + name).isDir())
            QDir(dir + name).removeRecursively();
        else
            QFile::remove(dir + name);
    }
}

} // namespace liteops::wizardtest
