// SPDX-License-Identifier: Apache-2.0
#pragma once
// Help > About LiteOps: the version (project version and git revision), the Qt version the
// app runs on, LiteOps's own license (Apache-2.0) and the licenses of the libraries it ships with.
#include <QDialog>

namespace liteops::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "0.1.0 (abcdef1234)", or just the version outside a git checkout.
    static QString versionText();
};

} // namespace liteops::ui
