// SPDX-License-Identifier: Apache-2.0
// WizardState without widgets or a cloud: the fields the pages set are the draft that is
// saved, a saved draft comes back field by field, and an unchanged value writes nothing.
#include "draftstore.h"
#include "wizardstate.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace liteops;

class WizardStateTest : public QObject
{
    Q_OBJECT

    static QList<Server> servers()
    {
        QList<Server> list;
        for (int i = 0; i < 3; ++i) {
            Server s;
            s.id = QStringLiteral("id-%1").arg(i);
            s.name = QStringLiteral("node-%1").arg(i);
            s.status = QStringLiteral("RUNNING");
            list << s;
        }
        return list;
    }

    static void fill(WizardState &state)
    {
        state.serverModel()->setServers(servers());
        state.serverModel()->setSelectedIds({QStringLiteral("id-2"), QStringLiteral("id-0")});
        state.setName(QStringLiteral("upgrade-rack-4"));
        state.setDescription(QStringLiteral("night window"));
        state.setReboot(true);
        state.setServersPerJob(10);
        state.setWavesInFlight(2);
        state.setBudgetFailedTasks(3);
        state.setBudgetFailedPercent(20);
        state.setPauseSeconds(30);
        state.setWaveSizes(QStringLiteral("1, 25%"));
        state.setGate(GateMode::AfterEach);
        state.setVerify(false);
        state.setItems({JobItem{QStringLiteral("HDK_UPGRADE"), {{QStringLiteral("version"), QStringLiteral("24.1")}}}});
        state.setCurrentPage(3);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { DraftStore().clear(); }
    void cleanup() { DraftStore().clear(); }

    void fieldsAreSavedAsTheDraft()
    {
        {
            WizardState state(nullptr, QStringLiteral("prod"));
            fill(state);
            state.flushDraft();
        }
        QString error;
        const std::optional<WizardDraft> d = DraftStore().load(&error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->profile, QStringLiteral("prod"));
        QCOMPARE(d->name, QStringLiteral("upgrade-rack-4"));
        QCOMPARE(d->description, QStringLiteral("night window"));
        QVERIFY(d->isReboot);
        QCOMPARE(d->serversPerJob, 10);
        QCOMPARE(d->wavesInFlight, 2);
        QCOMPARE(d->budgetFailedTasks, 3);
        QCOMPARE(d->budgetFailedPercent, 20);
        QCOMPARE(d->pauseSeconds, 30);
        QCOMPARE(d->waveSizes, QStringLiteral("1, 25%"));
        QCOMPARE(d->gate, QStringLiteral("each"));
        QVERIFY(!d->verify);
        QCOMPARE(d->page, 3);
        QCOMPARE(d->items.size(), 1);
        QCOMPARE(d->serverIds, (QStringList{QStringLiteral("id-2"), QStringLiteral("id-0")}));
    }

    void savedDraftIsRestoredFieldByField()
    {
        {
            WizardState first(nullptr, QStringLiteral("prod"));
            fill(first);
        } // the destructor writes what is pending
        WizardState state(nullptr, QStringLiteral("prod"));
        QVERIFY(state.pendingDraft().has_value());
        QSignalSpy restored(&state, &WizardState::draftRestored);
        state.serverModel()->setServers(servers());
        state.restorePendingDraft();
        QCOMPARE(restored.size(), 1);
        QVERIFY(!state.pendingDraft().has_value());
        QCOMPARE(state.name(), QStringLiteral("upgrade-rack-4"));
        QCOMPARE(state.gate(), GateMode::AfterEach);
        QCOMPARE(state.currentPage(), 3);
        QCOMPARE(state.waveOptions().wavesInFlight, 2);
        QCOMPARE(state.waveOptions().pauseBetweenWavesMs, 30000);
        QCOMPARE(state.waveOptions().budgetFailedPercent, 20);
        QVERIFY(!state.waveOptions().verify);
        const CreateJobRequest r = state.baseRequest();
        QCOMPARE(r.name, QStringLiteral("upgrade-rack-4"));
        QCOMPARE(r.serverIds, (QStringList{QStringLiteral("id-2"), QStringLiteral("id-0")}));
        QVERIFY(r.isReboot);
    }

    void unchangedValueWritesNothing()
    {
        WizardState state(nullptr, QStringLiteral("prod"));
        state.setName(QStringLiteral("a"));
        state.flushDraft();
        QVERIFY(DraftStore().clear());
        state.setName(QStringLiteral("a"));
        state.setGate(GateMode::None);
        state.flushDraft();
        QVERIFY(!DraftStore().hasDraft());
    }

    void anOldDraftWaitsForTheUser()
    {
        {
            WizardState first(nullptr, QStringLiteral("prod"));
            first.setName(QStringLiteral("old"));
        }
        WizardState state(nullptr, QStringLiteral("prod"));
        state.setName(QStringLiteral("new"));
        state.flushDraft();
        QCOMPARE(DraftStore().load()->name, QStringLiteral("old")); // not overwritten
        state.discardPendingDraft();
        QVERIFY(!DraftStore().hasDraft() || DraftStore().load()->name != QLatin1String("old"));
        state.finishDraft();
        QVERIFY(!DraftStore().hasDraft());
    }

    void withoutACloudLoadingFails()
    {
        WizardState state(nullptr, QStringLiteral("prod"));
        state.loadTemplates();
        QCOMPARE(state.templatesLoad(), WizardState::Load::Failed);
        QVERIFY(!state.templatesError().isEmpty());
        state.loadServers();
        QCOMPARE(state.serversLoad(), WizardState::Load::Failed);
    }
};

QTEST_GUILESS_MAIN(WizardStateTest)
#include "tst_wizard_state.moc"
