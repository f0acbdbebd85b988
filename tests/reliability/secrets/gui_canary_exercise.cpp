// SPDX-License-Identifier: Apache-2.0
// The screens where a user types and sees credentials, driven with the secret-leak scan's
// canaries: the profiles dialog in each auth mode (typed, connection test passed and failed,
// saved, opened again) and the console connected through the saved profile. Each state's
// visible text is written next to the others' screenshot dumps, so the scan searches what
// the screen showed; each connection a simulator enforcing authentication accepted is noted
// in the scan's ledger. Runs standalone with defaults.
#include "sim_fixture.h"
#include "job_list_model.h"
#include "job_list_panel.h"
#include "main_window.h"
#include "notifier.h"
#include "profile_store.h"
#include "profiles_dialog.h"
#include "secret_store.h"
#include "test_credentials.h"
#include "visible_text.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace liteops;
using namespace liteops::test;
using namespace liteops::ui;

namespace {
const QString kSecurityToken = testenv::credential(testenv::kEnvSecurityToken,
                                                   QStringLiteral("gui-exercise-security-token/with+base64=chars"));
const QString kToken = testenv::credential(testenv::kEnvToken, QStringLiteral("MIIgui-exercise-token-0001"));
const QString kPassword = testenv::credential(testenv::kEnvPassword, QStringLiteral("gui exercise pass:word/0001!"));
const QString kUser = QStringLiteral("canary-ops-admin");
const QString kDomain = QStringLiteral("canary-domain");
} // namespace

class GuiCanaryExercise : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch; // used only when the scan gives no folders
    QString m_shots;
    QSettings *m_settings = nullptr;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;

    // Writes what `w` shows and checks on the spot that no secret is visible.
    void dump(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString text = testenv::visibleText(w);
        for (const QString &secret : {kSk, kSecurityToken, kToken, kPassword})
            QVERIFY2(!text.contains(secret), qPrintable(name));
        QVERIFY(testenv::writeVisibleText(w, QDir(m_shots).filePath(name + QStringLiteral(".txt"))));
    }

    static Profile profileFor(const sim::Simulator &s, Credentials::Mode mode, const QString &name)
    {
        const QUrl base = s.baseUrl();
        Profile p;
        p.name = name;
        p.region = QStringLiteral("cn-north-4");
        p.endpointOverrides.modelArts = p.endpointOverrides.serviceStage = p.endpointOverrides.ief =
            p.endpointOverrides.iam = base;
        p.projectId = s.projectId();
        p.authMode = mode;
        p.timeoutSeconds = 15;
        return p;
    }

    static Credentials akSk()
    {
        Credentials c;
        c.mode = Credentials::Mode::AkSk;
        c.accessKey = kAk;
        c.secretKey = kSk;
        c.securityToken = kSecurityToken;
        return c;
    }

    // Runs the dialog's connection test; true when it reports success.
    static bool connects(ProfilesDialog *d)
    {
        d->startConnectionTest();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(d->testResult().startsWith(QLatin1String("Connected"))
                                         || d->testResult().startsWith(QLatin1String("Connection failed")),
                                     30000);
            }();
        return d->testResult().startsWith(QLatin1String("Connected"));
    }

private slots:
    void initTestCase()
    {
        QString out = qEnvironmentVariable("LITEOPS_SECRET_SCAN_OUTPUT");
        m_shots = qEnvironmentVariable("LITEOPS_SCREENSHOT_DIR");
        if (out.isEmpty())
            out = m_scratch.path();
        if (m_shots.isEmpty())
            m_shots = m_scratch.path();
        QVERIFY(QDir().mkpath(m_shots));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiteOpsCanary"));
        QCoreApplication::setApplicationName(QStringLiteral("gui-exercise"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, out + QStringLiteral("/settings"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, out + QStringLiteral("/settings"));
        m_settings = new QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("LiteOpsCanary"),
                                   QStringLiteral("profiles"), this);
        m_profiles = std::make_unique<ProfileStore>(m_settings);
        // Under the scan: the real keychain (a private gnome-keyring); standalone: memory.
        const bool realKeychain = qEnvironmentVariable(testenv::kEnvRealKeychain) == QLatin1String("1");
        m_secrets = std::make_unique<SecretStore>(realKeychain ? SecretStore::Backend::Auto
                                                               : SecretStore::Backend::MemoryOnly);
    }

    void cleanupTestCase()
    {
        m_profiles.reset();
        m_secrets.reset();
    }

    void akSkProfile()
    {
        auto simulator = startSimulator();
        ProfilesDialog d(m_profiles.get(), m_secrets.get());
        d.show();
        const Profile p = profileFor(*simulator, Credentials::Mode::AkSk, QStringLiteral("canary"));
        d.setForm(p, akSk());
        // The AK is shown (an identifier, by design); the secret fields show bullets.
        QVERIFY(testenv::visibleText(&d).contains(kAk));
        dump(&d, QStringLiteral("profiles-aksk-typed"));
        QVERIFY2(connects(&d), qPrintable(d.testResult()));
        dump(&d, QStringLiteral("profiles-aksk-connected"));
        testenv::noteAccepted("profiles-dialog", "ak", kAk);
        testenv::noteAccepted("profiles-dialog", "sk", kSk);

        // The canary SK against a gateway that expects another: the failure is shown.
        sim::SimOptions o;
        o.accessKey = kAk;
        o.secretKey = QStringLiteral("the-simulator-knows-another-secret");
        auto strict = startSimulator(o);
        d.setForm(profileFor(*strict, Credentials::Mode::AkSk, QStringLiteral("canary-strict")), akSk());
        QVERIFY(!connects(&d));
        dump(&d, QStringLiteral("profiles-aksk-refused"));

        d.setForm(p, akSk());
        QVERIFY(d.saveForm());
        QTRY_VERIFY(m_profiles->names().contains(p.name));
        dump(&d, QStringLiteral("profiles-aksk-saved"));

        // Opened again: the stored secrets are not shown.
        ProfilesDialog again(m_profiles.get(), m_secrets.get());
        again.show();
        again.selectProfile(p.name);
        QCOMPARE(again.formProfile().accessKey, kAk);
        dump(&again, QStringLiteral("profiles-aksk-reopened"));

        // The console connects through the saved profile, its secret read from the store.
        Notifier notifier;
        MainWindowOptions options;
        options.launch.profile = p.name;
        options.notifier = &notifier;
        options.profiles = m_profiles.get();
        options.secrets = m_secrets.get();
        options.listIntervalMs = 600000;
        options.selectionDelayMs = 0;
        MainWindow window(options);
        window.resize(1360, 820);
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.jobList()->model()->rowCount() > 0, 30000);
        dump(&window, QStringLiteral("console-canary-profile"));
        testenv::noteAccepted("console-profile", "ak", kAk);
        testenv::noteAccepted("console-profile", "sk", kSk);
        if (qEnvironmentVariable(testenv::kEnvRealKeychain) == QLatin1String("1")) {
            QVERIFY2(!m_secrets->sessionOnly(), qPrintable(m_secrets->notice()));
            testenv::noteAccepted("keychain-gui", "sk", kSk); // saved by the dialog, read by the console
        }
    }

    void iamPasswordProfile()
    {
        sim::SimOptions o;
        o.iamUser = kUser;
        o.iamPassword = kPassword;
        o.iamDomain = kDomain;
        auto simulator = startSimulator(o);
        ProfilesDialog d(m_profiles.get(), m_secrets.get());
        d.show();
        Profile p = profileFor(*simulator, Credentials::Mode::IamPassword, QStringLiteral("canary-iam"));
        p.iamUser = kUser;
        p.iamDomain = kDomain;
        Credentials c;
        c.mode = Credentials::Mode::IamPassword;
        c.iamUser = kUser;
        c.iamDomain = kDomain;
        c.iamPassword = kPassword;
        d.setForm(p, c);
        dump(&d, QStringLiteral("profiles-iam-typed"));
        QVERIFY2(connects(&d), qPrintable(d.testResult()));
        dump(&d, QStringLiteral("profiles-iam-connected"));
        testenv::noteAccepted("profiles-dialog", "password", kPassword);
        QVERIFY(d.saveForm());
        dump(&d, QStringLiteral("profiles-iam-saved"));
    }

    void tokenProfile()
    {
        sim::SimOptions o;
        o.token = kToken;
        auto simulator = startSimulator(o);
        ProfilesDialog d(m_profiles.get(), m_secrets.get());
        d.show();
        const Profile p = profileFor(*simulator, Credentials::Mode::Token, QStringLiteral("canary-token"));
        Credentials c;
        c.mode = Credentials::Mode::Token;
        c.token = kToken;
        d.setForm(p, c);
        dump(&d, QStringLiteral("profiles-token-typed"));
        QVERIFY2(connects(&d), qPrintable(d.testResult()));
        dump(&d, QStringLiteral("profiles-token-connected"));
        testenv::noteAccepted("profiles-dialog", "token", kToken);

        Credentials revoked = c;
        revoked.token = kToken + QStringLiteral("-revoked");
        d.setForm(p, revoked);
        QVERIFY(!connects(&d));
        dump(&d, QStringLiteral("profiles-token-refused"));
    }
};

QTEST_MAIN(GuiCanaryExercise)
#include "gui_canary_exercise.moc"
