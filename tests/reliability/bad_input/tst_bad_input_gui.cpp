// SPDX-License-Identifier: Apache-2.0
// Bad input typed into the real widgets (offscreen), against the in-process simulator: every
// wizard field, the console's Open-by-id dialog and the connection profile dialog get every
// value of bad_values.h, pasted through the clipboard the way a user would.
//  * A value the field must refuse: a visible, non-empty message that names the field or
//    its rule, the wizard cannot advance (Next disabled, a click changes nothing) or the
//    dialog cannot be accepted / saved / tested, and the simulator saw no request.
//  * A legal value: no message, the page or dialog goes on, and still nothing is sent (only
//    the wizard's last page sends).
//  * Spin boxes (wave size, waves in flight, error budget, pause, timeout) refuse anything
//    but digits at the keystroke: the value must stay what it was.
#include "bad_values.h"
#include "cloud_client.h"
#include "console/open_job_dialog.h"
#include "console/profiles_dialog.h"
#include "core/encode.h"
#include "profile_store.h"
#include "simulator.h"
#include "wizard/createjobwizard.h"
#include "wizardstate.h"
#include "wizard_gui_helpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace liteops;
using namespace liteops::badinput;
using ui::CreateJobWizard;
using wizardtest::child;

namespace {

const QString kAk = QStringLiteral("AKBADINPUTGUI");
const QString kSk = QStringLiteral("SKbad-input-gui-0001");

// A paste over the whole field: select all, put the value on the clipboard, paste.
void pasteInto(QLineEdit *edit, const QString &value)
{
    QApplication::clipboard()->setText(value);
    edit->selectAll();
    edit->paste();
}

void pasteInto(QPlainTextEdit *edit, const QString &value)
{
    QApplication::clipboard()->setText(value);
    edit->selectAll();
    edit->paste();
}

bool nextEnabled(QWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    return next->isVisible() && next->isEnabled();
}

// A message a user can act on: visible, not blank, and naming the field or its rule.
bool isClearMessage(const QLabel *label, const QStringList &keywords, QString *why)
{
    const QString text = label->text();
    if (label->isHidden() || text.trimmed().isEmpty()) {
        *why = QStringLiteral("no visible message");
        return false;
    }
    for (const QString &k : keywords) {
        if (text.contains(k, Qt::CaseInsensitive))
            return true;
    }
    *why = QStringLiteral("the message names neither the field nor its rule: ") + text.left(300);
    return false;
}

// Text shown back to the user must itself be readable: no control or direction characters,
// no broken surrogate, no pasted novel.
bool isSafeEcho(const QString &text, QString *why)
{
    if (!QStringView(text).isValidUtf16()) {
        *why = QStringLiteral("an unpaired surrogate is echoed");
        return false;
    }
    for (QChar c : text) {
        const auto cat = c.category();
        if ((cat == QChar::Other_Control && c != u'\n') || cat == QChar::Other_Format || cat == QChar::Separator_Line
            || cat == QChar::Separator_Paragraph) {
            *why = QStringLiteral("U+%1 is echoed").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            return false;
        }
    }
    if (text.size() > 1000) {
        *why = QStringLiteral("%1 characters are echoed").arg(text.size());
        return false;
    }
    return true;
}

bool isPrintableAsciiNoSpace(const QString &v)
{
    for (QChar c : v) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

// Legal ids for the Open-by-id dialog: those of a URL path, minus '\' (the dialog refuses it,
// some gateways read it as '/').
bool isLegalDialogId(const QString &valueClass)
{
    return isLegalPathId(qPrintable(valueClass)) && valueClass != QLatin1String("backslash");
}

} // namespace

class BadInputGuiTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<CloudClient> m_client;
    QTemporaryDir m_dir;

    static void addValueRows() { addBadValueRows(); }

    // A fresh wizard on `page`: HDK_UPGRADE, two servers ticked, the parameters' defaults.
    std::unique_ptr<CreateJobWizard> wizardAt(int page, const QString &type = QStringLiteral("HDK_UPGRADE"))
    {
        // No draft of an earlier row: each row starts clean.
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QFile::remove(data + QStringLiteral("/wizard-draft.json"));
        auto w = std::make_unique<CreateJobWizard>(m_client.get(), QStringLiteral("bad-input"));
        w->show();
        auto *state = w->findChild<WizardState *>(QStringLiteral("wizardState"));
        if (!state)
            qFatal("no wizard state");
        if (!QTest::qWaitFor(
                [&] {
            return state->templatesLoad() == WizardState::Load::Loaded
                   && state->serversLoad() == WizardState::Load::Loaded;
                },
                20000))
            qFatal("the wizard did not load its lists");
        auto *list = child<QTreeWidget>(w.get(), QStringLiteral("templateList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(1) == type)
                list->setCurrentItem(list->topLevelItem(i));
        }
        const auto next = [&] {
            if (!nextEnabled(w.get()))
                qFatal("Next is disabled on page %d", w->currentId());
            QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        };
        while (w->currentId() < page) {
            if (w->currentId() == CreateJobWizard::TargetsPageId)
                state->serverModel()->setSelected({0, 1}, true);
            next();
        }
        if (w->currentId() != page)
            qFatal("did not reach page %d", page);
        return w;
    }

    // After a refused value: the message, Next disabled, a click stays put, nothing sent.
    void expectWizardRefuses(CreateJobWizard *w, const QLabel *message, const QStringList &keywords, int simBefore)
    {
        QString why;
        QVERIFY2(isClearMessage(message, keywords, &why), qPrintable(why));
        QVERIFY2(isSafeEcho(message->text(), &why), qPrintable(why));
        QVERIFY(!nextEnabled(w));
        const int page = w->currentId();
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w->currentId(), page);
        QCoreApplication::processEvents();
        QCOMPARE(m_sim->requestCount(), simBefore);
    }

    void expectWizardAccepts(CreateJobWizard *w, const QLabel *message, int simBefore)
    {
        QVERIFY2(message->isHidden() || message->text().isEmpty(), qPrintable(message->text()));
        QVERIFY(nextEnabled(w));
        const int page = w->currentId();
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w->currentId(), page + 1);
        QCoreApplication::processEvents();
        QCOMPARE(m_sim->requestCount(), simBefore); // only the submit page sends
    }

    // A spin box given a bad paste keeps its value, and the page stays as valid as before.
    void spinCase(const QString &spinName)
    {
        QFETCH(QString, value);
        auto w = wizardAt(CreateJobWizard::OptionsPageId);
        auto *spin = child<QSpinBox>(w.get(), spinName);
        const int simBefore = m_sim->requestCount();
        const int before = spin->value();
        QVERIFY(nextEnabled(w.get()));
        auto *edit = spin->findChild<QLineEdit *>();
        QVERIFY(edit);
        pasteInto(edit, value);
        spin->interpretText(); // what leaving the field does (Return would press Next)
        QCoreApplication::processEvents();
        QCOMPARE(spin->value(), before);
        QVERIFY2(spin->hasAcceptableInput() || edit->text().isEmpty(), qPrintable(edit->text().left(80)));
        QVERIFY2(!edit->text().contains(value) || value.isEmpty() || value.trimmed().isEmpty(),
                 "the spin box took the pasted text");
        QVERIFY(nextEnabled(w.get()));
        QCOMPARE(m_sim->requestCount(), simBefore);
    }

    // --- profiles ---------------------------------------------------------------------------

    struct ProfileField
    {
        const char *objectName;
        Credentials::Mode mode;
        QStringList keywords;
    };

    Profile goodProfile() const
    {
        Profile p;
        p.name = QStringLiteral("bad-input");
        p.region = QStringLiteral("cn-north-4");
        const QUrl base = m_sim->baseUrl();
        p.endpointOverrides.modelArts = p.endpointOverrides.serviceStage = p.endpointOverrides.ief =
            p.endpointOverrides.iam = base;
        p.projectId = m_sim->projectId();
        p.authMode = Credentials::Mode::AkSk;
        p.accessKey = kAk;
        p.iamUser = QStringLiteral("ops");
        p.iamDomain = QStringLiteral("acme");
        p.timeoutSeconds = 30;
        return p;
    }

    void profileCase(const ProfileField &field, bool legal)
    {
        QFETCH(QString, value);
        QString tag = QLatin1String(QTest::currentTestFunction()) + QLatin1Char('-')
                      + QLatin1String(QTest::currentDataTag());
        tag.replace(QLatin1Char('/'), QLatin1Char('_'));
        QSettings settings(m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(tag)), QSettings::IniFormat);
        settings.clear();
        ProfileStore store(&settings);
        ui::ProfilesDialog dialog(&store, nullptr);
        dialog.show();
        Profile p = goodProfile();
        p.authMode = field.mode;
        Credentials secrets;
        secrets.accessKey = kAk;
        secrets.secretKey = kSk;
        secrets.iamPassword = QStringLiteral("pw");
        secrets.token = QStringLiteral("token");
        dialog.setForm(p, secrets);
        const QString name = QLatin1String(field.objectName);
        if (name == QLatin1String("regionCombo")) {
            auto *combo = child<QComboBox>(&dialog, name);
            QVERIFY(combo->lineEdit());
            pasteInto(combo->lineEdit(), value);
        } else {
            pasteInto(child<QLineEdit>(&dialog, name), value);
        }
        auto *status = child<QLabel>(&dialog, QStringLiteral("statusLabel"));
        const int simBefore = m_sim->requestCount();
        const bool saved = dialog.saveForm();
        if (legal) {
            QVERIFY2(saved, qPrintable(status->text()));
            const Profile stored = store.load(dialog.formProfile().name).value_or(Profile{});
            QCOMPARE(stored.name, dialog.formProfile().name);
            return;
        }
        QVERIFY2(!saved, "a bad value was saved");
        QVERIFY(store.names().isEmpty());
        QString why;
        QVERIFY2(isClearMessage(status, field.keywords, &why), qPrintable(why));
        QVERIFY2(isSafeEcho(status->text(), &why), qPrintable(why));
        // "Test connection" refuses the same form without a request.
        status->clear();
        dialog.startConnectionTest();
        QVERIFY2(isClearMessage(status, field.keywords, &why), qPrintable(why));
        QCoreApplication::processEvents();
        QCOMPARE(m_sim->requestCount(), simBefore);
    }

    // --- open by id -------------------------------------------------------------------------

    void openJobCase(bool instanceField)
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        QSettings().remove(QStringLiteral("console/recentJobs"));
        ui::OpenJobDialog dialog;
        dialog.show();
        auto *service = child<QComboBox>(&dialog, QStringLiteral("serviceCombo"));
        auto *id = child<QLineEdit>(&dialog, QStringLiteral("jobIdEdit"));
        auto *problem = child<QLabel>(&dialog, QStringLiteral("problemLabel"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *open = buttons->button(QDialogButtonBox::Open);
        bool legal = false;
        if (instanceField) {
            service->setCurrentIndex(service->findData(int(Provider::Ief)));
            id->setText(QStringLiteral("3b3c4b5e-1f2a-4c8d-9e0f-123456789abc"));
            pasteInto(child<QLineEdit>(&dialog, QStringLiteral("instanceIdEdit")), value);
            // Optional: nothing (or only spaces, trimmed away) means "no instance".
            legal = value.trimmed().isEmpty() || isLegalDialogId(valueClass);
        } else {
            // Over an id already there, so even the empty paste is an edit the dialog sees.
            id->setText(QStringLiteral("3b3c4b5e-1f2a-4c8d-9e0f-123456789abc"));
            pasteInto(id, value);
            legal = isLegalDialogId(valueClass);
        }
        const int simBefore = m_sim->requestCount();
        if (legal) {
            QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
            QVERIFY(open->isEnabled());
            QTest::mouseClick(open, Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            // Recent gets an id only once the job has opened (the main window's part).
            QCOMPARE(OpenJobDialog_recentCount(), 0);
            return;
        }
        QString why;
        QVERIFY2(isClearMessage(problem, {QStringLiteral("id")}, &why), qPrintable(why));
        QVERIFY2(isSafeEcho(problem->text(), &why), qPrintable(why));
        QVERIFY(!open->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return);
        dialog.accept(); // also what a double-clicked recent entry does
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(OpenJobDialog_recentCount(), 0);
        QCOMPARE(m_sim->requestCount(), simBefore);
    }

    static int OpenJobDialog_recentCount() { return int(ui::OpenJobDialog::recentJobs().size()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiteOpsBadInputTest"));
        // The recent-jobs list (QSettings()) goes to the temporary folder, never to the
        // user's settings.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        sim::SimOptions so;
        so.accessKey = kAk;
        so.secretKey = kSk;
        so.servers = 24;
        so.jobs = 4;
        m_sim = std::make_unique<sim::Simulator>(so);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        ClientConfig c;
        const QUrl base = m_sim->baseUrl();
        c.endpoints.modelArts = c.endpoints.serviceStage = c.endpoints.ief = c.endpoints.iam = base;
        c.projectId = m_sim->projectId();
        c.credentials.mode = Credentials::Mode::AkSk;
        c.credentials.accessKey = kAk;
        c.credentials.secretKey = kSk;
        c.timeoutMs = 10000;
        m_client = std::make_unique<CloudClient>(c);
    }

    // --- wizard, options page ----------------------------------------------------------------

    void wizardName_data() { addValueRows(); }
    void wizardName()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        auto w = wizardAt(CreateJobWizard::OptionsPageId);
        const int simBefore = m_sim->requestCount();
        auto *edit = child<QLineEdit>(w.get(), QStringLiteral("nameEdit"));
        pasteInto(edit, value);
        QCOMPARE(edit->text(), value.left(edit->maxLength()));
        const auto *error = child<QLabel>(w.get(), QStringLiteral("nameError"));
        if (isLegalJobName(qPrintable(valueClass)))
            expectWizardAccepts(w.get(), error, simBefore);
        else
            expectWizardRefuses(w.get(), error, {QStringLiteral("name"), QStringLiteral("letters")}, simBefore);
    }

    void wizardDescription_data() { addValueRows(); }
    void wizardDescription()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        auto w = wizardAt(CreateJobWizard::OptionsPageId);
        const int simBefore = m_sim->requestCount();
        auto *edit = child<QLineEdit>(w.get(), QStringLiteral("descriptionEdit"));
        pasteInto(edit, value);
        QCOMPARE(edit->text(), value.left(edit->maxLength()));
        const auto *problems = child<QLabel>(w.get(), QStringLiteral("requestProblems"));
        if (isLegalFreeText(qPrintable(valueClass), kMaxDescriptionLength))
            expectWizardAccepts(w.get(), problems, simBefore);
        else
            expectWizardRefuses(w.get(), problems, {QStringLiteral("description")}, simBefore);
    }

    void wizardServersPerJob_data() { addValueRows(); }
    void wizardServersPerJob() { spinCase(QStringLiteral("serversPerJobSpin")); }
    void wizardWavesInFlight_data() { addValueRows(); }
    void wizardWavesInFlight() { spinCase(QStringLiteral("wavesInFlightSpin")); }
    void wizardBudgetTasks_data() { addValueRows(); }
    void wizardBudgetTasks() { spinCase(QStringLiteral("budgetTasksSpin")); }
    void wizardBudgetPercent_data() { addValueRows(); }
    void wizardBudgetPercent() { spinCase(QStringLiteral("budgetPercentSpin")); }
    void wizardPause_data() { addValueRows(); }
    void wizardPause() { spinCase(QStringLiteral("pauseSpin")); }

    // --- wizard, parameters page -------------------------------------------------------------

    // Every visible parameter of the service's templates: HDK_UPGRADE version (a version
    // regex), DEVICE_LOG_COLLECT log_type and days, ASCEND_DIAGNOSIS level (enumerations).
    // No bad value is one of those.
    void wizardTemplateParam_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("valueClass");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("param");
        const std::pair<const char *, const char *> params[] = {{"HDK_UPGRADE", "version"},
                                                                {"DEVICE_LOG_COLLECT", "log_type"},
                                                                {"DEVICE_LOG_COLLECT", "days"},
                                                                {"ASCEND_DIAGNOSIS", "level"}};
        for (const auto &[type, param] : params) {
            for (const BadValue &v : badValues())
                QTest::addRow("%s/%s", param, v.name) << v.value << QString::fromLatin1(v.name)
                                                      << QString::fromLatin1(type) << QString::fromLatin1(param);
        }
    }
    void wizardTemplateParam()
    {
        QFETCH(QString, value);
        QFETCH(QString, type);
        QFETCH(QString, param);
        auto w = wizardAt(CreateJobWizard::ParametersPageId, type);
        const int simBefore = m_sim->requestCount();
        auto *edit = child<QLineEdit>(w.get(), QStringLiteral("param_") + param);
        pasteInto(edit, value);
        QCOMPARE(edit->text(), value.left(edit->maxLength()));
        expectWizardRefuses(w.get(), child<QLabel>(w.get(), QStringLiteral("paramError_") + param),
                            {QStringLiteral("Expected"), QStringLiteral("character"), QStringLiteral("long")},
                            simBefore);
    }

    void wizardRawItemType_data() { addValueRows(); }
    void wizardRawItemType()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        auto w = wizardAt(CreateJobWizard::ParametersPageId);
        const int simBefore = m_sim->requestCount();
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("addRawItemButton")), Qt::LeftButton);
        pasteInto(child<QLineEdit>(w.get(), QStringLiteral("rawItemType_0")), value);
        const auto *error = child<QLabel>(w.get(), QStringLiteral("rawItemError_0"));
        if (isLegalJobName(qPrintable(valueClass)))
            expectWizardAccepts(w.get(), error, simBefore);
        else
            expectWizardRefuses(w.get(), error, {QStringLiteral("type")}, simBefore);
    }

    // One row of the raw key/value editor, typed through the cell's own editor.
    void rawCellCase(int column)
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        auto w = wizardAt(CreateJobWizard::ParametersPageId);
        const int simBefore = m_sim->requestCount();
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("addRawItemButton")), Qt::LeftButton);
        auto *table = child<QTableWidget>(w.get(), QStringLiteral("rawItemTable_0"));
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("rawItemAddRow_0")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        // The other cell holds a good key or value.
        table->item(0, 1 - column)->setText(column == 0 ? QStringLiteral("1") : QStringLiteral("k"));
        // "Add parameter" opened the key's editor: leave it (Escape) so exactly one editor,
        // the one of the cell under test, exists below.
        if (auto *open = table->viewport()->findChild<QLineEdit *>())
            QTest::keyClick(open, Qt::Key_Escape);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!table->viewport()->findChild<QLineEdit *>());
        table->setCurrentCell(0, column);
        table->editItem(table->item(0, column));
        const QList<QLineEdit *> editors = table->viewport()->findChildren<QLineEdit *>();
        QCOMPARE(editors.size(), 1);
        QLineEdit *editor = editors.constFirst();
        pasteInto(editor, value);
        const int maxLength = editor->maxLength();
        QTest::keyClick(editor, Qt::Key_Return); // commits; the editor goes away
        QTRY_COMPARE(table->item(0, column)->text(), value.left(maxLength));
        const auto *error = child<QLabel>(w.get(), QStringLiteral("rawItemError_0"));
        const bool legal = column == 0 ? !value.trimmed().isEmpty()
                                             && isLegalFreeText(qPrintable(valueClass), kMaxSpecKeyLength)
                                       : isLegalFreeText(qPrintable(valueClass), kMaxSpecValueLength);
        if (legal)
            expectWizardAccepts(w.get(), error, simBefore);
        else
            expectWizardRefuses(w.get(), error, {column == 0 ? QStringLiteral("key") : QStringLiteral("value")},
                                simBefore);
    }

    void wizardRawItemKey_data() { addValueRows(); }
    void wizardRawItemKey() { rawCellCase(0); }
    void wizardRawItemValue_data() { addValueRows(); }
    void wizardRawItemValue() { rawCellCase(1); }

    // --- wizard, targets page ----------------------------------------------------------------

    // The paste box: no bad value names a server, so nothing gets ticked, the report says why
    // (and echoes the entry readably), and Next stays disabled.
    void wizardServerPaste_data() { addValueRows(); }
    void wizardServerPaste()
    {
        QFETCH(QString, value);
        auto w = wizardAt(CreateJobWizard::TargetsPageId);
        const int simBefore = m_sim->requestCount();
        auto *state = w->findChild<WizardState *>(QStringLiteral("wizardState"));
        QCOMPARE(state->serverModel()->selectedCount(), 0);
        pasteInto(child<QPlainTextEdit>(w.get(), QStringLiteral("pasteBox")), value);
        QTest::mouseClick(child<QPushButton>(w.get(), QStringLiteral("addPastedButton")), Qt::LeftButton);
        QCOMPARE(state->serverModel()->selectedCount(), 0);
        expectWizardRefuses(w.get(), child<QLabel>(w.get(), QStringLiteral("pasteReport")),
                            {QStringLiteral("unknown"), QStringLiteral("No entries")}, simBefore);
    }

    // --- console: Open job by id -------------------------------------------------------------

    void openJobId_data() { addValueRows(); }
    void openJobId() { openJobCase(false); }
    void openJobInstanceId_data() { addValueRows(); }
    void openJobInstanceId() { openJobCase(true); }

    // --- console: connection profiles --------------------------------------------------------

    void profileName_data() { addValueRows(); }
    void profileName()
    {
        QFETCH(QString, valueClass);
        // Trimmed; then an id that is also a settings group: no '\'.
        profileCase({"nameEdit", Credentials::Mode::AkSk, {QStringLiteral("profile name")}},
                    isLegalDialogId(valueClass));
    }

    void profileRegion_data() { addValueRows(); }
    void profileRegion()
    {
        QFETCH(QString, value);
        // Every endpoint is given, so no region is fine; no bad value is a region id.
        profileCase({"regionCombo", Credentials::Mode::AkSk, {QStringLiteral("region")}}, value.trimmed().isEmpty());
    }

    void profileProjectId_data() { addValueRows(); }
    void profileProjectId()
    {
        // Letters, digits and '-' only (the API's rule): none of the values.
        profileCase({"projectIdEdit", Credentials::Mode::AkSk, {QStringLiteral("project id")}}, false);
    }

    void profileEndpoint_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("valueClass");
        QTest::addColumn<QString>("field");
        for (const char *field :
             {"modelArtsEndpointEdit", "serviceStageEndpointEdit", "iefEndpointEdit", "iamEndpointEdit"}) {
            for (const BadValue &v : badValues())
                QTest::addRow("%s/%s", field, v.name)
                    << v.value << QString::fromLatin1(v.name) << QString::fromLatin1(field);
        }
    }
    void profileEndpoint()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        const QByteArray name = field.toLatin1();
        // Empty: derived from the region. Nothing else is an http(s) URL with a host.
        profileCase({name.constData(), Credentials::Mode::AkSk, {QStringLiteral("endpoint")}},
                    value.trimmed().isEmpty());
    }

    void profileAccessKey_data() { addValueRows(); }
    void profileAccessKey()
    {
        QFETCH(QString, value);
        // Trimmed; empty leaves the key to the environment. Otherwise letters and digits.
        profileCase({"accessKeyEdit", Credentials::Mode::AkSk, {QStringLiteral("access key")}},
                    value.trimmed().isEmpty());
    }

    void profileSecretKey_data() { addValueRows(); }
    void profileSecretKey()
    {
        QFETCH(QString, value);
        // Empty keeps the stored one; else printable ASCII without spaces, at most 128.
        profileCase({"secretKeyEdit", Credentials::Mode::AkSk, {QStringLiteral("secret key")}},
                    value.size() <= 128 && isPrintableAsciiNoSpace(value));
    }

    void profileSecurityToken_data() { addValueRows(); }
    void profileSecurityToken()
    {
        QFETCH(QString, value);
        profileCase({"securityTokenEdit", Credentials::Mode::AkSk, {QStringLiteral("security token")}},
                    value.size() <= 65536 && isPrintableAsciiNoSpace(value));
    }

    void profileToken_data() { addValueRows(); }
    void profileToken()
    {
        QFETCH(QString, value);
        profileCase({"tokenEdit", Credentials::Mode::Token, {QStringLiteral("token")}},
                    value.size() <= 65536 && isPrintableAsciiNoSpace(value));
    }

    void profileIamUser_data() { addValueRows(); }
    void profileIamUser()
    {
        QFETCH(QString, value);
        QFETCH(QString, valueClass);
        profileCase({"iamUserEdit", Credentials::Mode::IamPassword, {QStringLiteral("IAM user")}},
                    isLegalFreeText(qPrintable(valueClass), 64));
    }

    void profileIamPassword_data() { addValueRows(); }
    void profileIamPassword()
    {
        QFETCH(QString, valueClass);
        profileCase({"iamPasswordEdit", Credentials::Mode::IamPassword, {QStringLiteral("password")}},
                    isLegalFreeText(qPrintable(valueClass), 128));
    }

    void profileIamDomain_data() { addValueRows(); }
    void profileIamDomain()
    {
        QFETCH(QString, valueClass);
        profileCase({"iamDomainEdit", Credentials::Mode::IamPassword, {QStringLiteral("domain")}},
                    isLegalFreeText(qPrintable(valueClass), 64));
    }

    void profileCaFile_data() { addValueRows(); }
    void profileCaFile()
    {
        QFETCH(QString, value);
        // Empty: no private CA. Nothing else names a readable file.
        profileCase({"caFileEdit", Credentials::Mode::AkSk, {QStringLiteral("CA bundle")}}, value.trimmed().isEmpty());
    }

    void profileTimeout_data() { addValueRows(); }
    void profileTimeout()
    {
        QFETCH(QString, value);
        QSettings settings(m_dir.filePath(QStringLiteral("timeout.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        ui::ProfilesDialog dialog(&store, nullptr);
        dialog.show();
        dialog.setForm(goodProfile(), Credentials{});
        auto *spin = child<QSpinBox>(&dialog, QStringLiteral("timeoutSpin"));
        const int before = spin->value();
        auto *edit = spin->findChild<QLineEdit *>();
        QVERIFY(edit);
        pasteInto(edit, value);
        spin->interpretText();
        QCoreApplication::processEvents();
        QCOMPARE(spin->value(), before);
        QCOMPARE(dialog.formProfile().timeoutSeconds, before);
    }
};

QTEST_MAIN(BadInputGuiTest)
#include "tst_bad_input_gui.moc"
