// SPDX-License-Identifier: Apache-2.0
#pragma once
// Turns pasted text or an imported file (CSV, or one id/name/IP per line) into server ids, by
// matching each entry against the fleet's ids first, names second and private IPs third.
// Nothing is guessed: entries that match nothing, or a name or IP shared by several servers,
// are reported. The wizard and liteops-cli (--server, --servers-file) share it.
#include "core/types.h"

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
    QStringList ambiguous;  // names (or private IPs) shared by more than one server
    int entryCount = 0;     // entries read from the text

    // "480 servers found; 12 unknown: a, b, c…; 8 duplicates" (translated).
    QString summary(int maxListed = 10) const;
    // The same, with every echoed entry (unknown, duplicate, ambiguous) made safe to show:
    // see entrySafeToShow().
    ServerResolution withEntriesSafeToShow() const;
};

// An entry as a report may echo it: control and invisible characters (a right-to-left
// override would flip the rest of the report) and unpaired surrogates become U+FFFD, and a
// pasted novel is cut to 40 characters, so the report stays one readable line per list.
QString entrySafeToShow(const QString &entry);

class ServerResolver
{
    Q_DECLARE_TR_FUNCTIONS(ServerResolver)
public:
    explicit ServerResolver(const QList<Server> &servers);

    // Entries of a paste or a file. CSV with a header row: the column named server_id, id,
    // name or server_name (in that preference), so a task CSV (liteops-cli jobs get --format
    // csv) gives its servers, not its task ids; a first line that is just one of those names
    // is a header too. Otherwise: the first field of each line (fields split on comma,
    // semicolon or tab). Blank lines and lines starting with # are skipped; surrounding
    // whitespace and quotes are removed.
    static QStringList parseEntries(const QString &text);

    ServerResolution resolve(const QStringList &entries) const;
    ServerResolution resolveText(const QString &text) const { return resolve(parseEntries(text)); }

private:
    QHash<QString, QString> m_byId;       // id -> id
    QHash<QString, QStringList> m_byName; // name -> ids
    QHash<QString, QStringList> m_byIp;   // private IP -> ids
};

} // namespace liteops
