// SPDX-License-Identifier: Apache-2.0
#pragma once
// Secrets (SK, security token, IAM password, token) in the OS keychain through QtKeychain,
// one entry per profile. Everything is asynchronous: each operation returns a SecretJob
// that emits finished() once, from the event loop.
//
// No plain-text fallback, ever. When the platform has no keychain backend (no Secret
// Service / KWallet on the session bus, a headless box), or the keychain is locked and was
// not unlocked (the unlock prompt failed or was dismissed: the keychain refuses access),
// the store switches to a session-only in-memory map, sets sessionOnly(), and emits
// sessionOnlyNotice() once, with a translated text the UI must show: secrets entered now are
// forgotten when the app exits.
//
// A locked Secret Service collection answers a lookup with "not found" (libsecret); on Linux
// the store then asks the Secret Service whether the default collection is still locked,
// so a locked keychain is reported as such instead of as a missing secret.
#include "credentials.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace liteops {

class SecretStore;

class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Status { Running, Ok, NotFound, Failed };

    Status status() const { return m_status; }
    bool ok() const { return m_status == Status::Ok; }
    QString errorString() const { return m_errorString; } // translated; empty when ok
    // For reads: the stored secret fields (mode and identifiers come from the profile).
    const Credentials &credentials() const { return m_credentials; }
    // True when the operation went to the session-only memory store.
    bool sessionOnly() const { return m_sessionOnly; }

signals:
    void finished(); // the job deletes itself (deleteLater) after this

private:
    friend class SecretStore;
    explicit SecretJob(QObject *parent) : QObject(parent) {}
    void finish(Status status, const QString &error = {});

    Status m_status = Status::Running;
    QString m_errorString;
    Credentials m_credentials;
    bool m_sessionOnly = false;
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend {
        Auto,       // the OS keychain; session-only memory when it reports no backend
        MemoryOnly, // session-only from the start (tests, --no-keychain style setups)
    };

    explicit SecretStore(Backend backend = Backend::Auto, QObject *parent = nullptr,
                         const QString &service = QStringLiteral("LiteOps"));
    ~SecretStore() override;

    // False once the keychain reported that it has no backend (or with MemoryOnly).
    bool available() const { return !m_sessionOnly; }
    bool sessionOnly() const { return m_sessionOnly; }
    // The translated notice shown while session-only; empty otherwise.
    QString notice() const;

    // Secret fields of `credentials` (SK, security token, IAM password, token; the AK too)
    // under `profile`.
    SecretJob *write(const QString &profile, const Credentials &credentials);
    SecretJob *read(const QString &profile);   // NotFound when nothing is stored
    SecretJob *remove(const QString &profile); // Ok also when nothing was stored
    // Asks the keychain for an entry no profile has, so that a missing or locked keychain is
    // found (and sessionOnlyNotice() emitted) before the user types a secret, not after the
    // profile was saved. NotFound is the expected answer; nothing is written.
    SecretJob *probe();

signals:
    // Emitted once, when the store switches to session-only memory.
    void sessionOnlyNotice(const QString &message);

private:
    enum class Reason { NoKeychain, Locked };
    void switchToSessionOnly(Reason reason = Reason::NoKeychain);
    void finishNotFoundUnlessLocked(SecretJob *job, const QString &profile);
    void start(SecretJob *job, int op, const QString &profile, const Credentials &c);
    void runInMemory(SecretJob *job, int op, const QString &profile, const Credentials &c);
    QString keyFor(const QString &profile) const;

    QString m_service;
    bool m_sessionOnly = false;
    bool m_noticePending = false;
    Reason m_reason = Reason::NoKeychain;
    QHash<QString, QByteArray> m_memory; // session-only secrets, never written anywhere
};

} // namespace liteops
