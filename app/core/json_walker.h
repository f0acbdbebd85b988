// SPDX-License-Identifier: Apache-2.0
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

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstring>
#include <new>
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

// What one pass over a string's bytes found (see scanText).
struct TextScan
{
    bool ascii = true;    // no byte >= 0x80
    bool control = false; // maybe a byte < 0x20: only then is an exact search needed
};

// One pass over the bytes of a string of the simdjson DOM, 16 at a time where SSE2 is there
// (every x86-64): a decoder looks at every task string once, so this is on the hot path of
// a 10,000-task job. Precondition: `s` lives in a simdjson document, whose string buffer is
// padded, so the last partial block may be loaded whole (the extra bytes are masked off).
inline TextScan scanText(std::string_view s)
{
    const char *p = s.data();
    const size_t n = s.size();
    TextScan scan;
#if defined(__SSE2__)
    static_assert(simdjson::SIMDJSON_PADDING >= 16);
    unsigned high = 0;
    unsigned low = 0;
    const __m128i limit = _mm_set1_epi8(0x20);
    for (size_t i = 0; i < n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const unsigned mask = n - i >= 16 ? 0xFFFFu : (1u << (n - i)) - 1u;
        high |= unsigned(_mm_movemask_epi8(v)) & mask;
        // Signed compare: bytes >= 0x80 count as "below 0x20" too; only an ASCII text
        // needs the control flag to be exact, and then those bytes are absent.
        low |= unsigned(_mm_movemask_epi8(_mm_cmplt_epi8(v, limit))) & mask;
    }
    scan.ascii = high == 0;
    scan.control = low != 0;
#else
    for (size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (c >= 0x80)
            scan.ascii = false;
        else if (c < 0x20)
            scan.control = true;
    }
    if (!scan.ascii)
        scan.control = true; // not exact for non-ASCII text: callers search precisely
#endif
    return scan;
}

// A view the Task::Builder packs without a temporary: Latin-1 when the bytes are ASCII
// (the common case; Qt widens Latin-1 with SIMD), UTF-8 otherwise.
inline QAnyStringView textView(std::string_view s, TextScan scan)
{
    if (scan.ascii)
        return QLatin1StringView(s.data(), qsizetype(s.size()));
    return QUtf8StringView(s.data(), qsizetype(s.size()));
}
inline QAnyStringView textView(std::string_view s)
{
    return textView(s, scanText(s));
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

    // A string field as a view for Task::Builder (see textView); null -> empty.
    QAnyStringView text(std::string_view key, Element v) const { return textView(string(key, v)); }

    // The path of the current scope plus `key` (when not empty).
    QString path(std::string_view key = {}) const;

    [[noreturn]] void fail(std::string_view key, const QString &message) const;
    [[noreturn]] void wrongType(std::string_view key, const char *expected, Element got) const;

    // Reads of a field `key` whose value is `v`. Null counts as absent everywhere.
    Object object(Element root) const; // the document itself must be an object
    std::optional<Object> optObject(std::string_view key, Element v) const;
    std::optional<Array> optArray(std::string_view key, Element v) const;
    std::string_view string(std::string_view key, Element v) const // null -> ""
    {
        std::string_view s;
        if (v.get(s) == simdjson::SUCCESS) [[likely]]
            return s;
        return stringSlow(key, v);
    }
    QString qstring(std::string_view key, Element v) const { return toQString(string(key, v)); }
    // Integer number (an integral double is accepted); null -> `absent`.
    qint64 integer(std::string_view key, Element v, qint64 absent) const;
    // The same within the range of int (counts, indexes); outside it is an error.
    int int32(std::string_view key, Element v, int absent) const;
    // Boolean, or the strings "true"/"false" (templates send flags that way).
    bool boolean(std::string_view key, Element v, bool absent) const;
    // Epoch number in `unit`, a digit string in the same unit, or ISO-8601; null or "" ->
    // kUnknownTime.
    qint64 timestamp(std::string_view key, Element v, TimeUnit unit) const
    {
        int64_t ms = 0;
        if (unit == TimeUnit::Milliseconds && v.get(ms) == simdjson::SUCCESS) [[likely]]
            return ms;
        return timestampSlow(key, v, unit);
    }
    // {string: string}; null values are dropped, any other non-string is an error.
    QMap<QString, QString> stringMap(std::string_view key, Element v) const;

private:
    std::string_view stringSlow(std::string_view key, Element v) const;
    qint64 timestampSlow(std::string_view key, Element v, TimeUnit unit) const;

    struct Segment
    {
        std::string_view key; // empty for an array element
        qint64 index;         // -1 for an object member
    };
    mutable QVarLengthArray<Segment, 8> m_path; // the walk is logically const
};

// Interns the raw status strings of one decode: a 10,000-task job has a handful of distinct
// statuses, so every task shares one QString per status and its state is computed once.
// There is one per decoding thread, so it also carries that thread's Task::TextArena.
class StatusCache
{
public:
    Task::TextArena &textArena() { return m_text; }

    struct Entry
    {
        std::string raw;
        QString text;
        State state;
    };
    const Entry &get(std::string_view raw)
    {
        if (m_last && m_last->raw == raw) [[likely]]
            return *m_last;
        return find(raw);
    }

private:
    const Entry &find(std::string_view raw);
    std::vector<Entry> m_entries; // reserved up front: m_last must stay valid
    const Entry *m_last = nullptr;
    Task::TextArena m_text;
};

// Parses `json` with this thread's parser into `root` (valid until the next parse on this
// thread). The bytes are copied into a reused, padded per-thread buffer: simdjson reads up
// to 64 bytes past the end, and letting it allocate a fresh padded copy per call costs a
// large allocation and its page faults every time.
simdjson::error_code parseDocument(QByteArrayView json, Element &root);
DecodeError parseError(QByteArrayView json, simdjson::error_code code);

DecodeError tooLargeError();

// Parses `json` and runs `fn(walker, root)`; parse errors and Failures become a DecodeError.
// Parser memory is about 14 times the document. It is kept for the next decode on this
// thread when the document was small; after a big one it is given back as soon as the
// values are built (measured: no cost in decode time, glibc reuses the freed blocks).
inline constexpr qsizetype kKeepParserMemoryUpTo = qsizetype(1) << 20;

struct ParserMemoryGuard
{
    qsizetype documentSize;
    ~ParserMemoryGuard()
    {
        if (documentSize > kKeepParserMemoryUpTo)
            releaseThreadDecoderMemory();
    }
};

template <typename T, typename Fn>
Decoded<T> decodeWith(QByteArrayView json, Fn &&fn)
{
    const ParserMemoryGuard guard{json.size()}; // destroyed after the result is built
    Element root;
    const simdjson::error_code code = parseDocument(json, root);
    if (code != simdjson::SUCCESS)
        return parseError(json, code);
    try {
        Walker walker;
        return Decoded<T>(fn(walker, root));
    } catch (const Failure &failure) {
        return failure.error;
    } catch (const std::bad_alloc &) {
        return tooLargeError();
    }
}

} // namespace liteops::json
