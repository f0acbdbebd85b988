// SPDX-License-Identifier: Apache-2.0
#pragma once
// Custom item data roles shared by every LiteOps model and proxy, so a view or proxy can ask
// any of them for the same thing (the typed sort key, the normalised state, ...).
#include "core/state.h"

#include <QtGlobal>
#include <Qt>

namespace liteops {

enum ItemRole : int {
    RawValueRole = Qt::UserRole + 1, // typed value for sorting: qint64 ms, int, QString
    StateRole,                       // int(liteops::State) of the row's job or task
    JobIdRole,                       // QString
    ProviderRole,                    // int(liteops::Provider)
    TaskIdRole,                      // QString, task rows only
    IsGroupRole,                     // bool: a group row of the task tree
    ClusterIdRole,                   // QString: error cluster id (failed tasks, cluster rows)
    GroupCountRole,                  // int: number of tasks under a group row
    FullMessageRole,                 // QString: the whole task message (display is one line)
    ServerIdsRole,                   // QStringList: servers behind a summary row
    TaskIdsRole,                     // QStringList: tasks behind a summary row
};

// A set of states, cheap to copy and test (filters check it once per row).
class StateSet
{
public:
    constexpr StateSet() = default;
    constexpr StateSet(std::initializer_list<State> states)
    {
        for (State s : states)
            insert(s);
    }
    static constexpr StateSet all()
    {
        StateSet s;
        s.m_bits = (1u << kStateCount) - 1;
        return s;
    }

    constexpr void insert(State s) { m_bits |= bit(s); }
    constexpr void remove(State s) { m_bits &= ~bit(s); }
    constexpr bool contains(State s) const { return (m_bits & bit(s)) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr bool isAll() const { return m_bits == all().m_bits; }
    constexpr quint32 bits() const { return m_bits; }
    friend constexpr bool operator==(StateSet a, StateSet b) { return a.m_bits == b.m_bits; }

private:
    static constexpr quint32 bit(State s) { return 1u << quint32(s); }
    quint32 m_bits = 0;
};

} // namespace liteops
