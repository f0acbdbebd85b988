// SPDX-License-Identifier: Apache-2.0
#include "targetspage.h"

#include "serverpickmodel.h"
#include "serverresolver.h"
#include "templateparams.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace liteops::ui {

namespace {

constexpr qint64 kMaxImportBytes = 16 * 1024 * 1024;

void fillCombo(QComboBox *combo, const QString &anyText, QStringList values)
{
    const QString current = combo->currentData().toString();
    values.sort();
    QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &v : values)
        combo->addItem(v, v);
    const int at = combo->findData(current);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

// "a, b, c, d, e and 7 more": a warning names the servers without growing without bound.
QString someNames(const QStringList &names)
{
    constexpr qsizetype kShown = 5;
    const QString listed = names.mid(0, kShown).join(QLatin1String(", "));
    if (names.size() <= kShown)
        return listed;
    return TargetsPage::tr("%1 and %n more", nullptr, int(names.size() - kShown)).arg(listed);
}

QStringList shownEntries(const QStringList &entries)
{
    QStringList out;
    out.reserve(entries.size());
    for (const QString &e : entries)
        out << entrySafeToShow(e);
    return out;
}

} // namespace

TargetsPage::TargetsPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_proxy(new ServerFilterProxy(this)), m_loadStatus(new QLabel(this)),
      m_retry(new QPushButton(tr("Retry"), this)), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_flavor(new QComboBox(this)), m_category(new QComboBox(this)), m_table(new QTableView(this)),
      m_selectedCount(new QLabel(this)), m_warning(new QLabel(this)),
      m_removeNotRunning(new QPushButton(tr("Remove these"), this)), m_paste(new QPlainTextEdit(this)),
      m_report(new QLabel(this))
{
    setTitle(tr("Target servers"));
    setSubTitle(tr("Tick the servers the job runs on, or paste or import a list of ids or names."));
    m_proxy->setSourceModel(m_state->serverModel());

    setUpLoadStatus();
    setUpFilters();
    setUpTable();
    QLayout *selectionBar = createSelectionBar();
    QWidget *pasteGroup = createPasteGroup();
    layOut(selectionBar, pasteGroup);
    followState();
}

void TargetsPage::setUpLoadStatus()
{
    m_loadStatus->setObjectName(QStringLiteral("serversStatus"));
    m_loadStatus->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("serversRetry"));
    connect(m_retry, &QPushButton::clicked, m_state, &WizardState::loadServers);
}

void TargetsPage::setUpFilters()
{
    m_search->setObjectName(QStringLiteral("serverSearch"));
    m_search->setPlaceholderText(tr("Search name, id or IP"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ServerFilterProxy::setText);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_flavor->setObjectName(QStringLiteral("flavorFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setStatus(m_status->currentData().toString()); });
    connect(m_flavor, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setFlavor(m_flavor->currentData().toString()); });
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setCategory(m_category->currentData().toString()); });
}

void TargetsPage::setUpTable()
{
    // Thousands of rows: fixed row heights and column widths from the font, never
    // ResizeToContents, so filtering and ticking stay instant.
    m_table->setObjectName(QStringLiteral("serverTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServerPickModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    const QFontMetrics fm(m_table->font());
    m_table->verticalHeader()->setDefaultSectionSize(fm.height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ServerPickModel::NameColumn, fm.horizontalAdvance(QLatin1Char('m')) * 18);
    m_table->setColumnWidth(ServerPickModel::IdColumn, fm.horizontalAdvance(QLatin1Char('0')) * 38);
    m_table->setColumnWidth(ServerPickModel::StatusColumn, fm.horizontalAdvance(QLatin1Char('M')) * 9);
    m_table->setColumnWidth(ServerPickModel::FlavorColumn, fm.horizontalAdvance(QLatin1Char('m')) * 12);
    m_table->setColumnWidth(ServerPickModel::CategoryColumn, fm.horizontalAdvance(QLatin1Char('M')) * 7);
    // Space toggles the ticks of the selected rows: the table is usable from the keyboard.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int row = m_proxy->mapToSource(index).row();
        m_state->serverModel()->setSelected({row}, !m_state->serverModel()->isSelected(row));
    });
}

QLayout *TargetsPage::createSelectionBar()
{
    auto *selectVisible = new QPushButton(tr("Select all visible"), this);
    selectVisible->setObjectName(QStringLiteral("selectVisibleButton"));
    connect(selectVisible, &QPushButton::clicked, this,
            [this]() { m_state->serverModel()->setSelected(m_proxy->visibleSourceRows(), true); });
    auto *clearVisible = new QPushButton(tr("Clear visible"), this);
    clearVisible->setObjectName(QStringLiteral("clearVisibleButton"));
    connect(clearVisible, &QPushButton::clicked, this,
            [this]() { m_state->serverModel()->setSelected(m_proxy->visibleSourceRows(), false); });
    auto *clearAll = new QPushButton(tr("Clear selection"), this);
    clearAll->setObjectName(QStringLiteral("clearSelectionButton"));
    connect(clearAll, &QPushButton::clicked, this, [this]() { m_state->serverModel()->setSelectedIds({}); });

    m_selectedCount->setObjectName(QStringLiteral("selectedCount"));
    QFont bold = m_selectedCount->font();
    bold.setBold(true);
    m_selectedCount->setFont(bold);
    m_removeNotRunning->setObjectName(QStringLiteral("removeNotRunningButton"));
    m_removeNotRunning->setToolTip(tr("Untick the selected servers that are not RUNNING"));
    connect(m_removeNotRunning, &QPushButton::clicked, this,
            [this]() { m_state->serverModel()->setSelected(m_state->serverModel()->selectedNotRunningRows(), false); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(selectVisible);
    bar->addWidget(clearVisible);
    bar->addWidget(clearAll);
    bar->addStretch(1);
    bar->addWidget(m_selectedCount);
    return bar;
}

QWidget *TargetsPage::createPasteGroup()
{
    m_paste->setObjectName(QStringLiteral("pasteBox"));
    m_paste->setPlaceholderText(tr("One server id, name or private IP per line, or CSV with an id or name column"));
    m_paste->setMaximumHeight(QFontMetrics(m_table->font()).height() * 5);
    auto *addPasted = new QPushButton(tr("Add listed servers"), this);
    addPasted->setObjectName(QStringLiteral("addPastedButton"));
    connect(addPasted, &QPushButton::clicked, this, [this]() { addEntries(m_paste->toPlainText()); });
    auto *importButton = new QPushButton(tr("Import file…"), this);
    importButton->setObjectName(QStringLiteral("importFileButton"));
    connect(importButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import servers"), QDir::homePath(),
                                                          tr("Server lists (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    m_report->setObjectName(QStringLiteral("pasteReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setTextFormat(Qt::PlainText); // it echoes pasted text, which may look like HTML

    auto *group = new QGroupBox(tr("Paste or import"), this);
    auto *grid = new QGridLayout(group);
    grid->addWidget(m_paste, 0, 0, 3, 1);
    grid->addWidget(addPasted, 0, 1);
    grid->addWidget(importButton, 1, 1);
    grid->addWidget(m_report, 3, 0, 1, 2);
    return group;
}

void TargetsPage::layOut(QLayout *selectionBar, QWidget *pasteGroup)
{
    m_warning->setObjectName(QStringLiteral("targetsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText); // it names servers

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_loadStatus, 1);
    statusRow->addWidget(m_retry);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_flavor, 1);
    filters->addWidget(m_category, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(selectionBar);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warning, 1);
    warningRow->addWidget(m_removeNotRunning, 0, Qt::AlignTop);
    layout->addLayout(warningRow);
    layout->addWidget(pasteGroup);
}

void TargetsPage::followState()
{
    connect(m_state, &WizardState::serversChanged, this, [this]() {
        updateLoadStatus();
        updateFilters();
        updateSelectionInfo();
    });
    connect(m_state->serverModel(), &ServerPickModel::selectionChanged, this, &TargetsPage::updateSelectionInfo);
    updateLoadStatus();
    updateFilters();
    updateSelectionInfo();
}

void TargetsPage::initializePage()
{
    updateSelectionInfo(); // the template (and so its flavor) may have changed

    if (m_state->serversLoad() == WizardState::Load::NotLoaded)
        m_state->loadServers();
}

bool TargetsPage::isComplete() const
{
    return m_state->serverModel()->selectedCount() > 0;
}

void TargetsPage::updateLoadStatus()
{
    switch (m_state->serversLoad()) {
    case WizardState::Load::NotLoaded:
    case WizardState::Load::Loading:
        m_loadStatus->setText(tr("Loading the servers…"));
        m_retry->hide();
        break;
    case WizardState::Load::Loaded:
        m_loadStatus->setText(
            tr("%n server(s) in this project.", nullptr, int(m_state->serverModel()->servers().size())));
        m_retry->hide();
        break;
    case WizardState::Load::Failed:
        m_loadStatus->setText(tr("The servers could not be loaded: %1").arg(m_state->serversError()));
        m_retry->show();
        break;
    }
}

void TargetsPage::updateFilters()
{
    QSet<QString> statuses, flavors, categories;
    for (const Server &s : m_state->serverModel()->servers()) {
        statuses.insert(s.status);
        flavors.insert(s.flavor);
        categories.insert(s.category);
    }
    statuses.remove(QString());
    flavors.remove(QString());
    categories.remove(QString());
    fillCombo(m_status, tr("Any status"), statuses.values());
    fillCombo(m_flavor, tr("Any flavor"), flavors.values());
    fillCombo(m_category, tr("Any category"), categories.values());
}

void TargetsPage::updateSelectionInfo()
{
    const ServerPickModel *model = m_state->serverModel();
    m_selectedCount->setText(tr("%n server(s) selected", nullptr, model->selectedCount()));
    const QStringList warnings = selectionWarnings();
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    m_removeNotRunning->setVisible(model->selectedNotRunningCount() > 0);
    emit completeChanged();
}

QStringList TargetsPage::selectionWarnings() const
{
    const ServerPickModel *model = m_state->serverModel();
    QStringList warnings;
    const QList<int> notRunning = model->selectedNotRunningRows();
    if (!notRunning.isEmpty()) {
        QStringList names;
        for (int row : notRunning)
            names << QStringLiteral("%1 (%2)").arg(model->serverAt(row).name, model->serverAt(row).status);
        warnings << tr("%n selected server(s) are not RUNNING: their tasks will probably fail or "
                       "be skipped: %1",
                       nullptr, int(notRunning.size()))
                        .arg(someNames(shownEntries(names)));
    }
    if (const std::optional<Template> &tmpl = m_state->chosenTemplate()) {
        QStringList misfits;
        for (const QString &id : model->selectedIds()) {
            const int row = model->rowOfId(id);
            if (row >= 0 && !TemplateParams::fitsFlavor(tmpl->flavorType, model->serverAt(row).flavor))
                misfits << QStringLiteral("%1 (%2)").arg(model->serverAt(row).name, model->serverAt(row).flavor);
        }
        if (!misfits.isEmpty())
            warnings << tr("The template %1 is for %2 servers; %n selected server(s) are of another flavor: %3",
                           nullptr, int(misfits.size()))
                            .arg(tmpl->name, tmpl->flavorType, someNames(shownEntries(misfits)));
    }
    if (m_state->serversLoad() == WizardState::Load::Loaded) {
        const QStringList unknown = model->selectedUnknownIds();
        if (!unknown.isEmpty())
            warnings << tr("%n selected id(s) are not in the server list (removed?): %1", nullptr, int(unknown.size()))
                            .arg(unknown.mid(0, 5).join(QLatin1String(", ")));
    }
    return warnings;
}

bool TargetsPage::addEntries(const QString &text)
{
    if (m_state->serversLoad() != WizardState::Load::Loaded) {
        m_report->setText(tr("The server list is not loaded yet, so the entries cannot be "
                             "checked. Wait for it or press Retry."));
        return false;
    }
    const ServerResolution r = ServerResolver(m_state->serverModel()->servers()).resolveText(text);
    if (r.entryCount == 0) {
        m_report->setText(tr("No entries found: put one server id, name or private IP per line."));
        return false;
    }
    const int before = m_state->serverModel()->selectedCount();
    m_state->serverModel()->addSelectedIds(r.ids);
    const int added = m_state->serverModel()->selectedCount() - before;
    m_report->setText(tr("%1 entries read: %2. %n newly selected.", nullptr, added)
                          .arg(r.entryCount)
                          .arg(r.withEntriesSafeToShow().summary()));
    return !r.ids.isEmpty();
}

bool TargetsPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_report->setText(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > kMaxImportBytes) {
        m_report->setText(
            tr("%1 is larger than 16 MiB; that is not a server list.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return addEntries(QString::fromUtf8(file.readAll()));
}

} // namespace liteops::ui
