// SPDX-License-Identifier: Apache-2.0
#pragma once
// Fleet › Targets…: the compliance policy of a profile in one compact form — the fleet's
// target driver and optional firmware, a row per flavor for flavors that need their own
// (empty cells: the fleet's target applies), and the age after which a version report is
// stale. The page saves what the dialog returns (app/fleet/compliance_settings.h).
#include "compliance.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace liteops::ui {

class FleetTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    // `flavors`: those the fleet has; flavors of `policy` not among them are listed too.
    FleetTargetsDialog(const fleet::CompliancePolicy &policy, const QStringList &flavors, QWidget *parent = nullptr);

    fleet::CompliancePolicy policy() const;

    QLineEdit *fleetDriverEdit() const { return m_driver; }
    QLineEdit *fleetFirmwareEdit() const { return m_firmware; }
    QSpinBox *staleDaysBox() const { return m_staleDays; }
    // Columns: flavor (read-only), driver, firmware.
    QTableWidget *flavorTable() const { return m_flavors; }

private:
    void fillFlavors(const fleet::CompliancePolicy &policy, QStringList flavors);

    QLineEdit *m_driver;
    QLineEdit *m_firmware;
    QSpinBox *m_staleDays;
    QTableWidget *m_flavors;
};

} // namespace liteops::ui
