// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the cloud, CLI, store and secret-scan suites: an in-process simulator on a loopback
// port, a client configured for it, and a helper that waits for a call (with QSignalSpy, never a
// fixed sleep) and checks that finished() came exactly once.
#include "signed_simulator.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace liteops::test {

// The secret-leak scan sets LITEOPS_TEST_ACCESS_KEY/_SECRET_KEY to canary values.
inline const QString kAk = testenv::credential(testenv::kEnvAccessKey, QStringLiteral("AKINTEGRATION"));
inline const QString kSk = testenv::credential(testenv::kEnvSecretKey, QStringLiteral("SKintegration-secret-0001"));

inline std::unique_ptr<sim::Simulator> startSimulator(sim::SimOptions options = {})
{
    if (options.accessKey.isEmpty() && options.token.isEmpty() && options.iamUser.isEmpty() && !options.noAuth) {
        options.accessKey = kAk;
        options.secretKey = kSk;
    }
    return startNotedSimulator(options, "cloud-sim");
}

inline ClientConfig configFor(const sim::Simulator &simulator)
{
    return signedConfigFor(simulator, kAk, kSk, "cloud-client");
}

// Waits for the call, checks finished() came once, and returns its result. The test owns
// the call (auto-delete off) so the result can be read after the signal.
template <typename T>
Result<T> finish(Call<T> *call, int timeoutMs = 30000, int *finishedCount = nullptr)
{
    std::unique_ptr<Call<T>> owner(call);
    call->setAutoDelete(false);
    if (call->isFinished()) // finished while the test waited for another call
        return call->result();
    QSignalSpy spy(call, &CloudCall::finished);
    if (!spy.wait(timeoutMs))
        return CloudError::make(CloudError::Kind::Cancelled, QStringLiteral("test: no finished() in time"));
    // Give a duplicate emission a chance to show up.
    QCoreApplication::processEvents();
    if (finishedCount)
        *finishedCount = int(spy.size());
    else if (spy.size() != 1)
        qFatal("finished() emitted %d times", int(spy.size()));
    return call->result();
}

inline QString describe(const CloudError *e)
{
    return e ? QStringLiteral("%1: %2").arg(QString(CloudError::kindKey(e->kind)), e->message()) : QStringLiteral("ok");
}

} // namespace liteops::test

// Evaluates `expr` once (it usually starts a call).
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &verifyOkResult = (expr);                                                                           \
        QVERIFY2(verifyOkResult.ok(), qPrintable(liteops::test::describe(verifyOkResult.errorOrNull())));              \
    } while (false)
