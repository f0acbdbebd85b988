// SPDX-License-Identifier: Apache-2.0
#pragma once
// A real Secret Service for tests, private to the test and needing no desktop session (CI
// runs as root with none): a D-Bus session bus of its own started with dbus-run-session,
// and gnome-keyring-daemon (secrets component only) on it with a fresh "login" collection
// created and unlocked with a test password. Everything lives under one folder the test
// owns: HOME and the XDG folders (the encrypted keyring file lands in
// $XDG_DATA_HOME/keyrings/login.keyring); the bus socket is a short temporary one.
//
// The bus is `dbus-run-session --config-file=<ours> -- sh -c 'echo $DBUS_SESSION_BUS_ADDRESS;
// exec cat'`: it prints its address and lives until its stdin closes, so it ends with the
// test even when the test dies. Our configuration lists no service folders: nothing is ever
// activated on demand. No second keyring daemon can start behind the test's back, and no
// unlock prompt can appear (on a developer's screen, say): a prompt fails at once.
//
// Packages (installer/bootstrap-debian.sh): dbus-daemon (dbus-run-session), gnome-keyring,
// libsecret-1-0 (QtKeychain's way to the Secret Service), libsecret-tools (secret-tool).
#include <QByteArray>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

namespace liteops::test {

class PrivateSecretService
{
public:
    static constexpr char kService[] = "org.freedesktop.secrets";
    static constexpr char kLogin[] = "/org/freedesktop/secrets/collection/login";

    // `root`: an empty folder the test owns.
    explicit PrivateSecretService(const QString &root) : m_root(root) {}
    ~PrivateSecretService()
    {
        stopKeyring();
        stopBus();
    }
    PrivateSecretService(const PrivateSecretService &) = delete;
    PrivateSecretService &operator=(const PrivateSecretService &) = delete;

    // The programs this needs, by name, that are not installed.
    static QStringList missingPrograms()
    {
        QStringList missing;
        for (const char *program : {"dbus-run-session", "dbus-daemon", "gnome-keyring-daemon", "secret-tool"}) {
            if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
                missing << QLatin1String(program);
        }
        return missing;
    }

    QString home() const { return m_root + QStringLiteral("/home"); }
    QString dataHome() const { return home() + QStringLiteral("/.local/share"); }
    QString keyringFolder() const { return dataHome() + QStringLiteral("/keyrings"); }
    QString busAddress() const { return m_address; }

    // The environment of every process that should see this Secret Service (and only it):
    // private HOME and XDG folders, this bus, no display and no desktop hints (QtKeychain
    // then picks the Secret Service through libsecret).
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP",
                                 "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_KEYRING_CONTROL",
                                 "SSH_AUTH_SOCK", "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), home());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home() + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home() + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home() + QStringLiteral("/.local/state"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
        env.insert(QStringLiteral("TMPDIR"), m_root + QStringLiteral("/tmp"));
        if (!m_address.isEmpty())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        return env;
    }

    bool startBus(QString *error)
    {
        for (const QString &dir : {home() + QStringLiteral("/.config"), dataHome(), home() + QStringLiteral("/.cache"),
                                   home() + QStringLiteral("/.local/state"), runtimeDir(),
                                   m_root + QStringLiteral("/tmp"), m_root + QStringLiteral("/bus")}) {
            if (!QDir().mkpath(dir))
                return fail(error, QStringLiteral("cannot create %1").arg(dir));
        }
        QFile::setPermissions(runtimeDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString config = m_root + QStringLiteral("/bus/session.conf");
        QFile c(config);
        if (!c.open(QIODevice::WriteOnly))
            return fail(error, QStringLiteral("cannot write %1").arg(config));
        c.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig>\n"
                "  <type>session</type>\n"
                "  <listen>unix:tmpdir="
                + socketFolder().toUtf8()
                + "</listen>\n"
                  "  <auth>EXTERNAL</auth>\n"
                  "  <policy context=\"default\">\n"
                  "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                  "    <allow eavesdrop=\"true\"/>\n"
                  "    <allow own=\"*\"/>\n"
                  "  </policy>\n"
                  "</busconfig>\n");
        c.close();
        m_bus.setProcessEnvironment(environment());
        m_bus.setProcessChannelMode(QProcess::SeparateChannels);
        m_bus.start(QStringLiteral("dbus-run-session"),
                    {QStringLiteral("--config-file=") + config, QStringLiteral("--"), QStringLiteral("sh"),
                     QStringLiteral("-c"), QStringLiteral("echo \"$DBUS_SESSION_BUS_ADDRESS\"; exec cat")});
        if (!m_bus.waitForStarted(10000))
            return fail(error, QStringLiteral("dbus-run-session did not start: %1").arg(m_bus.errorString()));
        const QDeadlineTimer deadline(10000);
        while (!m_bus.canReadLine() && !deadline.hasExpired() && m_bus.state() == QProcess::Running)
            m_bus.waitForReadyRead(100);
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        if (m_address.isEmpty())
            return fail(error, QStringLiteral("the private bus gave no address: %1")
                                   .arg(QString::fromLocal8Bit(m_bus.readAllStandardError())));
        m_connectionName = QStringLiteral("private-secret-service-") + QUuid::createUuid().toString(QUuid::Id128);
        if (!bus().isConnected())
            return fail(error, QStringLiteral("cannot connect to the private bus %1").arg(m_address));
        return true;
    }

    void stopBus()
    {
        if (!m_connectionName.isEmpty())
            QDBusConnection::disconnectFromBus(m_connectionName);
        m_connectionName.clear();
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.closeWriteChannel(); // cat ends, dbus-run-session takes the bus down
            if (!m_bus.waitForFinished(10000)) {
                m_bus.kill();
                m_bus.waitForFinished(5000);
            }
        }
        m_address.clear();
    }

    // Starts gnome-keyring-daemon with the secrets component, which creates the "login"
    // collection with `password` (or unlocks the existing one), and waits until the
    // collection is on the bus, unlocked, and the default one.
    bool startKeyring(const QByteArray &password, QString *error)
    {
        if (m_address.isEmpty())
            return fail(error, QStringLiteral("no bus"));
        m_keyring.setProcessEnvironment(environment());
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.setStandardOutputFile(QProcess::nullDevice());
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(10000))
            return fail(error, QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring.errorString()));
        m_keyring.write(password);            // --unlock reads the password from stdin, to its end
        m_keyring.waitForBytesWritten(10000); // no event loop runs here to write it later
        m_keyring.closeWriteChannel();
        const auto ready = [this] { return hasOwner() && collectionLocked() == 0; };
        const auto ended = [this] { return m_keyring.state() != QProcess::Running; };
        if (!QTest::qWaitFor([&] { return ready() || ended(); }, 15000) || !ready()) {
            return fail(error, QStringLiteral("the keyring did not come up with an unlocked login collection "
                                              "(daemon %1, exit code %2, on the bus: %3, login locked: %4)")
                                   .arg(m_keyring.state() == QProcess::Running ? QStringLiteral("running")
                                                                               : QStringLiteral("not running"))
                                   .arg(m_keyring.exitCode())
                                   .arg(hasOwner() ? QStringLiteral("yes") : QStringLiteral("no"))
                                   .arg(collectionLocked()));
        }
        if (readAlias(QStringLiteral("default")) != QLatin1String(kLogin)) {
            QDBusMessage set = QDBusMessage::createMethodCall(QLatin1String(kService),
                                                              QStringLiteral("/org/freedesktop/secrets"),
                                                              QStringLiteral("org.freedesktop.Secret.Service"),
                                                              QStringLiteral("SetAlias"));
            set << QStringLiteral("default") << QVariant::fromValue(QDBusObjectPath(QLatin1String(kLogin)));
            const QDBusMessage reply = bus().call(set, QDBus::Block, 10000);
            if (reply.type() == QDBusMessage::ErrorMessage)
                return fail(error,
                            QStringLiteral("cannot make login the default collection: %1").arg(reply.errorMessage()));
        }
        return true;
    }

    void stopKeyring()
    {
        if (m_keyring.state() == QProcess::NotRunning)
            return;
        m_keyring.terminate();
        if (!m_keyring.waitForFinished(10000)) {
            m_keyring.kill();
            m_keyring.waitForFinished(5000);
        }
        // Wait until the name is gone, so the next step really has no Secret Service.
        (void)QTest::qWaitFor([this] { return !hasOwner(); }, 10000); // the next step reports a leftover owner
    }

    bool keyringRunning() const { return m_keyring.state() == QProcess::Running; }

    // Locks the login collection as a screen lock or a user would.
    bool lockLogin(QString *error)
    {
        QDBusMessage lock = QDBusMessage::createMethodCall(QLatin1String(kService),
                                                           QStringLiteral("/org/freedesktop/secrets"),
                                                           QStringLiteral("org.freedesktop.Secret.Service"),
                                                           QStringLiteral("Lock"));
        lock << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(QLatin1String(kLogin))});
        const QDBusMessage reply = bus().call(lock, QDBus::Block, 10000);
        if (reply.type() == QDBusMessage::ErrorMessage)
            return fail(error, reply.errorMessage());
        if (collectionLocked() != 1)
            return fail(error, QStringLiteral("the login collection did not lock"));
        return true;
    }

    // 1 locked, 0 unlocked, -1 unknown (no such collection, no service).
    int collectionLocked() const
    {
        QDBusMessage get = QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kLogin),
                                                          QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        const QDBusMessage reply = bus().call(get, QDBus::Block, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return -1;
        return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool() ? 1 : 0;
    }

    bool hasOwner() const
    {
        const QDBusConnection c = bus();
        return c.isConnected() && c.interface()->isServiceRegistered(QLatin1String(kService)).value();
    }

    // Runs secret-tool with `arguments` in this environment: {exit code, stdout}. `merged`
    // adds stderr, where `secret-tool search` prints the attributes.
    std::pair<int, QByteArray> secretTool(const QStringList &arguments, bool merged = false) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        if (merged)
            p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("secret-tool"), arguments);
        if (!p.waitForStarted(10000))
            return {-1, {}};
        p.closeWriteChannel();
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished(5000);
            return {-1, {}};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
    }

private:
    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    // gnome-keyring-daemon binds its control socket in $XDG_RUNTIME_DIR/keyring/control,
    // and a socket path has at most 107 bytes: under a deep build folder (a CI checkout)
    // the bind fails and the keyring never comes up. The runtime folder is a short
    // temporary one for the same reason as the bus socket's.
    QString runtimeDir() const { return m_runtime.path(); }

    // A socket path has at most 107 bytes: the bus socket goes to a short temporary folder
    // (an abstract socket on Linux), not under a test's possibly deep folder.
    static QString socketFolder()
    {
        const QString temp = QDir::tempPath();
        return temp.size() <= 40 ? temp : QStringLiteral("/tmp");
    }

    QDBusConnection bus() const
    {
        if (m_connectionName.isEmpty())
            return QDBusConnection(QStringLiteral("none"));
        return QDBusConnection::connectToBus(m_address, m_connectionName);
    }

    QString readAlias(const QString &alias) const
    {
        QDBusMessage read = QDBusMessage::createMethodCall(QLatin1String(kService),
                                                           QStringLiteral("/org/freedesktop/secrets"),
                                                           QStringLiteral("org.freedesktop.Secret.Service"),
                                                           QStringLiteral("ReadAlias"));
        read << alias;
        const QDBusReply<QDBusObjectPath> reply = bus().call(read, QDBus::Block, 5000);
        return reply.isValid() ? reply.value().path() : QString();
    }

    QString m_root;
    QTemporaryDir m_runtime{socketFolder() + QStringLiteral("/lo-rt-XXXXXX")};
    QString m_address;
    QString m_connectionName;
    QProcess m_bus;
    QProcess m_keyring;
};

} // namespace liteops::test
