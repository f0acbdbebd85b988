// SPDX-License-Identifier: Apache-2.0
#include "task_panel.h"

#include "app_settings.h"
#include "icons.h"
#include "item_roles.h"
#include "state_delegate.h"
#include "task_filter_proxy.h"
#include "task_tree_model.h"
#include "view_settings.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace liteops::ui {
namespace {
const QString kHeaderKey = QStringLiteral("taskTree");

// Columns that are always empty for a service's tasks.
QList<int> columnsWithoutMeaning(Provider provider)
{
    switch (provider) {
    case Provider::ModelArts: return {};
    case Provider::ServiceStage:
        return {TaskTreeModel::ServerId, TaskTreeModel::CloudServerType, TaskTreeModel::CloudServerId};
    case Provider::Ief: return {TaskTreeModel::CloudServerType, TaskTreeModel::CloudServerId};
    }
    return {};
}

QString filterPlaceholder(Provider provider)
{
    switch (provider) {
    case Provider::ServiceStage: return TaskPanel::tr("Filter steps, ids, messages…");
    case Provider::Ief: return TaskPanel::tr("Filter nodes, ids, messages…");
    case Provider::ModelArts: break;
    }
    return TaskPanel::tr("Filter servers, ids, messages…");
}

QString copyToolTip(Provider provider)
{
    switch (provider) {
    case Provider::ServiceStage: return TaskPanel::tr("Copy the ids of the selected steps");
    case Provider::Ief: return TaskPanel::tr("Copy the ids of the selected nodes");
    case Provider::ModelArts: break;
    }
    return TaskPanel::tr("Copy the ids of the selected servers");
}

// "FAILED" as the service said it, with the normalised state when the words differ.
QString statusWords(const Task &task)
{
    const QString state = stateDisplayName(task.state());
    if (task.status().isEmpty() || task.status().compare(state, Qt::CaseInsensitive) == 0)
        return task.status().isEmpty() ? state : task.status();
    return TaskPanel::tr("%1 (%2)").arg(task.status(), state);
}
} // namespace

TaskPanel::TaskPanel(QWidget *parent)
    : QWidget(parent), m_grouping(new QComboBox(this)), m_filter(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_message(new QPlainTextEdit(this)), m_split(new QSplitter(Qt::Vertical, this)), m_copy(new QToolButton(this)),
      m_export(new QToolButton(this)), m_filterNote(new QLabel(this)), m_model(new TaskTreeModel(this)),
      m_proxy(new TaskFilterProxy(this))
{
    setUpFilterRow();
    setUpView();
    setUpMessagePane();
    layOut();
    restoreGrouping();
    connectFilters();
    connectViewUpdates();
}

void TaskPanel::setUpFilterRow()
{
    m_grouping->addItem(tr("Group by state"), int(TaskTreeModel::Grouping::ByState));
    m_grouping->addItem(tr("Group by error"), int(TaskTreeModel::Grouping::ByErrorCluster));
    m_grouping->addItem(tr("No grouping"), int(TaskTreeModel::Grouping::Flat));
    m_grouping->setAccessibleName(tr("Task grouping"));
    m_filter->setPlaceholderText(filterPlaceholder(Provider::ModelArts));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(actionIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filter->setAccessibleName(tr("Filter tasks"));
}

void TaskPanel::setUpView()
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("taskTreeView"));
    m_view->setAccessibleName(tr("Tasks"));
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegateForColumn(TaskTreeModel::Status, new StateIconDelegate(m_view));
    m_view->setItemDelegateForColumn(TaskTreeModel::ServerName,
                                     new StateIconDelegate(m_view, StateIconDelegate::GroupRows));
    m_view->sortByColumn(-1, Qt::AscendingOrder); // document order until the user sorts
    setupHeader(m_view->header(), kHeaderKey, {200, 150, 100, 360, 90, 150, 150, 150, 90});
    if (!AppSettings().hasHeaderState(kHeaderKey)) {
        m_view->header()->setSectionHidden(TaskTreeModel::CloudServerId, true);
        m_view->header()->setSectionHidden(TaskTreeModel::Created, true);
    }
}

void TaskPanel::setUpMessagePane()
{
    m_message->setReadOnly(true);
    m_message->setPlaceholderText(tr("Select a task to read its full message here."));
    m_message->setAccessibleName(tr("Full task message"));
    m_message->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_split->addWidget(m_view);
    m_split->addWidget(m_message);
    m_split->setStretchFactor(0, 4);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    const QByteArray splitState = AppSettings().taskSplitter();
    if (!splitState.isEmpty())
        m_split->restoreState(splitState);
    else
        m_split->setSizes({300, 80});
}

// Grouping box, filter and the pane's own Copy and Export above the tree and the message.
void TaskPanel::layOut()
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_grouping);
    bar->addWidget(m_filter, 1);
    // Explicit buttons: what they act on is this pane, wherever keyboard focus is.
    m_copy->setObjectName(QStringLiteral("taskCopyButton"));
    m_copy->setIcon(actionIcon(QStringLiteral("copy")));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(copyToolTip(Provider::ModelArts));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setObjectName(QStringLiteral("taskExportButton"));
    m_export->setIcon(actionIcon(QStringLiteral("export")));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the tasks shown (after the filter) as CSV or JSON"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_copy, &QToolButton::clicked, this, &TaskPanel::copyRequested);
    connect(m_export, &QToolButton::clicked, this, &TaskPanel::exportRequested);
    bar->addWidget(m_copy);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    m_filterNote->setObjectName(QStringLiteral("taskFilterNote"));
    m_filterNote->setTextFormat(Qt::RichText);
    m_filterNote->setWordWrap(true);
    m_filterNote->hide();
    connect(m_filterNote, &QLabel::linkActivated, this, &TaskPanel::clearFilter);
    layout->addWidget(m_filterNote);
    layout->addWidget(m_split, 1);
}

void TaskPanel::restoreGrouping()
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(AppSettings().taskGrouping())));
    m_model->setGrouping(TaskTreeModel::Grouping(m_grouping->currentData().toInt()));
}

void TaskPanel::connectFilters()
{
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(TaskTreeModel::Grouping(m_grouping->currentData().toInt()));
        expandGroups();
        if (m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex());
    });
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        m_proxy->setTextFilter(m_filter->text().trimmed());
        expandGroups();
        updateFilterNote();
    });
    // Rows come and go with refreshes: the count of hidden tasks follows.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TaskPanel::updateFilterNote);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TaskPanel::updateFilterNote);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaskPanel::updateFilterNote);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TaskPanel::updateFilterNote);
}

// The message pane, expanded groups and full-width group labels follow the rows.
void TaskPanel::connectViewUpdates()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TaskPanel::updateMessage);
    // New groups (a state seen for the first time) open expanded; groups the user folded stay folded.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &insertedUnder, int first, int last) {
        if (insertedUnder.isValid())
            return;
        for (int r = first; r <= last; ++r)
            m_view->expand(m_proxy->index(r, 0));
        spanGroupRows();
    });
    // Group labels (an error pattern and its count) use the whole row width.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TaskPanel::spanGroupRows);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaskPanel::spanGroupRows);
    connect(m_proxy, &QAbstractItemModel::rowsMoved, this, &TaskPanel::spanGroupRows);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TaskPanel::spanGroupRows);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        const QModelIndex cur = m_view->currentIndex();
        if (cur.isValid() && cur.parent() == tl.parent() && cur.row() >= tl.row() && cur.row() <= br.row())
            updateMessage();
    });
}

TaskPanel::~TaskPanel() = default;

void TaskPanel::saveSettings() const
{
    // The user's columns, not the ones hidden for a ServiceStage or IEF job.
    auto *self = const_cast<TaskPanel *>(this);
    self->setColumnsHidden(m_hiddenForProvider, false);
    saveHeader(m_view->header(), kHeaderKey);
    self->setColumnsHidden(m_hiddenForProvider, true);
    AppSettings settings;
    settings.setTaskSplitter(m_split->saveState());
    settings.setTaskGrouping(TaskTreeModel::Grouping(m_grouping->currentData().toInt()));
}

void TaskPanel::setJob(const Job &job)
{
    const bool otherJob = job.id != m_model->jobId();
    // The filter belongs to the job it was typed for: another job opens unfiltered.
    if (otherJob && !m_filter->text().isEmpty())
        clearFilter();
    m_model->applyJob(job);
    if (otherJob) {
        applyProviderColumns(job.provider);
        expandGroups();
        m_message->clear();
    }
}

void TaskPanel::clear()
{
    m_model->clear();
    m_message->clear();
}

void TaskPanel::setColumnsHidden(const QList<int> &columns, bool hidden)
{
    for (int column : columns)
        m_view->header()->setSectionHidden(column, hidden);
}

void TaskPanel::applyProviderColumns(Provider provider)
{
    setColumnsHidden(m_hiddenForProvider, false);
    m_hiddenForProvider.clear();
    for (int column : columnsWithoutMeaning(provider)) {
        if (!m_view->header()->isSectionHidden(column))
            m_hiddenForProvider << column;
    }
    setColumnsHidden(m_hiddenForProvider, true);
    m_filter->setPlaceholderText(filterPlaceholder(provider));
    m_copy->setToolTip(copyToolTip(provider));
}

void TaskPanel::clearFilter()
{
    const QSignalBlocker block(m_filter); // no debounced second pass
    m_filter->clear();
    m_proxy->setTextFilter(QString());
    expandGroups();
    updateFilterNote();
}

void TaskPanel::updateFilterNote()
{
    int hidden = 0;
    if (!m_proxy->textFilter().isEmpty()) {
        int shown = 0;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QModelIndex row = m_proxy->index(r, 0);
            shown += m_proxy->hasChildren(row) ? m_proxy->rowCount(row) : (row.data(IsGroupRole).toBool() ? 0 : 1);
        }
        hidden = m_model->taskCount() - shown;
    }
    if (hidden > 0)
        m_filterNote->setText(tr("%n task(s) hidden by the filter — <a href=\"clear\">Clear</a>", nullptr, hidden));
    m_filterNote->setVisible(hidden > 0);
}

void TaskPanel::spanGroupRows()
{
    const int n = m_proxy->rowCount();
    for (int r = 0; r < n; ++r)
        m_view->setFirstColumnSpanned(r, QModelIndex(), m_proxy->index(r, 0).data(IsGroupRole).toBool());
}

void TaskPanel::expandGroups()
{
    if (m_model->grouping() != TaskTreeModel::Grouping::Flat)
        m_view->expandToDepth(0);
}

void TaskPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TaskPanel::updateMessage()
{
    const QModelIndex cur = m_view->currentIndex();
    if (!cur.isValid()) {
        m_message->clear();
        return;
    }
    const Task *task = m_model->taskAt(m_proxy->mapToSource(cur.siblingAtColumn(0)));
    if (!task) {
        // A group: its label, and for an error cluster one real message of it.
        const QModelIndex group = cur.siblingAtColumn(0);
        QString text = group.data(Qt::DisplayRole).toString();
        const QString sample = group.data(Qt::ToolTipRole).toString();
        if (!sample.isEmpty())
            text += QLatin1String("\n\n") + tr("Example message: %1").arg(sample);
        // A ServiceStage step has no server to copy.
        if (m_model->provider() != Provider::ServiceStage)
            text += QLatin1String("\n\n")
                    + (m_model->provider() == Provider::Ief
                           ? tr("Select the group and press Ctrl+C to copy its %n node id(s).", nullptr,
                                group.data(GroupCountRole).toInt())
                           : tr("Select the group and press Ctrl+C to copy its %n server id(s).", nullptr,
                                group.data(GroupCountRole).toInt()));
        m_message->setPlainText(text);
        return;
    }
    const QString name = task->targetName().isEmpty() ? task->name().toString() : task->targetName().toString();
    QString text = task->targetId().isEmpty()
                       ? tr("%1 — %2").arg(name, statusWords(*task))
                       : tr("%1 (%2) — %3").arg(name, task->targetId().toString(), statusWords(*task));
    text += QLatin1String("\n\n");
    text += task->message().isEmpty() ? tr("(no message)") : task->message().toString();
    if (m_message->toPlainText() != text)
        m_message->setPlainText(text);
}

void TaskPanel::selectTasks(const QModelIndexList &sourceIndexes)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QModelIndex &src : sourceIndexes) {
        const QModelIndex idx = m_proxy->mapFromSource(src);
        if (!idx.isValid())
            continue;
        if (!first.isValid())
            first = idx;
        selection.select(idx, idx);
        if (idx.parent().isValid())
            m_view->expand(idx.parent());
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first, QAbstractItemView::PositionAtTop);
    }
}

void TaskPanel::selectCluster(const QString &clusterId)
{
    // A cluster's tasks may be hidden by the text filter: clear it so they can be shown.
    const QModelIndexList indexes = m_model->indexesForCluster(clusterId);
    bool hidden = false;
    for (const QModelIndex &i : indexes)
        hidden = hidden || !m_proxy->mapFromSource(i).isValid();
    if (hidden)
        clearFilter();
    selectTasks(indexes);
    // Grouped by error, the cluster is a group: keep its header (the pattern and count) in
    // view above its servers rather than scrolled just out of sight.
    const QModelIndex first = m_view->currentIndex();
    const QModelIndex group = first.parent();
    if (group.isValid() && group.data(ClusterIdRole).toString() == clusterId) {
        m_view->scrollTo(group, QAbstractItemView::PositionAtTop);
        m_view->scrollTo(first, QAbstractItemView::EnsureVisible);
    }
}

QList<const Task *> TaskPanel::selectedTasks() const
{
    QList<const Task *> out;
    QSet<const Task *> seen;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    auto add = [&](const QModelIndex &proxyIndex) {
        const Task *t = m_model->taskAt(m_proxy->mapToSource(proxyIndex));
        if (t && !seen.contains(t)) {
            seen.insert(t);
            out << t;
        }
    };
    for (const QModelIndex &row : rows) {
        if (m_proxy->hasChildren(row)) {
            for (int r = 0; r < m_proxy->rowCount(row); ++r)
                add(m_proxy->index(r, 0, row));
        } else {
            add(row);
        }
    }
    return out;
}

} // namespace liteops::ui
