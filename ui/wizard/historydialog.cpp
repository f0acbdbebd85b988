// SPDX-License-Identifier: Apache-2.0
#include "historydialog.h"

#include "core/encode.h"
#include "history_tree.h"
#include "resubmission.h"
#include "run_outcome.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace liteops::ui {

namespace {

QString runIdOf(const QTreeWidgetItem *item)
{
    return item ? item->data(history::NameColumn, history::RunIdRole).toString() : QString();
}

int waveOf(const QTreeWidgetItem *item)
{
    return item ? item->data(history::NameColumn, history::WaveRole).toInt() : -1;
}

// The row of `runId` (and `wave`, -1 for the run's own row) in the refilled tree.
QTreeWidgetItem *findRow(QTreeWidget *tree, const QString &runId, int wave)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *run = tree->topLevelItem(i);
        if (runIdOf(run) != runId)
            continue;
        return wave < 0 ? run : run->child(wave);
    }
    return nullptr;
}

// "~/.local/share/LiteOps/submission-history.jsonl": the file, without the home folder's path.
QString shortPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}

} // namespace

HistoryDialog::HistoryDialog(const SubmissionHistory &history, const QString &profile, QWidget *parent)
    : QDialog(parent), m_history(history), m_profile(profile), m_tree(new QTreeWidget(this)),
      m_details(new QPlainTextEdit(this)), m_status(new QLabel(this)), m_continue(nullptr), m_submitAgain(nullptr),
      m_watcher(new QFileSystemWatcher(this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Submission history"));
    m_tree->setObjectName(QStringLiteral("historyList"));
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels(history::headerLabels());
    m_tree->setToolTip(tr("Double-click a wave to open its job, a run to open the job it got to last."));
    m_details->setObjectName(QStringLiteral("historyJson"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_continue = buttons->addButton(tr("C&ontinue…"), QDialogButtonBox::ActionRole);
    m_continue->setObjectName(QStringLiteral("historyContinue"));
    m_submitAgain = buttons->addButton(tr("&Submit again…"), QDialogButtonBox::ActionRole);
    m_submitAgain->setObjectName(QStringLiteral("historySubmitAgain"));
    auto *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    auto *copy = buttons->addButton(tr("&Copy request"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &HistoryDialog::reload);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_details->toPlainText()); });
    connect(m_continue, &QPushButton::clicked, this, &HistoryDialog::askToContinue);
    connect(m_submitAgain, &QPushButton::clicked, this, [this] {
        if (const std::optional<SubmissionRecord> run = selectedRun())
            emit submitAgainRequested(*run);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showSelection);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &HistoryDialog::openJobOf);

    // Another window (or liteops-cli) appending to the file shows here without Refresh.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, &HistoryDialog::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1000, 600);
    reload();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    else
        m_details->setPlainText(tr("Nothing submitted yet. Jobs created with the New job wizard are "
                                   "listed here, with the exact request sent, and so are those "
                                   "created with liteops-cli jobs create."));
    sizeColumns();
}

// Once, from the rows first read: later reloads keep what the user made of the columns.
void HistoryDialog::sizeColumns()
{
    const QFontMetrics fm = m_tree->fontMetrics();
    const int margin = fm.horizontalAdvance(QLatin1Char('m')) * 2;
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    // The wave rows are collapsed, so their names are measured here, one indentation deeper.
    int name = m_tree->columnWidth(history::NameColumn);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *run = m_tree->topLevelItem(i);
        for (int w = 0; w < run->childCount(); ++w)
            name = std::max(name, fm.horizontalAdvance(run->child(w)->text(history::NameColumn))
                                      + 2 * m_tree->indentation() + margin);
    }
    m_tree->setColumnWidth(history::NameColumn, std::min(name, fm.averageCharWidth() * 40));
    // A long reason stays in the tooltip rather than pushing the numbers out of sight.
    m_tree->setColumnWidth(history::OutcomeColumn,
                           std::min(m_tree->columnWidth(history::OutcomeColumn), fm.averageCharWidth() * 48));
}

void HistoryDialog::reload()
{
    const QString runId = runIdOf(m_tree->currentItem());
    const int wave = waveOf(m_tree->currentItem());
    QSet<QString> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded.insert(runIdOf(m_tree->topLevelItem(i)));
    }
    QString error;
    int skipped = 0;
    m_records = m_history.submissions(&error, &skipped);
    history::fill(m_tree, m_records);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setExpanded(expanded.contains(runIdOf(m_tree->topLevelItem(i))));
    if (QTreeWidgetItem *again = findRow(m_tree, runId, wave))
        m_tree->setCurrentItem(again);
    QString text = QDir::toNativeSeparators(shortPath(m_history.filePath()));
    if (!error.isEmpty())
        text = error;
    else if (skipped > 0)
        text += QLatin1Char(' ') + tr("(%n unreadable line(s) skipped)", nullptr, skipped);
    m_status->setText(text);
    watchFile();
    showSelection();
}

void HistoryDialog::watchFile()
{
    // The file may not exist yet: watch its folder until it does.
    const QString file = m_history.filePath();
    const QString folder = QFileInfo(file).absolutePath();
    if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
        m_watcher->addPath(file);
    if (QFileInfo::exists(folder) && !m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
}

std::optional<SubmissionRecord> HistoryDialog::selectedRun() const
{
    const QString id = runIdOf(m_tree->currentItem());
    for (const SubmissionRecord &r : m_records) {
        if (!id.isEmpty() && r.id == id)
            return r;
    }
    return std::nullopt;
}

void HistoryDialog::showSelection()
{
    const std::optional<SubmissionRecord> run = selectedRun();
    const int wave = waveOf(m_tree->currentItem());
    if (run && !run->waves.isEmpty()) {
        const int shown = std::clamp(wave, 0, int(run->waves.size()) - 1);
        m_details->setPlainText(
            QString::fromUtf8(QJsonDocument::fromJson(encodeCreateRequest(run->waves.at(shown).request))
                                  .toJson(QJsonDocument::Indented)));
    }
    updateButtons();
}

void HistoryDialog::updateButtons()
{
    const std::optional<SubmissionRecord> run = selectedRun();
    const QString blocker = run ? continueBlocker(*run, m_profile) : QString();
    m_continue->setEnabled(run && blocker.isEmpty());
    m_continue->setToolTip(run && blocker.isEmpty()
                               ? tr("Go on with the waves not sent yet, with the options the run was started with")
                               : blocker);
    m_submitAgain->setEnabled(run && !m_profile.isEmpty() && resubmissionOf(*run).has_value());
    m_submitAgain->setToolTip(tr("Open the New job wizard filled in like this run, to review and submit"));
}

void HistoryDialog::askToContinue()
{
    const std::optional<SubmissionRecord> run = selectedRun();
    if (!run || !continueBlocker(*run, m_profile).isEmpty())
        return;
    int sent = 0;
    for (const SubmissionRecord::Wave &w : run->waves)
        sent += w.status == SubmissionRecord::WaveStatus::Created ? 1 : 0;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Continue the run?"),
                                tr("Continue %1 with the profile %2? %3 of %4 waves were created; they are not "
                                   "sent again. The rest go out as the run was planned, with its gate and "
                                   "error budget.")
                                    .arg(runName(*run), m_profile)
                                    .arg(sent)
                                    .arg(run->waves.size()),
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("continueRunQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = run->id;
    connect(box, &QMessageBox::finished, this, [this, box, id](int) {
        if (box->clickedButton() != box->button(QMessageBox::Ok))
            return;
        // As the file says now, not as it said when the box opened.
        reload();
        const std::optional<SubmissionRecord> fresh = m_history.submission(id);
        if (fresh && continueBlocker(*fresh, m_profile).isEmpty())
            emit continueRequested(*fresh);
        updateButtons();
    });
    box->open();
}

void HistoryDialog::openJobOf(QTreeWidgetItem *item)
{
    const QStringList ids = item ? item->data(history::NameColumn, history::JobIdsRole).toStringList() : QStringList();
    if (!ids.isEmpty())
        emit openJobRequested(ids.first());
}

} // namespace liteops::ui
