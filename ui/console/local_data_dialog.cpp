// SPDX-License-Identifier: Apache-2.0
#include "local_data_dialog.h"

#include "local_store.h"
#include "profile_cache.h"
#include "store_reads.h"
#include "timestamp.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace liteops::ui {

namespace {

QString whenText(qint64 ms)
{
    if (!isKnownTime(ms))
        return LocalDataDialog::tr("never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

LocalDataDialog::LocalDataDialog(store::LocalStore *store, const QString &connectionName, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("localDataDialog"));
    setWindowTitle(tr("Local Data — %1").arg(connectionName));

    m_path = new QLabel(store ? QDir::toNativeSeparators(store->path()) : tr("The local store is off."), this);
    m_path->setObjectName(QStringLiteral("localDataPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("localDataSummary"));
    m_summary->setWordWrap(true);

    const RetentionSettings retention = RetentionSettings::load();
    m_horizonDays = new QSpinBox(this);
    m_horizonDays->setObjectName(QStringLiteral("horizonDays"));
    m_horizonDays->setRange(1, 3650);
    m_horizonDays->setSuffix(tr(" days"));
    m_horizonDays->setValue(retention.horizonDays);
    m_maxMegabytes = new QSpinBox(this);
    m_maxMegabytes->setObjectName(QStringLiteral("maxMegabytes"));
    m_maxMegabytes->setRange(0, 1024 * 1024);
    m_maxMegabytes->setSingleStep(100);
    m_maxMegabytes->setSuffix(tr(" MB"));
    m_maxMegabytes->setSpecialValueText(tr("No limit"));
    m_maxMegabytes->setValue(retention.maxMegabytes);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_path);
    form->addRow(tr("Holds:"), m_summary);
    form->addRow(tr("Keep jobs for:"), m_horizonDays);
    form->addRow(tr("Size limit:"), m_maxMegabytes);
    auto *note = new QLabel(tr("Older jobs, and the oldest jobs beyond the size limit, are forgotten on this "
                               "computer only; the background sync fetches finished jobs within the same age."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    QPushButton *clear = buttons->addButton(tr("Clear Local Data…"), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("clearLocalDataButton"));
    clear->setEnabled(store != nullptr);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &LocalDataDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(clear, &QPushButton::clicked, this, [this] {
        emit clearRequested();
        loadStats();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    loadStats();
}

void LocalDataDialog::loadStats()
{
    if (!m_store || !m_store->isAvailable()) {
        m_summary->setText(tr("Nothing: the local store is off."));
        emit statsShown();
        return;
    }
    m_summary->setText(tr("Reading…"));
    m_store->read<store::StoreStats>(
        this, [](const store::StoreReader &r) { return r.stats(); },
        [this](const store::StoreStats &stats) { showStats(stats); });
}

void LocalDataDialog::showStats(const store::StoreStats &stats)
{
    const QLocale locale;
    if (stats.jobs == 0) {
        m_summary->setText(tr("No jobs yet; %1 on disk.").arg(locale.formattedDataSize(stats.fileBytes)));
        emit statsShown();
        return;
    }
    m_summary->setText(tr("%n job(s) (%1 finished in detail), %2 tasks, %3 servers; %4 on disk.\n"
                          "Jobs from %5 to %6. Last complete sync: %7.",
                          nullptr, int(qMin<qint64>(stats.jobs, INT_MAX)))
                           .arg(locale.toString(stats.finishedDetails), locale.toString(stats.tasks),
                                locale.toString(stats.servers), locale.formattedDataSize(stats.fileBytes),
                                whenText(stats.oldestJobMs), whenText(stats.newestJobMs), whenText(stats.lastSyncMs)));
    emit statsShown();
}

void LocalDataDialog::apply()
{
    RetentionSettings retention;
    retention.horizonDays = m_horizonDays->value();
    retention.maxMegabytes = m_maxMegabytes->value();
    retention.save();
    if (m_store)
        m_store->applyRetention(retention.oldestKeptMs(QDateTime::currentMSecsSinceEpoch()), retention.maxBytes());
    loadStats(); // the store runs its work in order: this reads after the retention
}

} // namespace liteops::ui
