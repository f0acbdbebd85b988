// SPDX-License-Identifier: Apache-2.0
#pragma once
// File › Local Data…: what this computer keeps for the connection (the store's file, its
// size and contents, the last sync) and how long it keeps it (RetentionSettings: an age
// horizon and a size cap), applied at once to the open store and at every start.
#include <QDialog>

class QLabel;
class QSpinBox;

namespace liteops::store {
class LocalStore;
struct StoreStats;
} // namespace liteops::store

namespace liteops::ui {

class LocalDataDialog : public QDialog
{
    Q_OBJECT
public:
    // `store` may be null (the store is off: no folder, full disk); the settings still apply
    // at the next start.
    LocalDataDialog(store::LocalStore *store, const QString &connectionName, QWidget *parent = nullptr);

signals:
    void clearRequested();
    void statsShown(); // after each reading of the store, for tests

private:
    void loadStats();
    void showStats(const store::StoreStats &stats);
    void apply();

    store::LocalStore *m_store;
    QLabel *m_path = nullptr;
    QLabel *m_summary = nullptr;
    QSpinBox *m_horizonDays = nullptr;
    QSpinBox *m_maxMegabytes = nullptr;
};

} // namespace liteops::ui
