// SPDX-License-Identifier: Apache-2.0
// Without a keychain backend (no session bus here, as on a headless box) the store says so
// once, keeps secrets in memory for the session only, and writes nothing to disk.
#include "secret_store.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace liteops;

namespace {
SecretJob *waitFor(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(10000))
        qFatal("secret job did not finish");
    return job;
}

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDir dir(root);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (info.isDir())
            out << filesUnder(info.filePath());
        else
            out << info.filePath();
    }
    return out;
}
} // namespace

class SecretStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A private home and no session bus: whatever QtKeychain tries, it finds no backend.
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QDir::temp().filePath(QStringLiteral("liteops-no-bus")).toUtf8());
    }

    void noBackendFallsBackToSessionMemoryWithNotice()
    {
        SecretStore store; // Auto: would use the OS keychain if there were one
        QSignalSpy notice(&store, &SecretStore::sessionOnlyNotice);
        QVERIFY(notice.wait(5000));
        QCOMPARE(notice.size(), 1);
        QVERIFY(store.sessionOnly());
        QVERIFY(!store.available());
        const QString text = notice.at(0).at(0).toString();
        QVERIFY(text.contains(QStringLiteral("session only")));
        QCOMPARE(store.notice(), text);

        Credentials c;
        c.accessKey = QStringLiteral("AKSESSION");
        c.secretKey = QStringLiteral("SK-SESSION-ONLY-1234");
        c.securityToken = QStringLiteral("STS");
        SecretJob *write = waitFor(store.write(QStringLiteral("prod"), c));
        QVERIFY(write->ok());
        QVERIFY(write->sessionOnly());

        SecretJob *read = waitFor(store.read(QStringLiteral("prod")));
        QVERIFY(read->ok());
        QCOMPARE(read->credentials().secretKey, c.secretKey);
        QCOMPARE(read->credentials().securityToken, c.securityToken);
        QCOMPARE(read->credentials().accessKey, c.accessKey);

        SecretJob *other = waitFor(store.read(QStringLiteral("other")));
        QCOMPARE(other->status(), SecretJob::Status::NotFound);

        QVERIFY(waitFor(store.remove(QStringLiteral("prod")))->ok());
        QCOMPARE(waitFor(store.read(QStringLiteral("prod")))->status(), SecretJob::Status::NotFound);
        QCOMPARE(notice.size(), 1); // told once

        // Nothing went to disk: no file anywhere under the (test) config and data homes holds it.
        for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::GenericDataLocation}) {
            for (const QString &file : filesUnder(QStandardPaths::writableLocation(location))) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains("SK-SESSION-ONLY-1234"), qPrintable(file));
            }
        }
    }

    // A session bus address that leads nowhere: QtKeychain itself is asked, fails for want of
    // a backend, and the store falls back without losing the write.
    void keychainErrorFallsBackToo()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + QDir::temp().filePath(QStringLiteral("liteops-no-bus/socket")).toUtf8());
        SecretStore store;
        QVERIFY(!store.sessionOnly()); // it believes there may be a keychain
        QSignalSpy notice(&store, &SecretStore::sessionOnlyNotice);
        Credentials c;
        c.secretKey = QStringLiteral("SK-after-keychain-error");
        SecretJob *write = waitFor(store.write(QStringLiteral("p"), c));
        QVERIFY2(write->ok(), qPrintable(write->errorString()));
        QVERIFY(write->sessionOnly());
        QCOMPARE(notice.size(), 1);
        QVERIFY(store.sessionOnly());
        SecretJob *read = waitFor(store.read(QStringLiteral("p")));
        QCOMPARE(read->credentials().secretKey, c.secretKey);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    // The probe finds a keychain QtKeychain cannot reach before anything is written: the
    // notice comes at once (the profiles dialog shows it before Save), and nothing is stored.
    void probeFindsTheMissingKeychainBeforeAnyWrite()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + QDir::temp().filePath(QStringLiteral("liteops-no-bus/socket")).toUtf8());
        SecretStore store;
        QVERIFY(!store.sessionOnly());
        QSignalSpy notice(&store, &SecretStore::sessionOnlyNotice);
        SecretJob *probe = waitFor(store.probe());
        QCOMPARE(probe->status(), SecretJob::Status::NotFound);
        QCOMPARE(notice.size(), 1);
        QVERIFY(store.sessionOnly());
        QVERIFY(notice.at(0).at(0).toString().startsWith(QLatin1String("No keychain is available")));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void sessionMemoryDiesWithTheStore()
    {
        Credentials c;
        c.token = QStringLiteral("tok");
        {
            SecretStore store(SecretStore::Backend::MemoryOnly);
            QVERIFY(waitFor(store.write(QStringLiteral("p"), c))->ok());
        }
        SecretStore again(SecretStore::Backend::MemoryOnly);
        QCOMPARE(waitFor(again.read(QStringLiteral("p")))->status(), SecretJob::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(SecretStoreTest)
#include "tst_secret_store.moc"
