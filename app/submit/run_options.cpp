// SPDX-License-Identifier: Apache-2.0
#include "run_options.h"

namespace liteops {

namespace {

const QString kWavesInFlight = QStringLiteral("waves_in_flight");
const QString kPauseMs = QStringLiteral("pause_ms");
const QString kBudgetTasks = QStringLiteral("budget_failed_tasks");
const QString kBudgetPercent = QStringLiteral("budget_failed_percent");
const QString kMaxFailed = QStringLiteral("max_failed_tasks");
const QString kWait = QStringLiteral("wait");
const QString kVerify = QStringLiteral("verify");

void readInt(const QJsonObject &o, const QString &key, int *value)
{
    if (o.value(key).isDouble())
        *value = o.value(key).toInt();
}

void readBool(const QJsonObject &o, const QString &key, bool *value)
{
    if (o.value(key).isBool())
        *value = o.value(key).toBool();
}

} // namespace

QJsonObject recordedOptions(const WaveOptions &options)
{
    return QJsonObject{{kWavesInFlight, options.wavesInFlight},
                       {kPauseMs, options.pauseBetweenWavesMs},
                       {kBudgetTasks, options.budgetFailedTasks},
                       {kBudgetPercent, options.budgetFailedPercent},
                       {kMaxFailed, options.maxFailedTasks},
                       {kWait, options.waitForWaves},
                       {kVerify, options.verify}};
}

WaveOptions continueOptions(const SubmissionRecord &record, WaveOptions base)
{
    const QJsonObject &o = record.options;
    readInt(o, kWavesInFlight, &base.wavesInFlight);
    readInt(o, kPauseMs, &base.pauseBetweenWavesMs);
    readInt(o, kBudgetTasks, &base.budgetFailedTasks);
    readInt(o, kBudgetPercent, &base.budgetFailedPercent);
    readInt(o, kMaxFailed, &base.maxFailedTasks);
    readBool(o, kWait, &base.waitForWaves);
    readBool(o, kVerify, &base.verify);
    base.gate = gateModeFromKey(record.gate);
    return base;
}

} // namespace liteops
