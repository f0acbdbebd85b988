#pragma once
// Internal to liteops_core: the walk over a simdjson DOM that every decoder shares.
//
// Why this shape: decoders read the parser's UTF-8 in place (views, no temporary QStrings)
// and only pay for the path when something is wrong. The Walker keeps a stack of path
// segments (keys as views into the parser's memory, array indexes); a wrong type throws a
// Failure carrying "tasks[12].status: expected a string, got a number", which decodeWith()
// turns into a DecodeError. Nothing thrown here leaves the library.
#include "decode.h"

#include <QAnyStringView>
#include <QString>
#include <QVarLengthArray>
#include <QVariant>

#include <simdjson.h>

#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace liteops::json {

using Element = simdjson::dom::element;
using Object = simdjson::dom::object;
using Array = simdjson::dom::array;

struct Failure
{
    DecodeError error;
};

// Unit of bare numbers in a timestamp field: ModelArts sends epoch ms, IEF epoch seconds.
enum class TimeUnit { Milliseconds, Seconds };

// "a string", "a number", ... (untranslated source text, context "liteops::Decode").
const char *typeName(Element value);

// A view the Task::Builder packs without a temporary: Latin-1 when the bytes are ASCII
// (the common case; Qt widens Latin-1 with SIMD), UTF-8 otherwise.
inline QAnyStringView textView(std::string_view s)
{
    const char *p = s.data();
    const size_t n = s.size();
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL)
            return QUtf8StringView(p, qsizetype(n));
    }
    for (; i < n; ++i) {
        if (static_cast<unsigned char>(p[i]) >= 0x80)
            return QUtf8StringView(p, qsizetype(n));
    }
    return QLatin1StringView(p, qsizetype(n));
}

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Case-insensitive ASCII key comparison (ServiceStage spells its keys either way).
bool keyEquals(std::string_view key, std::string_view lowerCaseName);

// Any JSON value as a QVariant (objects as QVariantMap, arrays as QVariantList, null as an
// invalid QVariant): for fields kept in extras.
QVariant toVariant(Element value);

class Walker
{
public:
    // RAII path segment: `Walker::Scope s(w, "tasks"); ... Walker::Scope i(w, 12);`
    class Scope
    {
    public:
        Scope(const Walker &w, std::string_view key) : m_w(w) { w.m_path.append({key, -1}); }
        Scope(const Walker &w, size_t index) : m_w(w) { w.m_path.append({{}, qint64(index)}); }
        ~Scope() { m_w.m_path.removeLast(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        const Walker &m_w;
    };

    // The path of the current scope plus `key` (when not empty).
    QString path(std::string_view key = {}) const;

    [[noreturn]] void fail(std::string_view key, const QString &message) const;
    [[noreturn]] void wrongType(std::string_view key, const char *expected, Element got) const;

    // Reads of a field `key` whose value is `v`. Null counts as absent everywhere.
    Object object(Element root) const; // the document itself must be an object
    std::optional<Object> optObject(std::string_view key, Element v) const;
    std::optional<Array> optArray(std::string_view key, Element v) const;
    std::string_view string(std::string_view key, Element v) const; // null -> ""
    QString qstring(std::string_view key, Element v) const { return toQString(string(key, v)); }
    // Integer number (an integral double is accepted); null -> `absent`.
    qint64 integer(std::string_view key, Element v, qint64 absent) const;
    // Boolean, or the strings "true"/"false" (templates send flags that way).
    bool boolean(std::string_view key, Element v, bool absent) const;
    // Epoch number in `unit`, a digit string in the same unit, or ISO-8601; null or "" ->
    // kUnknownTime.
    qint64 timestamp(std::string_view key, Element v, TimeUnit unit) const;
    // {string: string}; null values are dropped, any other non-string is an error.
    QMap<QString, QString> stringMap(std::string_view key, Element v) const;

private:
    struct Segment
    {
        std::string_view key; // empty for an array element
        qint64 index;         // -1 for an object member
    };
    mutable QVarLengthArray<Segment, 8> m_path; // the walk is logically const
};

// Interns the raw status strings of one decode: a 10,000-task job has a handful of distinct
// statuses, so every task shares one QString per status and its state is computed once.
class StatusCache
{
public:
    struct Entry
    {
        std::string raw;
        QString text;
        State state;
    };
    const Entry &get(std::string_view raw);

private:
    std::vector<Entry> m_entries;
};

// Parses `json` with this thread's parser and runs `fn(walker, root)`; parse errors and
// Failures become a DecodeError.
DecodeError parseError(QByteArrayView json, simdjson::error_code code);
simdjson::dom::parser &threadParser();

template <typename T, typename Fn>
Decoded<T> decodeWith(QByteArrayView json, Fn &&fn)
{
    Element root;
    const simdjson::error_code code =
        threadParser().parse(json.data(), size_t(json.size()), true).get(root);
    if (code != simdjson::SUCCESS)
        return parseError(json, code);
    try {
        Walker walker;
        return Decoded<T>(fn(walker, root));
    } catch (const Failure &failure) {
        return failure.error;
    }
}

} // namespace liteops::json
