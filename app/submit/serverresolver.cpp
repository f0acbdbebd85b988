// SPDX-License-Identifier: Apache-2.0
#include "serverresolver.h"

#include <QRegularExpression>
#include <QSet>

namespace liteops {

namespace {

QString unquote(QString field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
        field = field.mid(1, field.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
    return field.trimmed();
}

QStringList splitFields(const QString &line)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\t]"));
    QStringList fields = line.split(separators);
    for (QString &f : fields)
        f = unquote(f);
    return fields;
}

QString listed(const QStringList &values, int maxListed)
{
    QStringList shown = values.mid(0, maxListed);
    QString text = shown.join(QLatin1String(", "));
    if (values.size() > maxListed)
        text += QStringLiteral(", …");
    return text;
}

} // namespace

QString ServerResolution::summary(int maxListed) const
{
    QStringList parts;
    parts << ServerResolver::tr("%n server(s) found", nullptr, int(ids.size()));
    if (!unknown.isEmpty())
        parts << ServerResolver::tr("%n unknown: %1", nullptr, int(unknown.size())).arg(listed(unknown, maxListed));
    if (!duplicates.isEmpty())
        parts << ServerResolver::tr("%n duplicate(s) ignored: %1", nullptr, int(duplicates.size()))
                     .arg(listed(duplicates, maxListed));
    if (!ambiguous.isEmpty())
        parts << ServerResolver::tr("%n name(s) shared by several servers, use the id: %1", nullptr,
                                    int(ambiguous.size()))
                     .arg(listed(ambiguous, maxListed));
    return parts.join(QLatin1String("; "));
}

ServerResolver::ServerResolver(const QList<Server> &servers)
{
    m_byId.reserve(servers.size());
    m_byName.reserve(servers.size());
    for (const Server &s : servers) {
        m_byId.insert(s.id, s.id);
        if (!s.name.isEmpty())
            m_byName[s.name].append(s.id);
        for (const QString &ip : s.privateIps) {
            QStringList &ids = m_byIp[ip];
            if (!ip.isEmpty() && !ids.contains(s.id))
                ids.append(s.id);
        }
    }
}

QStringList ServerResolver::parseEntries(const QString &text)
{
    QStringList lines;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        lines.append(line);
    }
    if (lines.isEmpty())
        return {};

    int column = 0;
    int first = 0;
    const QStringList header = splitFields(lines.first());
    static const char *const preferred[] = {"server_id", "id", "name", "server_name"};
    if (header.size() == 1) {
        for (const char *name : preferred) {
            if (header.first().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                first = 1;
        }
    } else if (header.size() > 1) {
        for (const char *name : preferred) {
            qsizetype found = -1;
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (header.at(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                column = int(found);
                first = 1;
                break;
            }
        }
    }

    QStringList entries;
    entries.reserve(lines.size());
    for (qsizetype i = first; i < lines.size(); ++i) {
        const QStringList fields = splitFields(lines.at(i));
        const QString value = column < fields.size() ? fields.at(column) : QString();
        if (!value.isEmpty())
            entries.append(value);
    }
    return entries;
}

ServerResolution ServerResolver::resolve(const QStringList &entries) const
{
    ServerResolution r;
    r.entryCount = int(entries.size());
    QSet<QString> chosen;
    QSet<QString> reportedUnknown;
    for (const QString &entry : entries) {
        QString id;
        if (m_byId.contains(entry)) {
            id = entry;
        } else if (auto it = m_byName.constFind(entry); it != m_byName.cend()) {
            if (it->size() > 1) {
                if (!r.ambiguous.contains(entry))
                    r.ambiguous.append(entry);
                continue;
            }
            id = it->first();
        } else if (auto ip = m_byIp.constFind(entry); ip != m_byIp.cend()) {
            if (ip->size() > 1) {
                if (!r.ambiguous.contains(entry))
                    r.ambiguous.append(entry);
                continue;
            }
            id = ip->first();
        } else {
            if (reportedUnknown.contains(entry)) {
                r.duplicates.append(entry);
            } else {
                reportedUnknown.insert(entry);
                r.unknown.append(entry);
            }
            continue;
        }
        if (chosen.contains(id)) {
            r.duplicates.append(entry);
            continue;
        }
        chosen.insert(id);
        r.ids.append(id);
    }
    return r;
}

QString entrySafeToShow(const QString &entry)
{
    constexpr qsizetype kMaxShown = 40;
    QString shown;
    const qsizetype n = entry.size();
    for (qsizetype i = 0; i < n && shown.size() < kMaxShown; ++i) {
        const QChar c = entry.at(i);
        if (c.isHighSurrogate() && i + 1 < n && entry.at(i + 1).isLowSurrogate()) {
            shown += c;
            shown += entry.at(++i);
            continue;
        }
        const QChar::Category cat = c.category();
        const bool unreadable = c.isSurrogate() || cat == QChar::Other_Control || cat == QChar::Other_Format
                                || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph;
        shown += unreadable ? QChar(QChar::ReplacementCharacter) : c;
    }
    if (shown.size() < n)
        shown += QStringLiteral("…");
    return shown;
}

ServerResolution ServerResolution::withEntriesSafeToShow() const
{
    const auto safe = [](const QStringList &entries) {
        QStringList out;
        out.reserve(entries.size());
        for (const QString &e : entries)
            out << entrySafeToShow(e);
        return out;
    };
    ServerResolution shown = *this;
    shown.unknown = safe(unknown);
    shown.duplicates = safe(duplicates);
    shown.ambiguous = safe(ambiguous);
    return shown;
}

} // namespace liteops
