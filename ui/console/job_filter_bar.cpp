// SPDX-License-Identifier: Apache-2.0
#include "job_filter_bar.h"

#include "flow_layout.h"
#include "icons.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace liteops::ui {
namespace {
// The chips, in the order an admin scans them.
constexpr State kChipStates[] = {State::Running, State::Pending,   State::Succeeded, State::Partial,
                                 State::Failed,  State::Cancelled, State::Deleted,   State::Unknown};
} // namespace

JobFilterBar::JobFilterBar(QWidget *parent)
    : QWidget(parent), m_type(new ValueFilterCombo(tr("All types"), this)),
      m_hidden(new QCheckBox(tr("Show &hidden"), this)), m_hiddenAction(new QAction(tr("Show &Hidden Jobs"), this)),
      m_search(new QLineEdit(this))
{
    // Two rows so the list stays usable in a narrow window: chips (wrapping onto a second
    // line rather than widening the window), then type/hidden/search.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(4, 4, 4, 2);
    rows->setSpacing(2);
    auto *layout = new FlowLayout(nullptr, 2);
    auto *second = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addLayout(second);
    for (State s : kChipStates) {
        auto *chip = new QToolButton(this);
        chip->setCheckable(true);
        chip->setAutoRaise(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setIcon(stateIcon(s));
        chip->setToolTip(s == State::Deleted
                             ? tr("Show only deleted jobs; without this chip they are listed only with Show hidden")
                             : tr("Show only %1 jobs (click several to combine)").arg(stateDisplayName(s).toLower()));
        chip->setObjectName(QStringLiteral("chip-%1").arg(QString(stateKey(s))));
        connect(chip, &QToolButton::toggled, this, &JobFilterBar::filtersChanged);
        m_chips.insert(int(s), chip);
        layout->addWidget(chip);
    }
    // Long type names (ASCEND_SOFTWARE_UPGRADE) show in the popup, not in the bar's width.
    m_type->setMinimumContentsLength(12);
    m_type->setAccessibleName(tr("Job type"));
    second->addWidget(m_type);
    m_hidden->setToolTip(tr("Also list deleted jobs and jobs the service marks as not visible"));
    second->addWidget(m_hidden);
    m_hiddenAction->setObjectName(QStringLiteral("showHiddenJobs"));
    m_hiddenAction->setCheckable(true);
    m_hiddenAction->setStatusTip(m_hidden->toolTip());
    m_search->setPlaceholderText(tr("Search name, id, type, user… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(actionIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search jobs"));
    second->addWidget(m_search, 1);

    // Typing filters after a short pause, so 100k rows are filtered once per word, not per key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &JobFilterBar::filtersChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        emit filtersChanged();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &JobFilterBar::filtersChanged);
    connect(m_hidden, &QCheckBox::toggled, this, &JobFilterBar::showHiddenChanged);
    connect(m_hidden, &QCheckBox::toggled, m_hiddenAction, &QAction::setChecked);
    connect(m_hiddenAction, &QAction::toggled, m_hidden, &QCheckBox::setChecked);
    updateChipTexts();
}

void JobFilterBar::setJobs(const QList<Job> &jobs)
{
    m_counts.clear();
    QSet<QString> types;
    for (const Job &j : jobs) {
        ++m_counts[int(j.state)];
        if (!j.type.isEmpty())
            types.insert(j.type);
    }
    updateChipTexts();
    m_type->setValues(QStringList(types.cbegin(), types.cend()));
}

void JobFilterBar::updateChipTexts()
{
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        const State s = State(it.key());
        const int n = m_counts.value(it.key());
        it.value()->setText(tr("%1 %2").arg(stateDisplayName(s)).arg(n));
        it.value()->setAccessibleName(tr("%1: %2 jobs").arg(stateDisplayName(s)).arg(n));
        // Rare states only take space when they occur or are in use.
        const bool always = s == State::Running || s == State::Succeeded || s == State::Failed;
        it.value()->setVisible(always || n > 0 || it.value()->isChecked());
    }
}

StateSet JobFilterBar::states() const
{
    StateSet set;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        if (it.value()->isChecked())
            set.insert(State(it.key()));
    return set.isEmpty() ? StateSet::all() : set;
}

QString JobFilterBar::type() const
{
    return m_type->value();
}
QString JobFilterBar::text() const
{
    return m_search->text().trimmed();
}
bool JobFilterBar::showHidden() const
{
    return m_hidden->isChecked();
}

void JobFilterBar::setStates(StateSet states)
{
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(!states.isAll() && states.contains(State(it.key())));
    }
    updateChipTexts();
    emit filtersChanged();
}

void JobFilterBar::setType(const QString &type)
{
    m_type->setValue(type);
}

void JobFilterBar::setText(const QString &text)
{
    m_search->setText(text);
    emit filtersChanged();
}

void JobFilterBar::setShowHidden(bool on)
{
    m_hidden->setChecked(on);
}

void JobFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace liteops::ui
