// SPDX-License-Identifier: Apache-2.0
#include "server_action_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace liteops::ui {

namespace {

// What the Details column says: the new status, the service's refusal, or why an unknown
// outcome was left alone.
QString detailOf(const ServerActionRunner::ServerOutcome &o)
{
    using Outcome = ServerActionRunner::Outcome;
    const QString error = o.errorCode.isEmpty() ? o.message : o.errorCode + QLatin1String(": ") + o.message;
    switch (o.outcome) {
    case Outcome::Succeeded: return o.status;
    case Outcome::Refused: return error;
    case Outcome::Unknown:
        return ServerActionDialog::tr("%1 — never re-sent: check the server's status before acting again.").arg(error);
    case Outcome::NotSent: return ServerActionDialog::tr("Not sent.");
    }
    return {};
}

} // namespace

ServerActionDialog::ServerActionDialog(CloudClient *client, ServerAction action, const QList<SelectedServer> &servers,
                                       QWidget *parent)
    : QDialog(parent), m_action(action), m_runner(new ServerActionRunner(client, action, serverIdsOf(servers), this)),
      m_summary(new QLabel(this)), m_results(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("serverActionDialog"));
    setWindowTitle(titleOf(action));
    m_summary->setObjectName(QStringLiteral("serverActionSummary"));
    m_summary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("serverActionResults"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("Server"), tr("Id"), tr("Outcome"), tr("Details")});
    for (const SelectedServer &s : servers) {
        auto *row = new QTreeWidgetItem(m_results, {s.name, s.id, tr("waiting"), QString()});
        m_rows.insert(s.id, row);
    }
    m_results->header()->resizeSection(NameColumn, 160);
    m_results->header()->resizeSection(IdColumn, 240);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);
    resize(760, 360);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &ServerActionRunner::serverFinished, this, &ServerActionDialog::showOutcome);
    connect(m_runner, &ServerActionRunner::finished, this, [this] {
        m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
        showSummary();
    });
    showSummary();
}

void ServerActionDialog::start()
{
    // Closing cancels what is in flight (reported unknown once sent): not a button's job.
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    m_runner->start();
}

QString ServerActionDialog::titleOf(ServerAction action)
{
    switch (action) {
    case ServerAction::Start: return tr("Start Servers");
    case ServerAction::Stop: return tr("Stop Servers");
    case ServerAction::Reboot: break;
    }
    return tr("Reboot Servers");
}

void ServerActionDialog::showOutcome(const ServerActionRunner::ServerOutcome &outcome)
{
    QTreeWidgetItem *row = m_rows.value(outcome.serverId);
    if (!row)
        return;
    row->setText(OutcomeColumn, ServerActionRunner::outcomeName(outcome.outcome));
    row->setData(OutcomeColumn, Qt::UserRole, ServerActionRunner::outcomeKey(outcome.outcome));
    row->setText(DetailColumn, detailOf(outcome));
    row->setToolTip(DetailColumn,
                    outcome.requestId.isEmpty() ? QString() : tr("Request id: %1").arg(outcome.requestId));
    showSummary();
}

void ServerActionDialog::showSummary()
{
    using Outcome = ServerActionRunner::Outcome;
    const int total = int(m_rows.size());
    if (!m_runner->isFinished()) {
        m_summary->setText(tr("%1: %2 of %n server(s) answered…", nullptr, total)
                               .arg(titleOf(m_action))
                               .arg(m_runner->outcomes().size()));
        return;
    }
    QString text = tr("%1 succeeded, %2 refused, %3 unknown.")
                       .arg(m_runner->count(Outcome::Succeeded))
                       .arg(m_runner->count(Outcome::Refused))
                       .arg(m_runner->count(Outcome::Unknown));
    if (m_runner->count(Outcome::Unknown) > 0)
        text += QLatin1Char(' ')
                + tr("A call whose outcome is unknown may have reached the service; it was not sent again.");
    m_summary->setText(text);
}

} // namespace liteops::ui
