// SPDX-License-Identifier: Apache-2.0
#include "version_drift_panel.h"

#include "empty_state.h"
#include "version_drift.h"
#include "version_drift_chart.h"
#include "view_settings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace liteops::ui {

VersionDriftPanel::VersionDriftPanel(QWidget *parent)
    : QWidget(parent), m_model(new VersionDriftModel(this)), m_targetNote(new QLabel(this)),
      m_view(new QTableView(this)), m_chart(new VersionDriftChart(this)), m_empty(new EmptyState(this)),
      m_stack(new QStackedWidget(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("versionDriftView"));
    m_view->setAccessibleName(tr("Versions per server"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setToolTip(tr("Click a row to select those servers in the task list"));
    setupHeader(m_view->horizontalHeader(), QStringLiteral("versionDrift"), {160, 200, 80});

    m_chart->setObjectName(QStringLiteral("versionDriftChart"));
    // Servers without a result have no version to chart: the table lists them.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_stack->addWidget(split);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_targetNote->setObjectName(QStringLiteral("versionTargetNote"));
    m_targetNote->setWordWrap(true);
    m_targetNote->setTextFormat(Qt::PlainText);
    m_targetNote->hide();
    layout->addWidget(m_targetNote);
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
        m_chart->setRows(m_model->rows());
    m_stack->setCurrentIndex(hasVersions() ? 0 : 1);
    updateTargetNote();
}

void VersionDriftPanel::setTargetDriver(const QString &driver)
{
    m_model->setTargetDriver(driver);
    updateTargetNote();
}

void VersionDriftPanel::updateTargetNote()
{
    const bool shown = hasVersions() && !m_model->targetDriver().isEmpty();
    if (shown)
        m_targetNote->setText(tr("Fleet target driver %1: %n of %2 server(s) with a version are on it.", nullptr,
                                 m_model->serversOnTarget())
                                  .arg(m_model->targetDriver())
                                  .arg(m_model->serverCount()));
    m_targetNote->setVisible(shown);
}

void VersionDriftPanel::clear()
{
    m_model->clear();
    m_chart->setRows({});
    m_empty->setContent(tr("No job open"), tr("Open a query job to compare driver and firmware versions."));
    m_stack->setCurrentIndex(1);
    updateTargetNote();
}

} // namespace liteops::ui
