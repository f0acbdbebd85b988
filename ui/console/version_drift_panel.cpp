#include "version_drift_panel.h"

#include "empty_state.h"
#include "version_drift.h"
#include "view_settings.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace liteops::ui {

VersionDriftPanel::VersionDriftPanel(QWidget *parent)
    : QWidget(parent), m_model(new VersionDriftModel(this)), m_view(new QTableView(this)),
      m_chart(nullptr), m_empty(new EmptyState(this)), m_stack(new QStackedWidget(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("versionDriftView"));
    m_view->setAccessibleName(tr("Versions per server"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setToolTip(tr("Click a row to select those servers in the task list"));
    setupHeader(m_view->horizontalHeader(), QStringLiteral("versionDrift"), {160, 200, 80});

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *chartView = new QChartView(chart, this);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumWidth(260);
    chartView->setAccessibleName(tr("Servers per version chart"));
    m_chart = chartView;

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(chartView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_stack->addWidget(split);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);

    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &i) {
        if (i.row() >= 0 && i.row() < m_model->rows().size())
            emit serversRequested(m_model->rows().at(i.row()).taskIds);
    });
    clear();
}

bool VersionDriftPanel::hasVersions() const
{
    return m_model->rowCount() > 0;
}

void VersionDriftPanel::setJob(const Job &job)
{
    const QList<VersionDriftModel::Row> before = m_model->rows();
    m_model->applyJob(job);
    const bool changed = before != m_model->rows() || m_stack->currentIndex() != (hasVersions() ? 0 : 1);
    if (!hasVersions())
        m_empty->setContent(tr("No versions reported"),
                            tr("Query jobs (HDK_QUERY) report driver and firmware versions; they are compared here."));
    if (changed) // polls of a running job mostly change nothing here: keep the chart still
        rebuildChart();
    m_stack->setCurrentIndex(hasVersions() ? 0 : 1);
}

void VersionDriftPanel::clear()
{
    m_model->clear();
    m_empty->setContent(tr("No job open"), tr("Open a query job to compare driver and firmware versions."));
    m_stack->setCurrentIndex(1);
}

void VersionDriftPanel::rebuildChart()
{
    auto *view = static_cast<QChartView *>(m_chart);
    QChart *chart = view->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (!hasVersions())
        return;
    const QPalette pal = palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    auto *set = new QBarSet(tr("Servers"));
    set->setColor(pal.color(QPalette::Highlight));
    QStringList categories;
    int maxCount = 0;
    for (const VersionDriftModel::Row &row : m_model->rows()) {
        const int n = int(row.serverIds.size());
        *set << n;
        maxCount = qMax(maxCount, n);
        // Axis labels are one line and get elided: the driver says enough, the table has both.
        QString label = row.versions.driver.isEmpty() ? tr("firmware %1").arg(row.versions.firmware) : row.versions.driver;
        while (categories.contains(label)) // the same driver with different firmware
            label += QLatin1Char('\'');
        categories << label;
    }
    set->setLabelColor(pal.color(QPalette::Text));
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsColor(pal.color(QPalette::Text));
    auto *y = new QValueAxis;
    y->setRange(0, maxCount + qMax(1, maxCount / 8));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsColor(pal.color(QPalette::Text));
    y->setTitleText(tr("Servers"));
    y->setTitleBrush(pal.color(QPalette::Text));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace liteops::ui
