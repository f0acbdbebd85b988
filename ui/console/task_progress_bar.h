// SPDX-License-Identifier: Apache-2.0
#pragma once
// One bar split into succeeded / failed / skipped / running / pending segments, with the
// counts written out beside it (the bar alone would be colour only).
#include "core/types.h"

#include <QWidget>

class QLabel;

namespace liteops::ui {

class SegmentBar;

class TaskProgressBar : public QWidget
{
    Q_OBJECT
public:
    explicit TaskProgressBar(QWidget *parent = nullptr);
    // `provider` names what is counted: servers, ServiceStage steps or IEF nodes.
    void setCounts(const TaskCounts &counts, Provider provider = Provider::ModelArts);
    TaskCounts counts() const { return m_counts; }
    QString summaryText() const;

private:
    TaskCounts m_counts;
    SegmentBar *m_bar;
    QLabel *m_text;
};

} // namespace liteops::ui
