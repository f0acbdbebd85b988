// SPDX-License-Identifier: Apache-2.0
#include "profile_store.h"

#include "request_path.h"

#include <QCoreApplication>
#include <QSettings>

namespace liteops {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

const QString kGroup = QStringLiteral("profiles");
const QString kLastUsed = QStringLiteral("profiles_last_used");

bool isValidEndpoint(const QUrl &url)
{
    return url.isEmpty()
           || (url.isValid() && !url.host().isEmpty()
               && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")));
}
} // namespace

bool isValidProfileName(const QString &name)
{
    // QSettings groups use '/' and '\' as separators: neither may appear in a name.
    return !validateId(QString(), name) && !name.contains(QLatin1Char('\\')) && name.trimmed() == name;
}

Endpoints Profile::endpoints() const
{
    return Endpoints::forRegion(region).withOverrides(endpointOverrides);
}

ClientConfig Profile::toClientConfig(const Credentials &secrets) const
{
    ClientConfig config;
    config.endpoints = endpoints();
    config.projectId = projectId;
    config.caFile = caFile;
    config.timeoutMs = std::max(1, timeoutSeconds) * 1000;
    Credentials c = secrets;
    c.mode = authMode;
    if (c.accessKey.isEmpty())
        c.accessKey = accessKey;
    if (c.iamUser.isEmpty())
        c.iamUser = iamUser;
    if (c.iamDomain.isEmpty())
        c.iamDomain = iamDomain;
    config.credentials = c;
    return config;
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (!isValidProfileName(name))
        problems << Tr::tr("The profile name must be 1-64 characters without '/', '\\', "
                           "control characters or surrounding spaces.");
    if (!region.isEmpty() && !isValidRegion(region))
        problems << Tr::tr("The region \"%1\" is not a region id such as cn-north-4.").arg(region);
    if (region.isEmpty() && endpointOverrides.modelArts.isEmpty())
        problems << Tr::tr("Choose a region or give the ModelArts endpoint.");
    for (const QUrl &url :
         {endpointOverrides.modelArts, endpointOverrides.serviceStage, endpointOverrides.ief, endpointOverrides.iam}) {
        if (!isValidEndpoint(url))
            problems << Tr::tr("\"%1\" is not an http(s) URL.").arg(url.toString());
    }
    if (projectId.isEmpty())
        problems << Tr::tr("The project id is missing.");
    else if (auto e = validateProjectId(Tr::tr("The project id"), projectId))
        problems << e->errorMsg;
    if (timeoutSeconds < 1 || timeoutSeconds > 3600)
        problems << Tr::tr("The timeout must be between 1 and 3600 seconds.");
    return problems;
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings ? settings : new QSettings), m_owned(settings == nullptr)
{
}

ProfileStore::~ProfileStore()
{
    if (m_owned)
        delete m_settings;
}

QSettings *ProfileStore::settings() const
{
    return m_settings;
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(kGroup);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QList<Profile> ProfileStore::list() const
{
    QList<Profile> profiles;
    for (const QString &name : names()) {
        if (auto p = load(name))
            profiles.append(*p);
    }
    return profiles;
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!isValidProfileName(name) || !names().contains(name))
        return std::nullopt;
    QSettings &s = *m_settings;
    s.beginGroup(kGroup + QLatin1Char('/') + name);
    Profile p;
    p.name = name;
    p.region = s.value(QStringLiteral("region")).toString();
    p.endpointOverrides.modelArts = QUrl(s.value(QStringLiteral("endpoint_modelarts")).toString());
    p.endpointOverrides.serviceStage = QUrl(s.value(QStringLiteral("endpoint_servicestage")).toString());
    p.endpointOverrides.ief = QUrl(s.value(QStringLiteral("endpoint_ief")).toString());
    p.endpointOverrides.iam = QUrl(s.value(QStringLiteral("endpoint_iam")).toString());
    p.projectId = s.value(QStringLiteral("project_id")).toString();
    p.authMode = authModeFromKey(s.value(QStringLiteral("auth_mode")).toString()).value_or(Credentials::Mode::AkSk);
    p.accessKey = s.value(QStringLiteral("access_key")).toString();
    p.iamUser = s.value(QStringLiteral("iam_user")).toString();
    p.iamDomain = s.value(QStringLiteral("iam_domain")).toString();
    p.caFile = s.value(QStringLiteral("ca_file")).toString();
    p.timeoutSeconds = s.value(QStringLiteral("timeout_seconds"), 30).toInt();
    s.endGroup();
    return p;
}

bool ProfileStore::save(const Profile &p, QString *errorMessage)
{
    const QStringList problems = p.validate();
    if (!problems.isEmpty()) {
        if (errorMessage)
            *errorMessage = problems.join(QLatin1Char('\n'));
        return false;
    }
    QSettings &s = *m_settings;
    s.remove(kGroup + QLatin1Char('/') + p.name);
    s.beginGroup(kGroup + QLatin1Char('/') + p.name);
    s.setValue(QStringLiteral("region"), p.region);
    s.setValue(QStringLiteral("endpoint_modelarts"), p.endpointOverrides.modelArts.toString());
    s.setValue(QStringLiteral("endpoint_servicestage"), p.endpointOverrides.serviceStage.toString());
    s.setValue(QStringLiteral("endpoint_ief"), p.endpointOverrides.ief.toString());
    s.setValue(QStringLiteral("endpoint_iam"), p.endpointOverrides.iam.toString());
    s.setValue(QStringLiteral("project_id"), p.projectId);
    s.setValue(QStringLiteral("auth_mode"), authModeKey(p.authMode));
    s.setValue(QStringLiteral("access_key"), p.accessKey);
    s.setValue(QStringLiteral("iam_user"), p.iamUser);
    s.setValue(QStringLiteral("iam_domain"), p.iamDomain);
    s.setValue(QStringLiteral("ca_file"), p.caFile);
    s.setValue(QStringLiteral("timeout_seconds"), p.timeoutSeconds);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError) {
        if (errorMessage)
            *errorMessage = Tr::tr("The settings file could not be written.");
        return false;
    }
    return true;
}

void ProfileStore::remove(const QString &name)
{
    if (!isValidProfileName(name))
        return;
    m_settings->remove(kGroup + QLatin1Char('/') + name);
    if (m_settings->value(kLastUsed).toString() == name)
        m_settings->remove(kLastUsed);
    m_settings->sync();
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(kLastUsed).toString();
    return names().contains(name) ? name : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(kLastUsed, name);
    m_settings->sync();
}

} // namespace liteops
