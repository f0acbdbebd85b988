// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the simulator fixtures share (sim_fixture.h for the cloud, CLI and store suites,
// wizard_sim_fixture.h for the wizard's): an in-process simulator on a loopback port that
// checks AK/SK signatures, and the client settings that sign for it. Each fixture keeps its
// own default keys and its own names in the secret ledger (test_credentials.h).
#include "cloud_client.h"
#include "simulator.h"
#include "test_credentials.h"

#include <QString>
#include <memory>

namespace liteops::test {

// Starts a simulator with `options` as they are, noting its keys in the ledger as `who`
// ("cloud-sim", "wizard-sim"); a simulator that does not start ends the test run.
inline std::unique_ptr<sim::Simulator> startNotedSimulator(const sim::SimOptions &options, const char *who)
{
    testenv::noteConfigured(who, "ak", options.accessKey);
    testenv::noteConfigured(who, "sk", options.secretKey);
    auto simulator = std::make_unique<sim::Simulator>(options);
    QString error;
    if (!simulator->start(&error))
        qFatal("simulator did not start: %s", qPrintable(error));
    return simulator;
}

// Settings of a client for `simulator`: every endpoint on it, signed with `accessKey` and
// `secretKey` (noted in the ledger as `who`), short timeouts and backoff for tests.
inline ClientConfig signedConfigFor(const sim::Simulator &simulator, const QString &accessKey, const QString &secretKey,
                                    const char *who)
{
    ClientConfig c;
    const QUrl base = simulator.baseUrl();
    c.endpoints.modelArts = c.endpoints.serviceStage = c.endpoints.ief = c.endpoints.iam = base;
    c.projectId = simulator.projectId();
    c.credentials.mode = Credentials::Mode::AkSk;
    c.credentials.accessKey = accessKey;
    c.credentials.secretKey = secretKey;
    testenv::noteConfigured(who, "ak", accessKey);
    testenv::noteConfigured(who, "sk", secretKey);
    c.timeoutMs = 10000;
    c.retryBaseDelayMs = 20; // keep backoff short in tests; the maths is unit-tested
    return c;
}

} // namespace liteops::test
