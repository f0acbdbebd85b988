// SPDX-License-Identifier: Apache-2.0
#include "failure_summary_panel.h"

#include "app_settings.h"
#include "empty_state.h"
#include "failure_summary_model.h"
#include "view_settings.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace liteops::ui {
namespace {

// Both cluster tables look and behave alike; each remembers its own column order.
void setUpClusterView(QTableView *view, const QString &settingsKey)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    // The count comes first by default. Only without a saved order: moveSection() takes
    // visual positions, so applied over a restored order it moved another column every start.
    const bool saved = AppSettings().hasHeaderState(settingsKey);
    QHeaderView *header = view->horizontalHeader();
    setupHeader(header, settingsKey, {360, 360, 80});
    if (!saved)
        header->moveSection(header->visualIndex(FailureSummaryModel::Count), 0);
}

} // namespace

FailureSummaryPanel::FailureSummaryPanel(QWidget *parent)
    : QWidget(parent), m_model(new FailureSummaryModel(this)), m_view(new QTableView(this)),
      m_failedTitle(new QLabel(this)), m_skippedModel(new FailureSummaryModel(this, State::Skipped)),
      m_skippedView(new QTableView(this)), m_skippedTitle(new QLabel(this)),
      m_sections(new QSplitter(Qt::Vertical, this)), m_empty(new EmptyState(this)), m_stack(new QStackedWidget(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("failureSummaryView"));
    m_view->setAccessibleName(tr("Failure summary"));
    m_view->setToolTip(tr("Click a cluster to select its servers in the task list"));
    setUpClusterView(m_view, QStringLiteral("failureSummary"));
    m_skippedView->setModel(m_skippedModel);
    m_skippedView->setObjectName(QStringLiteral("skippedSummaryView"));
    m_skippedView->setAccessibleName(tr("Skipped servers by reason"));
    m_skippedView->setToolTip(tr("Click a reason to select its servers in the task list"));
    setUpClusterView(m_skippedView, QStringLiteral("skippedSummary"));

    m_sections->setChildrenCollapsible(false);
    m_sections->addWidget(makeSection(m_failedTitle, m_view));
    m_sections->addWidget(makeSection(m_skippedTitle, m_skippedView));
    m_stack->addWidget(m_sections);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);

    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const ErrorCluster *c = m_model->clusterAt(index.row()))
            emit clusterActivated(c->id);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const ErrorCluster *c = m_model->clusterAt(index.row()))
            emit clusterActivated(c->id);
    });
    auto requestSkipped = [this](const QModelIndex &index) {
        if (const ErrorCluster *c = m_skippedModel->clusterAt(index.row()))
            emit tasksRequested(c->taskIds);
    };
    connect(m_skippedView, &QTableView::clicked, this, requestSkipped);
    connect(m_skippedView, &QTableView::activated, this, requestSkipped);
    for (FailureSummaryModel *model : {m_model, m_skippedModel}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &FailureSummaryPanel::updateEmpty);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FailureSummaryPanel::updateEmpty);
        connect(model, &QAbstractItemModel::dataChanged, this, &FailureSummaryPanel::updateEmpty);
        connect(model, &QAbstractItemModel::modelReset, this, &FailureSummaryPanel::updateEmpty);
    }
    updateEmpty();
}

QWidget *FailureSummaryPanel::makeSection(QLabel *title, QTableView *view)
{
    auto *section = new QWidget(m_sections);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    title->setBuddy(view);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    return section;
}

void FailureSummaryPanel::saveSettings() const
{
    saveHeader(m_view->horizontalHeader(), QStringLiteral("failureSummary"));
    saveHeader(m_skippedView->horizontalHeader(), QStringLiteral("skippedSummary"));
}

void FailureSummaryPanel::setJob(const Job &job)
{
    m_model->applyJob(job);
    m_skippedModel->applyJob(job);
    if (m_model->rowCount() == 0 && m_skippedModel->rowCount() == 0) {
        const QString running = tr("Nothing has failed so far; failures are grouped here by error as they come in.");
        const bool final = isFinalState(job.state);
        switch (job.provider) {
        case Provider::ServiceStage:
            m_empty->setContent(tr("No failed steps"),
                                final ? tr("Every step of this job ended without an error.") : running);
            break;
        case Provider::Ief:
            m_empty->setContent(tr("No failed nodes"),
                                final ? tr("Every node of this job ended without an error.") : running);
            break;
        case Provider::ModelArts:
            m_empty->setContent(tr("No failed servers"),
                                final ? tr("Every server of this job ended without an error.") : running);
            break;
        }
    }
    updateEmpty();
}

void FailureSummaryPanel::clear()
{
    m_model->clear();
    m_skippedModel->clear();
    updateEmpty();
}

void FailureSummaryPanel::updateEmpty()
{
    const int failed = m_model->totalTasks();
    const int skipped = m_skippedModel->totalTasks();
    m_failedTitle->setText(tr("Failed: %n server(s), by error", nullptr, failed));
    m_skippedTitle->setText(tr("Skipped: %n server(s), by reason", nullptr, skipped));
    // Each list only when it has rows; the two stay apart, failures on top.
    m_sections->widget(0)->setVisible(m_model->rowCount() > 0);
    m_sections->widget(1)->setVisible(m_skippedModel->rowCount() > 0);
    if (m_empty->title().isEmpty())
        m_empty->setContent(tr("No job open"), tr("Select a job to see why its servers failed."));
    const bool any = m_model->rowCount() > 0 || m_skippedModel->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_sections) : m_empty);
}

} // namespace liteops::ui
