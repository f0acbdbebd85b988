#include "version_drift.h"

#include <QHash>

#include <algorithm>

namespace liteops {

namespace {

bool isValueEnd(QChar c)
{
    return c.isSpace() || QStringView(u"|,;\"'()[]{}，；、（）").contains(c);
}

// The version after the first mention of one of the keywords that is followed by one.
QString versionAfter(QStringView text, std::initializer_list<QStringView> keywords)
{
    for (QStringView keyword : keywords) {
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.indexOf(keyword, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            from = at + keyword.size();
            // A word on its own: "NPU-Driver" yes, "mydriverx" no.
            if (at > 0 && text[at - 1].isLetter() && keyword[0].unicode() < 0x80)
                continue;
            qsizetype p = at + keyword.size();
            auto skipSpace = [&] {
                while (p < text.size() && (text[p].isSpace() || text[p] == QLatin1Char('"')
                                           || text[p] == QLatin1Char('\'')))
                    ++p;
            };
            // Optional "version"/"ver"/"版本" and "s".
            auto skipWord = [&](QStringView w) {
                if (text.sliced(p).startsWith(w, Qt::CaseInsensitive)) {
                    p += w.size();
                    return true;
                }
                return false;
            };
            if (p < text.size() && text[p].isLetter() && keyword[0].unicode() < 0x80
                && !text.sliced(p).startsWith(u"version", Qt::CaseInsensitive)
                && !text.sliced(p).startsWith(u"ver", Qt::CaseInsensitive))
                continue; // "drivers", "firmwareupdate": another word
            skipSpace();
            if (!skipWord(u"versions") && !skipWord(u"version") && !skipWord(u"ver"))
                skipWord(u"版本");
            if (p < text.size() && text[p] == QLatin1Char('.'))
                ++p; // "ver."
            skipSpace();
            if (p < text.size() && QStringView(u":=：").contains(text[p]))
                ++p;
            skipSpace();
            qsizetype e = p;
            while (e < text.size() && !isValueEnd(text[e]))
                ++e;
            while (e > p && QStringView(u".:").contains(text[e - 1]))
                --e;
            const QStringView value = text.sliced(p, e - p);
            if (std::any_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); }))
                return value.toString();
        }
    }
    return {};
}

} // namespace

std::optional<VersionInfo> parseVersions(QStringView message)
{
    VersionInfo v;
    v.driver = versionAfter(message, {u"driver", u"驱动"});
    v.firmware = versionAfter(message, {u"firmware", u"固件"});
    if (v.driver.isEmpty() && v.firmware.isEmpty())
        return std::nullopt;
    return v;
}

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
