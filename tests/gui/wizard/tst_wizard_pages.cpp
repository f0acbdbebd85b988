// SPDX-License-Identifier: Apache-2.0
// Each page of the create-job wizard against the in-process simulator: the fields, the live
// validators and their messages, Next disabled while anything is invalid, the paste of 500
// servers with unknown and duplicate entries, and the review page's exact JSON.
#include "core/encode.h"
#include "serverpickmodel.h"
#include "wizard/targetspage.h"
#include "wizard_gui_helpers.h"
#include "wizard_sim_fixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace liteops;
using namespace liteops::wizardtest;
using liteops::WizardState;
using ui::CreateJobWizard;

class WizardPagesTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<CloudClient> m_client;

    // Page 1 -> 3 with HDK_UPGRADE and the first `n` servers ticked through the table.
    void goToParameters(CreateJobWizard *w, int n)
    {
        QVERIFY(chooseType(w, QStringLiteral("HDK_UPGRADE")));
        QVERIFY(clickNext(w));
        auto *model = stateOf(w)->serverModel();
        QList<int> rows;
        for (int i = 0; i < n; ++i)
            rows << i;
        model->setSelected(rows, true);
        QVERIFY(clickNext(w));
        QCOMPARE(w->currentId(), int(CreateJobWizard::ParametersPageId));
    }

private slots:
    void initTestCase()
    {
        clearAppData();
        sim::SimOptions so;
        so.servers = 600;
        so.taskDurationMs = 200;
        m_sim = startSimulator(so);
        m_client = clientFor(*m_sim);
    }
    void init() { clearAppData(); }

    void jobTypePageListsTemplatesAndTheCatalogue()
    {
        auto w = openWizard(m_client.get());
        QCOMPARE(w->currentId(), int(CreateJobWizard::JobTypePageId));
        QVERIFY(!nextEnabled(w.get())); // nothing chosen yet
        auto *list = child<QTreeWidget>(w.get(), QStringLiteral("templateList"));
        QStringList types, sources;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            types << list->topLevelItem(i)->text(1);
            sources << list->topLevelItem(i)->text(3);
        }
        // The simulator's four templates, then the built-in COMMON (the only type they miss).
        QCOMPARE(types, (QStringList{QStringLiteral("HDK_UPGRADE"), QStringLiteral("HDK_QUERY"),
                                     QStringLiteral("DEVICE_LOG_COLLECT"), QStringLiteral("ASCEND_DIAGNOSIS"),
                                     QStringLiteral("COMMON")}));
        QCOMPARE(sources.last(), QStringLiteral("Built-in"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("ASCEND_SNT9B")); // flavor type

        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        auto *explanation = child<QLabel>(w.get(), QStringLiteral("typeExplanation"));
        QVERIFY(explanation->text().contains(QLatin1String("without changing anything")));
        QVERIFY(nextEnabled(w.get()));
    }

    void jobTypePageFallsBackToTheCatalogue()
    {
        QString error;
        QVERIFY(m_sim->addFault(QStringLiteral("GET .*/dev-servers/jobs/templates$ status 500"), &error));
        auto w = std::make_unique<CreateJobWizard>(m_client.get(), QStringLiteral("test"));
        w->show();
        WizardState *state = stateOf(w.get());
        QTRY_VERIFY_WITH_TIMEOUT(state->templatesLoad() == WizardState::Load::Failed, 20000);
        m_sim->clearFaults();
        auto *status = child<QLabel>(w.get(), QStringLiteral("templatesStatus"));
        QVERIFY(status->text().contains(QLatin1String("could not be loaded")));
        QVERIFY(child<QPushButton>(w.get(), QStringLiteral("templatesRetry"))->isVisible());
        auto *list = child<QTreeWidget>(w.get(), QStringLiteral("templateList"));
        QCOMPARE(list->topLevelItemCount(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(list->topLevelItem(i)->text(3), QStringLiteral("Built-in"));
        // Retry gets the service's templates.
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("templatesRetry")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(state->templatesLoad() == WizardState::Load::Loaded, 20000);
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Template"));
    }

    void withoutAClientTheWizardSaysSo()
    {
        CreateJobWizard w(nullptr, QStringLiteral("none"));
        w.show();
        QVERIFY(child<QLabel>(&w, QStringLiteral("templatesStatus"))
                    ->text()
                    .contains(QLatin1String("no cloud connection")));
        QCOMPARE(child<QTreeWidget>(&w, QStringLiteral("templateList"))->topLevelItemCount(), 5);
        QVERIFY(chooseType(&w, QStringLiteral("COMMON")));
        QVERIFY(clickNext(&w));
        QVERIFY(
            child<QLabel>(&w, QStringLiteral("serversStatus"))->text().contains(QLatin1String("no cloud connection")));
        QVERIFY(!nextEnabled(&w));
    }

    void targetsPageFiltersSelectsAndWarns()
    {
        auto w = openWizard(m_client.get());
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        QVERIFY(clickNext(w.get()));
        QCOMPARE(w->currentId(), int(CreateJobWizard::TargetsPageId));
        QVERIFY(!nextEnabled(w.get()));

        auto *table = child<QTableView>(w.get(), QStringLiteral("serverTable"));
        QCOMPARE(table->model()->rowCount(), 600);
        auto *count = child<QLabel>(w.get(), QStringLiteral("selectedCount"));
        QCOMPARE(plain(count->text()), QStringLiteral("0 servers selected"));

        // Search, then a status filter, then select all visible.
        const QList<Server> servers = m_sim->servers();
        child<QLineEdit>(w.get(), QStringLiteral("serverSearch"))->setText(servers.at(7).name);
        QVERIFY(table->model()->rowCount() >= 1);
        QCOMPARE(table->model()->index(0, ServerPickModel::IdColumn).data().toString().isEmpty(), false);
        child<QLineEdit>(w.get(), QStringLiteral("serverSearch"))->clear();
        int notRunning = 0;
        for (const Server &s : servers)
            notRunning += s.status == QLatin1String("STOPPED") ? 1 : 0;
        QVERIFY(notRunning > 0);
        auto *status = child<QComboBox>(w.get(), QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("STOPPED")));
        QCOMPARE(table->model()->rowCount(), notRunning);
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("selectVisibleButton")), Qt::LeftButton);
        QCOMPARE(plain(count->text()), plain(QStringLiteral("%1 servers selected").arg(notRunning)));
        auto *warning = child<QLabel>(w.get(), QStringLiteral("targetsWarning"));
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(QLatin1String("not RUNNING")));
        QVERIFY(nextEnabled(w.get()));

        // Ticking a row in the table.
        status->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 600);
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("clearSelectionButton")), Qt::LeftButton);
        QVERIFY(!nextEnabled(w.get()));
        QVERIFY(table->model()->setData(table->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(plain(count->text()), QStringLiteral("1 server selected"));
        QVERIFY(nextEnabled(w.get()));
    }

    void pasteOf500WithUnknownAndDuplicates()
    {
        auto w = openWizard(m_client.get());
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        QVERIFY(clickNext(w.get()));
        const QList<Server> servers = m_sim->servers();
        // 470 servers (ids and names mixed), 15 unknown entries, 15 duplicates (10 repeated
        // ids and 5 names of servers already given by id).
        QStringList lines;
        QStringList expected;
        for (int i = 0; i < 470; ++i) {
            lines << (i % 2 ? servers.at(i).id : servers.at(i).name);
            expected << servers.at(i).id;
        }
        for (int i = 0; i < 15; ++i)
            lines << QStringLiteral("ghost-%1").arg(i);
        for (int i = 0; i < 10; ++i)
            lines << servers.at(2 * i + 1).id;
        for (int i = 0; i < 5; ++i)
            lines << servers.at(2 * i + 1).name;
        QCOMPARE(lines.size(), 500);
        child<QPlainTextEdit>(w.get(), QStringLiteral("pasteBox"))->setPlainText(lines.join(u'\n'));
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("addPastedButton")), Qt::LeftButton);

        const QString report = plain(child<QLabel>(w.get(), QStringLiteral("pasteReport"))->text());
        QVERIFY2(report.contains(QLatin1String("500 entries read")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("470 servers found")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("15 unknown: ghost-0, ghost-1")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("15 duplicates ignored")), qPrintable(report));
        QCOMPARE(stateOf(w.get())->serverModel()->selectedIds(), expected);
        QCOMPARE(plain(child<QLabel>(w.get(), QStringLiteral("selectedCount"))->text()),
                 QStringLiteral("470 servers selected"));

        // The same list as a CSV file with a header: nothing new, all duplicates now.
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("servers.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("status,id\n");
        for (int i = 0; i < 3; ++i)
            csv.write("RUNNING," + servers.at(i).id.toUtf8() + "\n");
        csv.write("RUNNING,nope\n");
        csv.close();
        auto *page = qobject_cast<ui::TargetsPage *>(w->currentPage());
        QVERIFY(page);
        QVERIFY(page->importFile(csv.fileName()));
        const QString fileReport = plain(child<QLabel>(w.get(), QStringLiteral("pasteReport"))->text());
        QVERIFY2(fileReport.contains(QLatin1String("4 entries read: 3 servers found; 1 unknown: nope")),
                 qPrintable(fileReport));
        QVERIFY2(fileReport.contains(QLatin1String("0 newly selected")), qPrintable(fileReport));
        QCOMPARE(stateOf(w.get())->serverModel()->selectedCount(), 470);
        QVERIFY(!page->importFile(dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(child<QLabel>(w.get(), QStringLiteral("pasteReport"))->text().contains(QLatin1String("missing.csv")));
    }

    // The warning names the servers that are not RUNNING, and "Remove these" unticks them
    // and nothing else.
    void targetsWarningNamesNotRunningServersAndRemovesThem()
    {
        auto w = openWizard(m_client.get());
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        QVERIFY(clickNext(w.get()));
        auto *model = stateOf(w.get())->serverModel();
        QList<int> stopped, running;
        for (int row = 0; row < model->servers().size(); ++row) {
            QList<int> &bucket = model->serverAt(row).status == QLatin1String("RUNNING") ? running : stopped;
            if (bucket.size() < 2)
                bucket << row;
        }
        QCOMPARE(stopped.size(), 2);
        model->setSelected(stopped + running, true);
        auto *warning = child<QLabel>(w.get(), QStringLiteral("targetsWarning"));
        auto *remove = child<QPushButton>(w.get(), QStringLiteral("removeNotRunningButton"));
        QVERIFY(!warning->isHidden());
        for (int row : stopped)
            QVERIFY2(warning->text().contains(model->serverAt(row).name), qPrintable(warning->text()));
        for (int row : running)
            QVERIFY(!warning->text().contains(model->serverAt(row).name + QLatin1String(" (")));
        QVERIFY(!remove->isHidden());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(model->selectedIds(),
                 (QStringList{model->serverAt(running.at(0)).id, model->serverAt(running.at(1)).id}));
        QVERIFY(remove->isHidden());
        QVERIFY(warning->isHidden());
        QVERIFY(nextEnabled(w.get()));
    }

    // HDK_UPGRADE's template is for ASCEND_SNT9B: a selected snt9c server is named in a warning.
    void targetsWarnAboutAnotherFlavor()
    {
        auto w = openWizard(m_client.get());
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_UPGRADE")));
        QVERIFY(clickNext(w.get()));
        auto *model = stateOf(w.get())->serverModel();
        int snt9b = -1, snt9c = -1;
        for (int row = 0; row < model->servers().size(); ++row) {
            const Server &s = model->serverAt(row);
            if (s.status != QLatin1String("RUNNING"))
                continue;
            if (s.flavor.startsWith(QLatin1String("ascend-snt9b")) && snt9b < 0)
                snt9b = row;
            if (s.flavor.startsWith(QLatin1String("ascend-snt9c")) && snt9c < 0)
                snt9c = row;
        }
        QVERIFY(snt9b >= 0 && snt9c >= 0);
        auto *warning = child<QLabel>(w.get(), QStringLiteral("targetsWarning"));
        model->setSelected({snt9b}, true);
        QVERIFY2(warning->isHidden(), qPrintable(warning->text()));
        model->setSelected({snt9c}, true);
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(QLatin1String("ASCEND_SNT9B")), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(model->serverAt(snt9c).name));
        QVERIFY(!warning->text().contains(model->serverAt(snt9b).name + QLatin1String(" (")));
        QVERIFY(nextEnabled(w.get())); // a warning, not a block

        // A generic template (HDK_QUERY) fits every flavor.
        w->back();
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        QVERIFY(clickNext(w.get()));
        QVERIFY2(warning->isHidden(), qPrintable(warning->text()));
    }

    // The paste box takes private IPs, as the search does.
    void pasteAcceptsPrivateIps()
    {
        auto w = openWizard(m_client.get());
        QVERIFY(chooseType(w.get(), QStringLiteral("HDK_QUERY")));
        QVERIFY(clickNext(w.get()));
        const QList<Server> servers = m_sim->servers();
        QVERIFY(!servers.at(4).privateIps.isEmpty());
        auto *paste = child<QPlainTextEdit>(w.get(), QStringLiteral("pasteBox"));
        QVERIFY(paste->placeholderText().contains(QLatin1String("IP")));
        paste->setPlainText(servers.at(4).privateIps.first() + QLatin1Char('\n') + servers.at(9).privateIps.first());
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("addPastedButton")), Qt::LeftButton);
        QCOMPARE(stateOf(w.get())->serverModel()->selectedIds(), (QStringList{servers.at(4).id, servers.at(9).id}));
        const QString report = plain(child<QLabel>(w.get(), QStringLiteral("pasteReport"))->text());
        QVERIFY2(report.contains(QLatin1String("2 servers found")), qPrintable(report));
    }

    void parametersPageValidatesLive()
    {
        auto w = openWizard(m_client.get());
        goToParameters(w.get(), 3);
        auto *version = child<QLineEdit>(w.get(), QStringLiteral("param_version"));
        auto *versionError = child<QLabel>(w.get(), QStringLiteral("paramError_version"));
        QCOMPARE(version->text(), QStringLiteral("24.1.rc3.10")); // the template's default
        QVERIFY(versionError->isHidden());
        QVERIFY(nextEnabled(w.get()));
        // upgrade_mode is visible "false": sent with its default, and shown read-only with a
        // note, so nothing is in the request that the user never saw.
        auto *hiddenParam = child<QLineEdit>(w.get(), QStringLiteral("param_upgrade_mode"));
        QVERIFY(hiddenParam->isReadOnly());
        QCOMPARE(hiddenParam->text(), QStringLiteral("offline"));
        auto *hiddenGroup = child<QWidget>(w.get(), QStringLiteral("templateHiddenParams"));
        QVERIFY(hiddenGroup->isVisible());
        QVERIFY(hiddenGroup->isAncestorOf(hiddenParam));
        QVERIFY(!hiddenGroup->isAncestorOf(version)); // visible params stay above
        QVERIFY(child<QLabel>(w.get(), QStringLiteral("templateHiddenNote"))->text().contains(QLatin1String("sent")));
        QCOMPARE(stateOf(w.get())->items().first().spec.value(QStringLiteral("upgrade_mode")),
                 QStringLiteral("offline"));

        version->setText(QStringLiteral("latest"));
        QVERIFY(!versionError->isHidden());
        QVERIFY2(versionError->text().contains(QLatin1String("Expected: Target HDK version, e.g. 24.1.rc3.10")),
                 qPrintable(versionError->text()));
        QVERIFY(versionError->text().contains(QLatin1String("^[0-9]+\\.[0-9]+")));
        QVERIFY(!nextEnabled(w.get()));
        version->setText(QStringLiteral("24.1.0.3"));
        QVERIFY(versionError->isHidden());
        QVERIFY(nextEnabled(w.get()));
        QCOMPARE(stateOf(w.get())->items().first().spec.value(QStringLiteral("version")), QStringLiteral("24.1.0.3"));

        // A custom item through the raw key/value editor.
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("addRawItemButton")), Qt::LeftButton);
        auto *type = child<QLineEdit>(w.get(), QStringLiteral("rawItemType_0"));
        auto *table = child<QTableWidget>(w.get(), QStringLiteral("rawItemTable_0"));
        auto *rawError = child<QLabel>(w.get(), QStringLiteral("rawItemError_0"));
        QCOMPARE(type->text(), QStringLiteral("COMMON"));
        QVERIFY(nextEnabled(w.get())); // an empty COMMON item is valid
        type->setText(QStringLiteral("bad type!"));
        QVERIFY(!rawError->isHidden());
        QVERIFY(rawError->text().contains(QLatin1String("1 to 64 letters")));
        QVERIFY(!nextEnabled(w.get()));
        type->setText(QStringLiteral("COMMON"));
        QVERIFY(nextEnabled(w.get()));
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("rawItemAddRow_0")), Qt::LeftButton);
        table->item(0, 1)->setText(QStringLiteral("value without key"));
        QVERIFY(rawError->text().contains(QLatin1String("has a value but no key")));
        QVERIFY(!nextEnabled(w.get()));
        table->item(0, 0)->setText(QStringLiteral("script"));
        QVERIFY(rawError->isHidden());
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("rawItemAddRow_0")), Qt::LeftButton);
        table->item(1, 0)->setText(QStringLiteral("script"));
        table->item(1, 1)->setText(QStringLiteral("other"));
        QVERIFY(rawError->text().contains(QLatin1String("more than once")));
        QVERIFY(!nextEnabled(w.get()));
        table->item(1, 0)->setText(QStringLiteral("timeout"));
        QVERIFY(nextEnabled(w.get()));
        const QList<JobItem> items = stateOf(w.get())->items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(1).type, QStringLiteral("COMMON"));
        QCOMPARE(items.at(1).spec,
                 (QMap<QString, QString>{{QStringLiteral("script"), QStringLiteral("value without key")},
                                         {QStringLiteral("timeout"), QStringLiteral("other")}}));
    }

    void optionsPageValidatesTheName()
    {
        auto w = openWizard(m_client.get());
        goToParameters(w.get(), 120);
        QVERIFY(clickNext(w.get()));
        QCOMPARE(w->currentId(), int(CreateJobWizard::OptionsPageId));
        auto *name = child<QLineEdit>(w.get(), QStringLiteral("nameEdit"));
        auto *nameError = child<QLabel>(w.get(), QStringLiteral("nameError"));
        QVERIFY(name->text().startsWith(QLatin1String("HDK_UPGRADE-"))); // suggested
        QVERIFY(isValidJobNameOrType(name->text()));
        QVERIFY(nextEnabled(w.get()));
        name->setText(QStringLiteral("bad name"));
        QVERIFY(!nameError->isHidden());
        QVERIFY(nameError->text().contains(QLatin1String("no spaces")));
        QVERIFY(!nextEnabled(w.get()));
        name->setText(QString(65, QLatin1Char('a')));
        QVERIFY(nameError->text().contains(QLatin1String("at most 64")));
        QVERIFY(!nextEnabled(w.get()));
        name->clear();
        QVERIFY(nameError->text().contains(QLatin1String("Enter a name")));
        QVERIFY(!nextEnabled(w.get()));
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("suggestNameButton")), Qt::LeftButton);
        QVERIFY(nextEnabled(w.get()));
        name->setText(QStringLiteral("upgrade.batch_1"));
        QVERIFY(nextEnabled(w.get()));

        auto *perJob = child<QSpinBox>(w.get(), QStringLiteral("serversPerJobSpin"));
        QCOMPARE(perJob->value(), 50);
        QCOMPARE(perJob->maximum(), 50); // the API's limit
        QCOMPARE(child<QSpinBox>(w.get(), QStringLiteral("wavesInFlightSpin"))->value(), 1);
        QVERIFY(plain(child<QLabel>(w.get(), QStringLiteral("planSummary"))->text()).contains(QLatin1String("3 jobs")));
        perJob->setValue(40);
        QVERIFY(plain(child<QLabel>(w.get(), QStringLiteral("planSummary"))->text()).contains(QLatin1String("3 jobs")));
        perJob->setValue(30);
        QVERIFY(plain(child<QLabel>(w.get(), QStringLiteral("planSummary"))->text()).contains(QLatin1String("4 jobs")));
        QVERIFY(!child<QLabel>(w.get(), QStringLiteral("rebootExplanation"))->text().isEmpty());
        child<QCheckBox>(w.get(), QStringLiteral("rebootCheck"))->setChecked(true);
        QVERIFY(stateOf(w.get())->isReboot());

        // The SDK's rule for description is a warning naming the rule, never a block.
        auto *description = child<QLineEdit>(w.get(), QStringLiteral("descriptionEdit"));
        auto *warning = child<QLabel>(w.get(), QStringLiteral("descriptionWarning"));
        description->setText(QStringLiteral("night-upgrade_1.2"));
        QVERIFY(warning->isHidden());
        description->setText(QStringLiteral("Task description."));
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(QLatin1String("^[-_.a-zA-Z0-9]{1,64}$")), qPrintable(warning->text()));
        QVERIFY(nextEnabled(w.get()));
        description->setText(QString(65, QLatin1Char('d')));
        QVERIFY(!warning->isHidden());
        QVERIFY(nextEnabled(w.get()));
        description->clear();
        QVERIFY(warning->isHidden());
    }

    // Typing 80 where at most 50 servers fit: "80" stays on screen, refused in words, and
    // Next waits; leaving the field puts the old value back and the note says so.
    void optionsRefuseOutOfRangeValues()
    {
        auto w = openWizard(m_client.get());
        goToParameters(w.get(), 3);
        QVERIFY(clickNext(w.get()));
        QCOMPARE(w->currentId(), int(CreateJobWizard::OptionsPageId));
        auto *perJob = child<QSpinBox>(w.get(), QStringLiteral("serversPerJobSpin"));
        auto *problems = child<QLabel>(w.get(), QStringLiteral("requestProblems"));
        QCOMPARE(perJob->maximum(), 50);
        perJob->setValue(20);
        perJob->selectAll();
        QTest::keyClicks(perJob, QStringLiteral("80"));
        QCOMPARE(perJob->text(), QStringLiteral("80"));
        QCOMPARE(perJob->value(), 8); // what the keyboard gave before the refused digit
        QTRY_VERIFY(!problems->isHidden());
        QVERIFY2(problems->text().contains(QLatin1String("80 is refused")), qPrintable(problems->text()));
        QVERIFY(problems->text().contains(QLatin1String("from 1 to 50")));
        QVERIFY(!nextEnabled(w.get()));

        // Leaving the field ends the edit (as Tab or a click elsewhere would).
        QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
        QApplication::sendEvent(perJob, &focusOut);
        QCOMPARE(perJob->text(), QStringLiteral("8"));
        QTRY_VERIFY2(problems->text().contains(QLatin1String("The value stays 8")), qPrintable(problems->text()));
        QVERIFY(nextEnabled(w.get()));

        // A value in range ends the note.
        perJob->selectAll();
        QTest::keyClicks(perJob, QStringLiteral("25"));
        QCOMPARE(perJob->value(), 25);
        QTRY_VERIFY(!problems->text().contains(QLatin1String("refused")));
        QVERIFY(nextEnabled(w.get()));
    }

    void reviewPageShowsTheExactRequests()
    {
        auto w = openWizard(m_client.get());
        goToParameters(w.get(), 120);
        QVERIFY(clickNext(w.get()));
        child<QLineEdit>(w.get(), QStringLiteral("nameEdit"))->setText(QStringLiteral("review-me"));
        child<QLineEdit>(w.get(), QStringLiteral("descriptionEdit"))->setText(QStringLiteral("升级 \"quoted\""));
        QVERIFY(clickNext(w.get()));
        QCOMPARE(w->currentId(), int(CreateJobWizard::ReviewPageId));
        QVERIFY(w->currentPage()->isCommitPage());
        auto *waves = child<QListWidget>(w.get(), QStringLiteral("waveList"));
        auto *json = child<QPlainTextEdit>(w.get(), QStringLiteral("reviewJson"));
        QCOMPARE(waves->count(), 3);
        const SubmissionPlan plan = stateOf(w.get())->plan();
        for (int i = 0; i < 3; ++i) {
            waves->setCurrentRow(i);
            QCOMPARE(json->toPlainText().toUtf8(), encodeCreateRequest(plan.requests.at(i)));
        }
        // Copy gives the exact bytes; indenting only changes the display.
        child<QPushButton>(w.get(), QStringLiteral("copyJsonButton"))->click();
        QCOMPARE(QApplication::clipboard()->text().toUtf8(), encodeCreateRequest(plan.requests.at(2)));
        child<QCheckBox>(w.get(), QStringLiteral("indentJsonCheck"))->setChecked(true);
        QVERIFY(json->toPlainText().contains(QLatin1String("\n    \"name\": \"review-me-w03\"")));
        child<QPushButton>(w.get(), QStringLiteral("copyJsonButton"))->click();
        QCOMPARE(QApplication::clipboard()->text().toUtf8(), encodeCreateRequest(plan.requests.at(2)));
        const QString summary = plain(child<QLabel>(w.get(), QStringLiteral("reviewSummary"))->text());
        QVERIFY2(summary.contains(QStringLiteral("120 servers → 3 jobs in 3 waves")), qPrintable(summary));
    }
};

QTEST_MAIN(WizardPagesTest)
#include "tst_wizard_pages.moc"
