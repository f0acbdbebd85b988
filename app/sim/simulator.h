// SPDX-License-Identifier: Apache-2.0
#pragma once
// The local cloud simulator: one loopback HTTP server answering the ModelArts Lite Server,
// ServiceStage, IEF and IAM APIs (plus a /_sim/ control API) from deterministic, seeded
// data. Used by liteops-sim, by the console's "Local sandbox" and by the integration tests.
#include "core/types.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace liteops::sim {

struct SimOptions
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 0;
    quint64 seed = 1;
    int servers = 64;
    int jobs = 40;
    QString projectId = QStringLiteral("0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b");
    // Authentication is checked once accessKey/secretKey, token or iamUser is set, unless
    // noAuth; with no credentials at all every request is accepted (the sandbox's case).
    QString accessKey, secretKey, token, iamUser, iamPassword, iamDomain;
    bool noAuth = false;
    int taskDurationMs = 4000;
    double failureRate = 0.1;
    int maxServersPerJob = 50;
    QStringList faults;
    // Created jobs whose name matches this regex get all their tasks failed; empty: none.
    QString failJobNames;
    // HTTPS: a PEM certificate (chain) and its unencrypted PEM key; both empty: plain HTTP.
    QString tlsCertificateFile, tlsKeyFile;
};

// Parses the liteops-sim command line (shared with tests); false + message on bad input.
// `arguments` includes the program name first, like QCoreApplication::arguments().
bool parseArguments(const QStringList &arguments, SimOptions *options, QString *errorMessage);
// The same, with the secrets also taken from `environment` (LITEOPS_SIM_SK,
// LITEOPS_SIM_IAM_PASSWORD, LITEOPS_SIM_TOKEN) when the command line does not give them;
// `warnings` receives a line per secret given on the command line itself (never its value).
bool parseArguments(const QStringList &arguments, const QProcessEnvironment &environment, SimOptions *options,
                    QString *errorMessage, QStringList *warnings);
QString helpText();

// A ServiceStage or IEF job the simulator serves from its first minute (those services have
// no list call, so a new user needs an id to open).
struct SampleJob
{
    liteops::Provider provider = liteops::Provider::ServiceStage;
    QString id;
    QString status;  // raw status
    QString summary; // "1 failed, 11 succeeded, 12 skipped of 24 tasks"
};

class SimulatorPrivate;

class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(const SimOptions &options, QObject *parent = nullptr);
    ~Simulator() override;

    bool start(QString *errorMessage); // listens; port 0 = any free port
    QUrl baseUrl() const;              // http(s)://127.0.0.1:PORT (all services share it)
    // The ServiceStage and IEF jobs a simulator with these options serves (they depend on
    // the seed alone), partially failed ones among them; computed without starting one.
    static QList<SampleJob> sampleJobs(const SimOptions &options);
    // The lines liteops-sim prints after "listening on": "servicestage job: ID" and
    // "ief job: ID", one per sample job.
    static QStringList sampleJobLines(const SimOptions &options);
    QString projectId() const;
    bool addFault(const QString &spec, QString *errorMessage); // same SPEC syntax as --fault
    void clearFaults();
    // Every task of a job created from now on whose name matches `regex` fails (also jobs
    // already created: outcomes are computed when asked). Empty turns it off.
    bool setFailingJobNames(const QString &regex, QString *errorMessage);
    // HDK_UPGRADE tasks on these servers succeed but leave the driver as it was, so a later
    // HDK_QUERY reports the old version. Unknown ids are ignored; empty turns it off.
    void setStaleDriverServers(const QStringList &serverIds);
    // Raw bodies of every create request that reached the service: after authentication and
    // after gateway faults (status, throttle, html), valid or not, in arrival order.
    QList<QByteArray> receivedCreateBodies() const;
    int requestCount() const; // requests outside /_sim/, refused ones included
    // The headers of the last request outside /_sim/, as received (for tests of what a
    // client sends: Content-Type on GETs, which headers a signature covers).
    QList<std::pair<QByteArray, QByteArray>> lastRequestHeaders() const;

    // Snapshot of the truth, for tests comparing client state with the simulator's:
    // ModelArts jobs with tasks, current lifecycle applied, in list order (newest first).
    // Builds every task: meant for tests, not for 100,000-job simulators.
    QList<liteops::Job> jobs() const;
    QList<liteops::Server> servers() const;
    // The servers that fail often, each with one message, and the two tails of the fleet no
    // seeded query succeeded on, and only one over a week old did.
    QStringList flakyServerIds() const;
    QStringList unqueriedServerIds() const;
    QStringList staleQueriedServerIds() const;

private:
    std::unique_ptr<SimulatorPrivate> d;
};

} // namespace liteops::sim
