// SPDX-License-Identifier: Apache-2.0
#include "fleet_page.h"

#include "app_settings.h"
#include "compliance_settings.h"
#include "display_format.h"
#include "export_path.h"
#include "fleet_filter_proxy.h"
#include "fleet_loader.h"
#include "fleet_model.h"
#include "fleet_targets_dialog.h"
#include "header_columns.h"
#include "icons.h"
#include "local_store.h"
#include "table_export.h"
#include "value_filter_combo.h"
#include "view_settings.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace liteops::ui {

namespace {

// The compliance states that get a chip (NoTarget is what a fleet without a target shows).
const QList<fleet::Compliance> kChipStates{fleet::Compliance::Compliant, fleet::Compliance::Outdated,
                                           fleet::Compliance::Ahead, fleet::Compliance::Unknown,
                                           fleet::Compliance::Stale};
// How much of a server's history the pane shows.
constexpr int kHistoryRows = 500;
// The table's header as remembered in AppSettings ("views/fleetTable/header").
const QString kHeaderKey = QStringLiteral("fleetTable");

} // namespace

FleetPage::FleetPage(QWidget *parent)
    : QWidget(parent), m_model(new fleet::FleetModel(this)), m_proxy(new fleet::FleetFilterProxy(this)),
      m_loader(new fleet::FleetLoader(m_model, this)), m_table(new QTableView(this)), m_history(new QTreeWidget(this)),
      m_filter(new QLineEdit(this)), m_targetDriver(new QLineEdit(this)),
      m_statusFilter(new ValueFilterCombo(tr("All statuses"), this)),
      m_flavorFilter(new ValueFilterCombo(tr("All flavors"), this)),
      m_targetsButton(new QPushButton(tr("&Targets…"), this)), m_exportButton(new QToolButton(this)),
      m_countsTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("fleetTable"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    // One line per server, as in the job list: no wrapping, fixed row height.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    setUpTableColumns();

    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Time"), tr("Job"), tr("Type"), tr("Outcome"), tr("Message")});
    // Whole times and names; the message takes what is left.
    const QFontMetrics metrics = m_history->fontMetrics();
    m_history->header()->resizeSection(0, metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 16);
    m_history->header()->resizeSection(1, metrics.horizontalAdvance(QStringLiteral("software-upgrade-0000-w01")) + 16);
    m_history->header()->resizeSection(2, metrics.horizontalAdvance(QStringLiteral("ASCEND_SOFTWARE_UPGRADE")) + 16);
    m_history->header()->resizeSection(3, metrics.horizontalAdvance(QStringLiteral("Partially failed")) + 16);

    m_filter->setPlaceholderText(tr("Filter servers by name, id, IP, flavor, version or error"));
    m_filter->setClearButtonEnabled(true);
    m_targetDriver->setPlaceholderText(tr("Target driver, e.g. 24.1.0.3"));

    auto *top = new QHBoxLayout;
    top->addWidget(buildChipBar(), 1);
    top->addWidget(new QLabel(tr("Target driver:"), this));
    top->addWidget(m_targetDriver);
    top->addWidget(m_targetsButton);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildFilterRow());
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setTextFilter(text.trimmed());
        updateChipCounts();
    });
    connect(m_targetDriver, &QLineEdit::editingFinished, this, &FleetPage::applyTarget);
    connect(m_targetsButton, &QPushButton::clicked, this, &FleetPage::editTargets);
    // Counting is a pass over every row: once per burst of model changes, not per change.
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, &FleetPage::updateChipCounts);
    connect(m_countsTimer, &QTimer::timeout, this, &FleetPage::refreshFilterValues);
    auto countLater = [this] { m_countsTimer->start(); };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, countLater);
    connect(m_model, &QAbstractItemModel::dataChanged, this, countLater);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetPage::showHistoryOfCurrent);
    connect(m_history, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { emit openJobRequested(item->data(1, Qt::UserRole).toString()); });
    updateChipCounts();
}

QWidget *FleetPage::buildChipBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i <= int(kChipStates.size()); ++i) {
        auto *chip = new QToolButton(bar);
        chip->setCheckable(true);
        chip->setAutoRaise(true);
        connect(chip, &QToolButton::toggled, this, &FleetPage::applyChips);
        row->addWidget(chip);
        m_chips.append(chip);
    }
    row->addStretch(1);
    return bar;
}

void FleetPage::applyChips()
{
    QList<fleet::Compliance> states;
    for (qsizetype i = 0; i < kChipStates.size(); ++i) {
        if (m_chips.at(i)->isChecked())
            states.append(kChipStates.at(i));
    }
    m_proxy->setComplianceFilter(states);
    m_proxy->setFlakyOnly(m_chips.constLast()->isChecked());
}

void FleetPage::updateChipCounts()
{
    const fleet::ChipCounts counts = m_proxy->chipCounts();
    for (qsizetype i = 0; i < kChipStates.size(); ++i)
        m_chips.at(i)->setText(
            tr("%1 %2").arg(fleet::complianceLabel(kChipStates.at(i))).arg(counts.of(kChipStates.at(i))));
    m_chips.constLast()->setText(tr("Flaky %1").arg(counts.flaky));
}

// The text filter, the status and flavor filters, and Export… above the table.
QWidget *FleetPage::buildFilterRow()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_statusFilter->setAccessibleName(tr("Server status"));
    m_flavorFilter->setAccessibleName(tr("Server flavor"));
    m_exportButton->setIcon(actionIcon(QStringLiteral("export")));
    m_exportButton->setToolTip(tr("Export the servers shown as CSV or JSON"));
    m_exportButton->setAccessibleName(tr("Export servers"));
    row->addWidget(m_filter, 1);
    row->addWidget(m_statusFilter);
    row->addWidget(m_flavorFilter);
    row->addWidget(m_exportButton);
    connect(m_statusFilter, &ValueFilterCombo::valueChanged, this, [this](const QString &status) {
        m_proxy->setStatusFilter(status);
        updateChipCounts();
    });
    connect(m_flavorFilter, &ValueFilterCombo::valueChanged, this, [this](const QString &flavor) {
        m_proxy->setFlavorFilter(flavor);
        updateChipCounts();
    });
    connect(m_exportButton, &QToolButton::clicked, this, &FleetPage::exportVisible);
    return bar;
}

// The job list's conventions: a show/hide menu on the header, movable columns, the layout
// and sort remembered; without a saved layout, columns of detail start hidden.
void FleetPage::setUpTableColumns()
{
    using M = fleet::FleetModel;
    QHeaderView *header = m_table->horizontalHeader();
    const bool saved = AppSettings().hasHeaderState(kHeaderKey);
    m_table->sortByColumn(M::NameColumn, Qt::AscendingOrder);
    setupHeader(header, kHeaderKey, {160, 120, 90, 130, 80, 110, 80, 100, 130, 150, 100, 120, 100, 150, 110, 100, 80});
    if (!saved) {
        for (int column : {M::IdColumn, M::CategoryColumn, M::ArchitectureColumn, M::LastAtColumn})
            header->setSectionHidden(column, true);
    }
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void FleetPage::saveSettings() const
{
    saveHeader(m_table->horizontalHeader(), kHeaderKey);
}

// The filters offer the statuses and flavors the fleet has now.
void FleetPage::refreshFilterValues()
{
    m_statusFilter->setValues(m_proxy->statusValues());
    m_flavorFilter->setValues(m_proxy->flavorValues());
}

bool FleetPage::exportTo(const QString &path, QString *errorMessage) const
{
    return writeExport(path, collectVisibleRows(m_proxy, shownColumns(m_table->horizontalHeader())), errorMessage);
}

void FleetPage::exportVisible()
{
    const QString path = askExportPath(this, tr("Export Fleet"), QStringLiteral("fleet"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        emit statusMessage(
            tr("Exported %n server(s) to %1", nullptr, m_proxy->rowCount()).arg(QDir::toNativeSeparators(path)));
    else
        emit statusMessage(tr("The export failed: %1").arg(error));
}

FleetTargetsDialog *FleetPage::editTargets()
{
    auto *dialog = new FleetTargetsDialog(m_model->policy(), m_proxy->flavorValues(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyPolicy(dialog->policy()); });
    dialog->open();
    return dialog;
}

void FleetPage::setProfile(const QString &profile, store::LocalStore *store)
{
    m_profile = profile;
    m_store = store;
    // Another connection: its own servers (the stored list until the cloud's arrives).
    m_loader->setServers({});
    m_loader->forgetServersList();
    const fleet::CompliancePolicy policy = fleet::ComplianceSettings().load(profile);
    m_targetDriver->setText(policy.fleet.driver);
    m_model->setPolicy(policy, QDateTime::currentMSecsSinceEpoch());
    m_loader->setStore(store);
    m_loader->reloadAll();
}

void FleetPage::applyTarget()
{
    fleet::CompliancePolicy policy = m_model->policy();
    if (policy.fleet.driver == m_targetDriver->text().trimmed())
        return;
    policy.fleet.driver = m_targetDriver->text().trimmed();
    applyPolicy(policy);
}

void FleetPage::applyPolicy(const fleet::CompliancePolicy &policy)
{
    fleet::ComplianceSettings().save(m_profile, policy);
    m_targetDriver->setText(policy.fleet.driver);
    m_model->setPolicy(policy, QDateTime::currentMSecsSinceEpoch());
}

void FleetPage::showHistoryOfCurrent()
{
    m_history->clear();
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_store)
        return;
    const QString serverId = current.data(fleet::ServerIdRole).toString();
    m_store->read<QList<store::ServerTask>>(
        this, [serverId](const store::StoreReader &r) { return r.serverTasks(serverId, kHistoryRows); },
        [this, serverId](const QList<store::ServerTask> &tasks) {
        // A newer selection asked for another server meanwhile.
        if (m_table->currentIndex().data(fleet::ServerIdRole).toString() != serverId)
            return;
        m_history->clear();
        for (const store::ServerTask &t : tasks) {
            auto *item = new QTreeWidgetItem(m_history);
            item->setText(0, formatLocalTime(t.task.createdAtMs()));
            item->setText(1, t.jobName.isEmpty() ? t.jobId : t.jobName);
            item->setToolTip(1, t.jobId);
            item->setData(1, Qt::UserRole, t.jobId);
            item->setText(2, t.jobType);
            item->setText(3, stateDisplayName(t.task.state()));
            item->setText(4, t.task.message().toString().simplified());
        }
        });
}

QList<SelectedServer> FleetPage::selectedServers() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows(fleet::FleetModel::NameColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<SelectedServer> out;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QString id = row.data(fleet::ServerIdRole).toString();
        const QString name = row.data().toString();
        out.append({id, name.isEmpty() ? id : name});
    }
    return out;
}

void FleetPage::setActionBar(QWidget *bar)
{
    // The table and history splitter is the layout's last item: the bar goes just before it.
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->count() - 1, bar);
}

} // namespace liteops::ui
