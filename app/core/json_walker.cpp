// SPDX-License-Identifier: Apache-2.0
#include "json_walker.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

#include <cmath>
#include <limits>
#include <mutex>
#include <memory>
#include <new>

namespace liteops::json {

namespace {

QString quoted(std::string_view s)
{
    constexpr size_t kMax = 40;
    QString text = toQString(s.substr(0, kMax));
    if (s.size() > kMax)
        text += QChar(0x2026);
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

const char *typeName(Element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::ARRAY: return QT_TRANSLATE_NOOP("liteops::Decode", "an array");
    case simdjson::dom::element_type::OBJECT: return QT_TRANSLATE_NOOP("liteops::Decode", "an object");
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: return QT_TRANSLATE_NOOP("liteops::Decode", "a number");
    case simdjson::dom::element_type::STRING: return QT_TRANSLATE_NOOP("liteops::Decode", "a string");
    case simdjson::dom::element_type::BOOL: return QT_TRANSLATE_NOOP("liteops::Decode", "a boolean");
    case simdjson::dom::element_type::NULL_VALUE: return QT_TRANSLATE_NOOP("liteops::Decode", "null");
    }
    return QT_TRANSLATE_NOOP("liteops::Decode", "a value");
}

bool keyEquals(std::string_view key, std::string_view lowerCaseName)
{
    if (key.size() != lowerCaseName.size())
        return false;
    for (size_t i = 0; i < key.size(); ++i) {
        char c = key[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerCaseName[i])
            return false;
    }
    return true;
}

QVariant toVariant(Element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::ARRAY: {
        QVariantList list;
        for (Element e : Array(value))
            list.append(toVariant(e));
        return list;
    }
    case simdjson::dom::element_type::OBJECT: {
        QVariantMap map;
        for (auto field : Object(value))
            map.insert(toQString(field.key), toVariant(field.value));
        return map;
    }
    case simdjson::dom::element_type::INT64: return qint64(int64_t(value));
    case simdjson::dom::element_type::UINT64: return quint64(uint64_t(value));
    case simdjson::dom::element_type::DOUBLE: return double(value);
    case simdjson::dom::element_type::STRING: return toQString(std::string_view(value));
    case simdjson::dom::element_type::BOOL: return bool(value);
    case simdjson::dom::element_type::NULL_VALUE: break;
    }
    return {};
}

QString Walker::path(std::string_view key) const
{
    QString out;
    for (const Segment &s : m_path) {
        if (s.index >= 0) {
            out += QLatin1Char('[') + QString::number(s.index) + QLatin1Char(']');
        } else {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += toQString(s.key);
        }
    }
    if (!key.empty()) {
        if (!out.isEmpty())
            out += QLatin1Char('.');
        out += toQString(key);
    }
    return out;
}

void Walker::fail(std::string_view key, const QString &message) const
{
    throw Failure{DecodeError{path(key), message}};
}

void Walker::wrongType(std::string_view key, const char *expected, Element got) const
{
    QString text = QCoreApplication::translate("liteops::Decode", "expected %1, got %2")
                       .arg(QCoreApplication::translate("liteops::Decode", expected),
                            QCoreApplication::translate("liteops::Decode", typeName(got)));
    if (got.is_string())
        text += QLatin1Char(' ') + quoted(std::string_view(got));
    fail(key, text);
}

Object Walker::object(Element root) const
{
    if (!root.is_object())
        wrongType({}, "an object", root);
    return Object(root);
}

std::optional<Object> Walker::optObject(std::string_view key, Element v) const
{
    if (v.is_null())
        return std::nullopt;
    if (!v.is_object())
        wrongType(key, "an object", v);
    return Object(v);
}

std::optional<Array> Walker::optArray(std::string_view key, Element v) const
{
    if (v.is_null())
        return std::nullopt;
    if (!v.is_array())
        wrongType(key, "an array", v);
    return Array(v);
}

std::string_view Walker::stringSlow(std::string_view key, Element v) const
{
    if (v.is_null())
        return {};
    wrongType(key, "a string", v);
}

qint64 Walker::integer(std::string_view key, Element v, qint64 absent) const
{
    int64_t i = 0;
    if (v.get(i) == simdjson::SUCCESS)
        return i;
    if (v.is_null())
        return absent;
    double d = 0;
    if (v.get(d) == simdjson::SUCCESS && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e18)
        return qint64(d);
    if (v.is_number())
        fail(key, QCoreApplication::translate("liteops::Decode", "expected a whole number"));
    wrongType(key, "a number", v);
}

int Walker::int32(std::string_view key, Element v, int absent) const
{
    const qint64 n = integer(key, v, absent);
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
        fail(key, QCoreApplication::translate("liteops::Decode", "number out of range"));
    return int(n);
}

bool Walker::boolean(std::string_view key, Element v, bool absent) const
{
    bool b = false;
    if (v.get(b) == simdjson::SUCCESS)
        return b;
    if (v.is_null())
        return absent;
    std::string_view s;
    if (v.get(s) == simdjson::SUCCESS) {
        if (keyEquals(s, "true"))
            return true;
        if (keyEquals(s, "false"))
            return false;
    }
    wrongType(key, "a boolean", v);
}

qint64 Walker::timestampSlow(std::string_view key, Element v, TimeUnit unit) const
{
    // IEF sends epoch seconds; a value of 1e11 or more cannot be seconds of this era (it is
    // the year 5138), so it is read as milliseconds in case a gateway converted it.
    const auto scale = [unit](qint64 n) -> qint64 {
        if (unit == TimeUnit::Seconds && n > -100000000000LL && n < 100000000000LL)
            return n * 1000;
        return n;
    };
    int64_t i = 0;
    if (v.get(i) == simdjson::SUCCESS)
        return scale(i);
    double d = 0;
    if (v.get(d) == simdjson::SUCCESS) {
        if (!std::isfinite(d) || std::fabs(d) > 9.0e15)
            fail(key, QCoreApplication::translate("liteops::Decode", "timestamp out of range"));
        if (unit == TimeUnit::Seconds && std::fabs(d) < 1e11)
            return qint64(std::floor(d * 1000.0)); // fractional seconds
        return qint64(std::floor(d));
    }
    if (v.is_null())
        return kUnknownTime;
    std::string_view s;
    if (v.get(s) != simdjson::SUCCESS)
        wrongType(key, QT_TRANSLATE_NOOP("liteops::Decode", "a timestamp"), v);
    if (s.empty())
        return kUnknownTime;
    if (const auto n = parseEpochDigits(s))
        return scale(*n);
    if (const auto ms = parseIsoTimestampMs(s))
        return *ms;
    fail(key, QCoreApplication::translate("liteops::Decode", "expected a timestamp (epoch number or ISO-8601), got %1")
                  .arg(quoted(s)));
}

QMap<QString, QString> Walker::stringMap(std::string_view key, Element v) const
{
    QMap<QString, QString> out;
    const std::optional<Object> obj = optObject(key, v);
    if (!obj)
        return out;
    Scope scope(*this, key);
    for (auto field : *obj) {
        if (field.value.is_null())
            continue;
        std::string_view value;
        if (field.value.get(value) != simdjson::SUCCESS)
            wrongType(field.key, "a string", field.value);
        out.insert(toQString(field.key), toQString(value));
    }
    return out;
}

namespace {

// Status words live for the whole process in this pool, and tasks hold them through
// QString::fromRawData: a QString without a shared block is copied and destroyed without
// the atomic reference counting, which is a measurable part of building 10,000 tasks
// (every task copies its status twice). The pool only grows to kMaxPooled words; a service
// sending more distinct statuses than that gets ordinary strings for the rest.
QString pooledStatusText(std::string_view raw)
{
    constexpr size_t kMaxPooled = 512;
    struct Pool
    {
        std::mutex mutex;
        std::vector<std::pair<std::string, QString>> words;
    };
    static Pool *const pool = new Pool; // never destroyed: tasks may outlive static destructors
    const std::lock_guard<std::mutex> lock(pool->mutex);
    for (const auto &[word, text] : pool->words) {
        if (word == raw)
            return QString::fromRawData(text.constData(), text.size());
    }
    if (pool->words.size() >= kMaxPooled)
        return toQString(raw);
    pool->words.emplace_back(std::string(raw), toQString(raw));
    const QString &text = pool->words.back().second;
    return QString::fromRawData(text.constData(), text.size());
}

} // namespace

const StatusCache::Entry &StatusCache::find(std::string_view raw)
{
    for (const Entry &e : m_entries) {
        if (e.raw == raw) {
            m_last = &e;
            return e;
        }
    }
    // More distinct statuses than this is not a status field worth interning: the last
    // slot is reused (callers copy the entry at once, so earlier references are done).
    constexpr size_t kMaxEntries = 64;
    if (m_entries.capacity() == 0)
        m_entries.reserve(kMaxEntries);
    Entry entry{std::string(raw), pooledStatusText(raw), stateFromStatus(raw)};
    if (m_entries.size() == kMaxEntries)
        m_entries.back() = std::move(entry);
    else
        m_entries.push_back(std::move(entry));
    m_last = &m_entries.back();
    return *m_last;
}

namespace {

#if defined(__SANITIZE_ADDRESS__)
#define LITEOPS_SANITIZED_BUILD 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define LITEOPS_SANITIZED_BUILD 1
#endif
#endif

// simdjson reads up to SIMDJSON_PADDING bytes past the end of the input but never uses
// them (the last block is copied into a padded scratch block first). Reading them cannot
// fault when they lie in the same memory page as the last byte, which is true for all
// but 64 of every 4096 end positions, so the copy is skipped then ("free padding" in
// simdjson's performance guide). Sanitizer builds always copy, so they never see a read
// past an allocation.
bool paddingIsFree(const char *data, size_t size)
{
#if defined(LITEOPS_SANITIZED_BUILD)
    Q_UNUSED(data);
    Q_UNUSED(size);
    return false;
#else
    constexpr uintptr_t kPage = 4096; // the smallest page size of every platform we build on
    const auto last = reinterpret_cast<uintptr_t>(data + size - 1);
    return (last % kPage) + simdjson::SIMDJSON_PADDING < kPage;
#endif
}

} // namespace

namespace {

// One parser and one input buffer per thread: decoders run on the GUI thread and in
// QtConcurrent workers. Both keep their memory between calls (that is what makes repeated
// decodes of big pages cheap) until releaseThreadDecoderMemory() or the thread's end.
struct ThreadState
{
    simdjson::dom::parser parser;
    std::unique_ptr<char[]> buffer;
    size_t capacity = 0;
};

ThreadState &threadState()
{
    thread_local ThreadState state;
    return state;
}

} // namespace

simdjson::error_code parseDocument(QByteArrayView json, Element &root)
{
    ThreadState &ts = threadState();
    const size_t size = size_t(json.size());
    if (size > 0 && paddingIsFree(json.data(), size))
        return ts.parser.parse(json.data(), size, false).get(root);

    const size_t needed = size + simdjson::SIMDJSON_PADDING;
    if (needed > ts.capacity) {
        ts.buffer.reset(new (std::nothrow) char[needed]);
        ts.capacity = ts.buffer ? needed : 0;
        if (!ts.buffer)
            return simdjson::MEMALLOC;
    }
    if (size > 0)
        std::memcpy(ts.buffer.get(), json.data(), size);
    std::memset(ts.buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
    const simdjson::error_code code = ts.parser.parse(ts.buffer.get(), size, false).get(root);
    // The DOM holds its own copy of every string, so an unusually large input buffer can go
    // right away.
    constexpr size_t kKeepBytes = size_t(32) << 20;
    if (ts.capacity > kKeepBytes) {
        ts.buffer.reset();
        ts.capacity = 0;
    }
    return code;
}

DecodeError tooLargeError()
{
    return DecodeError{QString(), QCoreApplication::translate("liteops::Decode", "the answer is too large to decode")};
}

DecodeError parseError(QByteArrayView json, simdjson::error_code code)
{
    qsizetype i = 0;
    while (i < json.size() && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t'))
        ++i;
    if (i == json.size())
        return DecodeError{QString(),
                           QCoreApplication::translate("liteops::Decode", "the answer is empty, expected JSON")};
    if (json[i] == '<')
        return DecodeError{QString(),
                           QCoreApplication::translate("liteops::Decode", "expected JSON, got an HTML or XML page")};
    switch (code) {
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::UNCLOSED_STRING:
    case simdjson::EMPTY:
        return DecodeError{QString(), QCoreApplication::translate("liteops::Decode",
                                                                  "invalid JSON, the answer may be cut short (%1)")
                                          .arg(QLatin1StringView(simdjson::error_message(code)))};
    case simdjson::MEMALLOC:
    case simdjson::CAPACITY: return tooLargeError();
    default: break;
    }
    return DecodeError{QString(), QCoreApplication::translate("liteops::Decode", "invalid JSON (%1)")
                                      .arg(QLatin1StringView(simdjson::error_message(code)))};
}

} // namespace liteops::json

namespace liteops {

void releaseThreadDecoderMemory()
{
    json::ThreadState &ts = json::threadState();
    ts.parser = simdjson::dom::parser();
    ts.buffer.reset();
    ts.capacity = 0;
}

} // namespace liteops
