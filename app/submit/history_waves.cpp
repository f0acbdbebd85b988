// SPDX-License-Identifier: Apache-2.0
#include "history_waves.h"

#include <QMap>
#include <QPair>

#include <tuple>

namespace liteops {

QList<WaveHistory> historyByWave(const QList<HistoryEntry> &entries)
{
    using WaveKey = QPair<QString, int>; // submission id, wave
    QMap<WaveKey, QPair<HistoryEntry, HistoryEntry>> waves;
    QList<WaveKey> order;
    QMap<WaveKey, QString> gates;
    QMap<QString, WaveKey> lastGateOf; // submission -> its latest gate line
    QMap<QString, bool> gateOpen;      // submission -> its last line is that gate
    for (const HistoryEntry &e : entries) {
        const WaveKey key = qMakePair(e.submissionId, e.wave);
        gateOpen[e.submissionId] = e.outcome == QLatin1String("gate");
        if (e.outcome == QLatin1String("gate") || e.outcome == QLatin1String("continued")) {
            if (e.outcome == QLatin1String("gate")) {
                gates.insert(key, e.message);
                lastGateOf.insert(e.submissionId, key);
            }
            continue;
        }
        auto it = waves.find(key);
        if (it == waves.end()) {
            waves.insert(key, qMakePair(e, e));
            order.append(key);
        } else {
            it->second = e;
        }
    }

    QList<WaveHistory> rows;
    rows.reserve(order.size());
    for (auto it = order.crbegin(); it != order.crend(); ++it) { // newest first
        WaveHistory row;
        std::tie(row.first, row.last) = waves.value(*it);
        row.hasGate = gates.contains(*it);
        row.gateReason = gates.value(*it);
        row.waitingAtGate = row.hasGate && gateOpen.value(it->first) && lastGateOf.value(it->first) == *it;
        rows.append(row);
    }
    return rows;
}

} // namespace liteops
