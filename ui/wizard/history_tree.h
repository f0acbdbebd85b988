// SPDX-License-Identifier: Apache-2.0
#pragma once
// Fills Submission History's tree: a row per run (outcome and totals from run_outcome.h),
// a child row per wave. Texts only; the dialog owns the widget and its actions.
#include "submissionhistory.h"

#include <QList>

class QTreeWidget;
class QTreeWidgetItem;

namespace liteops::ui::history {

enum Column {
    NameColumn,
    OutcomeColumn,
    ServersColumn,
    SucceededColumn,
    FailedColumn,
    SkippedColumn,
    VerifiedColumn,
    MismatchedColumn,
    StartedColumn,
    ProfileColumn,
    JobColumn,
    FromColumn,
    ColumnCount
};

// Item data (in NameColumn): the run's id on every row, the wave's index on wave rows (-1 on
// run rows), and the job ids the row opens.
enum Role { RunIdRole = Qt::UserRole, WaveRole, JobIdsRole };

QStringList headerLabels();
// Newest run first; each run's waves in order.
void fill(QTreeWidget *tree, const QList<SubmissionRecord> &records);

} // namespace liteops::ui::history
