// SPDX-License-Identifier: Apache-2.0
#include "connection_check.h"

#include "cloud_client.h"
#include "cloud_error.h"

namespace liteops {

namespace {

QUrl endpointOf(const Endpoints &endpoints, CloudService service)
{
    switch (service) {
    case CloudService::ModelArts: return endpoints.modelArts;
    case CloudService::ServiceStage: return endpoints.serviceStage;
    case CloudService::Ief: return endpoints.ief;
    case CloudService::Iam: return endpoints.iam;
    }
    return {};
}

QString requestIdText(const QString &requestId)
{
    return requestId.isEmpty() ? ConnectionCheck::tr("answered") : ConnectionCheck::tr("request id %1").arg(requestId);
}

} // namespace

QString ServiceCheck::line() const
{
    const QString name = serviceDisplayName(service);
    switch (outcome) {
    case Outcome::Ok: return ConnectionCheck::tr("%1: ok (%2)").arg(name, detail);
    case Outcome::Failed: return ConnectionCheck::tr("%1: failed: %2").arg(name, detail);
    case Outcome::NotConfigured: return ConnectionCheck::tr("%1: not checked: %2").arg(name, detail);
    case Outcome::NotUsed: return ConnectionCheck::tr("%1: not used: %2").arg(name, detail);
    }
    return name;
}

bool probeReachedService(const CloudError &error)
{
    return error.kind == CloudError::Kind::NotFound && !error.errorCode.startsWith(QLatin1String("APIGW."));
}

QString ConnectionCheck::probeJobId()
{
    return QStringLiteral("liteops-connection-test");
}

ConnectionCheck::ConnectionCheck(CloudClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    for (CloudService s : {CloudService::ModelArts, CloudService::ServiceStage, CloudService::Ief, CloudService::Iam})
        m_results.append({s, ServiceCheck::Outcome::NotConfigured, {}});
    const ClientConfig &config = client->config();
    m_mode = config.credentials.mode;
    connect(client, &CloudClient::requestFinished, this,
            [this](const QString &, const QString &path, int status, const QString &id) {
        noteIamExchange(path, status, id);
    });
    m_pending = 1; // IAM settles last, once the services' calls have (it signs them in)
    const QString noEndpoint = tr("no endpoint in this region; give one to use it");
    for (CloudService s : {CloudService::ModelArts, CloudService::ServiceStage, CloudService::Ief}) {
        if (endpointOf(config.endpoints, s).isEmpty()) {
            entry(s).detail = noEndpoint;
            // Reported like the others, from the event loop.
            QMetaObject::invokeMethod(
                this, [this, s] { emit serviceChecked(entry(s)); }, Qt::QueuedConnection);
            continue;
        }
        ++m_pending;
        if (s == CloudService::ModelArts)
            checkModelArts();
        else
            checkJobService(s);
    }
    if (m_pending == 1) // nothing to sign in for: settle from the event loop, like a call
        QMetaObject::invokeMethod(this, &ConnectionCheck::settleIam, Qt::QueuedConnection);
}

ServiceCheck &ConnectionCheck::entry(CloudService service)
{
    return m_results[int(service)];
}

void ConnectionCheck::checkModelArts()
{
    auto requestId = std::make_shared<QString>();
    connect(m_client, &CloudClient::requestFinished, this,
            [requestId](const QString &, const QString &path, int, const QString &id) {
        if (requestId->isEmpty() && path.endsWith(QLatin1String("/dev-servers/jobs")))
            *requestId = id;
    });
    JobQuery one;
    one.maxRows = 1;
    m_client->listJobs(one)->then(this, [this, requestId](const Result<QList<Job>> &r) {
        if (r.ok())
            settle(CloudService::ModelArts, ServiceCheck::Outcome::Ok, requestIdText(*requestId));
        else
            settle(CloudService::ModelArts, ServiceCheck::Outcome::Failed, r.error().message());
    });
}

// A job nobody has: the service's own "not found" is the answer that proves it works.
void ConnectionCheck::checkJobService(CloudService service)
{
    Call<Job> *call = service == CloudService::Ief ? m_client->getIefJob(probeJobId())
                                                   : m_client->getServiceStageJob(probeJobId());
    call->then(this, [this, service](const Result<Job> &r) {
        if (r.ok()) // a job by that id after all: the service answered just the same
            settle(service, ServiceCheck::Outcome::Ok, tr("answered"));
        else if (probeReachedService(r.error()))
            settle(service, ServiceCheck::Outcome::Ok, requestIdText(r.error().requestId));
        else
            settle(service, ServiceCheck::Outcome::Failed, r.error().message());
    });
}

void ConnectionCheck::noteIamExchange(const QString &path, int httpStatus, const QString &requestId)
{
    if (!path.endsWith(QLatin1String("/v3/auth/tokens")) || m_iamStatus != 0)
        return;
    m_iamStatus = httpStatus;
    m_iamRequestId = requestId;
}

void ConnectionCheck::settle(CloudService service, ServiceCheck::Outcome outcome, const QString &detail)
{
    ServiceCheck &e = entry(service);
    e.outcome = outcome;
    e.detail = detail;
    if (outcome == ServiceCheck::Outcome::Failed && m_firstError.isEmpty())
        m_firstError = detail;
    emit serviceChecked(e);
    if (--m_pending == 1)
        settleIam();
}

// After the services: their calls are what signed in through IAM (or never did).
void ConnectionCheck::settleIam()
{
    ServiceCheck &e = entry(CloudService::Iam);
    if (m_mode != Credentials::Mode::IamPassword) {
        e.outcome = ServiceCheck::Outcome::NotUsed;
        e.detail = m_mode == Credentials::Mode::Token
                       ? tr("the token is sent as given, without signing in")
                       : tr("requests are signed with the access key, without signing in");
    } else if (m_iamStatus >= 200 && m_iamStatus < 300) {
        e.outcome = ServiceCheck::Outcome::Ok;
        e.detail = requestIdText(m_iamRequestId);
    } else {
        e.outcome = ServiceCheck::Outcome::Failed;
        e.detail = !m_firstError.isEmpty() ? m_firstError : tr("no sign-in request was answered");
    }
    emit serviceChecked(e);
    m_pending = 0;
    emit finished();
}

bool ConnectionCheck::passed() const
{
    for (const ServiceCheck &c : m_results)
        if (c.outcome == ServiceCheck::Outcome::Failed)
            return false;
    return true;
}

QString ConnectionCheck::report() const
{
    QStringList failed, lines;
    for (const ServiceCheck &c : m_results) {
        lines << c.line();
        if (c.outcome == ServiceCheck::Outcome::Failed)
            failed << serviceDisplayName(c.service);
    }
    const QString headline = failed.isEmpty() ? tr("Connected: every configured service answered.")
                                              : tr("Connection failed: %1.").arg(failed.join(QLatin1String(", ")));
    return headline + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

} // namespace liteops
