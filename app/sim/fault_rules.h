// SPDX-License-Identifier: Apache-2.0
#pragma once
// Fault injection rules: `METHOD PATH-REGEX KIND [ARG] [count=N] [p=F]`.
// METHOD is an HTTP method or `*`; PATH-REGEX is searched in the decoded path alone (anchor it
// with ^ and $ for an exact match); KIND is one of
//   latency MS | status CODE | throttle [SECONDS] | html CODE | truncate | malformed | slow BYTES_PER_S
//   | ignore-paging | reject-paging
// count=N limits how many requests the rule hits, p=F the probability that a matching request
// is hit (0 < F <= 1).
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace liteops::sim {

enum class FaultKind { Latency, Status, Throttle, Html, Truncate, Malformed, Slow, IgnorePaging, RejectPaging };

struct FaultRule
{
    QString spec;      // as given, for messages
    QByteArray method; // upper case, or "*"
    QRegularExpression path;
    FaultKind kind = FaultKind::Latency;
    int arg = 0;        // MS, CODE, SECONDS or BYTES_PER_S
    int remaining = -1; // count=N; -1 means unlimited
    double probability = 1.0;
};

// False and a message naming the bad part when the spec is malformed.
bool parseFaultSpec(const QString &spec, FaultRule *out, QString *errorMessage);

// The active rules, in the order they were added. Probabilities draw from a generator seeded
// by --seed so a run is reproducible.
class FaultSet
{
public:
    explicit FaultSet(quint64 seed) : m_state(seed ^ 0xFA17FA17FA17FA17ULL) {}

    bool add(const QString &spec, QString *errorMessage);
    void clear() { m_rules.clear(); }
    int size() const { return int(m_rules.size()); }

    // The first rule that matches and fires for this request; it consumes one of its count.
    std::optional<FaultRule> take(const QByteArray &method, const QString &path);

private:
    double nextUnit();

    QList<FaultRule> m_rules;
    quint64 m_state;
};

} // namespace liteops::sim
