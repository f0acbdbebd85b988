#include "version_drift.h"

#include <QHash>

#include <algorithm>

namespace liteops {

VersionDriftModel::VersionDriftModel(QObject *parent) : KeyedRowsModel<VersionDriftRow>(parent) {}

void VersionDriftModel::applyJob(const Job &job)
{
    QList<Row> rows;
    QHash<QString, qsizetype> byKey;
    const QChar sep(0x1F);
    for (const Task &t : job.tasks) {
        const std::optional<VersionInfo> v = parseVersions(t.message());
        if (!v)
            continue;
        const QString key = v->driver + sep + v->firmware;
        auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            it = byKey.insert(key, rows.size());
            rows.append(Row{*v, {}, {}});
        }
        rows[*it].serverIds.append(t.targetId().toString());
        rows[*it].taskIds.append(t.id().toString());
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.serverIds.size() != b.serverIds.size())
            return a.serverIds.size() > b.serverIds.size();
        if (a.versions.driver != b.versions.driver)
            return a.versions.driver < b.versions.driver;
        return a.versions.firmware < b.versions.firmware;
    });
    static const QList<int> roles{Qt::DisplayRole, RawValueRole, ServerIdsRole, TaskIdsRole};
    mergeRows(std::move(rows),
              [sep](const Row &r) { return r.versions.driver + sep + r.versions.firmware; }, roles);
}

void VersionDriftModel::clear()
{
    clearRows();
}

int VersionDriftModel::serverCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += int(r.serverIds.size());
    return n;
}

int VersionDriftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VersionDriftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionDriftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Driver: return r.versions.driver.isEmpty() ? tr("(unknown)") : r.versions.driver;
        case Firmware: return r.versions.firmware.isEmpty() ? tr("(unknown)") : r.versions.firmware;
        case Servers: return int(r.serverIds.size());
        default: return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case Driver: return r.versions.driver;
        case Firmware: return r.versions.firmware;
        case Servers: return int(r.serverIds.size());
        default: return {};
        }
    case ServerIdsRole: return r.serverIds;
    case TaskIdsRole: return r.taskIds;
    default: return {};
    }
}

QVariant VersionDriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Driver: return tr("Driver");
    case Firmware: return tr("Firmware");
    case Servers: return tr("Servers");
    default: return {};
    }
}

} // namespace liteops
