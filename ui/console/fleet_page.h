// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Fleet page: one row per server with its stored facts and compliance (app/fleet), the
// summary chips (each compliance state and flaky, with counts) that filter the table, a text
// filter, the target driver version (remembered per profile), and the selected server's
// history from the local store, newest first. Double-clicking a history row opens its job.
#include "server_selection.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace liteops::store {
class LocalStore;
}
namespace liteops::fleet {
class FleetFilterProxy;
class FleetLoader;
class FleetModel;
} // namespace liteops::fleet

namespace liteops::ui {

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

    // The servers of the selected rows, in the table's order (the Fleet actions act on them).
    QList<SelectedServer> selectedServers() const;
    // Shows `bar` (the Fleet actions' tool buttons) right above the table.
    void setActionBar(QWidget *bar);

signals:
    void openJobRequested(const QString &jobId);

private:
    QWidget *buildChipBar();
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
    QTimer *m_countsTimer;
    QList<QToolButton *> m_chips;
    QString m_profile;
    QPointer<store::LocalStore> m_store; // the connection's; gone when it changes
};

} // namespace liteops::ui
