// SPDX-License-Identifier: Apache-2.0
#include "message_text.h"

#include "decode_parts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace liteops {

namespace {

QString valueText(const QJsonValue &value);

// The keys the services use for "what went wrong", most specific first.
constexpr const char16_t *kMessageKeys[] = {u"error", u"error_msg", u"message", u"msg", u"reason", u"detail"};

QString objectText(const QJsonObject &object)
{
    for (const char16_t *key : kMessageKeys) {
        const auto it = object.constFind(QStringView(key));
        if (it != object.constEnd()) {
            const QString text = valueText(*it);
            if (!text.isEmpty())
                return text;
        }
    }
    // No known key: every field, so nothing the service said is lost.
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString text = valueText(it.value());
        if (!text.isEmpty())
            parts << it.key() + QLatin1String(": ") + text;
    }
    return parts.join(QLatin1String("; "));
}

QString arrayText(const QJsonArray &array)
{
    QStringList parts;
    for (const QJsonValue &v : array) {
        const QString text = valueText(v);
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QLatin1String("; "));
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Object: return objectText(value.toObject());
    case QJsonValue::Array: return arrayText(value.toArray());
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble());
    default: return {};
    }
}

} // namespace

bool looksLikeJsonMessage(QStringView raw)
{
    const QStringView t = raw.trimmed();
    return t.size() >= 2 && ((t.front() == u'{' && t.back() == u'}') || (t.front() == u'[' && t.back() == u']'));
}

QString messageText(QStringView raw)
{
    if (!looksLikeJsonMessage(raw))
        return raw.toString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return raw.toString(); // text that merely looks like JSON stays as it was
    return doc.isObject() ? objectText(doc.object()) : arrayText(doc.array());
}

namespace json {

QAnyStringView messageField(const Walker &w, std::string_view key, Element v, QString &holder)
{
    if (v.is_object() || v.is_array()) {
        const std::string json = simdjson::minify(v);
        holder = messageText(toQString(json));
        return holder;
    }
    const std::string_view s = w.string(key, v);
    const size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || (s[first] != '{' && s[first] != '['))
        return textView(s);
    holder = messageText(toQString(s));
    return holder;
}

} // namespace json

} // namespace liteops
