// SPDX-License-Identifier: Apache-2.0
#include "submissionhistory.h"

#include "core/decode.h"
#include "history_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace liteops {

namespace {

QString phaseName(HistoryEntry::Phase phase)
{
    return phase == HistoryEntry::Phase::Sending ? QStringLiteral("sending") : QStringLiteral("done");
}

// Pushes the file's data to the disk, not just to the kernel: the history must survive a
// power cut right after a create was sent.
bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return true;
#endif
}

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("profile"), profile},
                  {QStringLiteral("submission"), submissionId},
                  {QStringLiteral("wave"), wave},
                  {QStringLiteral("phase"), phaseName(phase)},
                  {QStringLiteral("request"), request},
                  {QStringLiteral("outcome"), outcome}};
    if (!jobId.isEmpty())
        o.insert(QStringLiteral("job_id"), jobId);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!requestId.isEmpty())
        o.insert(QStringLiteral("request_id"), requestId);
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    if (!rerunOf.isEmpty())
        o.insert(QStringLiteral("rerun_of"), rerunOf);
    if (baseline)
        o.insert(QStringLiteral("baseline"), QJsonArray::fromStringList(*baseline));
    if (!plan.isEmpty())
        o.insert(QStringLiteral("plan"), plan);
    if (!gate.isEmpty())
        o.insert(QStringLiteral("gate"), gate);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (!counts.isEmpty())
        o.insert(QStringLiteral("counts"), counts);
    if (!options.isEmpty())
        o.insert(QStringLiteral("options"), options);
    return o;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &o)
{
    HistoryEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.profile = o.value(QStringLiteral("profile")).toString();
    e.submissionId = o.value(QStringLiteral("submission")).toString();
    e.wave = o.value(QStringLiteral("wave")).toInt();
    e.phase = o.value(QStringLiteral("phase")).toString() == QLatin1String("done") ? Phase::Done : Phase::Sending;
    e.request = o.value(QStringLiteral("request")).toObject();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.jobId = o.value(QStringLiteral("job_id")).toString();
    e.error = o.value(QStringLiteral("error")).toString();
    e.requestId = o.value(QStringLiteral("request_id")).toString();
    e.source = o.value(QStringLiteral("source")).toString();
    e.rerunOf = o.value(QStringLiteral("rerun_of")).toString();
    if (const QJsonValue b = o.value(QStringLiteral("baseline")); b.isArray()) {
        QStringList ids;
        for (const QJsonValue &v : b.toArray())
            ids << v.toString();
        e.baseline = ids;
    }
    e.plan = o.value(QStringLiteral("plan")).toArray();
    e.gate = o.value(QStringLiteral("gate")).toString();
    e.message = o.value(QStringLiteral("message")).toString();
    e.counts = o.value(QStringLiteral("counts")).toObject();
    e.options = o.value(QStringLiteral("options")).toObject();
    return e;
}

QJsonObject WaveTotals::toJson() const
{
    QJsonObject o{{QStringLiteral("total"), total},
                  {QStringLiteral("succeeded"), succeeded},
                  {QStringLiteral("failed"), failed},
                  {QStringLiteral("skipped"), skipped}};
    if (verified)
        o.insert(QStringLiteral("verified"), *verified);
    if (mismatched)
        o.insert(QStringLiteral("mismatched"), *mismatched);
    return o;
}

std::optional<WaveTotals> WaveTotals::fromJson(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("total")).isDouble())
        return std::nullopt;
    WaveTotals t;
    t.total = o.value(QStringLiteral("total")).toInt();
    t.succeeded = o.value(QStringLiteral("succeeded")).toInt();
    t.failed = o.value(QStringLiteral("failed")).toInt();
    t.skipped = o.value(QStringLiteral("skipped")).toInt();
    if (o.value(QStringLiteral("verified")).isDouble())
        t.verified = o.value(QStringLiteral("verified")).toInt();
    if (o.value(QStringLiteral("mismatched")).isDouble())
        t.mismatched = o.value(QStringLiteral("mismatched")).toInt();
    return t;
}

SubmissionHistory::SubmissionHistory(QString filePath) : m_path(std::move(filePath)) {}

QString SubmissionHistory::defaultFilePath()
{
    return migratedHistoryFile();
}

bool SubmissionHistory::append(const HistoryEntry &entry, QString *errorMessage) const
{
    auto fail = [&](const QString &why) {
        if (errorMessage)
            *errorMessage = tr("Cannot write the submission history %1: %2").arg(QDir::toNativeSeparators(m_path), why);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(tr("cannot create its folder"));

    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    // A crash during an earlier append can leave a last line without its newline; start on
    // a fresh line so that torn line stays the only unreadable one.
    {
        QFile existing(m_path);
        if (existing.open(QIODevice::ReadOnly) && existing.size() > 0 && existing.seek(existing.size() - 1)) {
            char last = '\n';
            if (existing.read(&last, 1) == 1 && last != '\n')
                line.prepend('\n');
        }
    }
    // Append mode (O_APPEND): two LiteOps windows or processes writing at once each land
    // their line at the end instead of overwriting one another.
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(file.errorString());
    // One write call for the whole line: readers never see half of a line that was synced.
    if (file.write(line) != line.size())
        return fail(file.errorString());
    if (!syncToDisk(file))
        return fail(file.errorString());
    return true;
}

QList<HistoryEntry> SubmissionHistory::readAll(QString *errorMessage, int *skipped) const
{
    QList<HistoryEntry> entries;
    if (skipped)
        *skipped = 0;
    QFile file(m_path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the submission history %1: %2")
                                .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return entries;
    }
    const QByteArray all = file.readAll();
    const QList<QByteArray> lines = all.split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            if (skipped)
                ++*skipped;
            continue;
        }
        entries.append(HistoryEntry::fromJson(doc.object()));
    }
    return entries;
}

QStringList SubmissionRecord::jobIds() const
{
    QStringList ids;
    for (const Wave &w : waves)
        ids += w.jobIds;
    return ids;
}

namespace {

CreateJobRequest requestFrom(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const Decoded<CreateJobRequest> decoded = decodeCreateRequest(json);
    return decoded ? decoded.value() : CreateJobRequest{};
}

void apply(SubmissionRecord::Wave &w, const HistoryEntry &e)
{
    using S = SubmissionRecord::WaveStatus;
    w.lastOutcome = e.outcome;
    if (!e.error.isEmpty())
        w.error = e.error;
    if (e.phase == HistoryEntry::Phase::Sending) {
        // Until its "done" line comes, a create may have reached the service.
        w.status = S::Unknown;
        if (e.baseline)
            w.baseline = e.baseline;
        return;
    }
    const QString &o = e.outcome;
    if (o == QLatin1String("created") || o == QLatin1String("reconciled-created")) {
        w.status = S::Created;
        w.jobIds = e.jobId.split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (o == QLatin1String("failed") || o == QLatin1String("reconciled-absent")
               || o == QLatin1String("throttled")) {
        w.status = S::NotCreated;
    } else {
        w.status = S::Unknown;
    }
}

} // namespace

QList<SubmissionRecord> SubmissionHistory::submissions(QString *errorMessage, int *skipped) const
{
    QList<SubmissionRecord> records;
    QHash<QString, qsizetype> byId;
    for (const HistoryEntry &e : readAll(errorMessage, skipped)) {
        if (e.submissionId.isEmpty() || e.wave < 0 || e.wave > 100000)
            continue;
        auto it = byId.constFind(e.submissionId);
        if (it == byId.cend()) {
            SubmissionRecord r;
            r.id = e.submissionId;
            r.profile = e.profile;
            r.source = e.source;
            r.rerunOf = e.rerunOf;
            r.started = e.time;
            it = byId.insert(e.submissionId, records.size());
            records.append(r);
        }
        SubmissionRecord &r = records[*it];
        r.updated = e.time;
        // A gate or budget line says where the run stopped; a later line that sends or
        // continues means it went on. A "settled" line only reports a job that kept running.
        if (e.outcome != QLatin1String("settled")) {
            r.atGate = e.outcome == QLatin1String("gate");
            r.budgetSpent = e.outcome == QLatin1String("budget");
            if (r.budgetSpent)
                r.budgetReason = e.message;
        }
        if (!e.gate.isEmpty())
            r.gate = e.gate;
        if (!e.options.isEmpty())
            r.options = e.options;
        if (!e.plan.isEmpty() && !r.planComplete) {
            QList<SubmissionRecord::Wave> planned;
            for (const QJsonValue &v : e.plan) {
                SubmissionRecord::Wave w;
                w.request = requestFrom(v.toObject());
                planned.append(w);
            }
            // Lines read before the plan (there should be none) keep what they said.
            for (qsizetype i = 0; i < r.waves.size() && i < planned.size(); ++i) {
                if (r.waves.at(i).status != SubmissionRecord::WaveStatus::NotSent)
                    planned[i] = r.waves.at(i);
            }
            r.waves = planned;
            r.planComplete = true;
        }
        while (r.waves.size() <= e.wave)
            r.waves.append(SubmissionRecord::Wave{});
        SubmissionRecord::Wave &w = r.waves[e.wave];
        if (w.request.name.isEmpty())
            w.request = requestFrom(e.request);
        if (e.outcome == QLatin1String("gate")) {
            r.gateWave = e.wave;
            r.gateReason = e.message;
            continue; // says nothing about the wave's job
        }
        if (e.outcome == QLatin1String("settled")) {
            w.totals = WaveTotals::fromJson(e.counts);
            continue; // its job's outcome, not the create's
        }
        if (e.outcome == QLatin1String("continued") || e.outcome == QLatin1String("budget"))
            continue;
        apply(w, e);
    }
    return records;
}

std::optional<SubmissionRecord> SubmissionHistory::submission(const QString &idOrPrefix, QString *errorMessage) const
{
    if (idOrPrefix.isEmpty())
        return std::nullopt;
    std::optional<SubmissionRecord> found;
    for (const SubmissionRecord &r : submissions(errorMessage)) {
        if (r.id == idOrPrefix)
            return r;
        if (r.id.startsWith(idOrPrefix)) {
            if (found)
                return std::nullopt; // more than one: the prefix is ambiguous
            found = r;
        }
    }
    return found;
}

} // namespace liteops
