// SPDX-License-Identifier: Apache-2.0
#pragma once
// The bar above the job list: one chip per state (icon, name and count; none checked shows
// every state), a type selector, "Show hidden" (jobs the API marks not `visible`, and
// deleted jobs; also View › Show Hidden Jobs) and the search field (Ctrl+F).
#include "item_roles.h"
#include "core/types.h"
#include "value_filter_combo.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLineEdit;
class QToolButton;

namespace liteops::ui {

class JobFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit JobFilterBar(QWidget *parent = nullptr);

    // Chip counts and the type list follow the jobs loaded (not the filtered ones).
    void setJobs(const QList<Job> &jobs);

    StateSet states() const; // StateSet::all() when no chip is checked
    QString type() const;    // empty: any
    QString text() const;
    bool showHidden() const;
    void setStates(StateSet states);
    void setType(const QString &type);
    void setText(const QString &text);
    void setShowHidden(bool on);
    void focusSearch();

    int jobCount(State state) const { return m_counts.value(int(state)); } // of the jobs loaded
    QToolButton *chip(State state) const { return m_chips.value(int(state)); }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *typeBox() const { return m_type; }
    QCheckBox *showHiddenBox() const { return m_hidden; }
    // The same toggle as a checkable action, for the View menu; always in step with the box.
    QAction *showHiddenAction() const { return m_hiddenAction; }

signals:
    void filtersChanged();           // states, type or text
    void showHiddenChanged(bool on); // needs a new listing from the service

private:
    void updateChipTexts();

    QHash<int, QToolButton *> m_chips;
    QHash<int, int> m_counts;
    ValueFilterCombo *m_type;
    QCheckBox *m_hidden;
    QAction *m_hiddenAction;
    QLineEdit *m_search;
};

} // namespace liteops::ui
