#include "createjobwizard.h"

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
#include <QMap>
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
    // One row per wave of a submission: its first line gives the time, its last the outcome.
    QMap<QPair<QString, int>, QPair<HistoryEntry, HistoryEntry>> waves;
    QList<QPair<QString, int>> order;
    // Approval gates: the wave after which a run waits (its reason), or went on.
    QMap<QPair<QString, int>, QString> gates;
    QMap<QString, QPair<QString, int>> lastGateOf; // submission -> its latest gate line
    QMap<QString, bool> gateOpen;                  // submission -> its last line is that gate
    for (const HistoryEntry &e : entries) {
        const auto key = qMakePair(e.submissionId, e.wave);
        gateOpen[e.submissionId] = e.outcome == QLatin1String("gate");
        if (e.outcome == QLatin1String("gate") || e.outcome == QLatin1String("continued")) {
            // Says nothing about the wave's job: the row keeps its create's outcome.
            if (e.outcome == QLatin1String("gate")) {
                gates.insert(key, e.message);
                lastGateOf.insert(e.submissionId, key);
            }
            continue;
        }
        auto it = waves.find(key);
        if (it == waves.end()) {
            waves.insert(key, qMakePair(e, e));
            order.append(key);
        } else {
            it->second = e;
        }
    }
    for (auto it = order.crbegin(); it != order.crend(); ++it) { // newest first
        const auto &[first, last] = waves.value(*it);
        auto *item = new QTreeWidgetItem(list);
        item->setText(TimeColumn, QLocale().toString(first.time.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(TimeColumn, first.time.toUTC().toString(Qt::ISODateWithMs));
        item->setText(ProfileColumn, first.profile);
        item->setText(NameColumn, first.request.value(QStringLiteral("name")).toString());
        item->setText(ServersColumn,
                      QString::number(first.request.value(QStringLiteral("server_ids")).toArray().size()));
        QString outcome = outcomeText(last);
        if (gates.contains(*it)) {
            const bool waiting = gateOpen.value(it->first) && lastGateOf.value(it->first) == *it;
            outcome += QLatin1String("; ")
                       + (waiting ? HistoryDialog::tr("the run waits at its gate (%1); continue it with "
                                                      "liteops-cli runs continue %2")
                                        .arg(gates.value(*it), it->first)
                                  : HistoryDialog::tr("its gate was passed (%1)").arg(gates.value(*it)));
        }
        item->setText(OutcomeColumn, outcome);
        item->setText(JobColumn, last.jobId);
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
    list->setHeaderLabels({tr("Time"), tr("Profile"), tr("Name"), tr("Servers"), tr("Outcome"), tr("Job id"), tr("From")});
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
