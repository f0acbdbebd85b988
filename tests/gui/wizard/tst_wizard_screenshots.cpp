// SPDX-License-Identifier: Apache-2.0
// Walks the wizard through every page as a user would (an HDK upgrade of 120 servers in
// waves of 50) and grabs each page. With LITEOPS_SCREENSHOT_DIR set the PNGs are written
// there, for a person to look at, each with a .txt of the text it shows (searched by the
// secret-leak scan); the test itself checks the walk reaches every page with what each page
// must show.
#include "visible_text.h"
#include "wizard_gui_helpers.h"
#include "wizard_sim_fixture.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace liteops;
using namespace liteops::wizardtest;
using liteops::WizardState;
using ui::CreateJobWizard;

class WizardScreenshotsTest : public QObject
{
    Q_OBJECT

    QString m_dir = qEnvironmentVariable("LITEOPS_SCREENSHOT_DIR");

    void grab(QWidget *w, const QString &name)
    {
        const QPixmap shot = w->grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() > 400 && shot.height() > 300);
        if (!m_dir.isEmpty()) {
            QDir().mkpath(m_dir);
            QVERIFY(shot.save(QDir(m_dir).filePath(name + QStringLiteral(".png"))));
            QVERIFY(testenv::writeVisibleText(w, QDir(m_dir).filePath(name + QStringLiteral(".txt"))));
        }
    }

private slots:
    void init() { clearAppData(); }

    void everyPage()
    {
        sim::SimOptions so;
        so.servers = 300;
        so.taskDurationMs = 300;
        so.failureRate = 0.05;
        auto simulator = startSimulator(so);
        QVERIFY(simulator);
        auto client = clientFor(*simulator);

        CreateJobWizard wizard(client.get(), QStringLiteral("sandbox"));
        wizard.resize(1100, 760);
        wizard.show();
        WizardState *state = stateOf(&wizard);
        state->setPollIntervalMs(60);
        QTRY_VERIFY_WITH_TIMEOUT(state->templatesLoad() == WizardState::Load::Loaded, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(state->serversLoad() == WizardState::Load::Loaded, 20000);

        QVERIFY(chooseType(&wizard, QStringLiteral("HDK_UPGRADE")));
        QVERIFY(!child<QLabel>(&wizard, QStringLiteral("typeExplanation"))->text().isEmpty());
        grab(&wizard, QStringLiteral("wizard-1-type"));
        QVERIFY(clickNext(&wizard));

        // Targets: 120 running servers pasted, plus one unknown entry and one duplicate.
        QStringList pasted = runningServerIds(*simulator, 120);
        QCOMPARE(pasted.size(), 120);
        pasted << QStringLiteral("no-such-server") << pasted.first();
        child<QPlainTextEdit>(&wizard, QStringLiteral("pasteBox"))->setPlainText(pasted.join(u'\n'));
        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("addPastedButton")), Qt::LeftButton);
        QTRY_VERIFY(
            plain(child<QLabel>(&wizard, QStringLiteral("selectedCount"))->text()).contains(QLatin1String("120")));
        QVERIFY(
            child<QLabel>(&wizard, QStringLiteral("pasteReport"))->text().contains(QLatin1String("no-such-server")));
        grab(&wizard, QStringLiteral("wizard-2-targets"));
        QVERIFY(clickNext(&wizard));

        // Parameters: a bad version keeps Next disabled and says what is expected.
        auto *version = child<QLineEdit>(&wizard, QStringLiteral("param_version"));
        version->setText(QStringLiteral("latest"));
        QTRY_VERIFY(!nextEnabled(&wizard));
        grab(&wizard, QStringLiteral("wizard-3-parameters-invalid"));
        version->setText(QStringLiteral("24.1.rc3.10"));
        QTRY_VERIFY(nextEnabled(&wizard));
        QVERIFY(clickNext(&wizard));

        QCOMPARE(wizard.currentId(), int(CreateJobWizard::OptionsPageId));
        child<QLineEdit>(&wizard, QStringLiteral("nameEdit"))->setText(QStringLiteral("hdk-upgrade-fleet"));
        grab(&wizard, QStringLiteral("wizard-4-options"));
        // The same page with a progressive plan and a gate after the first wave, then back.
        auto *preset = child<QComboBox>(&wizard, QStringLiteral("wavePlanPreset"));
        auto *gate = child<QComboBox>(&wizard, QStringLiteral("gateCombo"));
        const int presetBefore = preset->currentIndex();
        preset->setCurrentIndex(3);
        emit preset->activated(3); // as a user's choice does
        gate->setCurrentIndex(1);
        QTRY_VERIFY(
            child<QLabel>(&wizard, QStringLiteral("planSummary"))->text().contains(QLatin1String("1, 5, 30, 50")));
        grab(&wizard, QStringLiteral("wizard-4-options-progressive"));
        preset->setCurrentIndex(presetBefore);
        emit preset->activated(presetBefore);
        gate->setCurrentIndex(0);
        QVERIFY(clickNext(&wizard));

        QCOMPARE(wizard.currentId(), int(CreateJobWizard::ReviewPageId));
        QCOMPARE(child<QListWidget>(&wizard, QStringLiteral("waveList"))->count(), 3);
        QVERIFY(child<QPlainTextEdit>(&wizard, QStringLiteral("reviewJson"))
                    ->toPlainText()
                    .contains(QLatin1String("hdk-upgrade-fleet-w01")));
        grab(&wizard, QStringLiteral("wizard-5-review"));
        QVERIFY(clickNext(&wizard)); // commit: submits

        QTRY_COMPARE_WITH_TIMEOUT(simulator->receivedCreateBodies().size(), 3, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 30000);
        grab(&wizard, QStringLiteral("wizard-6-submit"));
    }
};

QTEST_MAIN(WizardScreenshotsTest)
#include "tst_wizard_screenshots.moc"
