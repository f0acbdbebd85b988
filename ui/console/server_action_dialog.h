// SPDX-License-Identifier: Apache-2.0
#pragma once
// The outcome of Reboot / Start / Stop on the servers picked on the Fleet page: one row per
// server, filled in as its call answers (succeeded with the server's new status, refused
// with the service's message, unknown: never re-sent). The dialog holds the
// ServerActionRunner (app/submit), which keeps every rule; it only shows what it reports.
#include "server_action_runner.h"
#include "server_selection.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace liteops::ui {

class ServerActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, OutcomeColumn, DetailColumn, ColumnCount };

    ServerActionDialog(CloudClient *client, ServerAction action, const QList<SelectedServer> &servers,
                       QWidget *parent = nullptr);

    // Sends the calls (ServerActionRunner::start).
    void start();

    ServerActionRunner *runner() const { return m_runner; }
    QTreeWidget *results() const { return m_results; }
    QLabel *summary() const { return m_summary; }

    static QString titleOf(ServerAction action);

private:
    void showOutcome(const ServerActionRunner::ServerOutcome &outcome);
    void showSummary();

    ServerAction m_action;
    ServerActionRunner *m_runner;
    QLabel *m_summary;
    QTreeWidget *m_results;
    QDialogButtonBox *m_buttons;
    QHash<QString, QTreeWidgetItem *> m_rows; // by server id
};

} // namespace liteops::ui
