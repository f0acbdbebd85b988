// SPDX-License-Identifier: Apache-2.0
#pragma once
// The top of the detail panel: what the selected job is. Name, id (with a copy button),
// type, state badge, user, template, created/updated/duration in local time (UTC on hover),
// the reported counts when they disagree with the tasks, the items with their spec maps and
// the split progress bar.
#include "core/types.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;

namespace liteops::ui {

class StateBadge;
class TaskProgressBar;

class JobSummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit JobSummaryView(QWidget *parent = nullptr);

    void setJob(const Job &job);
    void clear();

    QString nameText() const;
    QString idText() const;
    QString typeText() const;
    // "IEF status: Processing" beside the state badge of ServiceStage and IEF jobs; empty
    // for ModelArts, whose status words the badge's tooltip gives.
    QString serviceStatusText() const;
    const StateBadge *stateBadge() const { return m_state; }
    const TaskProgressBar *progressBar() const { return m_progress; }
    const QTreeWidget *itemsView() const { return m_items; }
    QString createdText() const;
    QString createdToolTip() const;

private:
    QLabel *m_name;
    QLabel *m_id;
    QToolButton *m_copyId;
    StateBadge *m_state;
    QLabel *m_type;
    QLabel *m_user;
    QLabel *m_template;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_duration;
    QLabel *m_description;
    QLabel *m_reported;
    QLabel *m_serviceStatus;
    QTreeWidget *m_items;
    TaskProgressBar *m_progress;
    QList<JobItem> m_shownItems;
};

// "2 h 05 min", "3 min 12 s", "850 ms"; empty for a negative duration.
QString formatDuration(qint64 ms);
// Local time for people, with seconds; empty when unknown.
QString formatLocalTime(qint64 ms);
// "2025-09-11 02:42:30.702 UTC" for tooltips; empty when unknown.
QString formatUtcTooltip(qint64 ms);

} // namespace liteops::ui
