// SPDX-License-Identifier: Apache-2.0
// The console at QT_SCALE_FACTOR=2 on a 2048×1400 screen (1024×700 logical), offscreen: the
// first window's frame fits the screen's available geometry, and a saved geometry that no
// longer fits (a bigger screen, another scale) is brought inside. Its own executable: the
// scale factor and the screen must be set before QApplication exists.
#include "console_fixture.h"
#include "app_settings.h"

#include <QApplication>
#include <QScreen>
#include <QTemporaryDir>

using namespace liteops;
using namespace liteops::ui;
using namespace liteops::ui::test;

namespace {

// A window made as the application makes its first one: no size from the test.
std::unique_ptr<MainWindow> firstWindow(ProfileStore *profiles, SecretStore *secrets, Notifier *notifier)
{
    MainWindowOptions o;
    o.profiles = profiles;
    o.secrets = secrets;
    o.notifier = notifier;
    o.selectionDelayMs = 0;
    auto window = std::make_unique<MainWindow>(o);
    window->show();
    window->start();
    return window;
}

QString describe(const QRect &r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class ConsoleScaleTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QSettings m_profileSettings{QSettings::IniFormat, QSettings::UserScope, QStringLiteral("LiteOpsTest"),
                                QStringLiteral("profiles")};
    ProfileStore m_profiles{&m_profileSettings};
    SecretStore m_secrets{SecretStore::Backend::MemoryOnly};
    Notifier m_notifier;

    void verifyFits(MainWindow *window)
    {
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QRect available = window->screen()->availableGeometry();
        QTRY_VERIFY2(available.contains(window->frameGeometry()),
                     qPrintable(describe(window->frameGeometry()) + QStringLiteral(" in ") + describe(available)));
    }

private slots:
    void initTestCase()
    {
        useTemporarySettings(&m_settings);
        QCOMPARE(qApp->devicePixelRatio(), 2.0);
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1024, 700));
    }
    void cleanupTestCase() { removeTestData(); }

    void firstWindowFitsTheScreen()
    {
        auto window = firstWindow(&m_profiles, &m_secrets, &m_notifier);
        verifyFits(window.get());
        window->close(); // saves its geometry
    }

    void savedGeometryThatNoLongerFitsIsBroughtInside()
    {
        QWidget big; // as saved on a 4K screen: larger than this one and far off its edge
        big.setGeometry(1500, 900, 1900, 1300);
        AppSettings().setWindowGeometry(big.saveGeometry());
        auto window = firstWindow(&m_profiles, &m_secrets, &m_notifier);
        verifyFits(window.get());
    }
};

int main(int argc, char **argv)
{
    // 2048×1400 device pixels at scale 2: a 1024×700 logical screen, as a 4K laptop at 200%
    // shows a small window.
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("offscreen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"screens": [{"name": "scaled", "x": 0, "y": 0, "width": 2048, "height": 1400,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    ConsoleScaleTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "console_scale_test.moc"
