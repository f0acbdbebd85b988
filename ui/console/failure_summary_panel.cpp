#include "failure_summary_panel.h"

#include "empty_state.h"
#include "failure_summary_model.h"
#include "view_settings.h"

#include <QHeaderView>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace liteops::ui {

FailureSummaryPanel::FailureSummaryPanel(QWidget *parent)
    : QWidget(parent), m_model(new FailureSummaryModel(this)), m_view(new QTableView(this)),
      m_empty(new EmptyState(this)), m_stack(new QStackedWidget(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("failureSummaryView"));
    m_view->setAccessibleName(tr("Failure summary"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setToolTip(tr("Click a cluster to select its servers in the task list"));
    // The count comes first by default. Only without a saved order: moveSection() takes
    // visual positions, so applied over a restored order it moved another column every start.
    const bool saved = !QSettings().value(QStringLiteral("views/failureSummary/header")).isNull();
    setupHeader(m_view->horizontalHeader(), QStringLiteral("failureSummary"), {360, 360, 80});
    if (!saved)
        m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(FailureSummaryModel::Count), 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);

    auto activate = [this](const QModelIndex &index) {
        if (const ErrorCluster *c = m_model->clusterAt(index.row()))
            emit clusterActivated(c->id);
    };
    connect(m_view, &QTableView::clicked, this, activate);
    connect(m_view, &QTableView::activated, this, activate);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FailureSummaryPanel::updateEmpty);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FailureSummaryPanel::updateEmpty);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FailureSummaryPanel::updateEmpty);
    updateEmpty();
}

void FailureSummaryPanel::saveSettings() const
{
    saveHeader(m_view->horizontalHeader(), QStringLiteral("failureSummary"));
}

void FailureSummaryPanel::setJob(const Job &job)
{
    m_model->applyJob(job);
    if (m_model->rowCount() == 0) {
        const QString running = tr("Nothing has failed so far; failures are grouped here by error as they come in.");
        const bool final = isFinalState(job.state);
        switch (job.provider) {
        case Provider::ServiceStage:
            m_empty->setContent(tr("No failed steps"), final ? tr("Every step of this job ended without an error.") : running);
            break;
        case Provider::Ief:
            m_empty->setContent(tr("No failed nodes"), final ? tr("Every node of this job ended without an error.") : running);
            break;
        case Provider::ModelArts:
            m_empty->setContent(tr("No failed servers"), final ? tr("Every server of this job ended without an error.") : running);
            break;
        }
    }
    updateEmpty();
}

void FailureSummaryPanel::clear()
{
    m_model->clear();
    updateEmpty();
}

void FailureSummaryPanel::updateEmpty()
{
    if (m_empty->title().isEmpty())
        m_empty->setContent(tr("No job open"), tr("Select a job to see why its servers failed."));
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

} // namespace liteops::ui
