// SPDX-License-Identifier: Apache-2.0
#pragma once
// Merging a small, ordered list of keyed rows into a table model without a reset: rows that
// are gone are removed, kept rows that changed order move under one layout change (with
// their persistent indexes), new rows are inserted where they belong (a run of new rows in
// one insertion), and changed rows get dataChanged. Used by the summary models and the fleet
// model.
#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>
#include <numeric>
#include <vector>

namespace liteops {

template <typename Row>
class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template <typename KeyFn>
    void mergeRows(QList<Row> next, KeyFn key, const QList<int> &roles)
    {
        QHash<QString, qsizetype> nextPos;
        nextPos.reserve(next.size());
        for (qsizetype i = 0; i < next.size(); ++i)
            nextPos.insert(key(next[i]), i);

        for (qsizetype r = m_rows.size() - 1; r >= 0; --r) {
            if (nextPos.contains(key(m_rows[r])))
                continue;
            beginRemoveRows({}, int(r), int(r));
            m_rows.removeAt(r);
            endRemoveRows();
        }

        std::vector<qsizetype> target(size_t(m_rows.size()));
        for (qsizetype r = 0; r < m_rows.size(); ++r)
            target[size_t(r)] = nextPos.value(key(m_rows[r]));
        if (!std::is_sorted(target.begin(), target.end())) {
            emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
            std::vector<int> order(target.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int a, int b) { return target[size_t(a)] < target[size_t(b)]; });
            std::vector<int> newRowOf(order.size());
            QList<Row> sorted;
            sorted.reserve(m_rows.size());
            for (size_t i = 0; i < order.size(); ++i) {
                newRowOf[size_t(order[i])] = int(i);
                sorted.append(m_rows[order[i]]);
            }
            const QModelIndexList from = persistentIndexList();
            QModelIndexList to;
            to.reserve(from.size());
            for (const QModelIndex &idx : from)
                to.append(index(newRowOf[size_t(idx.row())], idx.column()));
            m_rows = std::move(sorted);
            changePersistentIndexList(from, to);
            emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        }

        for (qsizetype i = 0; i < next.size(); ++i) {
            if (i < m_rows.size() && key(m_rows[i]) == key(next[i])) {
                if (!(m_rows[i] == next[i])) {
                    m_rows[i] = std::move(next[i]);
                    emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1), roles);
                }
                continue;
            }
            // New rows up to the next kept one (m_rows[i]) go in as one insertion: a first
            // load of 20,000 rows is one signal, not 20,000 for the proxy and the views.
            qsizetype end = i + 1;
            while (end < next.size() && !(i < m_rows.size() && key(m_rows[i]) == key(next[end])))
                ++end;
            insertRows(i, next, end);
            i = end - 1;
        }
    }

    // next[from, end) inserted at row `from`.
    void insertRows(qsizetype from, QList<Row> &next, qsizetype end)
    {
        beginInsertRows({}, int(from), int(end - 1));
        if (from == m_rows.size()) {
            m_rows.reserve(m_rows.size() + (end - from));
            for (qsizetype k = from; k < end; ++k)
                m_rows.append(std::move(next[k]));
        } else {
            m_rows.insert(from, end - from, Row{});
            for (qsizetype k = from; k < end; ++k)
                m_rows[k] = std::move(next[k]);
        }
        endInsertRows();
    }

    void clearRows()
    {
        if (m_rows.isEmpty())
            return;
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }

    QList<Row> m_rows;
};

} // namespace liteops
