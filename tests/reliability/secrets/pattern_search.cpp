// SPDX-License-Identifier: Apache-2.0
#include "pattern_search.h"

#include <cstring>

namespace liteops::secretscan {

namespace {
quint64 prefixAt(const char *p)
{
    quint64 key = 0;
    std::memcpy(&key, p, sizeof key);
    return key;
}

unsigned firstTwoAt(const char *p)
{
    return unsigned(static_cast<unsigned char>(p[0])) << 8 | static_cast<unsigned char>(p[1]);
}
} // namespace

static_assert(kMinPatternLength == sizeof(quint64), "the index is keyed on 8 bytes");

PatternSearch::PatternSearch(QList<Pattern> patterns)
    : m_patterns(std::move(patterns)), m_firstTwo(std::make_unique<std::bitset<65536>>())
{
    for (int i = 0; i < m_patterns.size(); ++i) {
        const QByteArray &bytes = m_patterns.at(i).folded;
        m_byPrefix[prefixAt(bytes.constData())].append(i);
        m_firstTwo->set(firstTwoAt(bytes.constData()));
    }
}

QList<Match> PatternSearch::findAll(const QByteArray &folded) const
{
    QList<Match> matches;
    const char *data = folded.constData();
    const qsizetype n = folded.size();
    for (qsizetype i = 0; i + kMinPatternLength <= n; ++i) {
        if (!m_firstTwo->test(firstTwoAt(data + i)))
            continue;
        const auto it = m_byPrefix.constFind(prefixAt(data + i));
        if (it == m_byPrefix.constEnd())
            continue;
        for (int p : it.value()) {
            const QByteArray &bytes = m_patterns.at(p).folded;
            if (i + bytes.size() <= n && std::memcmp(data + i, bytes.constData(), size_t(bytes.size())) == 0)
                matches.append({i, p});
        }
    }
    return matches;
}

} // namespace liteops::secretscan
