// SPDX-License-Identifier: Apache-2.0
#pragma once
// Connection profiles, stored with QSettings under "profiles/<name>/...". A profile never
// holds a secret: those live in the OS keychain (secret_store.h), keyed by profile name.
#include "cloud_client.h"
#include "credentials.h"
#include "endpoints.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QSettings;

namespace liteops {

struct Profile
{
    QString name;                // 1-64 characters, no control characters, no '/' or '\'
    QString region;              // "cn-north-4"
    Endpoints endpointOverrides; // empty URLs: derived from the region
    QString projectId;
    Credentials::Mode authMode = Credentials::Mode::AkSk;
    QString accessKey; // AK is an identifier, not a secret: kept here for display
    QString iamUser;   // likewise the IAM user and domain names
    QString iamDomain;
    QString caFile;
    int timeoutSeconds = 30;

    // Region endpoints with the overrides applied.
    Endpoints endpoints() const;
    // A client config from this profile and the secrets read from the keychain (the
    // identifier fields above fill in what `secrets` leaves empty).
    ClientConfig toClientConfig(const Credentials &secrets) const;
    // Translated problems (bad name, bad region, bad URL, bad project id); empty when fine.
    QStringList validate() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

bool isValidProfileName(const QString &name);

class ProfileStore
{
public:
    // `settings` is not owned; null uses a default-constructed QSettings (organisation and
    // application names from QCoreApplication).
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QStringList names() const; // sorted
    QList<Profile> list() const;
    std::optional<Profile> load(const QString &name) const;
    // False with a translated message when the profile is invalid; replaces a profile with
    // the same name.
    bool save(const Profile &profile, QString *errorMessage = nullptr);
    void remove(const QString &name);

    QString lastUsed() const; // empty when none or when it no longer exists
    void setLastUsed(const QString &name);

private:
    QSettings *settings() const;
    QSettings *m_settings;
    bool m_owned;
};

} // namespace liteops
