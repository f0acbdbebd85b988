// SPDX-License-Identifier: Apache-2.0
// The keychain, for real: LiteOps's SecretStore (QtKeychain -> libsecret -> the Secret
// Service D-Bus API) against a real gnome-keyring-daemon on a private D-Bus session started
// with dbus-run-session (private_secret_service.h), with a fresh login collection unlocked
// for the test. Needs no desktop session; CI runs it as root. Nothing is skipped: the
// packages are installed by installer/bootstrap-debian.sh, and a missing one fails the test.
//
// Each keychain operation runs in a new process (keychain_driver), so "read after a
// restart" is what every read is. Checked:
//  * each kind of secret (AK/SK with security token, IAM password, token) for two profiles:
//    stored, read back, overwritten, read back, deleted; the profiles never mix;
//  * from outside, with secret-tool: the secret is in the keychain under the service name
//    "LiteOps" (attributes server=LiteOps, user=profile:NAME), and gone after a delete;
//  * it survives a restart of the keyring daemon (it is in the keyring file);
//  * no secret is in any file under the test's HOME, TMPDIR or runtime folder, in any
//    encoding we know of (the keyring file is encrypted);
//  * no Secret Service on the bus, no session bus at all, and a locked collection: one clear
//    notice, secrets kept for the session only (gone after a restart), never a file, and
//    no waiting on a prompt.
#include "private_secret_service.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using liteops::test::PrivateSecretService;

namespace {

struct DriverRun
{
    int exitCode = -1;
    QList<QJsonObject> results; // one per operation
    QJsonArray notices;
    bool sessionOnly = false;
    QString err;
    qint64 ms = 0;
};

QString show(const DriverRun &r)
{
    QStringList lines;
    for (const QJsonObject &o : r.results)
        lines << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return QStringLiteral("exit %1, %2 ms\n%3\nnotices: %4\nstderr: %5")
        .arg(r.exitCode)
        .arg(r.ms)
        .arg(lines.join(QLatin1Char('\n')), QString::fromUtf8(QJsonDocument(r.notices).toJson(QJsonDocument::Compact)),
             r.err);
}

QJsonObject credentials(const QString &profile, const QString &kind, int version)
{
    const QString tag = QStringLiteral("%1-%2-v%3").arg(profile, kind).arg(version);
    if (kind == QLatin1String("aksk")) {
        return {{QStringLiteral("access_key"), QStringLiteral("AKKEYCHAIN") + profile.toUpper()},
                {QStringLiteral("secret_key"), QStringLiteral("kcSecretKey+/") + tag},
                {QStringLiteral("security_token"), QStringLiteral("kcSecurityToken=") + tag}};
    }
    if (kind == QLatin1String("iam"))
        return {{QStringLiteral("iam_password"), QStringLiteral("kc pass\u00fc:word ") + tag}};
    return {{QStringLiteral("token"), QStringLiteral("MIIkcToken-") + tag}};
}

QStringList secretValues(const QJsonObject &c)
{
    QStringList values;
    for (const char *key : {"secret_key", "security_token", "iam_password", "token"}) {
        const QString v = c.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            values << v;
    }
    return values;
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    std::unique_ptr<PrivateSecretService> m_service;
    const QByteArray m_password = "liteops-keychain-test-" + QByteArray::number(QRandomGenerator::global()->generate());
    QStringList m_written;     // every secret value handed to the store
    QList<QByteArray> m_blobs; // what the store handed to the keychain (its JSON), for the file search

    DriverRun driver(const QString &profile, const QStringList &ops, const QList<QJsonObject> &writes = {},
                     const QProcessEnvironment *env = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(env ? *env : m_service->environment());
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral(LITEOPS_KEYCHAIN_DRIVER), QStringList{profile} + ops);
        DriverRun run;
        if (!p.waitForStarted(10000)) {
            run.err = p.errorString();
            return run;
        }
        for (const QJsonObject &w : writes) {
            p.write(QJsonDocument(w).toJson(QJsonDocument::Compact) + '\n');
            m_written += secretValues(w);
            m_blobs << QJsonDocument(w).toJson(QJsonDocument::Compact);
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            run.err = QStringLiteral("keychain_driver did not finish within 60 s");
            return run;
        }
        run.ms = clock.elapsed();
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        run.err = QString::fromUtf8(p.readAllStandardError());
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.contains(QStringLiteral("notices"))) {
                run.notices = o.value(QStringLiteral("notices")).toArray();
                run.sessionOnly = o.value(QStringLiteral("session_only")).toBool();
            } else if (!o.isEmpty()) {
                run.results << o;
            }
        }
        return run;
    }

    // secret-tool lookup: the stored blob, decoded (QtKeychain stores binary data base64).
    QJsonObject lookedUpFromOutside(const QString &profile) const
    {
        const auto [code, out] = m_service->secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                                                        QStringLiteral("LiteOps"), QStringLiteral("user"),
                                                        QStringLiteral("profile:") + profile});
        if (code != 0)
            return {};
        return QJsonDocument::fromJson(QByteArray::fromBase64(out.trimmed())).object();
    }

    // The files under the test's folders that hold any of `values` in any encoding we know.
    QStringList filesHolding(const QStringList &values) const
    {
        QList<QByteArray> needles;
        for (const QString &v : values) {
            const QByteArray utf8 = v.toUtf8();
            needles << utf8 << utf8.toBase64() << utf8.toPercentEncoding()
                    << QByteArray(reinterpret_cast<const char *>(v.utf16()), v.size() * 2);
        }
        for (const QByteArray &blob : m_blobs)
            needles << blob.toBase64();
        QStringList hits;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            for (const QByteArray &n : std::as_const(needles)) {
                if (n.size() >= 8 && content.contains(n)) {
                    hits << QDir(m_root.path()).relativeFilePath(f.fileName());
                    break;
                }
            }
        }
        return hits;
    }

    // A session-only store: the write works for this process, one notice says so, a new
    // process finds nothing, and no file holds the secret.
    void expectSessionOnly(const QString &profile, const QProcessEnvironment *env, const QString &noticeMentions)
    {
        const QJsonObject c = credentials(profile, QStringLiteral("aksk"), 1);
        const DriverRun run = driver(profile, {QStringLiteral("write"), QStringLiteral("read")}, {c}, env);
        QVERIFY2(run.exitCode == 0 && run.results.size() == 2, qPrintable(show(run)));
        QCOMPARE(run.results[0].value(u"status").toString(), QStringLiteral("ok"));
        QVERIFY2(run.results[0].value(u"session_only").toBool(), qPrintable(show(run)));
        QCOMPARE(run.results[1].value(u"credentials").toObject(), c); // kept for this session
        QVERIFY(run.sessionOnly);
        QCOMPARE(run.notices.size(), 1); // one clear message, once
        const QString notice = run.notices.first().toString();
        QVERIFY2(notice.contains(QLatin1String("for this session only"))
                     && notice.contains(QLatin1String("never written")),
                 qPrintable(notice));
        QVERIFY2(notice.contains(noticeMentions), qPrintable(notice));
        QVERIFY2(run.ms < 20000, qPrintable(show(run))); // no waiting on a prompt or a timeout
        qInfo("%s: session only after %lld ms: %s", qPrintable(profile), run.ms, qPrintable(notice));

        const DriverRun restarted = driver(profile, {QStringLiteral("read")}, {}, env);
        QVERIFY2(restarted.results.size() == 1, qPrintable(show(restarted)));
        QCOMPARE(restarted.results[0].value(u"status").toString(), QStringLiteral("not_found"));
        QVERIFY(restarted.results[0].value(u"session_only").toBool());
        const QStringList hits = filesHolding(secretValues(c));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
    }

private slots:
    void initTestCase()
    {
        const QStringList missing = PrivateSecretService::missingPrograms();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not installed: %1 (installer/bootstrap-debian.sh installs them)")
                                .arg(missing.join(QLatin1String(", ")))));
        QVERIFY(m_root.isValid());
        m_service = std::make_unique<PrivateSecretService>(m_root.path());
        QString error;
        QVERIFY2(m_service->startBus(&error), qPrintable(error));
        qInfo("private session bus: %s", qPrintable(m_service->busAddress()));
    }

    void cleanupTestCase() { m_service.reset(); }

    // A session bus without any Secret Service on it (none can be activated either).
    void noSecretServiceOnTheBus()
    {
        QVERIFY(!m_service->hasOwner());
        expectSessionOnly(QStringLiteral("no-daemon"), nullptr, QStringLiteral("No keychain"));
    }

    // No session bus at all: decided up front, without trying to reach one.
    void noSessionBusAtAll()
    {
        QProcessEnvironment env = m_service->environment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        QDir(m_root.path()).mkpath(QStringLiteral("empty-runtime"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root.filePath(QStringLiteral("empty-runtime")));
        expectSessionOnly(QStringLiteral("no-bus"), &env, QStringLiteral("No keychain"));
    }

    void startTheKeyring()
    {
        QString error;
        QVERIFY2(m_service->startKeyring(m_password, &error), qPrintable(error));
        QVERIFY(m_service->hasOwner());
        QCOMPARE(m_service->collectionLocked(), 0);
    }

    // Store, read back (in a new process), overwrite, read back, for every kind of secret and
    // two profiles; from outside, secret-tool finds each under the LiteOps service name.
    void storeReadOverwrite_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("AK/SK and security token") << QStringLiteral("aksk");
        QTest::newRow("IAM password") << QStringLiteral("iam");
        QTest::newRow("token") << QStringLiteral("token");
    }
    void storeReadOverwrite()
    {
        QFETCH(QString, kind);
        const QStringList profiles{QStringLiteral("alpha"), QStringLiteral("beta")};
        for (int version = 1; version <= 2; ++version) { // 2: overwrite
            for (const QString &profile : profiles) {
                const QJsonObject c = credentials(profile, kind, version);
                const DriverRun wrote = driver(profile, {QStringLiteral("write")}, {c});
                QVERIFY2(wrote.exitCode == 0 && wrote.results.size() == 1, qPrintable(show(wrote)));
                QCOMPARE(wrote.results[0].value(u"status").toString(), QStringLiteral("ok"));
                QVERIFY2(!wrote.results[0].value(u"session_only").toBool(), qPrintable(show(wrote)));
                QVERIFY2(wrote.notices.isEmpty(), qPrintable(show(wrote)));
            }
            // Read back by new processes; each profile has its own.
            for (const QString &profile : profiles) {
                const QJsonObject c = credentials(profile, kind, version);
                const DriverRun read = driver(profile, {QStringLiteral("read")});
                QVERIFY2(read.exitCode == 0 && read.results.size() == 1, qPrintable(show(read)));
                QCOMPARE(read.results[0].value(u"status").toString(), QStringLiteral("ok"));
                QVERIFY(!read.results[0].value(u"session_only").toBool());
                QCOMPARE(read.results[0].value(u"credentials").toObject(), c);
                // From outside: under service "LiteOps", user "profile:NAME".
                QCOMPARE(lookedUpFromOutside(profile), c);
                qInfo("%s %s v%d: written and read back in new processes (%lld ms)", qPrintable(profile),
                      qPrintable(kind), version, read.ms);
            }
        }
    }

    // secret-tool lists exactly LiteOps's two entries, with QtKeychain's schema.
    void visibleFromOutsideUnderTheServiceName()
    {
        const auto [code, out] = m_service->secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                                        QStringLiteral("server"), QStringLiteral("LiteOps")},
                                                       true);
        QCOMPARE(code, 0);
        const QString listing = QString::fromUtf8(out);
        QCOMPARE(listing.count(QLatin1String("attribute.server = LiteOps")), 2);
        QVERIFY(listing.contains(QLatin1String("attribute.user = profile:alpha")));
        QVERIFY(listing.contains(QLatin1String("attribute.user = profile:beta")));
        // Nothing under another service name.
        const auto [otherCode, other] = m_service->secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                                               QStringLiteral("user"), QStringLiteral("profile:alpha")},
                                                              true);
        QCOMPARE(otherCode, 0);
        QCOMPARE(QString::fromUtf8(other).count(QLatin1String("attribute.server = ")), 1);
        // QtKeychain's schema, the secret base64 (binary data), never the plain JSON.
        QCOMPARE(listing.count(QLatin1String("schema = org.qt.keychain")), 2);
        QCOMPARE(listing.count(QLatin1String("attribute.type = base64")), 2);
        QVERIFY(!listing.contains(QLatin1String("\"secret_key\"")));
    }

    // The keyring daemon restarts (unlocking its file with the same password): the secrets
    // are still there, so they were in the keyring, not in LiteOps's memory.
    void survivesAKeyringRestart()
    {
        m_service->stopKeyring();
        QVERIFY(!m_service->hasOwner());
        QString error;
        QVERIFY2(m_service->startKeyring(m_password, &error), qPrintable(error));
        const DriverRun read = driver(QStringLiteral("beta"), {QStringLiteral("read")});
        QVERIFY2(read.results.size() == 1, qPrintable(show(read)));
        QCOMPARE(read.results[0].value(u"credentials").toObject(),
                 credentials(QStringLiteral("beta"), QStringLiteral("token"), 2));
        QVERIFY(QFileInfo(m_service->keyringFolder() + QStringLiteral("/login.keyring")).size() > 0);
    }

    void deleteEachProfile()
    {
        const DriverRun removed = driver(QStringLiteral("alpha"), {QStringLiteral("remove")});
        QVERIFY2(removed.exitCode == 0 && removed.results.size() == 1, qPrintable(show(removed)));
        QCOMPARE(removed.results[0].value(u"status").toString(), QStringLiteral("ok"));
        const DriverRun gone = driver(QStringLiteral("alpha"), {QStringLiteral("read")});
        QCOMPARE(gone.results.value(0).value(u"status").toString(), QStringLiteral("not_found"));
        QVERIFY(!gone.results.value(0).value(u"session_only").toBool());
        QVERIFY(lookedUpFromOutside(QStringLiteral("alpha")).isEmpty());
        // beta is untouched, then goes too; removing twice is fine.
        QCOMPARE(lookedUpFromOutside(QStringLiteral("beta")),
                 credentials(QStringLiteral("beta"), QStringLiteral("token"), 2));
        const DriverRun both = driver(QStringLiteral("beta"),
                                      {QStringLiteral("remove"), QStringLiteral("remove"), QStringLiteral("read")});
        QVERIFY2(both.results.size() == 3, qPrintable(show(both)));
        QCOMPARE(both.results[0].value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(both.results[1].value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(both.results[2].value(u"status").toString(), QStringLiteral("not_found"));
        QVERIFY(lookedUpFromOutside(QStringLiteral("beta")).isEmpty());
    }

    // Every secret given to the store so far, in any encoding: in no file (the keyring file
    // exists and is encrypted).
    void noSecretInAnyFile()
    {
        QVERIFY(m_written.size() >= 16);
        const QStringList hits = filesHolding(m_written);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
        qInfo("%d secret values searched in every file under the test's HOME, TMPDIR and runtime folder: none found",
              int(m_written.size()));
    }

    // A locked collection (no prompt can be shown): one clear notice, session only, no file.
    void lockedCollection()
    {
        // Something to find, stored while unlocked.
        const QJsonObject kept = credentials(QStringLiteral("kept"), QStringLiteral("iam"), 1);
        QCOMPARE(driver(QStringLiteral("kept"), {QStringLiteral("write")}, {kept})
                     .results.value(0)
                     .value(u"status")
                     .toString(),
                 QStringLiteral("ok"));
        QString error;
        QVERIFY2(m_service->lockLogin(&error), qPrintable(error));
        expectSessionOnly(QStringLiteral("locked"), nullptr, QStringLiteral("locked"));
        // A read of what is stored: not available while locked, said once, no hang.
        const DriverRun read = driver(QStringLiteral("kept"), {QStringLiteral("read")});
        QVERIFY2(read.results.size() == 1 && read.notices.size() == 1, qPrintable(show(read)));
        QVERIFY(read.sessionOnly);
        QCOMPARE(m_service->collectionLocked(), 1);
        // Unlocked again (the daemon restarts with the password): the stored secret is back,
        // the session-only one never reached the keychain.
        m_service->stopKeyring();
        QVERIFY2(m_service->startKeyring(m_password, &error), qPrintable(error));
        QCOMPARE(lookedUpFromOutside(QStringLiteral("kept")), kept);
        QVERIFY(lookedUpFromOutside(QStringLiteral("locked")).isEmpty());
    }

    // The daemon goes away while LiteOps is in use.
    void daemonGone()
    {
        m_service->stopKeyring();
        expectSessionOnly(QStringLiteral("gone"), nullptr, QStringLiteral("No keychain"));
        const QStringList hits = filesHolding(m_written);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
