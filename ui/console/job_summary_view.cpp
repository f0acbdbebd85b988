// SPDX-License-Identifier: Apache-2.0
#include "job_summary_view.h"

#include "icons.h"
#include "state_badge.h"
#include "task_progress_bar.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace liteops::ui {

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return JobSummaryView::tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return JobSummaryView::tr("%1 s").arg(s);
    if (s < 3600)
        return JobSummaryView::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return JobSummaryView::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return JobSummaryView::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString formatLocalTime(qint64 ms)
{
    if (!isKnownTime(ms))
        return {};
    return QLocale().toString(toUtcDateTime(ms).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatUtcTooltip(qint64 ms)
{
    if (!isKnownTime(ms))
        return {};
    return toUtcDateTime(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral(" UTC");
}

namespace {
QString serviceName(Provider provider)
{
    return provider == Provider::Ief ? JobSummaryView::tr("IEF") : JobSummaryView::tr("ServiceStage");
}

// Read-only values: selectable (a click gives them focus), never a stop for Tab: the job id
// has its own Copy button, and Tab goes on to the task tree.
QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setFocusPolicy(Qt::ClickFocus);
    return l;
}
} // namespace

JobSummaryView::JobSummaryView(QWidget *parent)
    : QWidget(parent), m_name(valueLabel(this)), m_id(valueLabel(this)), m_copyId(new QToolButton(this)),
      m_state(new StateBadge(this)), m_type(valueLabel(this)), m_user(valueLabel(this)), m_template(valueLabel(this)),
      m_created(valueLabel(this)), m_updated(valueLabel(this)), m_duration(valueLabel(this)),
      m_description(valueLabel(this)), m_reported(valueLabel(this)), m_serviceStatus(valueLabel(this)),
      m_items(new QTreeWidget(this)), m_progress(new TaskProgressBar(this))
{
    m_serviceStatus->setObjectName(QStringLiteral("serviceStatusLabel"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_description->setWordWrap(true);
    m_reported->setWordWrap(true);
    m_copyId->setIcon(actionIcon(QStringLiteral("copy")));
    m_copyId->setAutoRaise(true);
    m_copyId->setToolTip(tr("Copy the job id"));
    m_copyId->setAccessibleName(tr("Copy job id"));
    connect(m_copyId, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_id->text()); });

    auto *title = new QHBoxLayout;
    title->addWidget(m_name, 1);
    title->addWidget(m_serviceStatus, 0, Qt::AlignVCenter);
    title->addWidget(m_state, 0, Qt::AlignVCenter);

    auto *idRow = new QHBoxLayout;
    idRow->setSpacing(2);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_id->setFont(mono);
    idRow->addWidget(m_id);
    idRow->addWidget(m_copyId);
    idRow->addStretch(1);

    auto *left = new QFormLayout;
    left->setLabelAlignment(Qt::AlignRight);
    left->addRow(tr("Id:"), idRow);
    left->addRow(tr("Type:"), m_type);
    left->addRow(tr("User:"), m_user);
    left->addRow(tr("Template:"), m_template);
    auto *right = new QFormLayout;
    right->setLabelAlignment(Qt::AlignRight);
    right->addRow(tr("Created:"), m_created);
    right->addRow(tr("Updated:"), m_updated);
    right->addRow(tr("Duration:"), m_duration);
    auto *facts = new QHBoxLayout;
    facts->addLayout(left, 3);
    facts->addSpacing(16);
    facts->addLayout(right, 2);

    m_items->setColumnCount(2);
    m_items->setHeaderLabels({tr("Item / parameter"), tr("Value")});
    m_items->setRootIsDecorated(true);
    m_items->setUniformRowHeights(true);
    m_items->setAccessibleName(tr("Job items"));
    m_items->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_items->header()->resizeSection(0, 200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(title);
    layout->addLayout(facts);
    layout->addWidget(m_description);
    layout->addWidget(m_reported);
    layout->addWidget(m_progress);
    layout->addWidget(m_items);
    clear();
}

void JobSummaryView::clear()
{
    for (QLabel *l :
         {m_name, m_id, m_type, m_user, m_template, m_created, m_updated, m_duration, m_description, m_reported})
        l->clear();
    m_description->hide();
    m_reported->hide();
    m_serviceStatus->clear();
    m_serviceStatus->hide();
    m_copyId->setEnabled(false);
    m_state->clear();
    m_items->clear();
    m_shownItems.clear();
    m_progress->setCounts({});
}

void JobSummaryView::setJob(const Job &job)
{
    QString name = job.name;
    if (name.isEmpty()) {
        name = job.provider == Provider::ServiceStage ? tr("ServiceStage job") : tr("(no name)");
    }
    m_name->setText(name);
    m_id->setText(job.id);
    m_copyId->setEnabled(!job.id.isEmpty());
    QString type = job.type;
    if (job.provider == Provider::ServiceStage)
        type = tr("%1 (ServiceStage)").arg(job.type);
    else if (job.provider == Provider::Ief)
        type = tr("%1 (IEF)").arg(job.type);
    m_type->setText(type);
    m_state->setState(job.state, job.status);
    // ServiceStage and IEF have their own words ("Processing", "ROLLBACKED"): shown beside
    // the normalised state, as they are what the service's console and support use.
    const bool ownWords = job.provider != Provider::ModelArts && !job.status.isEmpty();
    m_serviceStatus->setText(ownWords ? tr("%1 status: %2").arg(serviceName(job.provider), job.status) : QString());
    m_serviceStatus->setVisible(ownWords);
    m_user->setText(job.userName.isEmpty() ? tr("—") : job.userName);
    m_template->setText(job.templateId.isEmpty() ? tr("—") : job.templateId);
    m_created->setText(formatLocalTime(job.createdAtMs));
    m_created->setToolTip(formatUtcTooltip(job.createdAtMs));
    m_updated->setText(formatLocalTime(job.updatedAtMs));
    m_updated->setToolTip(formatUtcTooltip(job.updatedAtMs));
    qint64 duration = -1;
    if (isKnownTime(job.createdAtMs)) {
        const qint64 end = isFinalState(job.state) && isKnownTime(job.updatedAtMs)
                               ? job.updatedAtMs
                               : QDateTime::currentMSecsSinceEpoch();
        duration = end - job.createdAtMs;
    }
    m_duration->setText(duration >= 0 ? (isFinalState(job.state) ? formatDuration(duration)
                                                                 : tr("%1 so far").arg(formatDuration(duration)))
                                      : QString());
    m_description->setText(job.description);
    m_description->setVisible(!job.description.isEmpty());

    const TaskCounts counts = job.counts();
    QStringList disagreements;
    if (job.reportedTotal >= 0 && job.reportedTotal != counts.total)
        disagreements << tr("the service reports %1 tasks, %2 listed").arg(job.reportedTotal).arg(counts.total);
    if (job.reportedFailed >= 0 && job.reportedFailed != counts.failed)
        disagreements << tr("%1 failed reported, %2 failed in the tasks").arg(job.reportedFailed).arg(counts.failed);
    if (job.abnormalCount >= 0 && !job.tasks.isEmpty() && job.abnormalCount != counts.failed)
        disagreements << tr("abnormal count %1, %2 failed in the tasks").arg(job.abnormalCount).arg(counts.failed);
    m_reported->setText(
        disagreements.isEmpty() ? QString() : tr("Counts disagree: %1.").arg(disagreements.join(QStringLiteral("; "))));
    m_reported->setVisible(!disagreements.isEmpty());
    m_progress->setCounts(counts, job.provider);

    m_items->setVisible(!job.items.isEmpty());
    // Rebuilt only when the items change, so a poll keeps what the user expanded.
    if (job.items == m_shownItems && m_items->topLevelItemCount() == job.items.size())
        return;
    m_shownItems = job.items;
    m_items->clear();
    for (const JobItem &item : job.items) {
        auto *top = new QTreeWidgetItem(m_items, {item.type, tr("%n parameter(s)", nullptr, int(item.spec.size()))});
        for (auto it = item.spec.cbegin(); it != item.spec.cend(); ++it)
            new QTreeWidgetItem(top, {it.key(), it.value()});
        top->setExpanded(true);
    }
    // As tall as its rows (up to six), so a one-item job does not leave a blank box.
    int rows = 0;
    for (int i = 0; i < m_items->topLevelItemCount(); ++i)
        rows += 1 + m_items->topLevelItem(i)->childCount();
    const int rowHeight = qMax(m_items->fontMetrics().height() + 4, 18);
    m_items->setFixedHeight(m_items->header()->sizeHint().height() + qMin(rows, 6) * rowHeight
                            + 2 * m_items->frameWidth() + 2);
}

QString JobSummaryView::nameText() const
{
    return m_name->text();
}
QString JobSummaryView::idText() const
{
    return m_id->text();
}
QString JobSummaryView::typeText() const
{
    return m_type->text();
}
QString JobSummaryView::serviceStatusText() const
{
    return m_serviceStatus->isHidden() ? QString() : m_serviceStatus->text();
}
QString JobSummaryView::createdText() const
{
    return m_created->text();
}
QString JobSummaryView::createdToolTip() const
{
    return m_created->toolTip();
}

} // namespace liteops::ui
