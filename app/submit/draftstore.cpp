// SPDX-License-Identifier: Apache-2.0
#include "draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace liteops {

namespace {

constexpr int kDraftFormat = 1;
constexpr qint64 kMaxDraftBytes = 64 * 1024 * 1024;

QJsonArray itemsToJson(const QList<JobItem> &items)
{
    QJsonArray array;
    for (const JobItem &item : items) {
        QJsonObject spec;
        for (auto it = item.spec.cbegin(); it != item.spec.cend(); ++it)
            spec.insert(it.key(), it.value());
        array.append(QJsonObject{{QStringLiteral("type"), item.type}, {QStringLiteral("spec"), spec}});
    }
    return array;
}

QList<JobItem> itemsFromJson(const QJsonArray &array)
{
    QList<JobItem> items;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        JobItem item;
        item.type = o.value(QStringLiteral("type")).toString();
        const QJsonObject spec = o.value(QStringLiteral("spec")).toObject();
        for (auto it = spec.begin(); it != spec.end(); ++it)
            item.spec.insert(it.key(), it.value().toString());
        items.append(item);
    }
    return items;
}

} // namespace

QJsonObject WizardDraft::toJson() const
{
    return QJsonObject{
        {QStringLiteral("format"), kDraftFormat},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("page"), page},
        {QStringLiteral("job_type"), jobType},
        {QStringLiteral("template_id"), templateId},
        {QStringLiteral("items"), itemsToJson(items)},
        {QStringLiteral("server_ids"), QJsonArray::fromStringList(serverIds)},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("is_reboot"), isReboot},
        {QStringLiteral("servers_per_job"), serversPerJob},
        {QStringLiteral("waves_in_flight"), wavesInFlight},
        {QStringLiteral("budget_failed_tasks"), budgetFailedTasks},
        {QStringLiteral("budget_failed_percent"), budgetFailedPercent},
        {QStringLiteral("pause_seconds"), pauseSeconds},
        {QStringLiteral("wave_sizes"), waveSizes},
        {QStringLiteral("gate"), gate},
        {QStringLiteral("verify"), verify},
        {QStringLiteral("saved_at"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

WizardDraft WizardDraft::fromJson(const QJsonObject &o)
{
    WizardDraft d;
    d.profile = o.value(QStringLiteral("profile")).toString();
    d.page = o.value(QStringLiteral("page")).toInt();
    d.jobType = o.value(QStringLiteral("job_type")).toString();
    d.templateId = o.value(QStringLiteral("template_id")).toString();
    d.items = itemsFromJson(o.value(QStringLiteral("items")).toArray());
    const QJsonArray ids = o.value(QStringLiteral("server_ids")).toArray();
    for (const QJsonValue &v : ids)
        d.serverIds.append(v.toString());
    d.name = o.value(QStringLiteral("name")).toString();
    d.description = o.value(QStringLiteral("description")).toString();
    d.isReboot = o.value(QStringLiteral("is_reboot")).toBool();
    d.serversPerJob = o.value(QStringLiteral("servers_per_job")).toInt(50);
    d.wavesInFlight = o.value(QStringLiteral("waves_in_flight")).toInt(1);
    d.budgetFailedTasks = o.value(QStringLiteral("budget_failed_tasks")).toInt();
    d.budgetFailedPercent = o.value(QStringLiteral("budget_failed_percent")).toInt();
    d.pauseSeconds = o.value(QStringLiteral("pause_seconds")).toInt();
    d.waveSizes = o.value(QStringLiteral("wave_sizes")).toString();
    d.gate = o.value(QStringLiteral("gate")).toString();
    d.verify = o.value(QStringLiteral("verify")).toBool(true);
    d.savedAt = QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    return d;
}

DraftStore::DraftStore(QString filePath) : m_path(std::move(filePath)) {}

QString DraftStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/wizard-draft.json");
}

bool DraftStore::save(const WizardDraft &draft, QString *errorMessage) const
{
    auto fail = [&](const QString &why) {
        if (errorMessage)
            *errorMessage = tr("Cannot save the draft %1: %2").arg(QDir::toNativeSeparators(m_path), why);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(tr("cannot create its folder"));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = QJsonDocument(draft.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

std::optional<WizardDraft> DraftStore::load(QString *errorMessage) const
{
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    auto fail = [&](const QString &why) -> std::optional<WizardDraft> {
        if (errorMessage)
            *errorMessage = tr("Cannot read the draft %1: %2").arg(QDir::toNativeSeparators(m_path), why);
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxDraftBytes)
        return fail(tr("the file is too large"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("it is not a valid draft (%1)").arg(error.errorString()));
    if (doc.object().value(QStringLiteral("format")).toInt() != kDraftFormat)
        return fail(tr("it was written by another version of LiteOps"));
    return WizardDraft::fromJson(doc.object());
}

bool DraftStore::hasDraft() const
{
    return QFile::exists(m_path);
}

bool DraftStore::clear() const
{
    return !QFile::exists(m_path) || QFile::remove(m_path);
}

} // namespace liteops
