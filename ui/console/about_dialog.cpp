// SPDX-License-Identifier: Apache-2.0
#include "about_dialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#ifndef LITEOPS_VERSION
#define LITEOPS_VERSION "unknown"
#endif
#ifndef LITEOPS_GIT_REVISION
#define LITEOPS_GIT_REVISION ""
#endif

namespace liteops::ui {

QString AboutDialog::versionText()
{
    const QString version = QStringLiteral(LITEOPS_VERSION);
    const QString revision = QStringLiteral(LITEOPS_GIT_REVISION);
    return revision.isEmpty() ? version : QStringLiteral("%1 (%2)").arg(version, revision);
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About LiteOps"));

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(QStringLiteral("<h2>LiteOps</h2>"), this);
    title->setAlignment(Qt::AlignHCenter);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setText(
        QStringLiteral("<p>%1</p><p>%2<br>%3</p><p>%4</p><p><b>%5</b></p><ul>%6%7%8</ul>")
            .arg(tr("Desktop operations console for fleet jobs on Huawei Cloud.").toHtmlEscaped(),
                 tr("Version %1").arg(versionText()).toHtmlEscaped(),
                 tr("Qt %1 (built with %2)")
                     .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
                     .toHtmlEscaped(),
                 tr("LiteOps is licensed under the %1.")
                     .toHtmlEscaped()
                     .arg(QStringLiteral("<a href=\"https://www.apache.org/licenses/LICENSE-2.0\">%1</a>")
                              .arg(tr("Apache License, Version 2.0 (Apache-2.0)").toHtmlEscaped())),
                 tr("Libraries and their licenses").toHtmlEscaped(),
                 QStringLiteral("<li>Qt — LGPL-3.0 (<a href=\"https://www.qt.io/licensing/\">qt.io</a>)</li>"),
                 QStringLiteral("<li>QtKeychain — BSD-3-Clause</li>"),
                 QStringLiteral("<li>simdjson — Apache-2.0</li>")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace liteops::ui
