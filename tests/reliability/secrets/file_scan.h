// SPDX-License-Identifier: Apache-2.0
#pragma once
// Searches one file for every pattern and sorts what it finds into hits and allowed access
// key occurrences (the AK policy: see secret_scan_main.cpp).
#include "pattern_search.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace liteops::secretscan {

struct Hit
{
    QString file;
    int line = 0;
    QString needle;
    QString encoding;
    QString context;
};

struct ScanTotals
{
    int files = 0;
    int distinctFiles = 0;
    qint64 bytes = 0;
    QList<Hit> hits;
    QList<Hit> allowedAccessKeys;
};

// Searches `path` (reported as `shownAs`); contents already in `seenContents` are skipped.
void scanFile(const QString &path, const QString &shownAs, const PatternSearch &search, const QList<Needle> &needles,
              QSet<QByteArray> *seenContents, ScanTotals *totals);

// Every regular file under `dir`, recursively, sorted.
QStringList filesUnder(const QString &dir);

} // namespace liteops::secretscan
