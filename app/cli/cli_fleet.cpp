// SPDX-License-Identifier: Apache-2.0
// liteops-cli fleet: every server with what the local store knows about it — versions, last
// job, recent failures — and its compliance with the target versions. The rows, the
// compliance rule and the chip filters are the console's Fleet page's own (app/fleet).
#include "cli.h"
#include "cli_runner.h"
#include "cli_store_wait.h"
#include "compliance_settings.h"
#include "detail_sync.h"
#include "fleet_facts.h"
#include "fleet_filter_proxy.h"
#include "fleet_model.h"
#include "timestamp.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace liteops::cli {

namespace {

using fleet::Compliance;
using fleet::FleetRow;

struct FleetData
{
    QList<Server> servers;
    QHash<QString, fleet::ServerFacts> facts;
};

const QStringList &fleetColumns()
{
    static const QStringList columns{QStringLiteral("id"),
                                     QStringLiteral("name"),
                                     QStringLiteral("status"),
                                     QStringLiteral("flavor"),
                                     QStringLiteral("category"),
                                     QStringLiteral("private_ips"),
                                     QStringLiteral("image_arch"),
                                     QStringLiteral("driver"),
                                     QStringLiteral("firmware"),
                                     QStringLiteral("queried_at"),
                                     QStringLiteral("query_job_id"),
                                     QStringLiteral("compliance"),
                                     QStringLiteral("compared_as_text"),
                                     QStringLiteral("failures_last10"),
                                     QStringLiteral("failure_streak"),
                                     QStringLiteral("flaky"),
                                     QStringLiteral("top_error"),
                                     QStringLiteral("last_job_id"),
                                     QStringLiteral("last_job_type"),
                                     QStringLiteral("last_outcome"),
                                     QStringLiteral("last_at")};
    return columns;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue timeOrNull(qint64 ms)
{
    return isKnownTime(ms) ? QJsonValue(formatIsoUtcMs(ms)) : QJsonValue();
}

// The servers list's own fields (as `servers list` prints them), then the fleet's.
QJsonObject fleetRowJson(const FleetRow &row)
{
    const fleet::ServerFacts f = row.facts.value_or(fleet::ServerFacts{});
    QJsonObject o = serverJson(row.server);
    const QList<std::pair<QString, QJsonValue>> facts{
        {QStringLiteral("driver"), textOrNull(f.driver)},
        {QStringLiteral("firmware"), textOrNull(f.firmware)},
        {QStringLiteral("queried_at"), timeOrNull(f.queriedAtMs)},
        {QStringLiteral("query_job_id"), textOrNull(f.queryJobId)},
        {QStringLiteral("compliance"), fleet::complianceKey(row.compliance.state)},
        {QStringLiteral("compared_as_text"), row.compliance.comparedAsText},
        {QStringLiteral("failures_last10"), f.failuresRecent},
        {QStringLiteral("failure_streak"), f.failureStreak},
        {QStringLiteral("flaky"), f.isFlaky()},
        {QStringLiteral("top_error"), f.isFlaky() ? textOrNull(f.topErrorCluster) : QJsonValue()},
        {QStringLiteral("last_job_id"), textOrNull(f.lastJobId)},
        {QStringLiteral("last_job_type"), textOrNull(f.lastJobType)},
        {QStringLiteral("last_outcome"), row.facts ? QJsonValue(QString(stateKey(f.lastOutcome))) : QJsonValue()},
        {QStringLiteral("last_at"), timeOrNull(f.lastAtMs)},
    };
    for (const auto &[key, value] : facts)
        o.insert(key, value);
    return o;
}

QString fleetTable(const QList<FleetRow> &rows)
{
    QList<QStringList> cells;
    for (const FleetRow &row : rows) {
        const fleet::ServerFacts f = row.facts.value_or(fleet::ServerFacts{});
        cells << QStringList{row.server.id,
                             row.server.name,
                             row.server.status,
                             row.server.flavor,
                             f.driver,
                             f.firmware,
                             isKnownTime(f.queriedAtMs) ? formatIsoUtcMs(f.queriedAtMs) : QString(),
                             fleet::complianceLabel(row.compliance.state),
                             row.facts ? QString::number(f.failuresRecent) : QString(),
                             row.facts ? QString::number(f.failureStreak) : QString(),
                             f.isFlaky() ? f.topErrorCluster : QString(),
                             f.lastJobId};
    }
    return table({Runner::tr("ID"), Runner::tr("NAME"), Runner::tr("STATUS"), Runner::tr("FLAVOR"),
                  Runner::tr("DRIVER"), Runner::tr("FIRMWARE"), Runner::tr("QUERIED"), Runner::tr("COMPLIANCE"),
                  Runner::tr("FAILED/10"), Runner::tr("STREAK"), Runner::tr("FLAKY"), Runner::tr("LAST JOB")},
                 cells);
}

} // namespace

int Runner::fleetCommand(Format format)
{
    // The chip filters, one at a time as the console's chips.
    const QList<std::pair<QString, std::optional<Compliance>>> chips{{QStringLiteral("outdated"), Compliance::Outdated},
                                                                     {QStringLiteral("unknown"), Compliance::Unknown},
                                                                     {QStringLiteral("stale"), Compliance::Stale},
                                                                     {QStringLiteral("flaky"), std::nullopt}};
    std::optional<std::pair<QString, std::optional<Compliance>>> chip;
    for (const auto &c : chips) {
        if (!m_line.has(c.first))
            continue;
        if (chip)
            return usage(tr("Give at most one of --outdated, --unknown, --stale and --flaky."));
        chip = c;
    }
    if (!hasStoreLocation())
        return storeLocationUsage();
    store::LocalStore *s = localStore();
    if (!s)
        return storeUnavailable();

    std::optional<QList<Server>> listed;
    if (!m_line.has(QStringLiteral("no-sync"))) {
        std::optional<Result<QList<Server>>> servers;
        {
            QEventLoop loop;
            client().listServers()->then(&loop, [&](const Result<QList<Server>> &r) {
                servers = r;
                loop.quit();
            });
            loop.exec();
        }
        if (!servers->ok())
            return fail(servers->error());
        listed = servers->value();
        s->putServers(*listed);
        const StoreSyncOutcome run = syncStore(s, DetailSync::Options{}.horizonDays);
        if (run.listError)
            return fail(*run.listError);
        // Rows from what was stored are still right, only older: say so and go on.
        if (run.failed)
            m_err << tr("warning: the local data could not be brought up to date: %1").arg(run.message) << '\n';
    }

    const FleetData data = readAndWait<FleetData>(s, [](const store::StoreReader &r) {
        FleetData d;
        for (const store::StoredServer &stored : r.servers())
            d.servers.append(stored.server);
        d.facts = fleet::readAllFacts(r.database());
        return d;
    });

    fleet::CompliancePolicy policy = fleet::ComplianceSettings().load(m_line.global.profile);
    if (m_line.has(QStringLiteral("target-driver")))
        policy.fleet.driver = m_line.value(QStringLiteral("target-driver"));
    if (m_line.has(QStringLiteral("target-firmware")))
        policy.fleet.firmware = m_line.value(QStringLiteral("target-firmware"));

    fleet::FleetModel model;
    model.setPolicy(policy, QDateTime::currentMSecsSinceEpoch());
    model.setAllFacts(data.facts);
    model.setServers(listed ? *listed : data.servers);
    fleet::FleetFilterProxy proxy;
    proxy.setSourceModel(&model);
    if (chip && chip->second)
        proxy.setComplianceFilter({*chip->second});
    else if (chip)
        proxy.setFlakyOnly(true);
    proxy.sort(fleet::FleetModel::NameColumn);

    QList<FleetRow> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.append(model.rowAt(proxy.mapToSource(proxy.index(r, 0)).row()));
    QList<QJsonObject> objects;
    QJsonArray array;
    for (const FleetRow &row : std::as_const(rows)) {
        objects << fleetRowJson(row);
        array.append(objects.constLast());
    }
    if (format == Format::Json)
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (format == Format::Csv)
        m_out << csvFromObjects(fleetColumns(), objects);
    else
        m_out << fleetTable(rows);
    return ExitOk;
}

} // namespace liteops::cli
