// SPDX-License-Identifier: Apache-2.0
#include "version_drift_chart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QToolTip>
#include <QValueAxis>

namespace liteops::ui {
namespace {
// Labels up to this long stay whole: a driver or firmware version ("24.1.RC3.B010" fits).
const QString kLongestWholeLabel = QStringLiteral("24.1.RC3.B010.99");
} // namespace

VersionDriftChart::VersionDriftChart(QWidget *parent) : QChartView(new QChart, parent)
{
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->hide();
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumWidth(260);
    setAccessibleName(tr("Servers per version chart"));
    // The plot area changes with every resize and with the labels' own angle: refit then.
    connect(chart(), &QChart::plotAreaChanged, this, &VersionDriftChart::fitLabels);
}

void VersionDriftChart::clearChart()
{
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_axis = nullptr;
    m_set = nullptr;
    m_widestLabel = 0;
}

QString VersionDriftChart::shortLabel(const VersionDriftRow &row) const
{
    // The driver says enough; the table and the tooltip have both.
    const QString text = row.versions.driver.isEmpty() ? tr("firmware %1").arg(row.versions.firmware)
                                                       : row.versions.driver;
    const QFontMetrics metrics(m_axis ? m_axis->labelsFont() : font());
    return metrics.elidedText(text, Qt::ElideMiddle, metrics.horizontalAdvance(kLongestWholeLabel));
}

void VersionDriftChart::setRows(const QList<VersionDriftRow> &rows)
{
    clearChart();
    m_rows.clear();
    for (const VersionDriftRow &row : rows)
        if (!row.isNoResult())
            m_rows.append(row);
    if (m_rows.isEmpty())
        return;
    QChart *c = chart();
    const QPalette pal = palette();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    m_axis = new QBarCategoryAxis;
    m_axis->setLabelsColor(pal.color(QPalette::Text));
    // QtCharts cut "24.1.0.3" to "24.1...." in a slot twice its width; fitLabels() decides.
    m_axis->setTruncateLabels(false);
    m_set = new QBarSet(tr("Servers"));
    m_set->setColor(pal.color(QPalette::Highlight));
    m_set->setLabelColor(pal.color(QPalette::Text));
    QStringList categories;
    int maxCount = 0;
    const QFontMetrics metrics(m_axis->labelsFont());
    for (const VersionDriftRow &row : std::as_const(m_rows)) {
        const int n = int(row.serverIds.size());
        *m_set << n;
        maxCount = qMax(maxCount, n);
        QString label = shortLabel(row);
        while (categories.contains(label)) // the same driver with different firmware
            label += QLatin1Char('\'');
        categories << label;
        m_widestLabel = qMax(m_widestLabel, metrics.horizontalAdvance(label));
    }
    connect(m_set, &QBarSet::hovered, this, [this](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), toolTipFor(index), this);
        else
            QToolTip::hideText();
    });
    auto *series = new QBarSeries;
    series->append(m_set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    c->addSeries(series);
    m_axis->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, maxCount + qMax(1, maxCount / 8));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsColor(pal.color(QPalette::Text));
    y->setTitleText(tr("Servers"));
    y->setTitleBrush(pal.color(QPalette::Text));
    c->addAxis(m_axis, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(m_axis);
    series->attachAxis(y);
    fitLabels(c->plotArea());
}

void VersionDriftChart::fitLabels(const QRectF &plotArea)
{
    if (!m_axis || m_rows.isEmpty() || plotArea.width() <= 0)
        return;
    // Side by side while each label fits its bar's slot, upright otherwise (upright labels
    // need only a line's height of width each).
    const qreal slot = plotArea.width() / qreal(m_rows.size());
    const int angle = m_widestLabel + 6 <= slot ? 0 : -90;
    if (m_axis->labelsAngle() != angle)
        m_axis->setLabelsAngle(angle);
}

QString VersionDriftChart::toolTipFor(int category) const
{
    if (category < 0 || category >= m_rows.size())
        return {};
    const VersionDriftRow &row = m_rows.at(category);
    const QString unknown = tr("(unknown)");
    return tr("Driver %1, firmware %2: %n server(s)", nullptr, int(row.serverIds.size()))
        .arg(row.versions.driver.isEmpty() ? unknown : row.versions.driver,
             row.versions.firmware.isEmpty() ? unknown : row.versions.firmware);
}

} // namespace liteops::ui
