// SPDX-License-Identifier: Apache-2.0
#pragma once
// Connection profiles: add, edit, remove. The region fills in the endpoints (shown as
// placeholders), each of which can be overridden; the auth mode decides which credential
// fields apply; secrets go to the OS keychain, never to the settings file, and when there is
// no keychain the dialog says so before anything is saved. "Test connection" checks every
// configured service with the form's settings (app/cloud's ConnectionCheck) and reports each
// on its own line.
#include "connection_check.h"
#include "profile_store.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace liteops {
class CloudClient;
class SecretStore;
} // namespace liteops

namespace liteops::ui {

class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    // Neither is owned.
    ProfilesDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // The profile shown in the form, as typed (validate() tells what is wrong with it).
    Profile formProfile() const;
    // The note under the region: the services the SDKs do not offer there; empty when none.
    QString regionNote() const;
    // How a region id is shown in the region box: "CN North-Beijing4 (cn-north-4)" for a
    // known region, the id itself otherwise.
    static QString regionText(const QString &regionId);
    Credentials formSecrets() const;
    void selectProfile(const QString &name);
    // Fills the form (a new profile when the name is new), as if typed.
    void setForm(const Profile &profile, const Credentials &secrets);
    bool saveForm() { return save(); }
    void startConnectionTest() { testConnection(); }
    QString testResult() const;
    // The last test's per-service outcomes (empty before the first test has finished).
    QList<ServiceCheck> testResults() const;
    // Shown while secrets can only be kept for this session (no keychain, or a locked one).
    QString keychainNote() const;

signals:
    void profilesChanged();

private:
    // The constructor's steps, in order.
    void nameFields();
    void setUpFields();
    void setUpAuthPages();
    QLayout *createFormColumn(QPushButton *browseCa);
    QLayout *createListColumn(QPushButton *add, QPushButton *remove);
    void layOut(QLayout *listColumn, QLayout *formColumn, QWidget *buttons);
    void showInitialState();

    void startNewProfile();
    void browseCaFile();
    void reloadList(const QString &select);
    void showProfile(const QString &name);
    void updateEndpointPlaceholders();
    void updateAuthFields();
    bool save();
    void removeCurrent();
    void testConnection();
    void runConnectionTest(const Profile &profile, const Credentials &secrets);
    void updateKeychainNote();
    // What the form's fields break before anything is saved or sent (translated, never
    // echoing a secret), then Profile::validate().
    QStringList formProblems() const;

    ProfileStore *m_store;
    SecretStore *m_secrets;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_modelArts, *m_serviceStage, *m_ief, *m_iam;
    QLineEdit *m_projectId;
    QComboBox *m_authMode;
    QStackedWidget *m_authStack;
    QLineEdit *m_ak, *m_sk, *m_securityToken;
    QLineEdit *m_iamUser, *m_iamPassword, *m_iamDomain;
    QLineEdit *m_token;
    QLineEdit *m_caFile;
    QSpinBox *m_timeout;
    QLabel *m_status;
    QLabel *m_regionNote; // which services the SDKs do not offer in the chosen region
    QPushButton *m_test;
    QLabel *m_projectHelp; // where the Huawei Cloud console shows the project id
    QLabel *m_keychainNote;
    QPointer<CloudClient> m_testClient;
    QPointer<ConnectionCheck> m_check;
    QList<ServiceCheck> m_testResults;
    QString m_loadedName;
};

} // namespace liteops::ui
