// SPDX-License-Identifier: Apache-2.0
#include "history_tree.h"

#include "historydialog.h"
#include "run_outcome.h"

#include <QLocale>
#include <QTreeWidget>
#include <algorithm>

namespace liteops::ui::history {

namespace {

using WaveStatus = SubmissionRecord::WaveStatus;

QString runOutcomeText(const SubmissionRecord &record, const RunSummary &summary)
{
    int sent = 0;
    for (const SubmissionRecord::Wave &w : record.waves)
        sent += w.status == WaveStatus::NotSent ? 0 : 1;
    switch (summary.outcome) {
    case RunOutcome::Succeeded: return HistoryDialog::tr("succeeded");
    case RunOutcome::PartiallyFailed: return HistoryDialog::tr("partially failed");
    case RunOutcome::BudgetSpent: return HistoryDialog::tr("stopped on the error budget: %1").arg(summary.reason);
    case RunOutcome::AtGate: return HistoryDialog::tr("waiting at the gate: %1").arg(summary.reason);
    case RunOutcome::Stopped:
        return HistoryDialog::tr("stopped after %1 of %2 waves; Continue goes on").arg(sent).arg(record.waves.size());
    case RunOutcome::Unknown: break;
    }
    const bool unanswered = std::any_of(record.waves.cbegin(), record.waves.cend(),
                                        [](const SubmissionRecord::Wave &w) {
        return w.status == WaveStatus::Unknown;
    });
    return unanswered ? HistoryDialog::tr("unknown: a create got no answer (check the job list)")
                      : HistoryDialog::tr("unknown: its jobs were not followed to their end");
}

QString waveStatusText(const SubmissionRecord::Wave &w)
{
    const QString &o = w.lastOutcome;
    switch (w.status) {
    case WaveStatus::NotSent: return HistoryDialog::tr("not sent");
    case WaveStatus::NotCreated:
        if (o == QLatin1String("reconciled-absent"))
            return HistoryDialog::tr("not created (checked after an unclear answer)");
        if (o == QLatin1String("throttled"))
            return HistoryDialog::tr("throttled, to be sent again");
        return HistoryDialog::tr("refused: %1").arg(w.error);
    case WaveStatus::Unknown:
        if (o == QLatin1String("sending"))
            return HistoryDialog::tr("sent, no answer recorded (LiteOps stopped): check the job list");
        return HistoryDialog::tr("outcome unknown: %1").arg(w.error);
    case WaveStatus::Created: break;
    }
    if (w.totals)
        return HistoryDialog::tr("finished");
    if (o == QLatin1String("reconciled-created"))
        return HistoryDialog::tr("created (found after an unclear answer)");
    return HistoryDialog::tr("created");
}

QString number(const std::optional<int> &n)
{
    return n ? QString::number(*n) : QString();
}

void setTotals(QTreeWidgetItem *item, int servers, const std::optional<WaveTotals> &t)
{
    item->setText(ServersColumn, QString::number(servers));
    for (int c = ServersColumn; c <= MismatchedColumn; ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    if (!t)
        return;
    item->setText(SucceededColumn, QString::number(t->succeeded));
    item->setText(FailedColumn, QString::number(t->failed));
    item->setText(SkippedColumn, QString::number(t->skipped));
    item->setText(VerifiedColumn, number(t->verified));
    item->setText(MismatchedColumn, number(t->mismatched));
}

QString sourceText(const SubmissionRecord &record)
{
    QString source = record.source == QLatin1String("cli") ? HistoryDialog::tr("liteops-cli")
                                                           : HistoryDialog::tr("Console");
    if (!record.rerunOf.isEmpty())
        source += QLatin1String(", ") + HistoryDialog::tr("rerun of %1").arg(record.rerunOf);
    return source;
}

void addWave(QTreeWidgetItem *run, const SubmissionRecord &record, int index)
{
    const SubmissionRecord::Wave &w = record.waves.at(index);
    auto *item = new QTreeWidgetItem(run);
    item->setText(NameColumn, HistoryDialog::tr("Wave %1 · %2").arg(index + 1).arg(w.request.name));
    QString status = waveStatusText(w);
    if (index == record.gateWave)
        status += QLatin1String("; ")
                  + (record.atGate ? HistoryDialog::tr("the run waits at its gate")
                                   : HistoryDialog::tr("its gate was passed (%1)").arg(record.gateReason));
    item->setText(OutcomeColumn, status);
    item->setToolTip(OutcomeColumn, status);
    setTotals(item, int(w.request.serverIds.size()), w.totals);
    item->setText(JobColumn, w.jobIds.join(QLatin1String(", ")));
    item->setData(NameColumn, RunIdRole, record.id);
    item->setData(NameColumn, WaveRole, index);
    item->setData(NameColumn, JobIdsRole, w.jobIds);
}

void addRun(QTreeWidget *tree, const SubmissionRecord &record)
{
    const RunSummary summary = summarizeRun(record);
    auto *item = new QTreeWidgetItem(tree);
    item->setText(NameColumn, runName(record));
    item->setToolTip(NameColumn, HistoryDialog::tr("Submission %1").arg(record.id));
    const QString outcome = runOutcomeText(record, summary);
    item->setText(OutcomeColumn, outcome);
    item->setToolTip(OutcomeColumn, outcome);
    setTotals(item, summary.servers,
              summary.totalsKnown ? std::optional<WaveTotals>(summary.totals) : std::optional<WaveTotals>());
    item->setText(StartedColumn, QLocale().toString(record.started.toLocalTime(), QLocale::ShortFormat));
    item->setToolTip(StartedColumn, record.started.toUTC().toString(Qt::ISODateWithMs));
    item->setText(ProfileColumn, record.profile);
    const QStringList jobs = record.jobIds();
    item->setText(JobColumn, jobs.isEmpty() ? QString() : jobs.last());
    item->setText(FromColumn, sourceText(record));
    item->setData(NameColumn, RunIdRole, record.id);
    item->setData(NameColumn, WaveRole, -1);
    // A run opens the job it got to last: where it stopped, or its final wave.
    item->setData(NameColumn, JobIdsRole, jobs.isEmpty() ? QStringList() : QStringList{jobs.last()});
    for (int i = 0; i < int(record.waves.size()); ++i)
        addWave(item, record, i);
}

} // namespace

QStringList headerLabels()
{
    return {HistoryDialog::tr("Run / wave"), HistoryDialog::tr("Outcome"),    HistoryDialog::tr("Servers"),
            HistoryDialog::tr("Succeeded"),  HistoryDialog::tr("Failed"),     HistoryDialog::tr("Skipped"),
            HistoryDialog::tr("Verified"),   HistoryDialog::tr("Mismatched"), HistoryDialog::tr("Started"),
            HistoryDialog::tr("Profile"),    HistoryDialog::tr("Job id"),     HistoryDialog::tr("From")};
}

void fill(QTreeWidget *tree, const QList<SubmissionRecord> &records)
{
    tree->clear();
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        addRun(tree, *it);
}

} // namespace liteops::ui::history
