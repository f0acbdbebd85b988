#include "task.h"

namespace liteops {

namespace {

// Separators inside the packed cloud_server field. They are control characters that never
// occur in ids or types, and decoders reject keys/values containing them.
constexpr QChar kPairSep = QChar(0x1E);  // between entries
constexpr QChar kKeyValSep = QChar(0x1F); // between key and value

qsizetype utf16Upper(QAnyStringView v)
{
    // UTF-16 never needs more code units than UTF-8 bytes or Latin-1 characters.
    return v.size();
}

void appendView(QString &out, QAnyStringView v)
{
    v.visit([&out](auto view) {
        using View = decltype(view);
        if constexpr (std::is_same_v<View, QStringView>) {
            out.append(view);
        } else if constexpr (std::is_same_v<View, QLatin1StringView>) {
            out.append(view);
        } else {
            // UTF-8: the common case is pure ASCII, which converts like Latin-1 without
            // a temporary QString.
            const char *p = reinterpret_cast<const char *>(view.data());
            const qsizetype n = view.size();
            bool ascii = true;
            for (qsizetype i = 0; i < n; ++i) {
                if (static_cast<unsigned char>(p[i]) >= 0x80) {
                    ascii = false;
                    break;
                }
            }
            if (ascii)
                out.append(QLatin1StringView(p, n));
            else
                out.append(QString::fromUtf8(p, n));
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
        && a.m_createdAtMs == b.m_createdAtMs && a.m_updatedAtMs == b.m_updatedAtMs
        && a.m_text == b.m_text && a.m_status == b.m_status && a.m_extras == b.m_extras;
}

Task Task::Builder::build() const
{
    qsizetype capacity = 0;
    for (const QAnyStringView &v : m_fields)
        capacity += utf16Upper(v);
    for (const auto &[k, v] : m_cloud)
        capacity += utf16Upper(k) + utf16Upper(v) + 2;

    Task t;
    t.m_text.reserve(capacity);
    for (int f = 0; f < CloudServer; ++f) {
        appendView(t.m_text, m_fields[f]);
        t.m_ends[f] = quint32(t.m_text.size());
    }
    for (qsizetype i = 0; i < m_cloud.size(); ++i) {
        if (i > 0)
            t.m_text.append(kPairSep);
        appendView(t.m_text, m_cloud[i].first);
        t.m_text.append(kKeyValSep);
        appendView(t.m_text, m_cloud[i].second);
    }
    t.m_ends[CloudServer] = quint32(t.m_text.size());
    // Give back what the UTF-8 estimate over-reserved (non-ASCII text only).
    if (t.m_text.capacity() - t.m_text.size() > 16)
        t.m_text.squeeze();

    t.m_status = m_status;
    t.m_state = m_stateSet ? m_state : stateFromStatus(m_status);
    t.m_createdAtMs = m_created;
    t.m_updatedAtMs = m_updated;
    t.m_index = m_index;
    t.m_extras = m_extras;
    return t;
}

} // namespace liteops
