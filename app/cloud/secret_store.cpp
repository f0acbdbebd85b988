// SPDX-License-Identifier: Apache-2.0
#include "secret_store.h"

#include "cloud_logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <qt6keychain/keychain.h>
#ifdef LITEOPS_SECRET_SERVICE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace liteops {

namespace {
enum Op { OpRead, OpWrite, OpRemove };

QByteArray serialize(const Credentials &c)
{
    QJsonObject o;
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("access_key", c.accessKey);
    put("secret_key", c.secretKey);
    put("security_token", c.securityToken);
    put("iam_password", c.iamPassword);
    put("token", c.token);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Credentials deserialize(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    Credentials c;
    c.accessKey = o.value(QStringLiteral("access_key")).toString();
    c.secretKey = o.value(QStringLiteral("secret_key")).toString();
    c.securityToken = o.value(QStringLiteral("security_token")).toString();
    c.iamPassword = o.value(QStringLiteral("iam_password")).toString();
    c.token = o.value(QStringLiteral("token")).toString();
    return c;
}

// On Linux desktops the keychain (Secret Service or KWallet) is reached over the D-Bus
// session bus. Without one there is no backend, and asking anyway can stall on an
// autolaunch attempt: decide up front.
bool sessionBusLikely()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFile::exists(runtime + QLatin1String("/bus"));
#else
    return true;
#endif
}
} // namespace

void SecretJob::finish(Status status, const QString &error)
{
    m_status = status;
    m_errorString = error;
    emit finished();
    deleteLater();
}

SecretStore::SecretStore(Backend backend, QObject *parent, const QString &service) : QObject(parent), m_service(service)
{
    if (backend == Backend::MemoryOnly || !sessionBusLikely()) {
        // Deferred, so that a caller connecting right after construction sees the notice.
        QTimer::singleShot(0, this, [this] { switchToSessionOnly(Reason::NoKeychain); });
        m_sessionOnly = true;
        m_noticePending = true;
    }
}

SecretStore::~SecretStore() = default;

QString SecretStore::notice() const
{
    if (!m_sessionOnly)
        return {};
    if (m_reason == Reason::Locked) {
        return tr("The keychain is locked and was not unlocked, so LiteOps cannot use it now. "
                  "Secrets you enter are kept in memory for this session only and must be "
                  "entered again after LiteOps restarts; they are never written to disk.");
    }
    return tr("No keychain is available on this system. Secrets you enter are kept in memory "
              "for this session only and must be entered again after LiteOps restarts; they "
              "are never written to disk.");
}

void SecretStore::switchToSessionOnly(Reason reason)
{
    const bool first = !m_sessionOnly || m_noticePending;
    if (first)
        m_reason = reason;
    m_sessionOnly = true;
    m_noticePending = false;
    if (first) {
        if (reason == Reason::Locked)
            qCWarning(lcCloud) << "the keychain is locked; secrets are kept for this session only";
        else
            qCWarning(lcCloud) << "no keychain backend; secrets are kept for this session only";
        emit sessionOnlyNotice(notice());
    }
}

void SecretStore::finishNotFoundUnlessLocked(SecretJob *job, const QString &profile)
{
    const auto notFound = [job] {
        job->finish(SecretJob::Status::NotFound, tr("No secret is stored for this profile."));
    };
#ifdef LITEOPS_SECRET_SERVICE_DBUS
    // After the lookup (and any unlock prompt it raised): is the default collection locked?
    // Any other answer (no Secret Service, KWallet, an error) leaves "not found" as it is.
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                      QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    get.setAutoStartService(false); // a question only: never start a Secret Service for it
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        notFound();
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get, 5000), job);
    connect(watcher, &QDBusPendingCallWatcher::finished, job,
            [this, job, profile, notFound](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *w;
        if (!reply.isError() && reply.value().variant().toBool()) {
            switchToSessionOnly(Reason::Locked);
            runInMemory(job, OpRead, profile, {});
            return;
        }
        notFound();
    });
#else
    Q_UNUSED(profile)
    notFound();
#endif
}

QString SecretStore::keyFor(const QString &profile) const
{
    return QStringLiteral("profile:") + profile;
}

void SecretStore::runInMemory(SecretJob *job, int op, const QString &profile, const Credentials &credentials)
{
    job->m_sessionOnly = true;
    const QString key = keyFor(profile);
    // Finish from the event loop, like a keychain job would.
    QTimer::singleShot(0, job, [this, job, op, key, credentials] {
        switch (op) {
        case OpWrite: {
            m_memory.insert(key, serialize(credentials));
            job->finish(SecretJob::Status::Ok);
            break;
        }
        case OpRead:
            if (!m_memory.contains(key)) {
                job->finish(SecretJob::Status::NotFound, tr("No secret is stored for this profile."));
            } else {
                job->m_credentials = deserialize(m_memory.value(key));
                job->finish(SecretJob::Status::Ok);
            }
            break;
        case OpRemove:
            m_memory.remove(key);
            job->finish(SecretJob::Status::Ok);
            break;
        }
    });
}

namespace {
bool meansNoBackend(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
           || error == QKeychain::OtherError;
}

// A locked keychain that was not unlocked (a failed or dismissed prompt), or access denied.
bool meansLocked(QKeychain::Error error)
{
    return error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser;
}
} // namespace

void SecretStore::start(SecretJob *job, int op, const QString &profile, const Credentials &credentials)
{
    if (m_sessionOnly) {
        runInMemory(job, op, profile, credentials);
        return;
    }
    QKeychain::Job *kjob = nullptr;
    switch (op) {
    case OpRead: kjob = new QKeychain::ReadPasswordJob(m_service, job); break;
    case OpWrite: {
        auto *w = new QKeychain::WritePasswordJob(m_service, job);
        w->setBinaryData(serialize(credentials));
        kjob = w;
        break;
    }
    default: kjob = new QKeychain::DeletePasswordJob(m_service, job); break;
    }
    kjob->setAutoDelete(true);
    kjob->setInsecureFallback(false); // never a plain-text file
    kjob->setKey(keyFor(profile));
    connect(kjob, &QKeychain::Job::finished, job, [this, job, op, profile, credentials](QKeychain::Job *done) {
        const QKeychain::Error error = done->error();
        if (error == QKeychain::NoError) {
            if (op == OpRead) {
                job->m_credentials = deserialize(static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData());
            }
            job->finish(SecretJob::Status::Ok);
        } else if (error == QKeychain::EntryNotFound) {
            if (op == OpRemove)
                job->finish(SecretJob::Status::Ok);
            else
                finishNotFoundUnlessLocked(job, profile);
        } else if (meansLocked(error)) {
            qCWarning(lcCloud) << "keychain refused access:" << done->errorString();
            switchToSessionOnly(Reason::Locked);
            runInMemory(job, op, profile, credentials);
        } else if (meansNoBackend(error)) {
            qCWarning(lcCloud) << "keychain unusable:" << done->errorString();
            switchToSessionOnly(Reason::NoKeychain);
            runInMemory(job, op, profile, credentials);
        } else {
            job->finish(SecretJob::Status::Failed, tr("The keychain refused access: %1").arg(done->errorString()));
        }
    });
    kjob->start();
}

SecretJob *SecretStore::write(const QString &profile, const Credentials &credentials)
{
    auto *job = new SecretJob(this);
    start(job, OpWrite, profile, credentials);
    return job;
}

SecretJob *SecretStore::read(const QString &profile)
{
    auto *job = new SecretJob(this);
    start(job, OpRead, profile, {});
    return job;
}

SecretJob *SecretStore::probe()
{
    // A '/': no profile name can have it (ProfileStore refuses it), and every keychain
    // accepts it in an entry's name.
    return read(QStringLiteral("liteops/keychain-probe"));
}

SecretJob *SecretStore::remove(const QString &profile)
{
    auto *job = new SecretJob(this);
    start(job, OpRemove, profile, {});
    return job;
}

} // namespace liteops
