// SPDX-License-Identifier: Apache-2.0
#pragma once
// Test credentials the secret-leak scan (this folder) replaces with canary values through
// the environment, and the ledger where fixtures note what they used. Without the
// variables every fixture keeps its own defaults and nothing is written anywhere.
//
// The ledger is the scan's proof that its canaries reached the code (and its list of the
// secrets generated at run time, such as the sandbox's random keys). It lives outside the
// folders the scan searches; configured credentials are noted as SHA-256 only.
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace liteops::testenv {

inline constexpr char kEnvAccessKey[] = "LITEOPS_TEST_ACCESS_KEY";
inline constexpr char kEnvSecretKey[] = "LITEOPS_TEST_SECRET_KEY";
inline constexpr char kEnvSecurityToken[] = "LITEOPS_TEST_SECURITY_TOKEN";
inline constexpr char kEnvToken[] = "LITEOPS_TEST_TOKEN";
inline constexpr char kEnvPassword[] = "LITEOPS_TEST_PASSWORD";
inline constexpr char kEnvLedger[] = "LITEOPS_TEST_SECRET_LEDGER";
// Set to 1 by the scan when it gave the run a real Secret Service (a private gnome-keyring on
// DBUS_SESSION_BUS_ADDRESS): the exercises then use the OS keychain instead of memory.
inline constexpr char kEnvRealKeychain[] = "LITEOPS_TEST_REAL_KEYCHAIN";

// The variable's value, or `fallback` when it is unset or empty.
inline QString credential(const char *variable, const QString &fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() ? fallback : value;
}

inline void appendToLedger(const QByteArray &line)
{
    const QString path = qEnvironmentVariable(kEnvLedger);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        qFatal("secret ledger %s cannot be written", qPrintable(path));
    file.write(line + '\n');
}

// "configured <who> <kind> <sha256>": `who` ("cloud-sim", "wizard-client", ...) was given
// the credential `kind` ("ak", "sk", ...). The scan compares the hash with its canary.
inline void noteConfigured(const char *who, const char *kind, const QString &value)
{
    if (value.isEmpty())
        return;
    appendToLedger(QByteArray("configured ") + who + ' ' + kind + ' '
                   + QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// "accepted <who> <kind> <sha256>": a simulator enforcing authentication accepted requests
// that used the credential.
inline void noteAccepted(const char *who, const char *kind, const QString &value)
{
    if (value.isEmpty())
        return;
    appendToLedger(QByteArray("accepted ") + who + ' ' + kind + ' '
                   + QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// "generated <kind> <value>": a secret made at run time (the console sandbox's random AK/SK)
// that the scan must know to search for. The only place the ledger holds a value itself.
inline void noteGenerated(const char *kind, const QString &value)
{
    if (value.isEmpty())
        return;
    appendToLedger(QByteArray("generated ") + kind + ' ' + value.toUtf8());
}

} // namespace liteops::testenv
