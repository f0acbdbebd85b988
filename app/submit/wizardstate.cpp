// SPDX-License-Identifier: Apache-2.0
#include "wizardstate.h"

#include "cloud_client.h"
#include "fleet_jobs.h"
#include "jobcatalogue.h"

#include <QDateTime>
#include <QSet>
#include <QTimer>

namespace liteops {

namespace {
// Long enough to coalesce a burst of keystrokes into one write, short enough that a crash
// loses at most the last moment of typing.
constexpr int kDraftSaveDelayMs = 250;
} // namespace

WizardState::WizardState(CloudClient *client, const QString &profile, QObject *parent)
    : QObject(parent), m_client(client), m_saveTimer(new QTimer(this))
{
    m_draft.profile = profile;
    setObjectName(QStringLiteral("wizardState"));
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kDraftSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &WizardState::flushDraft);
    connect(&m_servers, &ServerPickModel::selectionChanged, this, &WizardState::changed);

    QString error;
    m_pendingDraft = m_drafts.load(&error);
    // An unreadable draft must not block the wizard; it is reported and replaced by the
    // next save.
    m_draftLoadError = error;
    // Until the user decides about an old draft, new typing must not overwrite it.
    m_draftEnabled = !m_pendingDraft.has_value();
}

WizardState::~WizardState()
{
    flushDraft();
}

bool WizardState::beginLoad(Load *load, QString *error, void (WizardState::*changedSignal)())
{
    if (*load == Load::Loading)
        return false;
    const bool canLoad = m_client;
    *load = canLoad ? Load::Loading : Load::Failed;
    *error = canLoad ? QString() : tr("no cloud connection");
    emit(this->*changedSignal)();
    return canLoad;
}

void WizardState::loadTemplates()
{
    if (!beginLoad(&m_templatesLoad, &m_templatesError, &WizardState::templatesChanged))
        return;
    auto *call = m_client->listTemplates();
    call->then(this, [this, call](const Result<QList<Template>> &result) {
        m_templatesIncomplete = call->completeness().explanation(tr("templates"));
        if (result.ok()) {
            m_apiTemplates = result.value();
            m_templatesLoad = Load::Loaded;
            // A restored or prefilled type gets its template (and so its typed fields).
            if (!m_draft.jobType.isEmpty())
                findTemplate(m_draft.jobType, m_draft.templateId);
        } else {
            m_templatesError = result.error().message();
            m_templatesLoad = Load::Failed;
        }
        emit templatesChanged();
    });
}

QList<Template> WizardState::availableTemplates() const
{
    QList<Template> all = m_apiTemplates;
    QSet<QString> types;
    for (const Template &t : m_apiTemplates)
        types.insert(t.type);
    for (const Template &t : JobCatalogue::builtIn()) {
        if (!types.contains(t.type))
            all.append(t);
    }
    return all;
}

void WizardState::chooseTemplate(const Template &tmpl)
{
    const bool same = m_draft.jobType == tmpl.type && m_draft.templateId == tmpl.id;
    m_template = tmpl;
    m_draft.jobType = tmpl.type;
    m_draft.templateId = tmpl.id;
    if (!same || m_draft.items.isEmpty())
        m_draft.items = {JobCatalogue::itemFor(tmpl)};
    emit templateChosen();
    changed();
}

void WizardState::loadServers()
{
    if (!beginLoad(&m_serversLoad, &m_serversError, &WizardState::serversChanged))
        return;
    m_client->listServers()->then(this, [this](const Result<QList<Server>> &result) {
        if (result.ok()) {
            m_servers.setServers(result.value());
            m_serversLoad = Load::Loaded;
        } else {
            m_serversError = result.error().message();
            m_serversLoad = Load::Failed;
        }
        emit serversChanged();
    });
}

template <typename T>
void WizardState::setDraftField(T WizardDraft::*field, const T &value)
{
    if (m_draft.*field == value)
        return;
    m_draft.*field = value;
    changed();
}

void WizardState::setItems(const QList<JobItem> &items)
{
    setDraftField(&WizardDraft::items, items);
}
void WizardState::setName(const QString &name)
{
    setDraftField(&WizardDraft::name, name);
}
void WizardState::setDescription(const QString &description)
{
    setDraftField(&WizardDraft::description, description);
}
void WizardState::setReboot(bool reboot)
{
    setDraftField(&WizardDraft::isReboot, reboot);
}
void WizardState::setServersPerJob(int n)
{
    setDraftField(&WizardDraft::serversPerJob, n);
}
void WizardState::setWavesInFlight(int n)
{
    setDraftField(&WizardDraft::wavesInFlight, n);
}
void WizardState::setBudgetFailedTasks(int n)
{
    setDraftField(&WizardDraft::budgetFailedTasks, n);
}
void WizardState::setBudgetFailedPercent(int n)
{
    setDraftField(&WizardDraft::budgetFailedPercent, n);
}
void WizardState::setPauseSeconds(int s)
{
    setDraftField(&WizardDraft::pauseSeconds, s);
}
void WizardState::setWaveSizes(const QString &text)
{
    setDraftField(&WizardDraft::waveSizes, text);
}
// The draft keeps the gate by its key ("first", "each", or empty), as the draft file does.
void WizardState::setGate(GateMode gate)
{
    setDraftField(&WizardDraft::gate, QString(gateModeKey(gate)));
}
void WizardState::setVerify(bool verify)
{
    setDraftField(&WizardDraft::verify, verify);
}
void WizardState::setCurrentPage(int page)
{
    setDraftField(&WizardDraft::page, page);
}

bool WizardState::findTemplate(const QString &type, const QString &templateId)
{
    for (const Template &t : availableTemplates()) {
        if (t.type == type && (templateId.isEmpty() || t.id == templateId)) {
            m_template = t;
            m_draft.templateId = t.id;
            return true;
        }
    }
    return false;
}

QString WizardState::suggestedName() const
{
    return suggestedJobName(m_draft.jobType, QDateTime::currentDateTime());
}

CreateJobRequest WizardState::baseRequest() const
{
    CreateJobRequest r;
    r.name = m_draft.name;
    r.description = m_draft.description;
    r.serverIds = m_servers.selectedIds();
    r.type = m_draft.jobType;
    r.isReboot = m_draft.isReboot;
    r.items = m_draft.items;
    return r;
}

std::optional<WavePlan> WizardState::wavePlan(QString *problem) const
{
    if (m_draft.waveSizes.trimmed().isEmpty())
        return WavePlan::fixed(m_draft.serversPerJob);
    return WavePlan::parse(m_draft.waveSizes, problem);
}

SubmissionPlan WizardState::plan() const
{
    // A text that is not a plan (the Options page says so) falls back to servers per job.
    return planSubmission(baseRequest(), wavePlan().value_or(WavePlan::fixed(m_draft.serversPerJob)),
                          maxServersPerJob());
}

WaveOptions WizardState::waveOptions() const
{
    WaveOptions o;
    o.wavesInFlight = m_draft.wavesInFlight;
    o.pauseBetweenWavesMs = m_draft.pauseSeconds * 1000;
    o.budgetFailedTasks = m_draft.budgetFailedTasks;
    o.budgetFailedPercent = m_draft.budgetFailedPercent;
    o.pollIntervalMs = m_pollIntervalMs;
    o.gate = gate();
    o.verify = m_draft.verify; // the engine verifies HDK_UPGRADE waves only
    return o;
}

WaveSubmitter *WizardState::submitter()
{
    if (!m_submitter) {
        m_submitter = new WaveSubmitter(m_client, m_history, m_draft.profile, this);
        m_submitter->setOrigin(QString(), m_rerunOf);
    }
    return m_submitter;
}

void WizardState::setRerunOf(const QString &jobId)
{
    m_rerunOf = jobId;
    if (m_submitter)
        m_submitter->setOrigin(QString(), m_rerunOf);
}

void WizardState::restorePendingDraft()
{
    if (!m_pendingDraft)
        return;
    const QString profile = m_draft.profile; // the draft is this wizard's from now on
    m_draft = *m_pendingDraft;
    m_draft.profile = profile;
    m_pendingDraft.reset();
    // The gate as this version understands it, so a later save writes what is in effect.
    m_draft.gate = gateModeKey(gateModeFromKey(m_draft.gate));
    m_template.reset();
    for (const Template &t : availableTemplates()) {
        if (t.type == m_draft.jobType && t.id == m_draft.templateId)
            m_template = t;
    }
    m_servers.setSelectedIds(m_draft.serverIds);
    m_draftEnabled = true;
    emit draftRestored();
    changed();
}

void WizardState::discardPendingDraft()
{
    if (!m_pendingDraft)
        return;
    m_pendingDraft.reset();
    m_drafts.clear();
    m_draftEnabled = true;
    changed();
}

void WizardState::prefill(const QString &jobType, const QList<JobItem> &items, const QStringList &serverIds)
{
    m_pendingDraft.reset();
    m_draftEnabled = true;
    m_draft.jobType = jobType;
    m_draft.templateId.clear();
    m_template.reset();
    findTemplate(jobType, QString());
    m_draft.items = items;
    m_servers.setSelectedIds(serverIds);
    emit templateChosen();
    changed();
}

void WizardState::prefill(const Resubmission &again)
{
    prefill(again.request.type, again.request.items, again.request.serverIds);
    setName(again.request.name);
    setDescription(again.request.description);
    setReboot(again.request.isReboot);
    setWaveSizes(again.waves.toString());
    setGate(again.gate);
    setVerify(again.options.verify);
    setBudgetFailedTasks(again.options.budgetFailedTasks);
    setBudgetFailedPercent(again.options.budgetFailedPercent);
    setWavesInFlight(again.options.wavesInFlight);
    setPauseSeconds(again.options.pauseBetweenWavesMs / 1000);
    setRerunOf(again.rerunOf);
}

void WizardState::leaveDraftAlone()
{
    m_saveTimer->stop();
    m_draftEnabled = false;
    m_draftDirty = false;
    m_draftLeftAlone = true;
}

void WizardState::setHistory(const SubmissionHistory &history)
{
    m_history = history;
    if (m_submitter)
        m_submitter->setHistory(history);
}

void WizardState::changed()
{
    m_draftDirty = true;
    if (m_draftEnabled)
        m_saveTimer->start();
}

void WizardState::flushDraft()
{
    m_saveTimer->stop();
    if (!m_draftEnabled || !m_draftDirty)
        return;
    m_draftDirty = false;
    QString error;
    if (!m_drafts.save(toDraft(), &error))
        emit draftSaveFailed(error);
}

void WizardState::finishDraft()
{
    m_saveTimer->stop();
    m_draftEnabled = false;
    m_draftDirty = false;
    if (!m_draftLeftAlone)
        m_drafts.clear();
}

WizardDraft WizardState::toDraft() const
{
    WizardDraft d = m_draft;
    d.serverIds = m_servers.selectedIds();
    d.savedAt = QDateTime::currentDateTimeUtc();
    return d;
}

} // namespace liteops
