// SPDX-License-Identifier: Apache-2.0
#include "task_progress_bar.h"

#include "icons.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace liteops::ui {

class SegmentBar : public QWidget
{
public:
    explicit SegmentBar(QWidget *parent) : QWidget(parent)
    {
        setMinimumHeight(10);
        setMaximumHeight(10);
    }
    TaskCounts counts;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath clip;
        clip.addRoundedRect(r, 4, 4);
        p.setClipPath(clip);
        p.fillRect(r, palette().color(QPalette::Mid).lighter(130));
        if (counts.total > 0) {
            const std::pair<int, State> parts[] = {
                {counts.succeeded, State::Succeeded}, {counts.failed, State::Failed},
                {counts.skipped, State::Skipped},     {counts.running, State::Running},
                {counts.cancelled, State::Cancelled},
            };
            qreal x = r.left();
            for (const auto &[n, state] : parts) {
                const qreal w = r.width() * n / counts.total;
                p.fillRect(QRectF(x, r.top(), w, r.height()), stateColor(state));
                x += w;
            }
        }
        p.setClipping(false);
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, 4, 4);
    }
};

TaskProgressBar::TaskProgressBar(QWidget *parent)
    : QWidget(parent), m_bar(new SegmentBar(this)), m_text(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true); // "17 of 48 servers done — 15 succeeded · …" wraps in a narrow window
    setAccessibleName(tr("Task progress"));
}

QString TaskProgressBar::summaryText() const
{
    return m_text->text();
}

void TaskProgressBar::setCounts(const TaskCounts &counts, Provider provider)
{
    m_counts = counts;
    m_bar->counts = counts;
    m_bar->update();
    if (counts.total == 0) {
        m_text->setText(tr("No tasks reported yet."));
        return;
    }
    QStringList parts;
    parts << tr("%1 succeeded").arg(counts.succeeded) << tr("%1 failed").arg(counts.failed)
          << tr("%1 skipped").arg(counts.skipped) << tr("%1 running").arg(counts.running);
    if (counts.pending > 0)
        parts << tr("%1 pending").arg(counts.pending);
    if (counts.cancelled > 0)
        parts << tr("%1 cancelled").arg(counts.cancelled);
    if (counts.other > 0)
        parts << tr("%1 other").arg(counts.other);
    const int done = counts.total - counts.running - counts.pending;
    QString progress;
    switch (provider) {
    case Provider::ServiceStage: progress = tr("%1 of %n steps done", nullptr, counts.total).arg(done); break;
    case Provider::Ief: progress = tr("%1 of %n nodes done", nullptr, counts.total).arg(done); break;
    case Provider::ModelArts: progress = tr("%1 of %n servers done", nullptr, counts.total).arg(done); break;
    }
    m_text->setText(progress + QStringLiteral(" — ") + parts.join(QStringLiteral(" · ")));
}

} // namespace liteops::ui
