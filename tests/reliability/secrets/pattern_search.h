// SPDX-License-Identifier: Apache-2.0
#pragma once
// Finds many byte patterns in one pass over a file: patterns are indexed by their first
// kMinPatternLength bytes, and each position of the (case-folded) text is looked up once.
// Thousands of patterns over tens of megabytes take about a second.
#include "scan_needles.h"

#include <QHash>
#include <QList>
#include <bitset>
#include <memory>

namespace liteops::secretscan {

struct Match
{
    qsizetype offset = 0;
    int pattern = 0; // index into the searcher's patterns
};

class PatternSearch
{
public:
    explicit PatternSearch(QList<Pattern> patterns);

    const QList<Pattern> &patterns() const { return m_patterns; }
    // Every match in `folded` (already passed through foldCase), in order of offset.
    QList<Match> findAll(const QByteArray &folded) const;

private:
    QList<Pattern> m_patterns;
    QHash<quint64, QList<int>> m_byPrefix;
    std::unique_ptr<std::bitset<65536>> m_firstTwo; // quick rejection on the first two bytes
};

} // namespace liteops::secretscan
