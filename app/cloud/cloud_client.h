// SPDX-License-Identifier: Apache-2.0
#pragma once
// CloudClient: the one door to Huawei Cloud. It owns the QNetworkAccessManager, signs every
// request (AK/SK, IAM token or direct token), applies the transfer timeout, the body cap and
// the retry policy, pages through lists, decodes answers off the calling thread and hands
// back typed call objects (cloud_call.h).
//
// Rules it enforces so callers do not have to:
//  * Ids are validated (1-64 characters, no control characters, no '/') and every path
//    segment is percent-encoded before a URL is built; a bad id fails the call with a
//    Client error and nothing is sent.
//  * GETs are retried on network errors, 429, 502, 503 and 504
//    with exponential backoff and full jitter, honouring Retry-After (capped at 60 s), at
//    most 3 attempts, within a per-client retry budget (retry_policy.h).
//  * A create is never retried once it may have reached the service: a timeout or a reset
//    after sending gives Kind::UnknownOutcome. Reconcile with listJobs({.name = ...}). A 429
//    on create is retried (the gateway refused it before the service saw it).
//  * TLS errors fail closed; ClientConfig::caFile adds a private CA. Redirects are followed
//    only to the same host over https.
//  * IAM password mode: the token is fetched on first use, cached until 5 minutes before it
//    expires, fetched again once on a 401; a second 401 is an Auth error.
//
// Thread affinity: use a client from the thread that created it. Calls finish on that
// thread.
#include "cloud_call.h"
#include "credentials.h"
#include "endpoints.h"
#include "core/types.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace liteops {

struct ClientConfig
{
    Endpoints endpoints;
    QString projectId;
    Credentials credentials;
    int timeoutMs = 30000;            // per transfer (each attempt, each page)
    QString caFile;                   // PEM bundle added to the system CAs; empty: none
    qint64 maxBodyBytes = 64LL << 20; // answers over this are cut off (TooLarge)
    int maxAttempts = 3;              // GET attempts (1 = no retries)
    int retryBaseDelayMs = 500;       // backoff: random(0, min(cap, base * 2^attempt))
    int retryMaxDelayMs = 60000;
    int pageSize = 0; // rows per page request; 0: each listing's default
};

// Filters of the job list; empty means "no filter". `visible` is the API's flag for hidden
// jobs: nullopt does not send it.
struct JobQuery
{
    QString id;
    QString name;
    QString type;
    QString status;
    std::optional<bool> visible;
    int maxRows = 0; // stop once this many rows are in hand (e.g. 1 for a connection test); 0: all
};

// ModelArts Lite Server actions on a server (PUT /v1/{project_id}/dev-servers/{id}/ACTION).
enum class ServerAction { Reboot, Start, Stop };
// "reboot", "start", "stop": the path segment and the CLI's word.
QString serverActionPath(ServerAction action);

class CloudClient : public QObject
{
    Q_OBJECT
public:
    // `nam` is optional (tests inject one); the client does not take ownership of an injected
    // manager, and creates its own otherwise.
    explicit CloudClient(const ClientConfig &config, QObject *parent = nullptr, QNetworkAccessManager *nam = nullptr);
    ~CloudClient() override;

    // Takes effect for calls started afterwards; drops a cached IAM token when the
    // credentials or the IAM endpoint change.
    void setConfig(const ClientConfig &config);
    const ClientConfig &config() const;

    QNetworkAccessManager *networkAccessManager() const;

    // Checks that the config can make calls at all (endpoint, project id, complete
    // credentials); a translated message naming the problem, or empty.
    QString configProblem() const;

    // ModelArts Lite Server (DevServer) jobs. listJobs returns every row of every page
    // (limit/offset paging, up to 6 page requests in flight).
    Call<QList<Job>> *listJobs(const JobQuery &query = {});
    Call<Job> *getJob(const QString &id);
    Call<Job> *createJob(const CreateJobRequest &request);
    // The jobs the service reports as deleted.
    Call<QList<Job>> *deleteJobs(const QStringList &ids);
    Call<QList<Template>> *listTemplates();
    Call<Template> *getTemplate(const QString &id);
    Call<QList<Server>> *listServers(); // every page
    // Server actions (cloud_client_servers.cpp). The answer is the server in its new status
    // (e.g. REBOOTING). Sent once, like a create: a timeout or a reset after sending is
    // Kind::UnknownOutcome and is never re-sent; only a 429 or a refused connection (the
    // service never saw the request) is retried.
    Call<Server> *rebootServer(const QString &id);
    Call<Server> *startServer(const QString &id);
    Call<Server> *stopServer(const QString &id);
    Call<Server> *serverAction(ServerAction action, const QString &id);

    // ServiceStage job with every task page.
    Call<Job> *getServiceStageJob(const QString &jobId);
    // IEF batch job; instanceId becomes the ief-instance-id header when not empty.
    Call<Job> *getIefJob(const QString &jobId, const QString &instanceId = {});

    // Calls that are still running.
    int pendingCallCount() const;

    // Page size used by the paged listings (ModelArts allows up to 1024 for servers).
    static constexpr int kJobPageSize = 500;
    static constexpr int kServerPageSize = 500;
    static constexpr int kServiceStageTaskPageSize = 500;
    static constexpr int kMaxPagesInFlight = 6;

signals:
    // Every finished HTTP exchange (each attempt and page): for activity indicators and the
    // console's request log. Never carries secrets.
    void requestFinished(const QString &method, const QString &path, int httpStatus, const QString &requestId);

private:
    friend class CloudClientPrivate;
    friend class CloudClientTestAccess; // client_private.h: the IAM token cache, for tests
    std::unique_ptr<class CloudClientPrivate> d;
};

} // namespace liteops
