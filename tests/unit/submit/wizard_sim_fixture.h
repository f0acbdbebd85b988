#pragma once
// Shared by the wizard tests: an in-process simulator on a loopback port and a CloudClient
// signed for it. Test mode for QStandardPaths keeps history and drafts out of user data.
#include "../../reliability/secrets/test_credentials.h"
#include "cloud_client.h"
#include "simulator.h"

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
    testenv::noteConfigured("wizard-sim", "ak", kAk);
    testenv::noteConfigured("wizard-sim", "sk", kSk);
    auto simulator = std::make_unique<sim::Simulator>(options);
    QString error;
    if (!simulator->start(&error))
        qFatal("simulator did not start: %s", qPrintable(error));
    return simulator;
}

inline std::unique_ptr<CloudClient> clientFor(const sim::Simulator &simulator)
{
    ClientConfig c;
    const QUrl base = simulator.baseUrl();
    c.endpoints.modelArts = c.endpoints.serviceStage = c.endpoints.ief = c.endpoints.iam = base;
    c.projectId = simulator.projectId();
    c.credentials.mode = Credentials::Mode::AkSk;
    c.credentials.accessKey = kAk;
    c.credentials.secretKey = kSk;
    testenv::noteConfigured("wizard-client", "ak", kAk);
    testenv::noteConfigured("wizard-client", "sk", kSk);
    c.timeoutMs = 10000;
    c.retryBaseDelayMs = 20;
    return std::make_unique<CloudClient>(c);
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
