// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Test connection": one small request per service a connection is configured for, each
// reported on its own line, so a profile whose ModelArts works but whose IEF endpoint or
// IAM sign-in does not says so before the first real job needs it.
//
//  * ModelArts: lists one job.
//  * ServiceStage, IEF: ask for a job id that does not exist. The service's own "no such
//    job" (404 with the service's error code) proves the endpoint, the signature and the
//    project; a gateway 404 (APIGW.*: no such API there) or any other error does not.
//  * IAM: checked when the credentials sign in through it (IAM user and password); AK/SK
//    and token connections never call it, and the line says so.
//
// Nothing is created or changed, and nothing is retried beyond the client's GET policy.
#include "credentials.h"
#include "regions.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace liteops {

class CloudClient;
struct CloudError;

struct ServiceCheck
{
    enum class Outcome {
        Ok,
        Failed,
        NotConfigured, // no endpoint for it in this region (and none given)
        NotUsed,       // IAM with AK/SK or token credentials
    };

    CloudService service = CloudService::ModelArts;
    Outcome outcome = Outcome::Failed;
    QString detail; // translated: the request id, the error's message, or why not checked

    // "ModelArts: ok (request id 1f2e…)", "IEF: failed: …", "IAM: not used: …"
    QString line() const;
};

class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    // Starts at once with `client`'s config; `client` is not owned and must outlive the
    // check (the check's calls belong to it).
    explicit ConnectionCheck(CloudClient *client, QObject *parent = nullptr);

    bool isFinished() const { return m_pending == 0; }
    // One entry per service, in the order ModelArts, ServiceStage, IEF, IAM.
    const QList<ServiceCheck> &results() const { return m_results; }
    // True when no checked service failed (not-configured and not-used lines are no failure).
    bool passed() const;
    // A headline ("Connected: every configured service answered." or "Connection failed:
    // ModelArts, IEF.") and then each service's line.
    QString report() const;

    // The id the ServiceStage and IEF probes ask for: no real job has it.
    static QString probeJobId();

signals:
    // Once per service as it is settled (those without an endpoint too), IAM last.
    void serviceChecked(const liteops::ServiceCheck &check);
    void finished();

private:
    void checkModelArts();
    void checkJobService(CloudService service);
    void noteIamExchange(const QString &path, int httpStatus, const QString &requestId);
    void settle(CloudService service, ServiceCheck::Outcome outcome, const QString &detail);
    void settleIam();
    ServiceCheck &entry(CloudService service);

    QPointer<CloudClient> m_client;
    QList<ServiceCheck> m_results;
    int m_pending = 0;
    Credentials::Mode m_mode = Credentials::Mode::AkSk; // IamPassword: signs in through IAM
    int m_iamStatus = 0;                                // the HTTP status of the token request; 0: none seen
    QString m_iamRequestId;                             // its request id
    QString m_firstError;                               // the first service error (an IAM sign-in failure shows here)
};

// Whether a failed ServiceStage/IEF probe still proves the service answered: its own "no
// such job" rather than the gateway's "no such API".
bool probeReachedService(const CloudError &error);

} // namespace liteops
