// SPDX-License-Identifier: Apache-2.0
#include "fleet_targets_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace liteops::ui {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
enum FlavorColumn { FlavorName, FlavorDriver, FlavorFirmware };

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

FleetTargetsDialog::FleetTargetsDialog(const fleet::CompliancePolicy &policy, const QStringList &flavors,
                                       QWidget *parent)
    : QDialog(parent), m_driver(new QLineEdit(policy.fleet.driver, this)),
      m_firmware(new QLineEdit(policy.fleet.firmware, this)), m_staleDays(new QSpinBox(this)),
      m_flavors(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Compliance Targets"));
    m_driver->setPlaceholderText(tr("e.g. 24.1.0.3; empty: no target"));
    m_firmware->setPlaceholderText(tr("optional, e.g. 7.5.0.5.220"));
    m_staleDays->setRange(1, 365);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setValue(int(std::clamp<qint64>((policy.staleAfterMs + kDayMs / 2) / kDayMs, 1, 365)));
    m_staleDays->setToolTip(tr("A server whose newest version report is older than this is stale"));

    m_flavors->setHorizontalHeaderLabels({tr("Flavor"), tr("Driver"), tr("Firmware")});
    m_flavors->verticalHeader()->hide();
    m_flavors->horizontalHeader()->setStretchLastSection(true);
    m_flavors->setColumnWidth(FlavorName, 180);
    m_flavors->setColumnWidth(FlavorDriver, 140);
    fillFlavors(policy, flavors);

    auto *form = new QFormLayout;
    form->addRow(tr("Fleet target &driver:"), m_driver);
    form->addRow(tr("Fleet target &firmware:"), m_firmware);
    form->addRow(tr("&Stale after:"), m_staleDays);
    auto *note = new QLabel(tr("A flavor with a target of its own uses it instead of the fleet's; leave both of its "
                               "cells empty to use the fleet's."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_flavors, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

void FleetTargetsDialog::fillFlavors(const fleet::CompliancePolicy &policy, QStringList flavors)
{
    for (auto it = policy.byFlavor.cbegin(); it != policy.byFlavor.cend(); ++it) {
        if (!flavors.contains(it.key()))
            flavors << it.key();
    }
    flavors.sort(Qt::CaseInsensitive);
    m_flavors->setRowCount(int(flavors.size()));
    for (int row = 0; row < flavors.size(); ++row) {
        const fleet::VersionTarget own = policy.byFlavor.value(flavors.at(row));
        auto *name = new QTableWidgetItem(flavors.at(row));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_flavors->setItem(row, FlavorName, name);
        m_flavors->setItem(row, FlavorDriver, new QTableWidgetItem(own.driver));
        m_flavors->setItem(row, FlavorFirmware, new QTableWidgetItem(own.firmware));
    }
}

fleet::CompliancePolicy FleetTargetsDialog::policy() const
{
    fleet::CompliancePolicy p;
    p.fleet = {m_driver->text().trimmed(), m_firmware->text().trimmed()};
    p.staleAfterMs = m_staleDays->value() * kDayMs;
    for (int row = 0; row < m_flavors->rowCount(); ++row) {
        const fleet::VersionTarget own{cellText(m_flavors, row, FlavorDriver),
                                       cellText(m_flavors, row, FlavorFirmware)};
        if (own.isSet())
            p.byFlavor.insert(cellText(m_flavors, row, FlavorName), own);
    }
    return p;
}

} // namespace liteops::ui
