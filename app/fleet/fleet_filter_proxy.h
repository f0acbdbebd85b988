// SPDX-License-Identifier: Apache-2.0
#pragma once
// Filters and sorts the fleet table: a case-insensitive text filter (name, id, IPs, flavor,
// versions, error cluster), exact status and flavor filters, and the summary chips — a set of
// compliance states and "flaky only". Chip counts are taken over the rows the other filters
// keep, so each chip says how many rows choosing it would show.
#include "compliance.h"

#include <QSortFilterProxyModel>

#include <array>

namespace liteops::fleet {

class FleetModel;
struct FleetRow;

struct ChipCounts
{
    std::array<int, kComplianceCount> byCompliance{};
    int flaky = 0;
    int total = 0; // rows the text, status and flavor filters keep
    int of(Compliance c) const { return byCompliance[size_t(c)]; }
    friend bool operator==(const ChipCounts &, const ChipCounts &) = default;
};

class FleetFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FleetFilterProxy(QObject *parent = nullptr);

    // The source must be a FleetModel.
    void setSourceModel(QAbstractItemModel *model) override;

    void setTextFilter(const QString &text);
    void setStatusFilter(const QString &status); // raw status; empty: any
    void setFlavorFilter(const QString &flavor); // empty: any
    QString statusFilter() const { return m_status; }
    QString flavorFilter() const { return m_flavor; }
    // The statuses and flavors the fleet has, sorted, whatever the filters keep: what the
    // status and flavor filters offer.
    QStringList statusValues() const;
    QStringList flavorValues() const;
    // Empty: every state.
    void setComplianceFilter(const QList<Compliance> &states);
    void setFlakyOnly(bool flakyOnly);

    ChipCounts chipCounts() const;

    bool acceptsByFields(const FleetRow &row) const; // text, status, flavor
    bool acceptsByChips(const FleetRow &row) const;  // compliance, flaky

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Text columns compare the rows' strings directly; the others their RawValueRole.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const FleetModel *m_fleet = nullptr;
    QString m_text;
    QString m_status;
    QString m_flavor;
    quint32 m_complianceBits = 0; // 0: every state
    bool m_flakyOnly = false;
};

} // namespace liteops::fleet
