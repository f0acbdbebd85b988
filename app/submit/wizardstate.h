// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the create-job wizard's pages share: the client, the loaded templates and servers, the
// request being built, the wave options, and the draft that is saved as the user goes. Pages
// write their fields here and read them back in initializePage(). QtCore only: the wizard's
// widgets live in ui/wizard, and this is tested without them.
#include "cloud_client.h"
#include "draftstore.h"
#include "resubmission.h"
#include "serverpickmodel.h"
#include "submission_plan.h"
#include "submissionhistory.h"
#include "core/types.h"
#include "wavesubmitter.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QTimer;

namespace liteops {

class WizardState : public QObject
{
    Q_OBJECT
public:
    enum class Load { NotLoaded, Loading, Loaded, Failed };

    WizardState(CloudClient *client, const QString &profile, QObject *parent = nullptr);
    ~WizardState() override;

    CloudClient *client() const { return m_client; }
    QString profile() const { return m_draft.profile; }

    // --- templates (page 1)
    void loadTemplates();
    Load templatesLoad() const { return m_templatesLoad; }
    QString templatesError() const { return m_templatesError; }
    // Empty, or why the template list is incomplete ("The service returned 10 of 40
    // templates: ..."): a service that ignored the paging parameters.
    QString templatesIncomplete() const { return m_templatesIncomplete; }
    // The service's templates, then the built-in catalogue entries whose type none of them has.
    QList<Template> availableTemplates() const;
    int apiTemplateCount() const { return int(m_apiTemplates.size()); }
    const std::optional<Template> &chosenTemplate() const { return m_template; }
    // Picking another template resets the items to its defaults; picking the same keeps them.
    void chooseTemplate(const Template &tmpl);
    QString jobType() const { return m_draft.jobType; }
    QString templateId() const { return m_draft.templateId; }

    // --- servers (page 2)
    void loadServers();
    Load serversLoad() const { return m_serversLoad; }
    QString serversError() const { return m_serversError; }
    ServerPickModel *serverModel() { return &m_servers; }

    // --- items (page 3)
    QList<JobItem> items() const { return m_draft.items; }
    void setItems(const QList<JobItem> &items);

    // --- options (page 4)
    QString name() const { return m_draft.name; }
    // The job this submission reruns (recorded as rerun_of in the submission history).
    QString rerunOf() const { return m_rerunOf; }
    void setRerunOf(const QString &jobId);
    void setName(const QString &name);
    QString description() const { return m_draft.description; }
    void setDescription(const QString &description);
    bool isReboot() const { return m_draft.isReboot; }
    void setReboot(bool reboot);
    int serversPerJob() const { return m_draft.serversPerJob; }
    void setServersPerJob(int n);
    int wavesInFlight() const { return m_draft.wavesInFlight; }
    void setWavesInFlight(int n);
    int budgetFailedTasks() const { return m_draft.budgetFailedTasks; }
    void setBudgetFailedTasks(int n);
    int budgetFailedPercent() const { return m_draft.budgetFailedPercent; }
    void setBudgetFailedPercent(int n);
    int pauseSeconds() const { return m_draft.pauseSeconds; }
    void setPauseSeconds(int s);
    // The wave sizes ("1, 5, 25%, 50"); empty: waves of serversPerJob().
    QString waveSizes() const { return m_draft.waveSizes; }
    void setWaveSizes(const QString &text);
    // The plan those sizes make; nullopt (with *problem) when the text is not a plan.
    std::optional<WavePlan> wavePlan(QString *problem = nullptr) const;
    GateMode gate() const { return gateModeFromKey(m_draft.gate); }
    void setGate(GateMode gate);
    bool verify() const { return m_draft.verify; }
    void setVerify(bool verify);
    // The most servers one job may have (the limit the API enforces).
    int maxServersPerJob() const { return kDefaultServersPerJob; }
    // "HDK_UPGRADE-20250912-1030": the type and the local date and time.
    QString suggestedName() const;

    // --- the submission (pages 5 and 6)
    CreateJobRequest baseRequest() const;
    SubmissionPlan plan() const;
    WaveOptions waveOptions() const;
    // How often created jobs are polled while they run (tests make it short).
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    WaveSubmitter *submitter(); // created on first use
    bool submissionStarted() const { return m_submitter && m_submitter->runState() != WaveSubmitter::RunState::Idle; }

    // --- the draft
    DraftStore *draftStore() { return &m_drafts; }
    // A draft left by an earlier wizard that was not finished (read once at construction).
    const std::optional<WizardDraft> &pendingDraft() const { return m_pendingDraft; }
    // Why an existing draft could not be read (translated), empty otherwise.
    QString draftLoadError() const { return m_draftLoadError; }
    void restorePendingDraft();
    void discardPendingDraft();
    void setCurrentPage(int page);
    int currentPage() const { return m_draft.page; }
    // Writes the draft now if a change is waiting (also done on a short timer after changes).
    void flushDraft();
    // No more saving: the submission is over, or the user threw the draft away.
    void finishDraft();
    // Fills type, items and servers for "rerun failed nodes" (replaces any draft).
    void prefill(const QString &jobType, const QList<JobItem> &items, const QStringList &serverIds);
    // "Submit again…": everything a recorded run was started with (replaces any draft).
    void prefill(const Resubmission &again);
    // Continuing a recorded run: nothing here is the user's draft, and a draft left by
    // another wizard stays on disk.
    void leaveDraftAlone();

    // --- the history the submission is written to (the sandbox keeps its own)
    void setHistory(const SubmissionHistory &history);
    const SubmissionHistory &history() const { return m_history; }

signals:
    void templatesChanged();
    void serversChanged();
    void templateChosen();
    void draftRestored();
    void draftSaveFailed(const QString &message);

private:
    // A load starts unless one is running: Loading, or Failed at once without a client.
    // Emits the load's signal; returns whether the call should be made.
    bool beginLoad(Load *load, QString *error, void (WizardState::*changedSignal)());
    void changed();
    // Sets a field of the draft and notes the change, unless the value is the same.
    template <typename T>
    void setDraftField(T WizardDraft::*field, const T &value);
    // The chosen template: the one with `type` (and `templateId` when not empty) among the
    // available ones. Returns whether one was found.
    bool findTemplate(const QString &type, const QString &templateId);
    WizardDraft toDraft() const;

    QPointer<CloudClient> m_client;
    QList<Template> m_apiTemplates;
    Load m_templatesLoad = Load::NotLoaded;
    QString m_templatesError;
    QString m_templatesIncomplete;
    Load m_serversLoad = Load::NotLoaded;
    QString m_serversError;
    ServerPickModel m_servers;
    std::optional<Template> m_template;
    // Every field the user fills in, in the form it is saved in. The server selection lives in
    // m_servers (the pick model) and is copied in when the draft is written.
    WizardDraft m_draft;
    QString m_rerunOf;
    SubmissionHistory m_history;
    bool m_draftLeftAlone = false;
    int m_pollIntervalMs = 5000;
    WaveSubmitter *m_submitter = nullptr;

    DraftStore m_drafts;
    std::optional<WizardDraft> m_pendingDraft;
    QString m_draftLoadError;
    bool m_draftEnabled = true;
    bool m_draftDirty = false;
    QTimer *m_saveTimer = nullptr;
};

} // namespace liteops
