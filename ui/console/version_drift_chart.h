// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Versions tab's bar chart: servers per (driver, firmware) pair. Its category labels are
// never cut by the chart: they turn upright when they do not fit side by side, a label wider
// than a version number is elided in the middle, and hovering a bar shows the whole pair.
#include "version_drift.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;

namespace liteops::ui {

class VersionDriftChart : public QChartView
{
    Q_OBJECT
public:
    explicit VersionDriftChart(QWidget *parent = nullptr);

    // The version rows (no-result rows are left out: they have no version to chart).
    void setRows(const QList<VersionDriftRow> &rows);
    QBarCategoryAxis *categoryAxis() const { return m_axis; }
    QBarSet *barSet() const { return m_set; }
    // What hovering the bar of `category` shows: driver, firmware and the server count.
    QString toolTipFor(int category) const;

private:
    void clearChart();
    void fitLabels(const QRectF &plotArea);
    QString shortLabel(const VersionDriftRow &row) const;

    QList<VersionDriftRow> m_rows;
    QBarCategoryAxis *m_axis = nullptr;
    QBarSet *m_set = nullptr;
    int m_widestLabel = 0; // pixels, in the axis font
};

} // namespace liteops::ui
