// SPDX-License-Identifier: Apache-2.0
#include "createjobwizard.h"

#include "history_waves.h"
#include "submissionhistory.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace liteops::ui {

namespace {

enum Column { TimeColumn, ProfileColumn, NameColumn, ServersColumn, OutcomeColumn, JobColumn, SourceColumn };

QString outcomeText(const HistoryEntry &last)
{
    const QString o = last.outcome;
    if (last.phase == HistoryEntry::Phase::Sending)
        return HistoryDialog::tr("sent, no answer recorded (LiteOps stopped): check the job list");
    if (o == QLatin1String("created"))
        return HistoryDialog::tr("created");
    if (o == QLatin1String("reconciled-created"))
        return HistoryDialog::tr("created (found after an unclear answer)");
    if (o == QLatin1String("reconciled-absent"))
        return HistoryDialog::tr("not created (checked after an unclear answer)");
    if (o == QLatin1String("failed"))
        return HistoryDialog::tr("refused: %1").arg(last.error);
    if (o == QLatin1String("throttled"))
        return HistoryDialog::tr("throttled, sent again");
    if (o == QLatin1String("unknown"))
        return HistoryDialog::tr("outcome unknown: %1").arg(last.error);
    return o;
}

void load(QTreeWidget *list, QLabel *status)
{
    list->clear();
    SubmissionHistory history;
    QString error;
    int skipped = 0;
    const QList<HistoryEntry> entries = history.readAll(&error, &skipped);
    for (const WaveHistory &wave : historyByWave(entries)) {
        const HistoryEntry &first = wave.first;
        auto *item = new QTreeWidgetItem(list);
        item->setText(TimeColumn, QLocale().toString(first.time.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(TimeColumn, first.time.toUTC().toString(Qt::ISODateWithMs));
        item->setText(ProfileColumn, first.profile);
        item->setText(NameColumn, first.request.value(QStringLiteral("name")).toString());
        item->setText(ServersColumn,
                      QString::number(first.request.value(QStringLiteral("server_ids")).toArray().size()));
        QString outcome = outcomeText(wave.last);
        if (wave.hasGate) {
            outcome += QLatin1String("; ")
                       + (wave.waitingAtGate ? HistoryDialog::tr("the run waits at its gate (%1); continue it with "
                                                                 "liteops-cli runs continue %2")
                                                   .arg(wave.gateReason, first.submissionId)
                                             : HistoryDialog::tr("its gate was passed (%1)").arg(wave.gateReason));
        }
        item->setText(OutcomeColumn, outcome);
        item->setText(JobColumn, wave.last.jobId);
        // Where it was submitted from: liteops-cli marks its lines, the console does not.
        QString source = first.source == QLatin1String("cli") ? HistoryDialog::tr("liteops-cli")
                                                              : HistoryDialog::tr("Console");
        if (!first.rerunOf.isEmpty())
            source += QLatin1String(", ") + HistoryDialog::tr("rerun of %1").arg(first.rerunOf);
        item->setText(SourceColumn, source);
        item->setData(TimeColumn, Qt::UserRole,
                      QString::fromUtf8(QJsonDocument(first.request).toJson(QJsonDocument::Indented)));
    }
    QString text = QDir::toNativeSeparators(history.filePath());
    if (!error.isEmpty())
        text = error;
    else if (skipped > 0)
        text += QLatin1Char(' ') + HistoryDialog::tr("(%n unreadable line(s) skipped)", nullptr, skipped);
    status->setText(text);
    for (int c = 0; c < JobColumn; ++c)
        list->resizeColumnToContents(c);
}

} // namespace

HistoryDialog::HistoryDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Submission history"));
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("historyList"));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(
        {tr("Time"), tr("Profile"), tr("Name"), tr("Servers"), tr("Outcome"), tr("Job id"), tr("From")});
    auto *json = new QPlainTextEdit(this);
    json->setObjectName(QStringLiteral("historyJson"));
    json->setReadOnly(true);
    json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *status = new QLabel(this);
    status->setObjectName(QStringLiteral("historyStatus"));
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->setWordWrap(true);
    connect(list, &QTreeWidget::currentItemChanged, this, [json](QTreeWidgetItem *item) {
        json->setPlainText(item ? item->data(TimeColumn, Qt::UserRole).toString() : QString());
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(list);
    splitter->addWidget(json);
    splitter->setStretchFactor(0, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    auto *copy = buttons->addButton(tr("&Copy request"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, [list, status]() { load(list, status); });
    connect(copy, &QPushButton::clicked, this, [json]() { QApplication::clipboard()->setText(json->toPlainText()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(status);
    layout->addWidget(buttons);
    resize(900, 560);
    load(list, status);
    if (list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    else
        json->setPlainText(tr("Nothing submitted yet. Jobs created with the New job wizard are "
                              "listed here, with the exact request sent, and so are those "
                              "created with liteops-cli jobs create."));
}

} // namespace liteops::ui
