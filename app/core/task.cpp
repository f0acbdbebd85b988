// SPDX-License-Identifier: Apache-2.0
#include "task.h"

#include <QStringDecoder>

#include <algorithm>

namespace liteops {

namespace {

// Separators inside the packed cloud_server field. They are control characters that never
// occur in ids or types, and decoders reject keys/values containing them.
constexpr QChar kPairSep = QChar(0x1E);   // between entries
constexpr QChar kKeyValSep = QChar(0x1F); // between key and value

qsizetype utf16Upper(QAnyStringView v)
{
    // UTF-16 never needs more code units than UTF-8 bytes or Latin-1 characters.
    return v.size();
}

// Widens 8-bit text; returns false (having written garbage) when a byte is not ASCII. The
// loop has no early exit, so the compiler vectorises it.
bool widenAscii(char16_t *out, const unsigned char *p, qsizetype n)
{
    unsigned char seen = 0;
    for (qsizetype i = 0; i < n; ++i) {
        seen |= p[i];
        out[i] = p[i];
    }
    return seen < 0x80;
}

// Writes v as UTF-16 at out and returns the end of what it wrote (at most v.size() units).
char16_t *writeView(char16_t *out, QAnyStringView v)
{
    return v.visit([out](auto view) -> char16_t * {
        using View = decltype(view);
        if constexpr (std::is_same_v<View, QStringView>) {
            std::copy_n(view.utf16(), view.size(), out);
            return out + view.size();
        } else if constexpr (std::is_same_v<View, QLatin1StringView>) {
            for (qsizetype i = 0; i < view.size(); ++i)
                out[i] = static_cast<unsigned char>(view.data()[i]);
            return out + view.size();
        } else {
            // UTF-8: the common case is pure ASCII, which widens byte by byte.
            const auto *p = reinterpret_cast<const unsigned char *>(view.data());
            if (widenAscii(out, p, view.size()))
                return out + view.size();
            QStringDecoder utf8(QStringDecoder::Utf8);
            QChar *end = utf8.appendToBuffer(reinterpret_cast<QChar *>(out), QByteArrayView(view.data(), view.size()));
            return reinterpret_cast<char16_t *>(end);
        }
    });
}

} // namespace

void Task::setStatus(const QString &raw)
{
    m_status = raw;
    m_state = stateFromStatus(raw);
}

qint64 Task::durationMs() const
{
    if (!isKnownTime(m_createdAtMs) || !isKnownTime(m_updatedAtMs) || m_updatedAtMs < m_createdAtMs)
        return -1;
    return m_updatedAtMs - m_createdAtMs;
}

QStringView Task::cloudServerValue(QStringView key) const
{
    QStringView rest = field(CloudServer);
    while (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf(kPairSep);
        const QStringView entry = end < 0 ? rest : rest.first(end);
        const qsizetype sep = entry.indexOf(kKeyValSep);
        if (sep >= 0 && entry.first(sep) == key)
            return entry.sliced(sep + 1);
        if (end < 0)
            break;
        rest = rest.sliced(end + 1);
    }
    return {};
}

StringPairs Task::cloudServer() const
{
    StringPairs out;
    QStringView rest = field(CloudServer);
    while (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf(kPairSep);
        const QStringView entry = end < 0 ? rest : rest.first(end);
        const qsizetype sep = entry.indexOf(kKeyValSep);
        if (sep >= 0)
            out.append({entry.first(sep).toString(), entry.sliced(sep + 1).toString()});
        if (end < 0)
            break;
        rest = rest.sliced(end + 1);
    }
    return out;
}

bool operator==(const Task &a, const Task &b)
{
    return a.m_ends == b.m_ends && a.m_state == b.m_state && a.m_index == b.m_index
           && a.m_createdAtMs == b.m_createdAtMs && a.m_updatedAtMs == b.m_updatedAtMs && a.allText() == b.allText()
           && a.m_status == b.m_status && a.m_extras == b.m_extras;
}

qsizetype Task::Builder::textCapacity() const
{
    qsizetype capacity = 0;
    for (const QAnyStringView &v : m_fields)
        capacity += utf16Upper(v);
    for (const auto &[k, v] : m_cloud)
        capacity += utf16Upper(k) + utf16Upper(v) + 2;
    return capacity;
}

void Task::Builder::finish(Task &t, char16_t *begin) const
{
    char16_t *out = begin;
    for (int f = 0; f < CloudServer; ++f) {
        out = writeView(out, m_fields[f]);
        t.m_ends[f] = quint32(out - begin);
    }
    for (qsizetype i = 0; i < m_cloud.size(); ++i) {
        if (i > 0)
            *out++ = kPairSep.unicode();
        out = writeView(out, m_cloud[i].first);
        *out++ = kKeyValSep.unicode();
        out = writeView(out, m_cloud[i].second);
    }
    t.m_ends[CloudServer] = quint32(out - begin);

    t.m_status = m_status;
    t.m_state = m_stateSet ? m_state : stateFromStatus(m_status);
    t.m_createdAtMs = m_created;
    t.m_updatedAtMs = m_updated;
    t.m_index = m_index;
    t.m_extras = m_extras;
}

Task Task::Builder::build() const
{
    Task t;
    t.m_text = QString(textCapacity(), Qt::Uninitialized);
    finish(t, reinterpret_cast<char16_t *>(t.m_text.data()));
    t.m_text.truncate(t.m_ends[CloudServer]);
    // Give back what the UTF-8 estimate over-reserved (non-ASCII text only).
    if (t.m_text.capacity() - t.m_text.size() > 16)
        t.m_text.squeeze();
    return t;
}

Task Task::Builder::build(TextArena &arena) const
{
    Task t;
    const qsizetype capacity = textCapacity();
    char16_t *begin = arena.take(capacity, t.m_text, t.m_begin);
    finish(t, begin);
    arena.giveBack(capacity - t.m_ends[CloudServer]);
    return t;
}

char16_t *Task::TextArena::take(qsizetype n, QString &chunk, quint32 &begin)
{
    if (!m_data || m_chunk.size() - m_used < n) {
        const qsizetype size = std::max(n, m_nextSize);
        m_nextSize = std::min(kMaxChunk, m_nextSize * 2);
        // The tasks built in the old chunk keep it alive. Exactly `size` characters:
        // resize() would round the allocation up for growth.
        m_chunk = QString(size, Qt::Uninitialized);
        m_data = reinterpret_cast<char16_t *>(m_chunk.data()); // unshared: no copy
        m_used = 0;
    }
    chunk = m_chunk;
    begin = quint32(m_used);
    char16_t *out = m_data + m_used;
    m_used += n;
    return out;
}

} // namespace liteops
