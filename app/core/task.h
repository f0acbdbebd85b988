// SPDX-License-Identifier: Apache-2.0
#pragma once
// One task of a job: one server (ModelArts), one node (IEF) or one step (ServiceStage).
//
// Why the packed layout: a job detail can hold 20,000 tasks and the console keeps it open
// while it runs. Six separate QStrings per task cost six heap blocks and their headers, about
// 2.5x the JSON they came from; packing the text fields into one QString keeps the retained
// heap under 2x (see docs/PERFORMANCE.md, memory_20k_tasks). Accessors hand out QStringViews
// into that buffer; build a Task with Task::Builder.
//
// Decoders go one step further with a Task::TextArena: the tasks of one decode share chunked
// buffers (one allocation per few hundred tasks instead of one per task, which was most of
// decode_10k_tasks). A chunk lives while any task built in it lives, so whoever keeps tasks
// across refreshes should take every new snapshot's Task objects, unchanged ones too (cheap
// reference-counted copies), or old chunks stay alive for one unchanged task each.
#include "state.h"
#include "timestamp.h"

#include <QAnyStringView>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <QVarLengthArray>
#include <array>
#include <utility>

namespace liteops {

using StringPairs = QList<std::pair<QString, QString>>;

class Task
{
public:
    class Builder;
    class TextArena;

    Task() = default;

    QStringView id() const { return field(Id); }
    QStringView targetId() const { return field(TargetId); }     // server_id / IEF target_id
    QStringView targetName() const { return field(TargetName); } // server_name / IEF node_name
    QStringView name() const { return field(Name); }             // task_name (ServiceStage, IEF)
    QStringView message() const { return field(Message); }       // message / messages / reason

    // cloud_server map of ModelArts tasks ({id, type, hps_ecs_id, ...}), in document order.
    QStringView cloudServerValue(QStringView key) const;
    StringPairs cloudServer() const;

    const QString &status() const { return m_status; } // raw, as the service sent it
    State state() const { return m_state; }
    void setStatus(const QString &raw); // also recomputes state()

    qint64 createdAtMs() const { return m_createdAtMs; }
    qint64 updatedAtMs() const { return m_updatedAtMs; }
    void setCreatedAtMs(qint64 ms) { m_createdAtMs = ms; }
    void setUpdatedAtMs(qint64 ms) { m_updatedAtMs = ms; }
    QDateTime createdAt() const { return toUtcDateTime(m_createdAtMs); }
    QDateTime updatedAt() const { return toUtcDateTime(m_updatedAtMs); }
    // updated - created in ms, or -1 when either is unknown.
    qint64 durationMs() const;

    int index() const { return m_index; } // ServiceStage task_index, -1 when absent
    void setIndex(int index) { m_index = index; }

    // Provider-specific fields kept for display (IEF extension_info, ...). Rarely set, so an
    // empty map costs no allocation.
    const QVariantMap &extras() const { return m_extras; }
    void setExtras(const QVariantMap &extras) { m_extras = extras; }

    friend bool operator==(const Task &a, const Task &b);
    friend bool operator!=(const Task &a, const Task &b) { return !(a == b); }

private:
    enum Field : quint8 { Id, TargetId, TargetName, Name, Message, CloudServer, FieldCount };
    QStringView field(Field f) const
    {
        const quint32 begin = f == 0 ? 0 : m_ends[f - 1];
        return QStringView(m_text).sliced(m_begin + begin, m_ends[f] - begin);
    }
    QStringView allText() const { return QStringView(m_text).sliced(m_begin, m_ends[FieldCount - 1]); }

    QString m_text;                           // every text field back to back, from m_begin on;
                                              // possibly a chunk shared with other tasks
    std::array<quint32, FieldCount> m_ends{}; // end offset of each field, relative to m_begin
    quint32 m_begin = 0;
    QString m_status; // shared between tasks by the decoders (interned)
    qint64 m_createdAtMs = kUnknownTime;
    qint64 m_updatedAtMs = kUnknownTime;
    QVariantMap m_extras;
    qint32 m_index = -1;
    State m_state = State::Unknown;
};

// Collects views of the text fields (UTF-8, Latin-1 or UTF-16) and packs them in one
// allocation in build(). The views must stay valid until build() returns.
class Task::Builder
{
public:
    Builder &id(QAnyStringView v)
    {
        m_fields[Id] = v;
        return *this;
    }
    Builder &targetId(QAnyStringView v)
    {
        m_fields[TargetId] = v;
        return *this;
    }
    Builder &targetName(QAnyStringView v)
    {
        m_fields[TargetName] = v;
        return *this;
    }
    Builder &name(QAnyStringView v)
    {
        m_fields[Name] = v;
        return *this;
    }
    Builder &message(QAnyStringView v)
    {
        m_fields[Message] = v;
        return *this;
    }
    Builder &addCloudServer(QAnyStringView key, QAnyStringView value)
    {
        m_cloud.append({key, value});
        return *this;
    }
    Builder &status(const QString &raw)
    {
        m_status = raw;
        m_stateSet = false;
        return *this;
    }
    // For decoders that cache the state of each (interned) raw status.
    Builder &status(const QString &raw, State state)
    {
        m_status = raw;
        m_state = state;
        m_stateSet = true;
        return *this;
    }
    Builder &createdAtMs(qint64 ms)
    {
        m_created = ms;
        return *this;
    }
    Builder &updatedAtMs(qint64 ms)
    {
        m_updated = ms;
        return *this;
    }
    Builder &index(int i)
    {
        m_index = i;
        return *this;
    }
    Builder &extras(const QVariantMap &e)
    {
        m_extras = e;
        return *this;
    }

    Task build() const;                 // the text in a buffer of its own
    Task build(TextArena &arena) const; // the text in the arena's current chunk

private:
    qsizetype textCapacity() const;
    void finish(Task &t, char16_t *begin) const; // writes the text at begin, sets the rest
    std::array<QAnyStringView, FieldCount> m_fields{};
    QVarLengthArray<std::pair<QAnyStringView, QAnyStringView>, 4> m_cloud;
    QString m_status;
    QVariantMap m_extras;
    qint64 m_created = kUnknownTime;
    qint64 m_updated = kUnknownTime;
    int m_index = -1;
    State m_state = State::Unknown;
    bool m_stateSet = false;
};

// Chunks that the tasks of one decode share (see the top of this file). One per thread: it
// is not thread-safe. Chunks grow from small to kMaxChunk characters, so a job with a few
// tasks does not keep a big buffer alive.
class Task::TextArena
{
public:
    TextArena() = default;
    TextArena(const TextArena &) = delete;
    TextArena &operator=(const TextArena &) = delete;

private:
    friend class Task::Builder;
    static constexpr qsizetype kFirstChunk = 2048;
    static constexpr qsizetype kMaxChunk = 32768; // 64 KB: below malloc's mmap threshold
    // Room for n characters: where to write them, and the chunk they are in.
    char16_t *take(qsizetype n, QString &chunk, quint32 &begin);
    // Gives back what take() reserved beyond what was written.
    void giveBack(qsizetype n) { m_used -= n; }

    QString m_chunk;
    char16_t *m_data = nullptr; // m_chunk's characters, taken while m_chunk was not shared
    qsizetype m_used = 0;
    qsizetype m_nextSize = kFirstChunk;
};

} // namespace liteops
