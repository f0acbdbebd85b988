// SPDX-License-Identifier: Apache-2.0
#include "world.h"

#include "seeded_random.h"
#include "simulator.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace liteops::sim {

namespace {

// Salts keep the random streams of different fields independent.
enum Salt : quint64 {
    SaltServer = 1,
    SaltServerStatus,
    SaltServerTime,
    SaltJob,
    SaltJobShape,
    SaltTask,
    SaltSettle,
    SaltOutcome,
    SaltMessage,
    SaltCreated,
    SaltMisc,
    SaltCloud,
};

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

const QString kProcessing = QStringLiteral("PROCESSING");
const QString kSuccess = QStringLiteral("SUCCESS");
const QString kFailed = QStringLiteral("FAILED");
const QString kSkipped = QStringLiteral("SKIPPED");
const QString kRunning = QStringLiteral("RUNNING");

QString kindPrefix(JobKind kind)
{
    switch (kind) {
    case JobKind::RunningUpgrade:
    case JobKind::UpgradeWithFailures:
    case JobKind::Upgrade: return QStringLiteral("software-upgrade");
    case JobKind::FleetQuery:
    case JobKind::StaleFleetQuery:
    case JobKind::Query: return QStringLiteral("software-query");
    case JobKind::DeletedLogCollect:
    case JobKind::LogCollect: return QStringLiteral("log-collect");
    case JobKind::Diagnosis: return QStringLiteral("diagnosis");
    case JobKind::SystemConfig: return QStringLiteral("system-config");
    case JobKind::Common:
    case JobKind::Created: return QStringLiteral("common");
    }
    return QStringLiteral("job");
}

QString kindType(JobKind kind)
{
    switch (kind) {
    case JobKind::RunningUpgrade:
    case JobKind::UpgradeWithFailures:
    case JobKind::Upgrade: return QStringLiteral("ASCEND_SOFTWARE_UPGRADE");
    case JobKind::FleetQuery:
    case JobKind::StaleFleetQuery:
    case JobKind::Query: return QStringLiteral("ASCEND_SOFTWARE_QUERY");
    case JobKind::DeletedLogCollect:
    case JobKind::LogCollect: return QStringLiteral("ASCEND_LOG_COLLECT");
    case JobKind::Diagnosis: return QStringLiteral("ASCEND_DIAGNOSIS");
    case JobKind::SystemConfig: return QStringLiteral("ASCEND_SYSTEM_CONFIG");
    case JobKind::Common:
    case JobKind::Created: return QStringLiteral("COMMON");
    }
    return QStringLiteral("COMMON");
}

// Which item type drives the messages of a job.
QString itemTypeOf(JobKind kind)
{
    switch (kind) {
    case JobKind::RunningUpgrade:
    case JobKind::UpgradeWithFailures:
    case JobKind::Upgrade: return QStringLiteral("HDK_UPGRADE");
    case JobKind::FleetQuery:
    case JobKind::StaleFleetQuery:
    case JobKind::Query: return QStringLiteral("HDK_QUERY");
    case JobKind::DeletedLogCollect:
    case JobKind::LogCollect: return QStringLiteral("DEVICE_LOG_COLLECT");
    case JobKind::Diagnosis: return QStringLiteral("ASCEND_DIAGNOSIS");
    case JobKind::SystemConfig:
    case JobKind::Common:
    case JobKind::Created: return QStringLiteral("COMMON");
    }
    return QStringLiteral("COMMON");
}

// Ids embed an index in the low 32 bits of their last group, scrambled by an invertible
// 32-bit permutation (xor mask, odd multiply, xor-shift) so neighbours do not look alike; a
// lookup is a parse, the inverse permutation and one regeneration to check it.
constexpr quint32 kOddMultiplier = 0x9E3779B1u;
constexpr quint32 kInverseMultiplier = 0x0E8B2F51u; // kOddMultiplier^-1 mod 2^32

quint32 scramble(quint32 index, quint32 mask)
{
    quint32 x = (index ^ mask) * kOddMultiplier;
    return x ^ (x >> 16);
}

quint32 unscramble(quint32 x, quint32 mask)
{
    x ^= x >> 16;
    return (x * kInverseMultiplier) ^ mask;
}

quint64 lowGroup(quint64 randomBits, int index, quint32 mask)
{
    return (randomBits & 0xFFFF00000000ULL) | quint64(scramble(quint32(index), mask));
}

int indexFromId(QStringView id, quint32 mask)
{
    if (id.size() != 36)
        return -1;
    bool ok = false;
    const quint64 low = id.sliced(24).toULongLong(&ok, 16);
    if (!ok)
        return -1;
    const quint32 index = unscramble(quint32(low & 0xFFFFFFFFULL), mask);
    return index > quint32(std::numeric_limits<int>::max()) ? -1 : int(index);
}

} // namespace

World::World(const SimOptions &options, qint64 startMs)
    : m_seed(options.seed), m_serverCount(qMax(1, options.servers)), m_failureRate(options.failureRate),
      m_failingNames(options.failJobNames)
{
    m_serverMask = quint32(hashOf(m_seed, SaltServer, 0xFFFF));
    m_jobMask = quint32(hashOf(m_seed, SaltJob, 0xFFFF));
    m_nameTag = hexDigits(hashOf(m_seed, SaltMisc, 1), 4);
    m_vpcId = uuidText(hashOf(m_seed, SaltMisc, 2), hashOf(m_seed, SaltMisc, 3));
    m_subnetId = uuidText(hashOf(m_seed, SaltMisc, 4), hashOf(m_seed, SaltMisc, 5));
    m_imageId = uuidText(hashOf(m_seed, SaltMisc, 6), hashOf(m_seed, SaltMisc, 7));
    // The fleet was built over the weeks before the job history starts.
    const qint64 anchor = startMs - startMs % kHour;
    m_fleetBaseMs = anchor - 60 * kDay - qint64(m_serverCount) * 10 * kMinute;
    seedTemplates();
    seedJobs(qMax(0, options.jobs), startMs);
    seedServiceStage(anchor);
    seedIef(anchor);
}

// ---- fleet ---------------------------------------------------------------------------------

QString World::serverId(int index) const
{
    const quint64 h = hashOf(m_seed, SaltServer, quint64(index));
    return uuidText(h, lowGroup(mix64(h), index, m_serverMask));
}

int World::serverIndex(QStringView id) const
{
    const int index = indexFromId(id, m_serverMask);
    if (index < 0 || index >= m_serverCount || serverId(index) != id)
        return -1;
    return index;
}

QString World::serverName(int index) const
{
    return QStringLiteral("liteserver-") + m_nameTag + QLatin1Char('-')
           + QString::number(index + 1).rightJustified(5, QLatin1Char('0'));
}

QString World::seededServerStatus(int index) const
{
    if (index == 0)
        return kRunning; // the first server is always usable
    const double u = unitOf(hashOf(m_seed, SaltServerStatus, quint64(index)));
    if (u < 0.92)
        return kRunning;
    if (u < 0.96)
        return QStringLiteral("STOPPED");
    if (u < 0.99)
        return QStringLiteral("ERROR");
    return QStringLiteral("REBOOT_FAILED");
}

qint64 World::serverCreatedMs(int index) const
{
    return m_fleetBaseMs + qint64(index) * 10 * kMinute
           + qint64(hashOf(m_seed, SaltServerTime, quint64(index)) % 60000);
}

qint64 World::serverUpdatedMs(int index) const
{
    return serverCreatedMs(index) + 1000
           + qint64(hashOf(m_seed, SaltServerTime, quint64(index), 1) % quint64(40 * kDay));
}

StringPairs World::cloudServerOf(int index) const
{
    const quint64 h = hashOf(m_seed, SaltCloud, quint64(index));
    const int shape = index % 10;
    StringPairs out;
    out.reserve(4);
    if (shape >= 7 && shape < 9) {
        out.append({QStringLiteral("hps_ecs_id"), uuidText(mix64(h ^ 4), mix64(h ^ 5))});
        out.append({QStringLiteral("hps_id"), uuidText(mix64(h ^ 2), mix64(h ^ 3))});
        out.append({QStringLiteral("id"), uuidText(h, mix64(h ^ 1))});
        out.append({QStringLiteral("type"), QStringLiteral("HPS")});
    } else {
        out.append({QStringLiteral("id"), uuidText(h, mix64(h ^ 1))});
        out.append({QStringLiteral("type"), shape == 9 ? QStringLiteral("ECS") : QStringLiteral("BMS")});
    }
    return out;
}

Server World::server(int index, qint64 nowMs) const
{
    Server s;
    s.id = serverId(index);
    s.name = serverName(index);
    s.status = serverStatus(index, nowMs);
    const quint64 h = hashOf(m_seed, SaltCloud, quint64(index));
    const bool snt9c = (h >> 8) % 4 == 0;
    s.flavor = snt9c ? QStringLiteral("ascend-snt9c.48xlarge.16") : QStringLiteral("ascend-snt9b.48xlarge.8");
    const int shape = index % 10;
    s.category = shape < 7 ? QStringLiteral("SERVER") : shape < 9 ? QStringLiteral("HPS") : QStringLiteral("SPOD");
    for (const auto &[key, value] : cloudServerOf(index))
        s.cloudServer.insert(key, value);
    s.privateIps.append(QStringLiteral("192.168.%1.%2").arg(index / 250).arg(index % 250 + 2));
    s.vpcId = m_vpcId;
    s.subnetId = m_subnetId;
    s.imageArch = QStringLiteral("aarch64");
    s.imageId = m_imageId;
    s.createdAtMs = serverCreatedMs(index);
    s.updatedAtMs = serverUpdatedMs(index);
    return s;
}

// ---- jobs: seeding -------------------------------------------------------------------------

void World::seedJobs(int count, qint64 startMs)
{
    m_jobs.reserve(size_t(count) + 64);
    // The history ends before the running job started (startMs - 10 min), on a whole hour so
    // its times stay the same for an hour of restarts.
    const qint64 historyEnd = startMs - 11 * kMinute;
    const qint64 anchor = historyEnd - historyEnd % kHour;
    const qint64 spacing = qMax<qint64>(kMinute, 30 * kDay / qMax(1, count));
    static constexpr JobKind specials[] = {JobKind::RunningUpgrade, JobKind::UpgradeWithFailures, JobKind::FleetQuery,
                                           JobKind::DeletedLogCollect};
    static constexpr JobKind ordinary[] = {JobKind::Upgrade,     JobKind::Upgrade,   JobKind::Query,
                                           JobKind::LogCollect,  JobKind::Diagnosis, JobKind::Common,
                                           JobKind::SystemConfig};
    const std::pair<int, int> staleQueried = staleQueriedServers();
    const int staleQueryAt = int(qMax<qint64>(4, (10 * kDay + spacing - 1) / spacing));
    for (int i = 0; i < count; ++i) {
        const quint64 h = hashOf(m_seed, SaltJobShape, quint64(i));
        JobRecord r;
        r.kind = i < 4 ? specials[i] : ordinary[h % std::size(ordinary)];
        if (i == staleQueryAt && staleQueried.second > 0)
            r.kind = JobKind::StaleFleetQuery; // the first job over ten days old
        r.createdMs = anchor - qint64(i) * spacing - qint64((h >> 16) % quint64(spacing / 2 + 1));
        r.settleSpanMs = rangeOf(mix64(h), 1, 10) * kMinute;
        r.firstServer = quint32((h >> 24) % quint64(m_serverCount));
        r.serverCount = quint32(rangeOf(mix64(h ^ 7), 1, qMin(m_serverCount, 50)));
        r.visible = i < 4 || i == staleQueryAt || unitOf(mix64(h ^ 9)) >= 0.05;
        switch (r.kind) {
        case JobKind::StaleFleetQuery:
            // The only query the stale tail ever had.
            r.firstServer = quint32(staleQueried.first);
            r.serverCount = quint32(staleQueried.second);
            break;
        case JobKind::RunningUpgrade:
            // Started ten minutes before the simulator: about a fifth of its tasks are done,
            // the rest finish over the next 14 minutes.
            r.createdMs = startMs - 10 * kMinute;
            r.settleSpanMs = 24 * kMinute;
            r.firstServer = 0;
            r.serverCount = quint32(qMin(m_serverCount, 48));
            break;
        case JobKind::UpgradeWithFailures: r.serverCount = quint32(qMin(m_serverCount, 50)); break;
        case JobKind::FleetQuery:
            r.firstServer = 0;
            r.serverCount = quint32(m_serverCount);
            break;
        case JobKind::Query:
            // Ordinary queries stay off the stale and unknown tails.
            r.firstServer %= quint32(queriedServerCount());
            r.serverCount = qMin(r.serverCount, quint32(queriedServerCount()) - r.firstServer);
            break;
        case JobKind::DeletedLogCollect:
            r.serverCount = quint32(qMin(m_serverCount, 8));
            r.deletedAtMs = r.createdMs + r.settleSpanMs + kHour;
            break;
        default: break;
        }
        m_jobs.push_back(r);
    }
    m_seededJobs = count;
}

void World::seedTemplates()
{
    const auto id = [this](int n) {
        return uuidText(hashOf(m_seed, SaltMisc, 100 + n), hashOf(m_seed, SaltMisc, 200 + n));
    };
    const QString versionRegex = QStringLiteral("^[0-9]+\\.[0-9]+\\.(rc[0-9]+\\.)?[0-9]+(\\.[0-9]+)*$");
    m_templates = {
        Template{id(0),
                 QStringLiteral("hdk-upgrade"),
                 QStringLiteral("Upgrade the Ascend HDK (NPU driver and firmware) to the given version."),
                 QStringLiteral("HDK_UPGRADE"),
                 QStringLiteral("ASCEND_SNT9B"),
                 {TemplateParam{QStringLiteral("version"), QStringLiteral("Target HDK version, e.g. 24.1.rc3.10"),
                                QStringLiteral("24.1.rc3.10"), true, versionRegex},
                  TemplateParam{QStringLiteral("upgrade_mode"), QStringLiteral("online or offline package source"),
                                QStringLiteral("offline"), false, QStringLiteral("^(online|offline)$")}},
                 {}},
        Template{id(1),
                 QStringLiteral("hdk-query"),
                 QStringLiteral("Report the NPU driver and firmware versions of each server."),
                 QStringLiteral("HDK_QUERY"),
                 QStringLiteral("ASCEND_GENERIC"),
                 {},
                 {}},
        Template{id(2),
                 QStringLiteral("device-log-collect"),
                 QStringLiteral("Collect device logs and upload them to OBS."),
                 QStringLiteral("DEVICE_LOG_COLLECT"),
                 QStringLiteral("ASCEND_GENERIC"),
                 {TemplateParam{QStringLiteral("log_type"), QStringLiteral("npu, os or all"), QStringLiteral("npu"),
                                true, QStringLiteral("^(npu|os|all)$")},
                  TemplateParam{QStringLiteral("days"), QStringLiteral("How many days of logs (1-30)"),
                                QStringLiteral("3"), true, QStringLiteral("^([1-9]|[12][0-9]|30)$")}},
                 {}},
        Template{id(3),
                 QStringLiteral("ascend-diagnosis"),
                 QStringLiteral("Run the Ascend hardware diagnosis."),
                 QStringLiteral("ASCEND_DIAGNOSIS"),
                 QStringLiteral("ASCEND_SNT9C"),
                 {TemplateParam{QStringLiteral("level"), QStringLiteral("basic or full"), QStringLiteral("basic"), true,
                                QStringLiteral("^(basic|full)$")}},
                 {}},
    };
}

QString World::templateIdFor(const QString &itemType) const
{
    for (const Template &t : m_templates) {
        if (t.type == itemType)
            return t.id;
    }
    return {};
}

// ---- jobs: identity ------------------------------------------------------------------------

quint64 World::jobKey(int record) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    return r.createdIndex >= 0 ? hashOf(m_seed, SaltCreated, quint64(r.createdIndex))
                               : hashOf(m_seed, SaltJob, quint64(record));
}

QString World::jobId(int record) const
{
    const quint64 h = jobKey(record);
    return uuidText(h, lowGroup(mix64(h), record, m_jobMask));
}

int World::recordIndex(QStringView id) const
{
    const int index = indexFromId(id, m_jobMask);
    if (index < 0 || index >= jobCount() || jobId(index) != id)
        return -1;
    return index;
}

int World::recordAtPosition(int position) const
{
    const int created = int(m_created.size());
    return position < created ? m_seededJobs + (created - 1 - position) : position - created;
}

QString World::jobName(int record) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    if (r.createdIndex >= 0)
        return m_created[r.createdIndex].request.name;
    return kindPrefix(r.kind) + QLatin1Char('-') + hexDigits(jobKey(record) >> 7, 4);
}

QString World::jobType(int record) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    if (r.createdIndex >= 0)
        return reportedJobType(m_created[r.createdIndex].request.type);
    return kindType(r.kind);
}

QString World::reportedJobType(const QString &requestedType)
{
    if (requestedType == QLatin1String("HDK_UPGRADE"))
        return QStringLiteral("ASCEND_SOFTWARE_UPGRADE");
    if (requestedType == QLatin1String("HDK_QUERY"))
        return QStringLiteral("ASCEND_SOFTWARE_QUERY");
    if (requestedType == QLatin1String("DEVICE_LOG_COLLECT"))
        return QStringLiteral("ASCEND_LOG_COLLECT");
    return requestedType;
}

QList<JobItem> World::jobItems(int record) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    if (r.createdIndex >= 0)
        return m_created[r.createdIndex].request.items;
    JobItem item{itemTypeOf(r.kind), {}};
    const quint64 h = jobKey(record);
    if (item.type == QLatin1String("HDK_UPGRADE"))
        item.spec.insert(QStringLiteral("version"),
                         h % 3 == 0 ? QStringLiteral("24.1.0.3") : QStringLiteral("24.1.rc3.10"));
    else if (item.type == QLatin1String("DEVICE_LOG_COLLECT"))
        item.spec = {{QStringLiteral("log_type"), QStringLiteral("npu")},
                     {QStringLiteral("days"), QStringLiteral("3")}};
    else if (item.type == QLatin1String("ASCEND_DIAGNOSIS"))
        item.spec.insert(QStringLiteral("level"), h % 2 ? QStringLiteral("full") : QStringLiteral("basic"));
    else if (item.type == QLatin1String("COMMON"))
        item.spec.insert(QStringLiteral("command"), QStringLiteral("npu-smi info -t health"));
    return {item};
}

// ---- jobs: lifecycle -----------------------------------------------------------------------

int World::taskCount(const JobRecord &r) const
{
    return r.createdIndex >= 0 ? int(m_created[r.createdIndex].servers.size()) : int(r.serverCount);
}

int World::serverOfTask(const JobRecord &r, int position) const
{
    if (r.createdIndex >= 0)
        return m_created[r.createdIndex].servers[position];
    return int((r.firstServer + quint32(position)) % quint32(m_serverCount));
}

qint64 World::settleAt(int record, int position) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    const double u = unitOf(hashOf(jobKey(record), SaltSettle, quint64(position)));
    return r.createdMs + qint64(double(r.settleSpanMs) * (0.25 + 0.75 * u));
}

double World::failureProbability(const JobRecord &r) const
{
    switch (r.kind) {
    case JobKind::Created:
        if (!m_failingNames.pattern().isEmpty()
            && m_failingNames.match(m_created[r.createdIndex].request.name).hasMatch())
            return 1.0;
        return m_failureRate;
    case JobKind::UpgradeWithFailures: return qMin(0.5, 6.0 / qMax(1.0, double(r.serverCount)));
    case JobKind::RunningUpgrade: return 0.05;
    case JobKind::FleetQuery: return 0.01;
    case JobKind::StaleFleetQuery: return 0.0;
    default: return 0.03;
    }
}

bool World::taskFails(int record, int position, int server) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    if (unitOf(hashOf(jobKey(record), SaltOutcome, quint64(position))) < failureProbability(r))
        return true;
    // The fleet query reaches every server, but fails on the two tails: one never answered a
    // query, the other only the stale one.
    if (r.kind == JobKind::FleetQuery && server >= queriedServerCount())
        return true;
    // Flaky servers fail most of their tasks on top of that, except where a test asked for
    // no failures at all (--failure-rate 0) or where a query must leave versions behind.
    if (!serverFlaky(server) || r.kind == JobKind::StaleFleetQuery
        || (r.kind == JobKind::Created && m_failureRate <= 0.0))
        return false;
    return unitOf(hashOf(jobKey(record), SaltOutcome, quint64(position), 1)) < 0.6;
}

World::TaskOutcome World::taskOutcome(int record, int position, qint64 nowMs, const QList<JobItem> &items,
                                      QString *message) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    const int server = serverOfTask(r, position);
    TaskOutcome out;
    out.updatedMs = settleAt(record, position);
    if (nowMs < out.updatedMs) {
        out.status = kProcessing;
        out.updatedMs = r.createdMs + 30;
        if (message)
            *message = QString();
        return out;
    }
    out.settled = true;
    const QString serverState = serverStatus(server, r.createdMs);
    if (serverState != kRunning) {
        out.status = kSkipped;
        if (message)
            *message = QStringLiteral("server status is %1, task skipped").arg(serverState);
        return out;
    }
    const bool failed = taskFails(record, position, server);
    out.status = failed ? kFailed : kSuccess;
    if (message)
        *message = failed ? failureMessage(record, position, items) : successMessage(record, server, items);
    return out;
}

QString World::successMessage(int record, int server, const QList<JobItem> &items) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    const QString itemType = items.isEmpty() ? QStringLiteral("COMMON") : items.first().type;
    if (itemType == QLatin1String("HDK_QUERY")) {
        const ServerVersions v = serverVersions(server, r.createdMs);
        return QStringLiteral("Driver: %1 | Firmware: %2").arg(v.driver, v.firmware);
    }
    if (itemType == QLatin1String("HDK_UPGRADE"))
        return QStringLiteral("HDK upgraded to %1")
            .arg(items.first().spec.value(QStringLiteral("version"), QStringLiteral("24.1.rc3.10")));
    if (itemType == QLatin1String("DEVICE_LOG_COLLECT")) {
        const QString day =
            QDateTime::fromMSecsSinceEpoch(r.createdMs, QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd"));
        return QStringLiteral("logs uploaded to obs://liteops-logs/%1/npu-logs-%2.tar.gz").arg(serverName(server), day);
    }
    if (itemType == QLatin1String("ASCEND_DIAGNOSIS"))
        return QStringLiteral("diagnosis passed: 8 NPUs healthy");
    return QStringLiteral("exit code 0");
}

QString World::failureMessage(int record, int position, const QList<JobItem> &items) const
{
    if (const int server = serverOfTask(m_jobs[size_t(record)], position); serverFlaky(server))
        return flakyMessage(server);
    const quint64 h = hashOf(jobKey(record), SaltMessage, quint64(position));
    const QString itemType = items.isEmpty() ? QStringLiteral("COMMON") : items.first().type;
    if (itemType == QLatin1String("HDK_UPGRADE")) {
        // Four message shapes with varying numbers inside: what error clustering is for.
        switch (position % 4) {
        case 0: return QStringLiteral("upgrade npu driver failed: disk /var full (%1%)").arg(rangeOf(h, 95, 99));
        case 1:
            return QStringLiteral("firmware upgrade of device %1 timed out after %2s")
                .arg(rangeOf(h, 0, 7))
                .arg(rangeOf(h >> 8, 300, 900));
        case 2:
            return QStringLiteral("npu-smi exited with code %1: card %2 not found")
                .arg(rangeOf(h, 1, 3))
                .arg(rangeOf(h >> 8, 0, 7));
        default:
            return QStringLiteral("download package failed: connection to 192.168.%1.%2:443 refused")
                .arg(rangeOf(h, 0, 255))
                .arg(rangeOf(h >> 8, 1, 254));
        }
    }
    if (itemType == QLatin1String("HDK_QUERY"))
        return QStringLiteral("npu-smi info timed out after %1s").arg(rangeOf(h, 10, 60));
    if (itemType == QLatin1String("DEVICE_LOG_COLLECT"))
        return QStringLiteral("log collection failed: only %1 MB free in /var/log").arg(rangeOf(h, 1, 19));
    if (itemType == QLatin1String("ASCEND_DIAGNOSIS"))
        return QStringLiteral("device %1 HBM ECC errors: %2 uncorrectable")
            .arg(rangeOf(h, 0, 7))
            .arg(rangeOf(h >> 8, 1, 64));
    return QStringLiteral("command exited with code %1").arg(rangeOf(h, 1, 127));
}

bool World::jobMaybeRunning(int record, qint64 nowMs) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    return r.deletedAtMs == 0 && nowMs < r.createdMs + r.settleSpanMs;
}

QString World::jobStatus(int record, qint64 nowMs) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    if (r.deletedAtMs != 0)
        return QStringLiteral("DELETED");
    if (!jobMaybeRunning(record, nowMs))
        return QStringLiteral("FINISHED");
    const int n = taskCount(r);
    for (int p = 0; p < n; ++p) {
        if (nowMs < settleAt(record, p))
            return kProcessing;
    }
    return QStringLiteral("FINISHED");
}

Job World::job(int record, qint64 nowMs, bool withTasks) const
{
    const JobRecord &r = m_jobs[size_t(record)];
    Job job;
    job.provider = Provider::ModelArts;
    job.id = jobId(record);
    job.name = jobName(record);
    job.type = jobType(record);
    job.userName = QStringLiteral("modelarts_user");
    job.createdAtMs = r.createdMs;
    const quint64 h = jobKey(record);
    if (r.createdIndex >= 0)
        job.description = m_created[r.createdIndex].request.description;
    else if (h % 5 == 0)
        job.description = QStringLiteral("POC");
    job.items = jobItems(record);
    job.templateId = templateIdFor(job.items.isEmpty() ? QString() : job.items.first().type);

    const int n = taskCount(r);
    int failed = 0;
    bool running = false;
    qint64 updated = r.createdMs;
    if (withTasks)
        job.tasks.reserve(n);
    QString message;
    for (int p = 0; p < n; ++p) {
        const TaskOutcome o = taskOutcome(record, p, nowMs, job.items, withTasks ? &message : nullptr);
        running = running || !o.settled;
        failed += o.status == kFailed ? 1 : 0;
        updated = qMax(updated, o.updatedMs);
        if (!withTasks)
            continue;
        const int serverIdx = serverOfTask(r, p);
        const QString sid = serverId(serverIdx);
        const QString sname = serverName(serverIdx);
        const quint64 th = hashOf(h, SaltTask, quint64(p));
        // Like the service: the task id starts with the job id and ends with the server id.
        const QString tid = job.id.left(8) + QLatin1Char('-') + hexDigits(th, 4) + QLatin1String("-4")
                            + hexDigits(th >> 16, 3) + QLatin1Char('-') + hexDigits(0x8 | ((th >> 28) & 3), 1)
                            + hexDigits(th >> 32, 3) + QLatin1Char('-') + sid.right(12);
        const StringPairs cloud = cloudServerOf(serverIdx);
        Task::Builder b;
        b.id(tid).targetId(sid).targetName(sname).message(message);
        for (const auto &[key, value] : cloud)
            b.addCloudServer(key, value);
        b.status(o.status).createdAtMs(r.createdMs + 31).updatedAtMs(o.updatedMs);
        job.tasks.append(b.build());
    }
    if (r.deletedAtMs != 0) {
        job.status = QStringLiteral("DELETED");
        updated = qMax(updated, r.deletedAtMs);
    } else {
        job.status = running ? kProcessing : QStringLiteral("FINISHED");
    }
    job.state = stateFromStatus(job.status);
    job.abnormalCount = failed;
    job.updatedAtMs = updated;
    return job;
}

ServerVersions currentHdk()
{
    return {QStringLiteral("24.1.0.3"), QStringLiteral("7.5.0.5.220")};
}

ServerVersions World::serverVersions(int index, qint64 atMs) const
{
    // Most of the fleet is on the current HDK, an eighth on the one before, a few on a
    // release candidate.
    const double u = unitOf(hashOf(m_seed, SaltMessage, quint64(index), 77));
    ServerVersions v;
    if (u < 0.12)
        v = {QStringLiteral("23.0.6"), QStringLiteral("7.1.0.11.220")};
    else if (u < 0.2)
        v = {QStringLiteral("24.1.RC2"), QStringLiteral("7.3.0.1.231")};
    else
        v = currentHdk();
    // An upgrade created through the API that succeeded before `atMs` set the driver to the
    // version it asked for.
    if (!m_upgradesByServer.isEmpty()) {
        if (const QString upgraded = upgradedDriver(index, atMs); !upgraded.isEmpty())
            v.driver = upgraded;
    }
    return v;
}

QString World::upgradedDriver(int server, qint64 atMs) const
{
    if (m_staleDrivers.contains(server))
        return {};
    const QList<int> records = m_upgradesByServer.value(server);
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        const JobRecord &u = m_jobs[size_t(*it)];
        if (u.createdMs > atMs || u.deletedAtMs != 0)
            continue;
        const CreatedJob &created = m_created[u.createdIndex];
        const int position = int(created.servers.indexOf(server));
        const TaskOutcome outcome = taskOutcome(*it, position, atMs, created.request.items, nullptr);
        if (outcome.settled && outcome.status == kSuccess)
            return created.request.items.first().spec.value(QStringLiteral("version"));
    }
    return {};
}

int World::createJob(const CreateJobRequest &request, const QList<int> &servers, qint64 nowMs, int taskDurationMs)
{
    if (!request.items.isEmpty() && request.items.first().type == QLatin1String("HDK_UPGRADE")
        && !request.items.first().spec.value(QStringLiteral("version")).isEmpty()) {
        for (int server : servers)
            m_upgradesByServer[server].append(int(m_jobs.size()));
    }
    JobRecord r;
    r.kind = JobKind::Created;
    r.createdMs = nowMs;
    r.settleSpanMs = qMax(1, taskDurationMs);
    r.createdIndex = int(m_created.size());
    r.serverCount = quint32(servers.size());
    m_created.append(CreatedJob{request, servers});
    m_jobs.push_back(r);
    return int(m_jobs.size()) - 1;
}

void World::deleteJob(int record, qint64 nowMs)
{
    JobRecord &r = m_jobs[size_t(record)];
    if (r.deletedAtMs == 0)
        r.deletedAtMs = qMax<qint64>(1, nowMs);
}

// ---- ServiceStage and IEF ------------------------------------------------------------------

void World::seedServiceStage(qint64 anchorMs)
{
    static const char *steps[] = {"VMAPP_CONTEXT_PREPARE", "VMAPP_DOWNLOAD_PACKAGE", "VMAPP_STOP_INSTANCE",
                                  "VMAPP_UPGRADE",         "VMAPP_START_INSTANCE",   "VMAPP_HEALTH_CHECK"};
    struct Shape
    {
        const char *status;
        const char *type;
        int tasks;
    };
    static constexpr Shape shapes[] = {{"SUCCEEDED", "PROVISION", 6},
                                       {"FAILED", "UPGRADE", 24},
                                       {"RUNNING", "UPGRADE", 120}};
    for (int j = 0; j < int(std::size(shapes)); ++j) {
        const quint64 h = hashOf(m_seed, SaltMisc, 300 + j);
        Job job;
        job.provider = Provider::ServiceStage;
        job.id = QStringLiteral("JOB") + uuidText(h, mix64(h));
        job.type = QLatin1String(shapes[j].type);
        job.status = QLatin1String(shapes[j].status);
        job.state = stateFromStatus(job.status);
        job.createdAtMs = anchorMs - (j + 1) * 3 * kHour;
        job.extras.insert(QStringLiteral("order_id"), hexDigits(mix64(h ^ 1), 32));
        job.extras.insert(QStringLiteral("service_instance_id"), uuidText(mix64(h ^ 2), mix64(h ^ 3)));
        const int n = shapes[j].tasks;
        const int failAt = n / 2;
        const int runningAt = n / 3;
        for (int i = 0; i < n; ++i) {
            const quint64 th = hashOf(h, SaltTask, quint64(i));
            QString status = QStringLiteral("SUCCEEDED");
            QString messages = QStringLiteral("{}");
            if (j == 1 && i == failAt) {
                status = QStringLiteral("FAILED");
                messages = QStringLiteral("{\"error\":\"health check of instance %1 failed after %2 retries\"}")
                               .arg(hexDigits(th, 8))
                               .arg(rangeOf(th >> 8, 3, 9));
            } else if (j == 1 && i > failAt) {
                status = QStringLiteral("SKIPPED");
            } else if (j == 2 && i == runningAt) {
                status = QStringLiteral("RUNNING");
            } else if (j == 2 && i > runningAt) {
                status = QStringLiteral("SUBMITTED");
            }
            const qint64 created = job.createdAtMs + qint64(i) * 1500;
            const QString name = QStringLiteral("%1_%2")
                                     .arg(QLatin1String(steps[i % std::size(steps)]))
                                     .arg(i / int(std::size(steps)) + 1, 2, 10, QLatin1Char('0'));
            // Task::Builder keeps views: every string must outlive build().
            const QString taskId = QStringLiteral("Task-") + uuidText(th, mix64(th));
            Task::Builder b;
            b.id(taskId)
                .name(name)
                .message(messages)
                .status(status)
                .createdAtMs(created)
                .updatedAtMs(created + rangeOf(th >> 4, 5, 1400))
                .index(i + 1);
            job.tasks.append(b.build());
        }
        job.updatedAtMs = job.tasks.isEmpty() ? job.createdAtMs : job.tasks.last().updatedAtMs();
        job.reportedTotal = n;
        m_serviceStage.append(job);
    }
}

void World::seedIef(qint64 anchorMs)
{
    struct Shape
    {
        const char *type;
        const char *target;
        const char *status;
        int nodes;
    };
    static constexpr Shape shapes[] = {{"node_upgrade", "node", "Failed", 10},
                                       {"deployment_deploy", "node", "Successful", 2},
                                       {"deployment_upgrade", "node_group", "Processing", 6}};
    for (int j = 0; j < int(std::size(shapes)); ++j) {
        const quint64 h = hashOf(m_seed, SaltMisc, 400 + j);
        Job job;
        job.provider = Provider::Ief;
        job.id = uuidText(h, mix64(h));
        job.name = QStringLiteral("edge-%1-%2").arg(QLatin1String(shapes[j].type).left(4), hexDigits(h >> 9, 4));
        job.type = QLatin1String(shapes[j].type);
        job.status = QLatin1String(shapes[j].status);
        job.state = stateFromStatus(job.status);
        job.description = j == 0 ? QStringLiteral("edge node OS upgrade") : QString();
        // IEF times are epoch seconds.
        job.createdAtMs = (anchorMs - (j + 1) * 5 * kHour) / 1000 * 1000;
        job.extras.insert(QStringLiteral("target_type"), QLatin1String(shapes[j].target));
        job.extras.insert(QStringLiteral("task_data"),
                          QStringLiteral(
                              "{\"deployment\":{\"replicas\":1},\"source\":\"userdefined\",\"name_prex\":\"%1\"}")
                              .arg(job.name));
        int failed = 0, succeeded = 0;
        for (int i = 0; i < shapes[j].nodes; ++i) {
            const quint64 th = hashOf(h, SaltTask, quint64(i));
            QString status = QStringLiteral("Successful");
            QString reason;
            if (j == 0 && i % 4 == 1) {
                status = QStringLiteral("Failed");
                reason = QStringLiteral("node edge-node-%1 is offline").arg(i + 1, 2, 10, QLatin1Char('0'));
            } else if (j == 2 && i >= 2) {
                status = QStringLiteral("Processing");
            }
            failed += status == QLatin1String("Failed") ? 1 : 0;
            succeeded += status == QLatin1String("Successful") ? 1 : 0;
            const QString target = uuidText(mix64(th ^ 11), mix64(th ^ 12));
            // Task::Builder keeps views: every string must outlive build().
            const QString taskId = uuidText(th, mix64(th));
            const QString taskName = job.name + QLatin1Char('-') + hexDigits(th >> 20, 5);
            const QString nodeName = QStringLiteral("edge-node-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            Task::Builder b;
            b.id(taskId)
                .name(taskName)
                .targetId(target)
                .targetName(nodeName)
                .message(reason)
                .status(status)
                .createdAtMs(job.createdAtMs + (16 + i) * 1000)
                .extras({{QStringLiteral("deployment_id"), uuidText(mix64(th ^ 13), mix64(th ^ 14))}});
            job.tasks.append(b.build());
        }
        job.updatedAtMs = job.createdAtMs + 21000;
        job.reportedTotal = int(job.tasks.size());
        // The deployment job reproduces the seed document's swapped counts.
        job.reportedFailed = j == 1 ? succeeded : failed;
        job.reportedSucceeded = j == 1 ? failed : succeeded;
        m_ief.append(job);
    }
}

} // namespace liteops::sim
