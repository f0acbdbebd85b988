// SPDX-License-Identifier: Apache-2.0
// The draft: every field and the server selection are saved as the user goes; a wizard
// destroyed without finishing (as in a crash) leaves it behind, and the next wizard offers
// to restore it.
#include "draftstore.h"
#include "wizard_gui_helpers.h"
#include "wizard_sim_fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace liteops;
using namespace liteops::wizardtest;
using liteops::WizardState;
using ui::CreateJobWizard;

class WizardDraftTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<CloudClient> m_client;

    // Fills every page up to the options; returns the servers chosen.
    QStringList fill(CreateJobWizard *w)
    {
        const QStringList servers = runningServerIds(*m_sim, 12);
        [&] {
            QVERIFY(chooseType(w, QStringLiteral("HDK_UPGRADE")));
            QVERIFY(clickNext(w));
            child<QPlainTextEdit>(w, QStringLiteral("pasteBox"))->setPlainText(servers.join(u'\n'));
            QTest::mouseClick(child<QPushButton>(w, QStringLiteral("addPastedButton")), Qt::LeftButton);
            QVERIFY(clickNext(w));
            child<QLineEdit>(w, QStringLiteral("param_version"))->setText(QStringLiteral("24.2.0.1"));
            QVERIFY(clickNext(w));
            child<QLineEdit>(w, QStringLiteral("nameEdit"))->setText(QStringLiteral("draft-test"));
            child<QLineEdit>(w, QStringLiteral("descriptionEdit"))->setText(QStringLiteral("night upgrade"));
            child<QCheckBox>(w, QStringLiteral("rebootCheck"))->setChecked(true);
            child<QSpinBox>(w, QStringLiteral("serversPerJobSpin"))->setValue(5);
            child<QSpinBox>(w, QStringLiteral("budgetTasksSpin"))->setValue(3);
            child<QSpinBox>(w, QStringLiteral("budgetPercentSpin"))->setValue(20);
            child<QSpinBox>(w, QStringLiteral("pauseSpin"))->setValue(30);
            child<QSpinBox>(w, QStringLiteral("wavesInFlightSpin"))->setValue(2);
            child<QLineEdit>(w, QStringLiteral("waveSizesEdit"))->setText(QStringLiteral("1, 25%"));
            auto *gate = child<QComboBox>(w, QStringLiteral("gateCombo"));
            gate->setCurrentIndex(gate->findData(int(GateMode::AfterEach)));
            child<QCheckBox>(w, QStringLiteral("verifyCheck"))->setChecked(false);
            }();
        return servers;
    }

private slots:
    void initTestCase()
    {
        clearAppData();
        sim::SimOptions so;
        so.servers = 100;
        m_sim = startSimulator(so);
        m_client = clientFor(*m_sim);
    }
    void init() { clearAppData(); }

    void draftIsSavedAsTheUserGoes()
    {
        auto w = openWizard(m_client.get());
        QVERIFY(!DraftStore().hasDraft());
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        // Saved shortly after the change, without closing anything.
        QTRY_VERIFY(DraftStore().hasDraft());
        QTRY_COMPARE(DraftStore().load()->jobType, QStringLiteral("HDK_QUERY"));
        QVERIFY(clickNext(w.get()));
        stateOf(w.get())->serverModel()->setSelected({0, 1, 2}, true);
        QTRY_COMPARE(DraftStore().load()->serverIds.size(), 3);
        QCOMPARE(DraftStore().load()->page, int(CreateJobWizard::TargetsPageId));
    }

    void draftIsOfferedAndRestoredAfterTheWizardDies()
    {
        QStringList servers;
        {
            auto w = openWizard(m_client.get());
            servers = fill(w.get());
            // Destroyed without finishing, as when the process is killed.
        }
        QVERIFY(DraftStore().hasDraft());

        auto w = openWizard(m_client.get());
        auto *banner = child<QFrame>(w.get(), QStringLiteral("draftBanner"));
        QVERIFY(!banner->isHidden());
        QVERIFY(plain(banner->findChild<QLabel *>()->text()).contains(QLatin1String("draft-test, 12 servers")));
        // Typing before deciding does not overwrite the old draft.
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        QCOMPARE(DraftStore().load()->name, QStringLiteral("draft-test"));

        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("restoreDraftButton")), Qt::LeftButton);
        QVERIFY(banner->isHidden());
        WizardState *state = stateOf(w.get());
        QCOMPARE(state->jobType(), QStringLiteral("HDK_UPGRADE"));
        QCOMPARE(state->serverModel()->selectedIds(), servers);
        QCOMPARE(state->items().first().spec.value(QStringLiteral("version")), QStringLiteral("24.2.0.1"));

        // Back on the page the user left (options), every page showing what was restored.
        QCOMPARE(w->currentId(), int(CreateJobWizard::OptionsPageId));
        QCOMPARE(child<QLineEdit>(w.get(), QStringLiteral("nameEdit"))->text(), QStringLiteral("draft-test"));
        QCOMPARE(child<QLineEdit>(w.get(), QStringLiteral("descriptionEdit"))->text(), QStringLiteral("night upgrade"));
        QVERIFY(child<QCheckBox>(w.get(), QStringLiteral("rebootCheck"))->isChecked());
        QCOMPARE(child<QSpinBox>(w.get(), QStringLiteral("serversPerJobSpin"))->value(), 5);
        QCOMPARE(child<QSpinBox>(w.get(), QStringLiteral("budgetTasksSpin"))->value(), 3);
        QCOMPARE(child<QSpinBox>(w.get(), QStringLiteral("budgetPercentSpin"))->value(), 20);
        QCOMPARE(child<QSpinBox>(w.get(), QStringLiteral("pauseSpin"))->value(), 30);
        QCOMPARE(child<QSpinBox>(w.get(), QStringLiteral("wavesInFlightSpin"))->value(), 2);
        // The wave plan, its gate and verification too.
        QCOMPARE(child<QLineEdit>(w.get(), QStringLiteral("waveSizesEdit"))->text(), QStringLiteral("1, 25%"));
        QCOMPARE(child<QComboBox>(w.get(), QStringLiteral("gateCombo"))->currentData().toInt(),
                 int(GateMode::AfterEach));
        QVERIFY(!child<QCheckBox>(w.get(), QStringLiteral("verifyCheck"))->isChecked());
        QCOMPARE(child<QComboBox>(w.get(), QStringLiteral("wavePlanPreset"))->currentIndex(), 4); // Custom
        w->back();
        QCOMPARE(child<QLineEdit>(w.get(), QStringLiteral("param_version"))->text(), QStringLiteral("24.2.0.1"));
        w->back();
        QCOMPARE(plain(child<QLabel>(w.get(), QStringLiteral("selectedCount"))->text()),
                 QStringLiteral("12 servers selected"));
        // And the review shows the restored request.
        QVERIFY(clickNext(w.get()));
        QVERIFY(clickNext(w.get()));
        QVERIFY(clickNext(w.get()));
        QCOMPARE(w->currentId(), int(CreateJobWizard::ReviewPageId));
        const QString json = child<QPlainTextEdit>(w.get(), QStringLiteral("reviewJson"))->toPlainText();
        QVERIFY2(json.contains(QLatin1String("\"is_reboot\":true")), qPrintable(json));
        QVERIFY(json.contains(QLatin1String("draft-test-w1")) || json.contains(QLatin1String("draft-test-w01")));
    }

    void discardingTheOfferRemovesTheDraft()
    {
        {
            auto w = openWizard(m_client.get());
            fill(w.get());
        }
        auto w = openWizard(m_client.get());
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("discardDraftButton")), Qt::LeftButton);
        QVERIFY(child<QFrame>(w.get(), QStringLiteral("draftBanner"))->isHidden());
        QVERIFY(stateOf(w.get())->serverModel()->selectedIds().isEmpty());
        QVERIFY(!DraftStore().hasDraft() || DraftStore().load()->name.isEmpty());
    }

    void anUnreadableDraftIsReportedAndReplaced()
    {
        {
            QFile f(DraftStore::defaultFilePath());
            QDir().mkpath(QFileInfo(f).absolutePath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{ not json");
        }
        auto w = openWizard(m_client.get());
        auto *banner = child<QFrame>(w.get(), QStringLiteral("draftBanner"));
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->findChild<QLabel *>()->text().contains(QLatin1String("not a valid draft")));
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        QTRY_VERIFY(DraftStore().load().has_value());
    }

    void aDraftThatCannotBeSavedIsShown()
    {
        // A directory where the draft file should be: every save fails.
        const QString path = DraftStore::defaultFilePath();
        QVERIFY(QDir().mkpath(path));
        auto w = openWizard(m_client.get());
        auto *problem = child<QLabel>(w.get(), QStringLiteral("draftProblem"));
        QVERIFY(problem->isHidden());
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        QTRY_VERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(QLatin1String("wizard-draft.json")));
        // The wizard goes on working.
        QVERIFY(clickNext(w.get()));
        w.reset();
        QVERIFY(QDir(path).removeRecursively());
    }
};

QTEST_MAIN(WizardDraftTest)
#include "tst_wizard_draft.moc"
