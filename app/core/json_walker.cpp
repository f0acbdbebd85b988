#include "json_walker.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

#include <cmath>

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

std::string_view Walker::string(std::string_view key, Element v) const
{
    std::string_view s;
    if (v.get(s) == simdjson::SUCCESS)
        return s;
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
    if (v.get(d) == simdjson::SUCCESS && std::isfinite(d) && d == std::floor(d)
        && std::fabs(d) < 9.0e18)
        return qint64(d);
    if (v.is_number())
        fail(key, QCoreApplication::translate("liteops::Decode", "expected a whole number"));
    wrongType(key, "a number", v);
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

qint64 Walker::timestamp(std::string_view key, Element v, TimeUnit unit) const
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
    fail(key, QCoreApplication::translate("liteops::Decode", "expected a timestamp (epoch number or ISO-8601), got %1").arg(quoted(s)));
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

const StatusCache::Entry &StatusCache::get(std::string_view raw)
{
    for (const Entry &e : m_entries) {
        if (e.raw == raw)
            return e;
    }
    m_entries.push_back(Entry{std::string(raw), toQString(raw), stateFromStatus(raw)});
    return m_entries.back();
}

simdjson::dom::parser &threadParser()
{
    // One parser per thread: decoders run on the GUI thread and in QtConcurrent workers.
    // The parser keeps its buffers between calls, which is what makes repeated decodes of
    // big pages cheap.
    thread_local simdjson::dom::parser parser;
    return parser;
}

DecodeError parseError(QByteArrayView json, simdjson::error_code code)
{
    qsizetype i = 0;
    while (i < json.size() && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t'))
        ++i;
    if (i == json.size())
        return DecodeError{QString(), QCoreApplication::translate("liteops::Decode", "the answer is empty, expected JSON")};
    if (json[i] == '<')
        return DecodeError{QString(), QCoreApplication::translate("liteops::Decode", "expected JSON, got an HTML or XML page")};
    switch (code) {
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::UNCLOSED_STRING:
    case simdjson::EMPTY:
        return DecodeError{QString(), QCoreApplication::translate("liteops::Decode", "invalid JSON, the answer may be cut short (%1)")
                                          .arg(QLatin1StringView(simdjson::error_message(code)))};
    case simdjson::MEMALLOC:
    case simdjson::CAPACITY:
        return DecodeError{QString(), QCoreApplication::translate("liteops::Decode", "the answer is too large to decode")};
    default:
        break;
    }
    return DecodeError{QString(), QCoreApplication::translate("liteops::Decode", "invalid JSON (%1)")
                                      .arg(QLatin1StringView(simdjson::error_message(code)))};
}

} // namespace liteops::json
