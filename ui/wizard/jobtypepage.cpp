// SPDX-License-Identifier: Apache-2.0
#include "jobtypepage.h"

#include "jobcatalogue.h"
#include "wizardstate.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace liteops::ui {

namespace {
enum Column { NameColumn, TypeColumn, FlavorColumn, SourceColumn, DescriptionColumn };
constexpr int kTemplateIndexRole = Qt::UserRole + 1;
} // namespace

JobTypePage::JobTypePage(WizardState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_draftBanner(new QFrame(this)), m_draftText(new QLabel(m_draftBanner)),
      m_status(new QLabel(this)), m_retry(new QPushButton(tr("Retry"), this)), m_list(new QTreeWidget(this)),
      m_explanation(new QLabel(this))
{
    setTitle(tr("Job type"));
    setSubTitle(tr("Choose what the job does. Templates come from the service; the built-in "
                   "types are offered for anything they do not cover."));

    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    m_draftBanner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_draftBanner);
    m_draftText->setWordWrap(true);
    auto *restore = new QPushButton(tr("Restore draft"), m_draftBanner);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    auto *discard = new QPushButton(tr("Discard"), m_draftBanner);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    bannerLayout->addWidget(m_draftText, 1);
    bannerLayout->addWidget(restore);
    bannerLayout->addWidget(discard);
    connect(restore, &QPushButton::clicked, this, [this]() { m_state->restorePendingDraft(); });
    connect(discard, &QPushButton::clicked, this, [this]() {
        m_state->discardPendingDraft();
        updateDraftBanner();
    });

    m_status->setObjectName(QStringLiteral("templatesStatus"));
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("templatesRetry"));
    connect(m_retry, &QPushButton::clicked, m_state, &WizardState::loadTemplates);

    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("Flavor"), tr("Source"), tr("Description")});
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &JobTypePage::onCurrentChanged);

    m_explanation->setObjectName(QStringLiteral("typeExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftBanner);
    layout->addLayout(statusRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_explanation);

    connect(m_state, &WizardState::templatesChanged, this, [this]() {
        updateStatus();
        rebuildList();
    });
    connect(m_state, &WizardState::draftRestored, this, [this]() {
        updateDraftBanner();
        rebuildList();
    });
    connect(m_state, &WizardState::templateChosen, this, [this]() {
        if (!m_choosing) // a prefill chose it, not this list
            rebuildList();
    });
    updateStatus();
    updateDraftBanner();
    rebuildList();
}

void JobTypePage::initializePage()
{
    if (m_state->templatesLoad() == WizardState::Load::NotLoaded)
        m_state->loadTemplates();
}

void JobTypePage::updateStatus()
{
    switch (m_state->templatesLoad()) {
    case WizardState::Load::NotLoaded:
    case WizardState::Load::Loading:
        m_status->setText(tr("Loading the templates…"));
        m_retry->hide();
        break;
    case WizardState::Load::Loaded:
        m_status->setText(tr("%n template(s) from the service.", nullptr, m_state->apiTemplateCount())
                          + (m_state->templatesIncomplete().isEmpty()
                                 ? QString()
                                 : QLatin1Char(' ') + m_state->templatesIncomplete()));
        m_retry->setVisible(!m_state->templatesIncomplete().isEmpty());
        break;
    case WizardState::Load::Failed:
        m_status->setText(tr("The templates could not be loaded (%1). The built-in types are "
                             "shown instead.")
                              .arg(m_state->templatesError()));
        m_retry->show();
        break;
    }
}

void JobTypePage::updateDraftBanner()
{
    const auto &draft = m_state->pendingDraft();
    if (draft) {
        const QString when = QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat);
        m_draftText->setText(tr("An unfinished job from %1 was found (%2, %n server(s), profile \"%3\"). "
                                "Restore it?",
                                nullptr, int(draft->serverIds.size()))
                                 .arg(when, draft->name.isEmpty() ? draft->jobType : draft->name, draft->profile));
        m_draftBanner->show();
    } else if (!m_state->draftLoadError().isEmpty()) {
        m_draftText->setText(m_state->draftLoadError());
        m_draftBanner->findChild<QPushButton *>(QStringLiteral("restoreDraftButton"))->hide();
        m_draftBanner->findChild<QPushButton *>(QStringLiteral("discardDraftButton"))->hide();
        m_draftBanner->show();
    } else {
        m_draftBanner->hide();
    }
}

void JobTypePage::rebuildList()
{
    m_rebuilding = true;
    m_list->clear();
    const QList<Template> templates = m_state->availableTemplates();
    QTreeWidgetItem *current = nullptr;
    for (int i = 0; i < templates.size(); ++i) {
        const Template &t = templates.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, t.name);
        item->setText(TypeColumn, t.type);
        item->setText(FlavorColumn, t.flavorType);
        item->setText(SourceColumn, t.id.isEmpty() ? tr("Built-in") : tr("Template"));
        item->setText(DescriptionColumn, t.description);
        item->setToolTip(DescriptionColumn, t.description);
        item->setData(NameColumn, kTemplateIndexRole, i);
        if (!current && t.type == m_state->jobType() && t.id == m_state->templateId())
            current = item;
    }
    for (int c = 0; c < DescriptionColumn; ++c)
        m_list->resizeColumnToContents(c);
    if (current)
        m_list->setCurrentItem(current);
    m_rebuilding = false;
    m_explanation->setText(m_state->jobType().isEmpty() ? tr("Select a type to see what it does.")
                                                        : JobCatalogue::explanation(m_state->jobType()));
    emit completeChanged();
}

void JobTypePage::onCurrentChanged()
{
    if (m_rebuilding)
        return;
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QList<Template> templates = m_state->availableTemplates();
    const int i = item->data(NameColumn, kTemplateIndexRole).toInt();
    if (i < 0 || i >= templates.size())
        return;
    const Template &t = templates.at(i);
    QString text = JobCatalogue::explanation(t.type);
    if (!t.description.isEmpty())
        text = t.description + QLatin1Char('\n') + text;
    m_explanation->setText(text);
    // The same choice as a restored draft or a prefill keeps its items (see chooseTemplate).
    m_choosing = true;
    m_state->chooseTemplate(t);
    m_choosing = false;
    emit completeChanged();
}

bool JobTypePage::isComplete() const
{
    return !m_state->jobType().isEmpty();
}

bool JobTypePage::validatePage()
{
    // Going on without answering the restore offer means starting afresh.
    if (m_state->pendingDraft())
        m_state->discardPendingDraft();
    updateDraftBanner();
    return true;
}

} // namespace liteops::ui
