// SPDX-License-Identifier: Apache-2.0
#include "fleet_jobs.h"

#include "jobcatalogue.h"

#include <QCoreApplication>

namespace liteops {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetJobs)
};

const QString kQueryType = QStringLiteral("HDK_QUERY");
const QString kUpgradeType = QStringLiteral("HDK_UPGRADE");
// How many servers a confirmation names before "…".
constexpr int kNamedServers = 5;

} // namespace

QString suggestedJobName(const QString &type, const QDateTime &now)
{
    const QString shown = type.isEmpty() ? QStringLiteral("job") : type;
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmm"));
    // Leave room for the "-w01" wave suffix the plan may add.
    return shown.left(64 - 14 - 5) + QLatin1Char('-') + stamp;
}

JobItem hdkQueryItem()
{
    return JobItem{kQueryType, {}};
}

CreateJobRequest versionQueryRequest(const QStringList &serverIds, const QDateTime &now)
{
    CreateJobRequest r;
    r.name = suggestedJobName(kQueryType, now);
    r.type = kQueryType;
    r.serverIds = serverIds;
    r.items = {hdkQueryItem()};
    return r;
}

CreateJobRequest upgradeRequest(const QStringList &serverIds, const QString &driverVersion, const QDateTime &now)
{
    CreateJobRequest r;
    r.name = suggestedJobName(kUpgradeType, now);
    r.type = kUpgradeType;
    r.serverIds = serverIds;
    for (const Template &t : JobCatalogue::builtIn()) {
        if (t.type == kUpgradeType)
            r.items = {JobCatalogue::itemFor(t)};
    }
    r.items.first().spec.insert(QStringLiteral("version"), driverVersion.trimmed());
    return r;
}

SubmissionPlan versionQueryPlan(const QStringList &serverIds, const QDateTime &now)
{
    return planSubmission(versionQueryRequest(serverIds, now), kDefaultServersPerJob);
}

WaveOptions versionQueryOptions(int pollIntervalMs)
{
    WaveOptions o;
    // A query only reads: every wave at once, and no budget to stop the others.
    o.wavesInFlight = 4;
    o.pollIntervalMs = pollIntervalMs;
    o.waitForWaves = true;
    return o;
}

bool isRunOver(WaveSubmitter::RunState state)
{
    using S = WaveSubmitter::RunState;
    return state == S::Finished || state == S::Halted || state == S::Stopped || state == S::BudgetExceeded;
}

QList<Job> createdJobsOf(const WaveSubmitter &submitter)
{
    QList<Job> out;
    for (const WaveSubmitter::Wave &w : submitter.waves()) {
        for (const QString &id : w.jobIds) {
            if (w.jobs.contains(id))
                out.append(w.jobs.value(id));
        }
    }
    return out;
}

QString firstServersText(const QStringList &names)
{
    return QStringList(names.mid(0, kNamedServers)).join(QLatin1String(", "))
           + (names.size() > kNamedServers ? QStringLiteral(", …") : QString());
}

QString versionQueryQuestion(const QStringList &names)
{
    return Tr::tr("Query the driver and firmware versions of %n server(s) (%1)?", nullptr, int(names.size()))
        .arg(firstServersText(names));
}

} // namespace liteops
