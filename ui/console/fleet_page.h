// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Fleet page: one row per server with its stored facts and compliance (app/fleet), the
// summary chips (each compliance state and flaky, with counts) that filter the table, a text
// filter and status and flavor filters, the target driver version and the Targets… dialog
// (remembered per profile), and the selected server's history from the local store, newest
// first. Double-clicking a history row opens its job. The table follows the job list's
// conventions: columns shown, moved and sorted from the header, remembered (view_settings.h),
// and Export… writes the rows the filters keep, in the columns shown.
#include "server_selection.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace liteops::store {
class LocalStore;
}
namespace liteops::fleet {
struct CompliancePolicy;
class FleetFilterProxy;
class FleetLoader;
class FleetModel;
} // namespace liteops::fleet

namespace liteops::ui {

class FleetTargetsDialog;
class ValueFilterCombo;

class FleetPage : public QWidget
{
    Q_OBJECT
public:
    explicit FleetPage(QWidget *parent = nullptr);

    // The profile whose targets apply, and its store (null: none). Reloads every fact.
    void setProfile(const QString &profile, store::LocalStore *store);

    fleet::FleetModel *model() const { return m_model; }
    fleet::FleetFilterProxy *proxy() const { return m_proxy; }
    fleet::FleetLoader *loader() const { return m_loader; }
    QTableView *table() const { return m_table; }
    QTreeWidget *history() const { return m_history; }
    QLineEdit *targetDriverEdit() const { return m_targetDriver; }
    // The chip buttons: one per compliance state in Compliance order, then Flaky.
    QList<QToolButton *> chips() const { return m_chips; }
    ValueFilterCombo *statusFilter() const { return m_statusFilter; }
    ValueFilterCombo *flavorFilter() const { return m_flavorFilter; }
    QPushButton *targetsButton() const { return m_targetsButton; }
    QToolButton *exportButton() const { return m_exportButton; }

    // The table's header (columns, widths, order, sort) for the next page; on close.
    void saveSettings() const;
    // Asks for a file and writes the rows the filters keep, in the columns shown.
    void exportVisible();
    bool exportTo(const QString &path, QString *errorMessage) const;
    // Fleet › Targets…: opens the compliance targets of the profile (window-modal); the
    // policy is saved and applied when it is accepted.
    FleetTargetsDialog *editTargets();

    // The servers of the selected rows, in the table's order (the Fleet actions act on them).
    QList<SelectedServer> selectedServers() const;
    // Shows `bar` (the Fleet actions' tool buttons) right above the table.
    void setActionBar(QWidget *bar);

signals:
    void openJobRequested(const QString &jobId);
    // For the window's status bar (e.g. where an export went).
    void statusMessage(const QString &text);

private:
    QWidget *buildChipBar();
    QWidget *buildFilterRow();
    void setUpTableColumns();
    void applyPolicy(const fleet::CompliancePolicy &policy);
    void refreshFilterValues();
    void applyChips();
    void updateChipCounts();
    void applyTarget();
    void showHistoryOfCurrent();

    fleet::FleetModel *m_model;
    fleet::FleetFilterProxy *m_proxy;
    fleet::FleetLoader *m_loader;
    QTableView *m_table;
    QTreeWidget *m_history;
    QLineEdit *m_filter;
    QLineEdit *m_targetDriver;
    ValueFilterCombo *m_statusFilter;
    ValueFilterCombo *m_flavorFilter;
    QPushButton *m_targetsButton;
    QToolButton *m_exportButton;
    QTimer *m_countsTimer;
    QList<QToolButton *> m_chips;
    QString m_profile;
    QPointer<store::LocalStore> m_store; // the connection's; gone when it changes
};

} // namespace liteops::ui
