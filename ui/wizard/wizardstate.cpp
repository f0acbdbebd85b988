#include "wizardstate.h"

#include "cloud_client.h"
#include "jobcatalogue.h"

#include <QDateTime>
#include <QSet>
#include <QTimer>

namespace liteops::ui {

namespace {
// Long enough to coalesce a burst of keystrokes into one write, short enough that a crash
// loses at most the last moment of typing.
constexpr int kDraftSaveDelayMs = 250;
}

WizardState::WizardState(CloudClient *client, const QString &profile, QObject *parent)
    : QObject(parent), m_client(client), m_profile(profile), m_saveTimer(new QTimer(this))
{
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

void WizardState::loadTemplates()
{
    if (m_templatesLoad == Load::Loading)
        return;
    if (!m_client) {
        m_templatesLoad = Load::Failed;
        m_templatesError = tr("no cloud connection");
        emit templatesChanged();
        return;
    }
    m_templatesLoad = Load::Loading;
    m_templatesError.clear();
    emit templatesChanged();
    auto *call = m_client->listTemplates();
    call->then(this, [this, call](const Result<QList<Template>> &result) {
        m_templatesIncomplete = call->completeness().explanation(tr("templates"));
        if (result.ok()) {
            m_apiTemplates = result.value();
            m_templatesLoad = Load::Loaded;
            // A restored or prefilled type gets its template (and so its typed fields).
            if (!m_jobType.isEmpty()) {
                for (const Template &t : availableTemplates()) {
                    if (t.type == m_jobType && (m_templateId.isEmpty() || t.id == m_templateId)) {
                        m_template = t;
                        m_templateId = t.id;
                        break;
                    }
                }
            }
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
    const bool same = m_jobType == tmpl.type && m_templateId == tmpl.id;
    m_template = tmpl;
    m_jobType = tmpl.type;
    m_templateId = tmpl.id;
    if (!same || m_items.isEmpty())
        m_items = {JobCatalogue::itemFor(tmpl)};
    emit templateChosen();
    changed();
}

void WizardState::loadServers()
{
    if (m_serversLoad == Load::Loading)
        return;
    if (!m_client) {
        m_serversLoad = Load::Failed;
        m_serversError = tr("no cloud connection");
        emit serversChanged();
        return;
    }
    m_serversLoad = Load::Loading;
    m_serversError.clear();
    emit serversChanged();
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

void WizardState::setItems(const QList<JobItem> &items)
{
    if (m_items == items)
        return;
    m_items = items;
    changed();
}

#define LITEOPS_SETTER(Name, member, Type)                                                  \
    void WizardState::Name(Type value)                                                      \
    {                                                                                       \
        if (member == value)                                                                \
            return;                                                                         \
        member = value;                                                                     \
        changed();                                                                          \
    }
LITEOPS_SETTER(setName, m_name, const QString &)
LITEOPS_SETTER(setDescription, m_description, const QString &)
LITEOPS_SETTER(setReboot, m_isReboot, bool)
LITEOPS_SETTER(setServersPerJob, m_serversPerJob, int)
LITEOPS_SETTER(setWavesInFlight, m_wavesInFlight, int)
LITEOPS_SETTER(setBudgetFailedTasks, m_budgetFailedTasks, int)
LITEOPS_SETTER(setBudgetFailedPercent, m_budgetFailedPercent, int)
LITEOPS_SETTER(setPauseSeconds, m_pauseSeconds, int)
LITEOPS_SETTER(setWaveSizes, m_waveSizes, const QString &)
LITEOPS_SETTER(setGate, m_gate, GateMode)
LITEOPS_SETTER(setVerify, m_verify, bool)
#undef LITEOPS_SETTER

QString WizardState::suggestedName() const
{
    const QString type = m_jobType.isEmpty() ? QStringLiteral("job") : m_jobType;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    // Leave room for the "-w01" wave suffix the plan may add.
    return type.left(64 - 14 - 5) + QLatin1Char('-') + stamp;
}

CreateJobRequest WizardState::baseRequest() const
{
    CreateJobRequest r;
    r.name = m_name;
    r.description = m_description;
    r.serverIds = m_servers.selectedIds();
    r.type = m_jobType;
    r.isReboot = m_isReboot;
    r.items = m_items;
    return r;
}

std::optional<WavePlan> WizardState::wavePlan(QString *problem) const
{
    if (m_waveSizes.trimmed().isEmpty())
        return WavePlan::fixed(m_serversPerJob);
    return WavePlan::parse(m_waveSizes, problem);
}

SubmissionPlan WizardState::plan() const
{
    // A text that is not a plan (the Options page says so) falls back to servers per job.
    return planSubmission(baseRequest(), wavePlan().value_or(WavePlan::fixed(m_serversPerJob)),
                          maxServersPerJob());
}

WaveOptions WizardState::waveOptions() const
{
    WaveOptions o;
    o.wavesInFlight = m_wavesInFlight;
    o.pauseBetweenWavesMs = m_pauseSeconds * 1000;
    o.budgetFailedTasks = m_budgetFailedTasks;
    o.budgetFailedPercent = m_budgetFailedPercent;
    o.pollIntervalMs = m_pollIntervalMs;
    o.gate = m_gate;
    o.verify = m_verify; // the engine verifies HDK_UPGRADE waves only
    return o;
}

WaveSubmitter *WizardState::submitter()
{
    if (!m_submitter) {
        m_submitter = new WaveSubmitter(m_client, SubmissionHistory(), m_profile, this);
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
    const WizardDraft d = *m_pendingDraft;
    m_pendingDraft.reset();
    m_jobType = d.jobType;
    m_templateId = d.templateId;
    m_template.reset();
    for (const Template &t : availableTemplates()) {
        if (t.type == d.jobType && t.id == d.templateId)
            m_template = t;
    }
    m_items = d.items;
    m_servers.setSelectedIds(d.serverIds);
    m_name = d.name;
    m_description = d.description;
    m_isReboot = d.isReboot;
    m_serversPerJob = d.serversPerJob;
    m_wavesInFlight = d.wavesInFlight;
    m_budgetFailedTasks = d.budgetFailedTasks;
    m_budgetFailedPercent = d.budgetFailedPercent;
    m_pauseSeconds = d.pauseSeconds;
    m_waveSizes = d.waveSizes;
    m_gate = gateModeFromKey(d.gate);
    m_verify = d.verify;
    m_page = d.page;
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

void WizardState::setCurrentPage(int page)
{
    if (m_page == page)
        return;
    m_page = page;
    changed();
}

void WizardState::prefill(const QString &jobType, const QList<JobItem> &items,
                          const QStringList &serverIds)
{
    m_pendingDraft.reset();
    m_draftEnabled = true;
    m_jobType = jobType;
    m_templateId.clear();
    m_template.reset();
    for (const Template &t : availableTemplates()) {
        if (t.type == jobType) {
            m_template = t;
            m_templateId = t.id;
            break;
        }
    }
    m_items = items;
    m_servers.setSelectedIds(serverIds);
    emit templateChosen();
    changed();
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
    m_drafts.clear();
}

WizardDraft WizardState::toDraft() const
{
    WizardDraft d;
    d.profile = m_profile;
    d.page = m_page;
    d.jobType = m_jobType;
    d.templateId = m_templateId;
    d.items = m_items;
    d.serverIds = m_servers.selectedIds();
    d.name = m_name;
    d.description = m_description;
    d.isReboot = m_isReboot;
    d.serversPerJob = m_serversPerJob;
    d.wavesInFlight = m_wavesInFlight;
    d.budgetFailedTasks = m_budgetFailedTasks;
    d.budgetFailedPercent = m_budgetFailedPercent;
    d.pauseSeconds = m_pauseSeconds;
    d.waveSizes = m_waveSizes;
    d.gate = gateModeKey(m_gate);
    d.verify = m_verify;
    d.savedAt = QDateTime::currentDateTimeUtc();
    return d;
}

} // namespace liteops::ui
