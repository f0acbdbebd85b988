#pragma once
// Turns pasted text or an imported file (CSV, or one id/name per line) into server ids, by
// matching each entry against the fleet's ids first and names second. Nothing is guessed:
// entries that match nothing, or a name shared by several servers, are reported.
#include "types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace liteops {

struct ServerResolution
{
    QStringList ids;        // resolved, first occurrence order, each once
    QStringList unknown;    // entries that match no id and no name
    QStringList duplicates; // entries naming a server that an earlier entry already named
    QStringList ambiguous;  // names shared by more than one server
    int entryCount = 0;     // entries read from the text

    // "480 servers found; 12 unknown: a, b, c…; 8 duplicates" (translated).
    QString summary(int maxListed = 10) const;
};

class ServerResolver
{
    Q_DECLARE_TR_FUNCTIONS(ServerResolver)
public:
    explicit ServerResolver(const QList<Server> &servers);

    // Entries of a paste or a file. CSV with a header row: the column named id, server_id,
    // name or server_name (in that preference). Otherwise: the first field of each line
    // (fields split on comma, semicolon or tab). Blank lines and lines starting with # are
    // skipped; surrounding whitespace and quotes are removed.
    static QStringList parseEntries(const QString &text);

    ServerResolution resolve(const QStringList &entries) const;
    ServerResolution resolveText(const QString &text) const { return resolve(parseEntries(text)); }

private:
    QHash<QString, QString> m_byId;          // id -> id
    QHash<QString, QStringList> m_byName;    // name -> ids
};

} // namespace liteops
