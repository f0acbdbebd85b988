// SPDX-License-Identifier: Apache-2.0
#include "profiles_dialog.h"

#include "regions.h"

#include "cloud_client.h"
#include "core/encode.h"
#include "request_path.h"
#include "secret_store.h"
#include "status_line.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace liteops::ui {
namespace {

QLineEdit *secretEdit(QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setEchoMode(QLineEdit::Password); // its placeholder says where the secret goes
    return e;
}

QUrl urlOrEmpty(const QLineEdit *e)
{
    const QString t = e->text().trimmed();
    return t.isEmpty() ? QUrl() : QUrl(t, QUrl::StrictMode);
}

// Keys and tokens travel in HTTP headers (Authorization, X-Security-Token, X-Auth-Token) or
// sign them: printable ASCII without spaces, so a pasted line break can never split a header.
bool isHeaderSafe(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

// Access keys are letters and digits (20 upper-case ones today).
bool isAlphanumeric(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')))
            return false;
    }
    return true;
}

// IAM tokens are several kilobytes; their fields must hold more than the 32,767 characters a
// QLineEdit keeps by default, or a longer paste would be cut silently instead of refused.
constexpr int kMaxTokenLength = 65536;
constexpr int kMaxKeyLength = 128;

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_store(store), m_secrets(secrets), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_region(new QComboBox(this)), m_modelArts(new QLineEdit(this)), m_serviceStage(new QLineEdit(this)),
      m_ief(new QLineEdit(this)), m_iam(new QLineEdit(this)), m_projectId(new QLineEdit(this)),
      m_authMode(new QComboBox(this)), m_authStack(new QStackedWidget(this)), m_ak(new QLineEdit(this)),
      m_sk(secretEdit(this)), m_securityToken(secretEdit(this)), m_iamUser(new QLineEdit(this)),
      m_iamPassword(secretEdit(this)), m_iamDomain(new QLineEdit(this)), m_token(secretEdit(this)),
      m_caFile(new QLineEdit(this)), m_timeout(new QSpinBox(this)), m_status(new QLabel(this)),
      m_test(new QPushButton(tr("&Test connection"), this)), m_projectHelp(new QLabel(this)),
      m_keychainNote(new QLabel(this))
{
    setWindowTitle(tr("Connection Profiles"));
    nameFields();
    setUpFields();
    setUpAuthPages();
    auto *browse = new QPushButton(tr("Browse…"), this);
    QLayout *formColumn = createFormColumn(browse);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    QLayout *listColumn = createListColumn(add, remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    layOut(listColumn, formColumn, buttons);

    connect(m_list, &QListWidget::currentTextChanged, this, &ProfilesDialog::showProfile);
    connect(m_region, &QComboBox::currentTextChanged, this, &ProfilesDialog::updateEndpointPlaceholders);
    connect(m_authMode, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateAuthFields);
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(remove, &QPushButton::clicked, this, &ProfilesDialog::removeCurrent);
    connect(browse, &QPushButton::clicked, this, &ProfilesDialog::browseCaFile);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);

    showInitialState();
    resize(820, 640);
}

// Names for tests and accessibility tools.
void ProfilesDialog::nameFields()
{
    const std::pair<QWidget *, const char *> named[] = {{m_name, "nameEdit"},
                                                        {m_region, "regionCombo"},
                                                        {m_projectId, "projectIdEdit"},
                                                        {m_modelArts, "modelArtsEndpointEdit"},
                                                        {m_serviceStage, "serviceStageEndpointEdit"},
                                                        {m_ief, "iefEndpointEdit"},
                                                        {m_iam, "iamEndpointEdit"},
                                                        {m_authMode, "authModeCombo"},
                                                        {m_ak, "accessKeyEdit"},
                                                        {m_sk, "secretKeyEdit"},
                                                        {m_securityToken, "securityTokenEdit"},
                                                        {m_iamUser, "iamUserEdit"},
                                                        {m_iamPassword, "iamPasswordEdit"},
                                                        {m_iamDomain, "iamDomainEdit"},
                                                        {m_token, "tokenEdit"},
                                                        {m_caFile, "caFileEdit"},
                                                        {m_timeout, "timeoutSpin"},
                                                        {m_status, "statusLabel"},
                                                        {m_projectHelp, "projectIdHelp"},
                                                        {m_keychainNote, "keychainNote"}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(QLatin1String(name));
    m_list->setAccessibleName(tr("Profiles"));
}

void ProfilesDialog::setUpFields()
{
    for (QLineEdit *e : {m_securityToken, m_token})
        e->setMaxLength(kMaxTokenLength * 2);
    m_status->setTextFormat(Qt::PlainText); // it shows service messages and typed names
    // Every region of the official SDKs' region files, by name; a region id can still be
    // typed (a region newer than the table keeps the usual hosts).
    m_region->setEditable(true);
    for (const RegionInfo &r : knownRegions())
        m_region->addItem(r.displayName(), r.id);
    m_region->setMaxVisibleItems(16);
    m_region->setCurrentIndex(m_region->findData(QStringLiteral("cn-north-4")));
    m_regionNote = new QLabel(this);
    m_regionNote->setObjectName(QStringLiteral("regionNote"));
    m_regionNote->setWordWrap(true);
    m_regionNote->setTextFormat(Qt::PlainText);
    m_regionNote->hide();
    m_authMode->addItem(tr("AK/SK (signed requests)"), int(Credentials::Mode::AkSk));
    m_authMode->addItem(tr("IAM user and password"), int(Credentials::Mode::IamPassword));
    m_authMode->addItem(tr("IAM token"), int(Credentials::Mode::Token));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setFocusPolicy(Qt::ClickFocus); // Tab goes from field to field, not through the status
    // The project id is the one thing the region does not give: say where the console shows it.
    m_projectHelp->setWordWrap(true);
    QFont small = m_projectHelp->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_projectHelp->setFont(small);
    m_projectHelp->setTextFormat(Qt::RichText);
    m_projectHelp->setOpenExternalLinks(true);
    m_projectHelp->setText(
        tr("The id of the project for this region, in the Huawei Cloud console under My Credentials › API "
           "Credentials › Projects (<a href=\"%1\">open My Credentials</a>).")
            .arg(QStringLiteral("https://console.huaweicloud.com/iam/#/mine/apiCredential")));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setTextFormat(Qt::PlainText);
    m_keychainNote->setStyleSheet(QStringLiteral("QLabel { color: #b35c00; }"));
    m_keychainNote->hide();
}

// One page of credential fields per auth mode, in the auth combo's order.
void ProfilesDialog::setUpAuthPages()
{
    auto *akPage = new QWidget(this);
    auto *akForm = new QFormLayout(akPage);
    akForm->addRow(tr("&Access key (AK):"), m_ak);
    akForm->addRow(tr("&Secret key (SK):"), m_sk);
    akForm->addRow(tr("Security token:"), m_securityToken);
    auto *iamPage = new QWidget(this);
    auto *iamForm = new QFormLayout(iamPage);
    iamForm->addRow(tr("IAM &user:"), m_iamUser);
    iamForm->addRow(tr("&Password:"), m_iamPassword);
    iamForm->addRow(tr("Account (&domain):"), m_iamDomain);
    auto *tokenPage = new QWidget(this);
    auto *tokenForm = new QFormLayout(tokenPage);
    tokenForm->addRow(tr("&Token:"), m_token);
    m_authStack->addWidget(akPage);
    m_authStack->addWidget(iamPage);
    m_authStack->addWidget(tokenPage);
    // Its own height always: squeezed, the credential fields were drawn over each other.
    m_authStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

// The right column: name, region, project, endpoints, authentication, CA bundle, timeout,
// and the status line.
QLayout *ProfilesDialog::createFormColumn(QPushButton *browseCa)
{
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(QString(), m_regionNote);
    // The help sits right under its field (a form row of its own would be laid out before the
    // label knows its wrapped height, leaving a gap).
    auto *project = new QVBoxLayout;
    project->setSpacing(2);
    project->addWidget(m_projectId);
    project->addWidget(m_projectHelp);
    auto *projectLabel = new QLabel(tr("&Project id:"), this);
    projectLabel->setBuddy(m_projectId); // a row with a layout makes no buddy of its own
    form->addRow(projectLabel, project);
    auto *endpoints = new QGroupBox(tr("Endpoints (empty: derived from the region)"), this);
    auto *epForm = new QFormLayout(endpoints);
    epForm->addRow(tr("ModelArts:"), m_modelArts);
    epForm->addRow(tr("ServiceStage:"), m_serviceStage);
    epForm->addRow(tr("IEF:"), m_ief);
    epForm->addRow(tr("IAM:"), m_iam);
    auto *auth = new QGroupBox(tr("Authentication"), this);
    auto *authLayout = new QVBoxLayout(auth);
    authLayout->addWidget(m_authMode);
    authLayout->addWidget(m_authStack);
    authLayout->addWidget(m_keychainNote);
    auto *more = new QFormLayout;
    more->addRow(tr("Private CA bundle:"), caRow);
    more->addRow(tr("T&imeout:"), m_timeout);

    auto *column = new QVBoxLayout;
    column->addLayout(form);
    column->addWidget(endpoints);
    column->addWidget(auth);
    column->addLayout(more);
    column->addWidget(m_status);
    column->addStretch(1);
    return column;
}

// The left column: the profile list with Add and Remove under it.
QLayout *ProfilesDialog::createListColumn(QPushButton *add, QPushButton *remove)
{
    auto *column = new QVBoxLayout;
    column->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    column->addLayout(listButtons);
    return column;
}

void ProfilesDialog::layOut(QLayout *listColumn, QLayout *formColumn, QWidget *buttons)
{
    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addLayout(formColumn, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
}

void ProfilesDialog::showInitialState()
{
    if (m_secrets) {
        connect(m_secrets, &SecretStore::sessionOnlyNotice, this, &ProfilesDialog::updateKeychainNote);
        if (!m_secrets->sessionOnly())
            m_secrets->probe(); // a missing or locked keychain is said now, not after Save
    }
    updateKeychainNote();
    m_timeout->setValue(30);
    reloadList(m_store->lastUsed());
    updateEndpointPlaceholders();
    updateAuthFields();
}

void ProfilesDialog::startNewProfile()
{
    m_list->clearSelection();
    m_loadedName.clear();
    m_name->setText(tr("new-profile"));
    m_projectId->clear();
    for (QLineEdit *e : {m_modelArts, m_serviceStage, m_ief, m_iam, m_ak, m_sk, m_securityToken, m_iamUser,
                         m_iamPassword, m_iamDomain, m_token, m_caFile})
        e->clear();
    m_timeout->setValue(30);
    m_name->setFocus();
    m_name->selectAll();
    showStatus(m_status, tr("Fill in the profile and press Save."), false);
}

void ProfilesDialog::browseCaFile()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Private CA Bundle"), QString(),
                                                   tr("PEM files (*.pem *.crt);;All files (*)"));
    if (!f.isEmpty())
        m_caFile->setText(f);
}

ProfilesDialog::~ProfilesDialog()
{
    delete m_check; // before its client: the client's cancelled calls must not report to it
    delete m_testClient;
}

void ProfilesDialog::reloadList(const QString &select)
{
    m_list->clear();
    const QStringList names = m_store->names();
    m_list->addItems(names);
    if (names.isEmpty()) {
        showStatus(m_status, tr("No profiles yet: press Add, or keep using the local sandbox."), false);
        return;
    }
    const auto found = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentItem(found.isEmpty() ? m_list->item(0) : found.first());
}

void ProfilesDialog::selectProfile(const QString &name)
{
    reloadList(name);
}

void ProfilesDialog::showProfile(const QString &name)
{
    const std::optional<Profile> p = m_store->load(name);
    if (!p)
        return;
    m_loadedName = name;
    m_name->setText(p->name);
    m_region->setCurrentText(regionText(p->region));
    m_modelArts->setText(p->endpointOverrides.modelArts.toString());
    m_serviceStage->setText(p->endpointOverrides.serviceStage.toString());
    m_ief->setText(p->endpointOverrides.ief.toString());
    m_iam->setText(p->endpointOverrides.iam.toString());
    m_projectId->setText(p->projectId);
    m_authMode->setCurrentIndex(m_authMode->findData(int(p->authMode)));
    m_ak->setText(p->accessKey);
    m_iamUser->setText(p->iamUser);
    m_iamDomain->setText(p->iamDomain);
    m_caFile->setText(p->caFile);
    m_timeout->setValue(p->timeoutSeconds);
    for (QLineEdit *e : {m_sk, m_securityToken, m_iamPassword, m_token})
        e->clear();
}

void ProfilesDialog::setForm(const Profile &p, const Credentials &secrets)
{
    m_loadedName = m_store->load(p.name) ? p.name : QString();
    m_name->setText(p.name);
    m_region->setCurrentText(regionText(p.region));
    m_modelArts->setText(p.endpointOverrides.modelArts.toString());
    m_serviceStage->setText(p.endpointOverrides.serviceStage.toString());
    m_ief->setText(p.endpointOverrides.ief.toString());
    m_iam->setText(p.endpointOverrides.iam.toString());
    m_projectId->setText(p.projectId);
    m_authMode->setCurrentIndex(m_authMode->findData(int(p.authMode)));
    m_ak->setText(p.accessKey.isEmpty() ? secrets.accessKey : p.accessKey);
    m_sk->setText(secrets.secretKey);
    m_securityToken->setText(secrets.securityToken);
    m_iamUser->setText(p.iamUser);
    m_iamPassword->setText(secrets.iamPassword);
    m_iamDomain->setText(p.iamDomain);
    m_token->setText(secrets.token);
    m_caFile->setText(p.caFile);
    m_timeout->setValue(p.timeoutSeconds);
}

void ProfilesDialog::updateEndpointPlaceholders()
{
    const QString region = regionIdFromText(m_region->currentText());
    const Endpoints derived = Endpoints::forRegion(region);
    const QString notOffered = tr("not offered in this region: give an endpoint to use one");
    const std::pair<QLineEdit *, QUrl> fields[] = {{m_modelArts, derived.modelArts},
                                                   {m_serviceStage, derived.serviceStage},
                                                   {m_ief, derived.ief},
                                                   {m_iam, derived.iam}};
    const QList<CloudService> missing = servicesNotOffered(region);
    for (const auto &[edit, url] : fields)
        edit->setPlaceholderText(url.isEmpty() && !missing.isEmpty() ? notOffered : url.toString());
    QString note;
    const RegionInfo *info = findRegion(region);
    if (info && !missing.isEmpty()) {
        QStringList names;
        for (CloudService s : missing)
            names << serviceDisplayName(s);
        note = tr("Not offered in %1 according to the official SDKs: %2. Give an endpoint below "
                  "if you have one.")
                   .arg(info->displayName(), names.join(QLatin1String(", ")));
    } else if (!info && isValidRegion(region)) {
        note = tr("%1 is not in the official SDKs' region table: every endpoint is derived as "
                  "https://SERVICE.%1.myhuaweicloud.com.")
                   .arg(region);
    }
    m_regionNote->setText(note);
    m_regionNote->setVisible(!note.isEmpty());
}

QString ProfilesDialog::regionText(const QString &regionId)
{
    const RegionInfo *info = findRegion(regionId);
    return info ? info->displayName() : regionId;
}

QString ProfilesDialog::regionNote() const
{
    return m_regionNote->isHidden() ? QString() : m_regionNote->text();
}

// Said next to the secret fields, before anything is typed or saved, for as long as it holds.
void ProfilesDialog::updateKeychainNote()
{
    const bool sessionOnly = m_secrets && m_secrets->sessionOnly();
    m_keychainNote->setText(sessionOnly ? m_secrets->notice() : QString());
    m_keychainNote->setVisible(sessionOnly);
    const QString placeholder = sessionOnly ? tr("kept for this session only; type to replace")
                                            : tr("stored in the keychain; type to replace");
    for (QLineEdit *e : {m_sk, m_securityToken, m_iamPassword, m_token})
        e->setPlaceholderText(placeholder);
}

QString ProfilesDialog::keychainNote() const
{
    return m_keychainNote->isHidden() ? QString() : m_keychainNote->text();
}

void ProfilesDialog::updateAuthFields()
{
    m_authStack->setCurrentIndex(m_authMode->currentIndex());
}

Profile ProfilesDialog::formProfile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.region = regionIdFromText(m_region->currentText());
    p.endpointOverrides.modelArts = urlOrEmpty(m_modelArts);
    p.endpointOverrides.serviceStage = urlOrEmpty(m_serviceStage);
    p.endpointOverrides.ief = urlOrEmpty(m_ief);
    p.endpointOverrides.iam = urlOrEmpty(m_iam);
    p.projectId = m_projectId->text().trimmed();
    p.authMode = Credentials::Mode(m_authMode->currentData().toInt());
    p.accessKey = m_ak->text().trimmed();
    p.iamUser = m_iamUser->text().trimmed();
    p.iamDomain = m_iamDomain->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    p.timeoutSeconds = m_timeout->value();
    return p;
}

Credentials ProfilesDialog::formSecrets() const
{
    Credentials c;
    c.mode = Credentials::Mode(m_authMode->currentData().toInt());
    c.accessKey = m_ak->text().trimmed();
    c.secretKey = m_sk->text();
    c.securityToken = m_securityToken->text();
    c.iamUser = m_iamUser->text().trimmed();
    c.iamPassword = m_iamPassword->text();
    c.iamDomain = m_iamDomain->text().trimmed();
    c.token = m_token->text();
    return c;
}

QStringList ProfilesDialog::formProblems() const
{
    QStringList problems;
    const Profile p = formProfile();
    // The region and the endpoints are checked here, naming the field and not echoing the
    // text (Profile::validate() quotes it, which for a pasted page or a direction override
    // is no help).
    if (!p.region.isEmpty() && !isValidRegion(p.region))
        problems << tr("The region must be a region id such as cn-north-4: lowercase letters, "
                       "digits and '-'.");
    const std::pair<QLineEdit *, QString> endpoints[] = {{m_modelArts, tr("ModelArts")},
                                                         {m_serviceStage, tr("ServiceStage")},
                                                         {m_ief, tr("IEF")},
                                                         {m_iam, tr("IAM")}};
    for (const auto &[edit, service] : endpoints) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue; // derived from the region
        const QUrl url(text, QUrl::StrictMode);
        if (!freeTextProblem(text, 2048).isEmpty() || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            problems << tr("The %1 endpoint must be an http(s) URL with a host, such as "
                           "https://modelarts.cn-north-4.myhuaweicloud.com.")
                            .arg(service);
    }
    // The API's rule (letters, digits, '-'), stricter than any other id.
    if (!p.projectId.isEmpty())
        if (const auto e = validateProjectId(tr("The project id"), p.projectId))
            problems << e->errorMsg;

    const Credentials c = formSecrets();
    switch (p.authMode) {
    case Credentials::Mode::AkSk:
        if (!c.accessKey.isEmpty() && (c.accessKey.size() > kMaxKeyLength || !isAlphanumeric(c.accessKey)))
            problems << tr("The access key (AK) must be at most %1 letters and digits.").arg(kMaxKeyLength);
        if (!c.secretKey.isEmpty() && (c.secretKey.size() > kMaxKeyLength || !isHeaderSafe(c.secretKey)))
            problems << tr("The secret key (SK) must be at most %1 printable ASCII characters "
                           "without spaces.")
                            .arg(kMaxKeyLength);
        if (!c.securityToken.isEmpty() && (c.securityToken.size() > kMaxTokenLength || !isHeaderSafe(c.securityToken)))
            problems << tr("The security token must be at most %1 printable ASCII characters "
                           "without spaces.")
                            .arg(kMaxTokenLength);
        break;
    case Credentials::Mode::IamPassword:
        if (const QString e = freeTextProblem(c.iamUser, 64); !e.isEmpty())
            problems << tr("IAM user: %1").arg(e);
        if (const QString e = freeTextProblem(c.iamPassword, 128); !e.isEmpty())
            problems << tr("Password: %1").arg(e);
        if (const QString e = freeTextProblem(c.iamDomain, 64); !e.isEmpty())
            problems << tr("Account (domain): %1").arg(e);
        break;
    case Credentials::Mode::Token:
        if (!c.token.isEmpty() && (c.token.size() > kMaxTokenLength || !isHeaderSafe(c.token)))
            problems << tr("The token must be at most %1 printable ASCII characters without "
                           "spaces.")
                            .arg(kMaxTokenLength);
        break;
    }
    if (!p.caFile.isEmpty()) {
        const QFileInfo info(p.caFile);
        if (!freeTextProblem(p.caFile, 4096).isEmpty() || !info.isFile() || !info.isReadable())
            problems << tr("The private CA bundle is not a readable file.");
    }
    if (!problems.isEmpty())
        return problems;
    return p.validate();
}

bool ProfilesDialog::save()
{
    const Profile p = formProfile();
    const QStringList problems = formProblems();
    if (!problems.isEmpty()) {
        showStatus(m_status, problems.join(QLatin1Char('\n')), true);
        return false;
    }
    QString error;
    if (!m_store->save(p, &error)) {
        showStatus(m_status, error, true);
        return false;
    }
    if (!m_loadedName.isEmpty() && m_loadedName != p.name)
        m_store->remove(m_loadedName);
    const Credentials secrets = formSecrets();
    const bool typedSecret = !secrets.secretKey.isEmpty() || !secrets.securityToken.isEmpty()
                             || !secrets.iamPassword.isEmpty() || !secrets.token.isEmpty();
    if (m_secrets && typedSecret) {
        SecretJob *job = m_secrets->write(p.name, secrets);
        connect(job, &SecretJob::finished, this, [this, job] {
            if (!job->ok())
                showStatus(m_status,
                           tr("The profile was saved, but the secret could not be stored: %1").arg(job->errorString()),
                           true);
            else if (job->sessionOnly())
                showStatus(m_status, m_secrets->notice(), true);
        });
    }
    showStatus(m_status, tr("Saved profile %1.").arg(p.name), false);
    reloadList(p.name);
    emit profilesChanged();
    return true;
}

void ProfilesDialog::removeCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    if (QMessageBox::question(this, tr("Remove Profile"), tr("Remove the profile %1 and its stored secrets?").arg(name))
        != QMessageBox::Yes)
        return;
    m_store->remove(name);
    if (m_secrets)
        m_secrets->remove(name);
    m_loadedName.clear();
    reloadList(QString());
    emit profilesChanged();
}

QString ProfilesDialog::testResult() const
{
    return m_status->text();
}

QList<ServiceCheck> ProfilesDialog::testResults() const
{
    return m_testResults;
}

void ProfilesDialog::testConnection()
{
    const Profile p = formProfile();
    const QStringList problems = formProblems();
    if (!problems.isEmpty()) {
        showStatus(m_status, problems.join(QLatin1Char('\n')), true);
        return;
    }
    const Credentials typed = formSecrets();
    const bool typedSecret = !typed.secretKey.isEmpty() || !typed.iamPassword.isEmpty() || !typed.token.isEmpty();
    if (typedSecret || !m_secrets || m_loadedName.isEmpty()) {
        runConnectionTest(p, typed);
        return;
    }
    SecretJob *job = m_secrets->read(m_loadedName);
    connect(job, &SecretJob::finished, this, [this, job, p, typed] {
        Credentials c = job->ok() ? job->credentials() : typed;
        c.mode = typed.mode;
        runConnectionTest(p, c);
    });
}

// Every configured service, each on its own line as it answers.
void ProfilesDialog::runConnectionTest(const Profile &profile, const Credentials &secrets)
{
    delete m_check;
    delete m_testClient;
    m_testResults.clear();
    m_testClient = new CloudClient(profile.toClientConfig(secrets), this);
    if (const QString problem = m_testClient->configProblem(); !problem.isEmpty()) {
        showStatus(m_status, problem, true);
        return;
    }
    m_test->setEnabled(false);
    showStatus(m_status, tr("Testing ModelArts, ServiceStage, IEF and IAM…"), false);
    m_check = new ConnectionCheck(m_testClient, this);
    connect(m_check, &ConnectionCheck::finished, this, [this, check = m_check.data()] {
        m_test->setEnabled(true);
        m_testResults = check->results();
        showStatus(m_status, check->report(), !check->passed());
    });
}

} // namespace liteops::ui
