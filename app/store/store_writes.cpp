// SPDX-License-Identifier: Apache-2.0
#include "store_writes.h"

#include "store_schema.h"
#include "task_rows.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace liteops::store {

namespace {

constexpr QChar kKeyEnd(0x1f);
constexpr QChar kPairEnd(0x1e);

QVariant timeValue(qint64 ms)
{
    return isKnownTime(ms) ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant countValue(int n)
{
    return n >= 0 ? QVariant(n) : QVariant(QMetaType(QMetaType::Int));
}

QVariant textValue(QStringView s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.toString());
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = describeSqlError(q.lastError());
    return false;
}

// Runs `body` in one transaction; rolls back when it fails.
template <typename Body>
bool inTransaction(QSqlDatabase db, QString *error, Body body)
{
    if (!db.transaction()) {
        if (error)
            *error = describeSqlError(db.lastError());
        return false;
    }
    if (!body() || !db.commit()) {
        if (error && error->isEmpty())
            *error = describeSqlError(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

const QString kJobColumns = QStringLiteral(
    "id, provider, name, type, status, state, user_name, description, template_id,"
    " abnormal_count, created_at, updated_at, reported_total, reported_failed,"
    " reported_succeeded");

// INSERT ... ON CONFLICT DO UPDATE of the job columns plus `extraColumns`. With
// `onlyChanged`, a row whose job columns are all as stored is not rewritten: a list poll of
// 100,000 jobs where a few changed dirties a few pages, not the whole table. A row of another
// provider is never taken over: the id is the table's key, and a ServiceStage or IEF job that
// happened to share a ModelArts job's id must not turn that job's row and tasks into its own.
QString upsertJobSql(const QString &extraColumns, bool onlyChanged)
{
    QString updates;
    QStringList changed;
    const QStringList columns = QString(kJobColumns + extraColumns).split(QLatin1Char(','));
    for (const QString &c : columns) {
        const QString name = c.trimmed();
        if (name == QLatin1String("id"))
            continue;
        updates += QStringLiteral("%1%2 = excluded.%2").arg(updates.isEmpty() ? QString() : QStringLiteral(", "), name);
        if (!extraColumns.contains(name))
            changed << QStringLiteral("jobs.%1 IS NOT excluded.%1").arg(name);
    }
    changed << QStringLiteral("jobs.listed_at IS NULL"); // known from a detail, now listed too
    const int count = int(columns.size());
    QStringList marks(count, QStringLiteral("?"));
    QString sql = QStringLiteral("INSERT INTO jobs (%1%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                      .arg(kJobColumns, extraColumns, marks.join(QLatin1Char(',')), updates);
    sql += QStringLiteral(" WHERE jobs.provider = excluded.provider");
    if (onlyChanged)
        sql += QStringLiteral(" AND (") + changed.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return sql;
}

void bindJob(QSqlQuery &q, const Job &job)
{
    int i = 0;
    q.bindValue(i++, job.id);
    q.bindValue(i++, QString(providerKey(job.provider)));
    q.bindValue(i++, textValue(job.name));
    q.bindValue(i++, textValue(job.type));
    q.bindValue(i++, textValue(job.status));
    q.bindValue(i++, QString(stateKey(job.state)));
    q.bindValue(i++, textValue(job.userName));
    q.bindValue(i++, textValue(job.description));
    q.bindValue(i++, textValue(job.templateId));
    q.bindValue(i++, countValue(job.abnormalCount));
    q.bindValue(i++, timeValue(job.createdAtMs));
    q.bindValue(i++, timeValue(job.updatedAtMs));
    q.bindValue(i++, countValue(job.reportedTotal));
    q.bindValue(i++, countValue(job.reportedFailed));
    q.bindValue(i++, countValue(job.reportedSucceeded));
}

constexpr int kJobColumnCount = 15;

bool writeItems(QSqlDatabase db, const Job &job, QString *error)
{
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM job_items WHERE job_id = ?"));
    del.bindValue(0, job.id);
    if (!del.exec())
        return fail(del, error);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO job_items (job_id, position, type, spec) VALUES (?,?,?,?)"));
    for (qsizetype i = 0; i < job.items.size(); ++i) {
        const JobItem &item = job.items.at(i);
        QList<std::pair<QString, QString>> pairs;
        for (auto it = item.spec.cbegin(); it != item.spec.cend(); ++it)
            pairs.append({it.key(), it.value()});
        ins.bindValue(0, job.id);
        ins.bindValue(1, int(i));
        ins.bindValue(2, item.type);
        ins.bindValue(3, encodePairs(pairs));
        if (!ins.exec())
            return fail(ins, error);
    }
    return true;
}

bool writeTasks(QSqlDatabase db, const Job &job, QString *error)
{
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM tasks WHERE job_id = ?"));
    del.bindValue(0, job.id);
    if (!del.exec())
        return fail(del, error);
    return writeTaskRows(db, job, error);
}

} // namespace

bool storeKeepsJob(Provider provider, QStringView iefInstanceId)
{
    return provider != Provider::Ief || iefInstanceId.isEmpty();
}

bool isQueryJob(const Job &job)
{
    auto isQuery = [](const QString &type) {
        return type == QLatin1String("HDK_QUERY") || type == QLatin1String("ASCEND_SOFTWARE_QUERY");
    };
    if (isQuery(job.type))
        return true;
    return std::any_of(job.items.cbegin(), job.items.cend(), [&](const JobItem &i) { return isQuery(i.type); });
}

QString encodePairs(const QList<std::pair<QString, QString>> &pairs)
{
    QString out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out += kPairEnd;
        out += key;
        out += kKeyEnd;
        out += value;
    }
    return out;
}

QString encodeExtras(const QVariantMap &extras)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(extras)).toJson(QJsonDocument::Compact));
}

QVariantMap decodeExtras(QStringView text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
}

QList<std::pair<QString, QString>> decodePairs(QStringView text)
{
    QList<std::pair<QString, QString>> pairs;
    if (text.isEmpty())
        return pairs;
    for (QStringView pair : text.tokenize(kPairEnd)) {
        const qsizetype at = pair.indexOf(kKeyEnd);
        if (at < 0)
            pairs.append({pair.toString(), QString()});
        else
            pairs.append({pair.left(at).toString(), pair.sliced(at + 1).toString()});
    }
    return pairs;
}

bool writeJobList(QSqlDatabase db, const QList<Job> &jobs, qint64 listedAtMs, QString *error)
{
    return inTransaction(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(upsertJobSql(QStringLiteral(", listed_at"), true));
        for (const Job &job : jobs) {
            bindJob(q, job);
            q.bindValue(kJobColumnCount, listedAtMs);
            if (!q.exec())
                return fail(q, error);
        }
        QSqlQuery s(db);
        s.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('list_at', ?)"));
        s.bindValue(0, QString::number(listedAtMs));
        return s.exec() || fail(s, error);
    });
}

bool writeJobDetail(QSqlDatabase db, const Job &job, qint64 fetchedAtMs, QString *error, DetailTasks tasks)
{
    const bool final = isFinalState(job.state) && tasks == DetailTasks::Complete;
    return inTransaction(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(upsertJobSql(QStringLiteral(", detail_at, detail_final, extras"), false));
        bindJob(q, job);
        q.bindValue(kJobColumnCount, fetchedAtMs);
        q.bindValue(kJobColumnCount + 1, final ? 1 : 0);
        q.bindValue(kJobColumnCount + 2, job.extras.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                              : QVariant(encodeExtras(job.extras)));
        if (!q.exec())
            return fail(q, error);
        if (q.numRowsAffected() == 0)
            return true; // the id is another provider's job (see upsertJobSql): left alone
        return writeItems(db, job, error) && writeTasks(db, job, error);
    });
}

bool writeServers(QSqlDatabase db, const QList<Server> &servers, qint64 seenAtMs, QString *error)
{
    return inTransaction(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO servers (id, name, status, flavor, category, private_ips,"
                                 " created_at, updated_at, seen_at) VALUES (?,?,?,?,?,?,?,?,?)"));
        for (const Server &s : servers) {
            q.bindValue(0, s.id);
            q.bindValue(1, textValue(s.name));
            q.bindValue(2, textValue(s.status));
            q.bindValue(3, textValue(s.flavor));
            q.bindValue(4, textValue(s.category));
            q.bindValue(5, textValue(s.privateIps.join(kPairEnd)));
            q.bindValue(6, timeValue(s.createdAtMs));
            q.bindValue(7, timeValue(s.updatedAtMs));
            q.bindValue(8, seenAtMs);
            if (!q.exec())
                return fail(q, error);
        }
        return true;
    });
}

bool writeSyncValue(QSqlDatabase db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    return q.exec() || fail(q, error);
}

bool clearAll(QSqlDatabase db, QString *error)
{
    const bool ok = inTransaction(db, error, [&] {
        for (const char *table : {"tasks", "job_items", "jobs", "servers", "sync_state"}) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)))
                return fail(q, error);
        }
        return true;
    });
    if (ok) {
        // Give the space back: the file shrinks to a few pages.
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("VACUUM"));
    }
    return ok;
}

namespace {

bool deleteJobsWhere(QSqlDatabase db, const QString &where, const QVariant &arg, int *dropped, QString *error)
{
    for (const char *table : {"tasks", "job_items"}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE job_id IN (SELECT id FROM jobs WHERE %2)")
                      .arg(QLatin1String(table), where));
        q.bindValue(0, arg);
        if (!q.exec())
            return fail(q, error);
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE ") + where);
    q.bindValue(0, arg);
    if (!q.exec())
        return fail(q, error);
    *dropped += q.numRowsAffected();
    return true;
}

qint64 usedBytes(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT (SELECT page_count FROM pragma_page_count) -"
                              " (SELECT freelist_count FROM pragma_freelist_count),"
                              " (SELECT page_size FROM pragma_page_size)"))
        && q.next())
        return q.value(0).toLongLong() * q.value(1).toLongLong();
    return 0;
}

} // namespace

int applyRetention(QSqlDatabase db, qint64 oldestKeptMs, qint64 maxBytes, QString *error)
{
    int dropped = 0;
    const bool ok = inTransaction(db, error, [&] {
        if (!deleteJobsWhere(db, QStringLiteral("created_at < ?"), oldestKeptMs, &dropped, error))
            return false;
        // A job without a creation time (a ServiceStage job whose steps carry none) ages by
        // when its detail was fetched.
        if (!deleteJobsWhere(db, QStringLiteral("created_at IS NULL AND detail_at < ?"), oldestKeptMs, &dropped, error))
            return false;
        // Over the cap: drop the oldest tenth of the jobs at a time.
        while (maxBytes > 0 && usedBytes(db) > maxBytes) {
            QSqlQuery count(db);
            if (!count.exec(QStringLiteral("SELECT count(*) FROM jobs")) || !count.next())
                return fail(count, error);
            const qint64 n = count.value(0).toLongLong();
            if (n == 0)
                break;
            const QString where = QStringLiteral("id IN (SELECT id FROM jobs ORDER BY created_at ASC LIMIT ?)");
            if (!deleteJobsWhere(db, where, qMax<qint64>(1, n / 10), &dropped, error))
                return false;
        }
        return true;
    });
    return ok ? dropped : -1;
}

} // namespace liteops::store
