// SPDX-License-Identifier: Apache-2.0
#pragma once
// The simulator's truth: a fleet of servers, a ModelArts job history, templates, and a few
// ServiceStage and IEF jobs, all derived from --seed.
//
// Why lazy: 20,000 servers and 100,000 jobs would cost hundreds of MB as Job/Server values.
// A job is a 40-byte record; its ids, names and every task (server, outcome, message, times)
// are recomputed from the seed when asked for. Ids embed their index (xor a seed mask) in the
// last UUID group, so looking one up needs no hash table and is checked by regenerating it.
#include "core/types.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <vector>

namespace liteops::sim {

struct SimOptions;

enum class JobKind : quint8 {
    RunningUpgrade,      // in progress while the simulator runs
    UpgradeWithFailures, // finished, a handful of servers failed with 3-4 message shapes
    FleetQuery,          // recent HDK query over the fleet; fails on the stale and unknown tails
    StaleFleetQuery,     // the only HDK query of the stale tail, over a week old
    DeletedLogCollect,   // a deleted job
    Upgrade,
    Query,
    LogCollect,
    Diagnosis,
    Common,
    SystemConfig,
    Created, // created through the API
};

enum class ServerAction : quint8 { Reboot, Start, Stop };

// The driver and firmware an HDK_QUERY reports for one server.
struct ServerVersions
{
    QString driver;
    QString firmware;
};

// The HDK most of the simulated fleet runs: the sandbox's default compliance target, so its
// Fleet page shows compliant and outdated servers on first start.
ServerVersions currentHdk();

class World
{
public:
    World(const SimOptions &options, qint64 startMs);

    // Fleet
    int serverCount() const { return m_serverCount; }
    Server server(int index, qint64 nowMs) const;
    // The task's copy of a server's cloud_server map, in the service's key order.
    StringPairs cloudServerOf(int index) const;
    QString serverId(int index) const;
    QString serverName(int index) const;
    // The status at `atMs`: the seeded one, then every server action before it (an action
    // shows its transitional status, e.g. REBOOTING, for the action duration).
    QString serverStatus(int index, qint64 atMs) const;
    int serverIndex(QStringView id) const; // -1 when unknown
    qint64 serverCreatedMs(int index) const;
    qint64 serverUpdatedMs(int index) const;
    // What the server runs at `atMs`: its seeded HDK unless an upgrade created through the
    // API succeeded on it before then.
    ServerVersions serverVersions(int index, qint64 atMs) const;
    // Flaky servers fail often, always with the same message.
    bool serverFlaky(int index) const;
    QString flakyMessage(int index) const;
    // Which servers no HDK query ever succeeded on, and which only one over a week old did
    // ([first, first + count) each; empty in worlds under 8 servers).
    std::pair<int, int> unqueriedServers() const;
    std::pair<int, int> staleQueriedServers() const;

    // Server actions: the status that refuses `action` now, or empty when it was accepted
    // (and the server moves through its transitional status for `durationMs`).
    QString applyServerAction(int index, ServerAction action, qint64 nowMs);
    void setServerActionDurationMs(int ms) { m_actionDurationMs = qMax(1, ms); }

    // ModelArts jobs. A position is the place in the list (newest first); a record index is
    // stable for the life of the simulator.
    int jobCount() const { return int(m_jobs.size()); }
    int recordAtPosition(int position) const;
    int recordIndex(QStringView id) const; // -1 when unknown
    QString jobId(int record) const;
    QString jobName(int record) const;
    QString jobType(int record) const;
    bool jobVisible(int record) const { return m_jobs[size_t(record)].visible; }
    bool jobDeleted(int record) const { return m_jobs[size_t(record)].deletedAtMs != 0; }
    // True while some task may still be running at `nowMs`; cheap (no task is built).
    bool jobMaybeRunning(int record, qint64 nowMs) const;
    QString jobStatus(int record, qint64 nowMs) const; // PROCESSING, FINISHED or DELETED
    // The job at `nowMs`; without tasks it is a list row (abnormal_count still counted).
    Job job(int record, qint64 nowMs, bool withTasks) const;

    int createJob(const CreateJobRequest &request, const QList<int> &servers, qint64 nowMs, int taskDurationMs);
    // Every task of a created job whose name matches fails (a test's "this wave goes bad");
    // an empty pattern turns it off.
    void setFailingJobNames(const QRegularExpression &pattern) { m_failingNames = pattern; }
    void deleteJob(int record, qint64 nowMs);
    // Upgrades on these servers report success but leave the driver as it was (a test's
    // "the upgrade did not really take"). Empty turns it off.
    void setStaleDriverServers(const QSet<int> &servers) { m_staleDrivers = servers; }

    const QList<Template> &templates() const { return m_templates; }
    const QList<Job> &serviceStageJobs() const { return m_serviceStage; }
    const QList<Job> &iefJobs() const { return m_ief; }

    // HDK_UPGRADE -> ASCEND_SOFTWARE_UPGRADE and so on: the type the service reports.
    static QString reportedJobType(const QString &requestedType);

private:
    struct JobRecord
    {
        qint64 createdMs = 0;
        qint64 settleSpanMs = 0; // tasks settle between 25% and 100% of it after creation
        qint64 deletedAtMs = 0;  // 0: not deleted
        quint32 firstServer = 0;
        quint32 serverCount = 0;
        qint32 createdIndex = -1; // into m_created
        JobKind kind = JobKind::Common;
        bool visible = true;
    };
    struct CreatedJob
    {
        CreateJobRequest request;
        QList<int> servers;
    };
    struct TaskOutcome
    {
        QString status; // PROCESSING, SUCCESS, FAILED, SKIPPED
        qint64 updatedMs = 0;
        bool settled = false;
    };

    int serverOfTask(const JobRecord &r, int position) const;
    int taskCount(const JobRecord &r) const;
    qint64 settleAt(int record, int position) const;
    // Status and (when `message` is not null) message of one task at `nowMs`.
    TaskOutcome taskOutcome(int record, int position, qint64 nowMs, const QList<JobItem> &items,
                            QString *message) const;
    QString successMessage(int record, int server, const QList<JobItem> &items) const;
    // The driver version an HDK_UPGRADE created through the API left on `server` by `atMs`
    // (the version its spec asked for, from its task that succeeded last); empty: none did.
    QString upgradedDriver(int server, qint64 atMs) const;
    QString seededServerStatus(int index) const;
    int queriedServerCount() const; // the servers below the stale and unknown tails
    bool taskFails(int record, int position, int server) const;
    QString failureMessage(int record, int position, const QList<JobItem> &items) const;
    double failureProbability(const JobRecord &r) const;
    QList<JobItem> jobItems(int record) const;
    QString templateIdFor(const QString &itemType) const;
    quint64 jobKey(int record) const;

    void seedJobs(int count, qint64 startMs);
    void seedTemplates();
    void seedServiceStage(qint64 anchorMs);
    void seedIef(qint64 anchorMs);

    quint64 m_seed;
    int m_serverCount;
    double m_failureRate;
    QRegularExpression m_failingNames;
    quint32 m_serverMask, m_jobMask;
    QString m_nameTag; // the 4 hex digits in server names
    QString m_vpcId, m_subnetId, m_imageId;
    qint64 m_fleetBaseMs = 0;
    std::vector<JobRecord> m_jobs; // seeded first, then created
    int m_seededJobs = 0;
    QList<CreatedJob> m_created;
    QHash<int, QList<int>> m_upgradesByServer; // server -> records of created HDK_UPGRADE jobs
    QSet<int> m_staleDrivers;
    struct ActionRecord
    {
        qint64 atMs = 0;
        ServerAction action = ServerAction::Reboot;
    };
    QHash<int, QList<ActionRecord>> m_actions; // server -> its actions, oldest first
    int m_actionDurationMs = 4000;
    QList<Template> m_templates;
    QList<Job> m_serviceStage;
    QList<Job> m_ief;
};

} // namespace liteops::sim
