// SPDX-License-Identifier: Apache-2.0
#pragma once
// The wizard's draft: every field and the server selection, saved as the user goes so a crash
// loses nothing. Written atomically (QSaveFile: a temporary file renamed over the old one), so
// the file on disk is always either the previous draft or the new one, never half of each.
#include "core/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace liteops {

struct WizardDraft
{
    QString profile;
    int page = 0;          // the wizard page the user was on
    QString jobType;       // the chosen template's / catalogue entry's type
    QString templateId;    // empty for the built-in catalogue
    QList<JobItem> items;  // parameter values live in the items' spec maps
    QStringList serverIds; // the selection, in order
    QString name;
    QString description;
    bool isReboot = false;
    int serversPerJob = 50;
    int wavesInFlight = 1;
    int budgetFailedTasks = 0;   // 0: no limit by count
    int budgetFailedPercent = 0; // 0: no limit by share
    int pauseSeconds = 0;
    QString waveSizes;  // "1, 5, 25%, 50" (WavePlan); empty: serversPerJob
    QString gate;       // the approval gate: "first", "each" or empty
    bool verify = true; // verify HDK_UPGRADE waves
    QDateTime savedAt;  // UTC

    QJsonObject toJson() const;
    static WizardDraft fromJson(const QJsonObject &object);
    friend bool operator==(const WizardDraft &, const WizardDraft &) = default;
};

class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
public:
    // Default: <AppDataLocation>/wizard-draft.json
    explicit DraftStore(QString filePath = defaultFilePath());

    static QString defaultFilePath();
    QString filePath() const { return m_path; }

    bool save(const WizardDraft &draft, QString *errorMessage = nullptr) const;
    // nullopt when there is no draft or it cannot be read (then *errorMessage says why).
    std::optional<WizardDraft> load(QString *errorMessage = nullptr) const;
    bool hasDraft() const;
    // Called when the submission finished or the user discarded the draft.
    bool clear() const;

private:
    QString m_path;
};

} // namespace liteops
