// SPDX-License-Identifier: Apache-2.0
#pragma once
// One typed setting: its key, its default, and how its value is read and written. Enums are
// stored by their QMetaEnum key ("ByErrorCluster"), never by number or combo index, so
// reordering an enum or a combo box cannot change what a user chose.
//
// Unlike qBittorrent's CachedSettingValue nothing is cached: every read goes to QSettings,
// which already shares one in-memory copy per file within the process, and tests reset
// settings behind the console's back (QSettings().remove(...)).
#include <QMetaEnum>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <type_traits>

namespace liteops {

template <typename T>
class SettingValue
{
public:
    SettingValue(QString key, T defaultValue = T()) : m_key(std::move(key)), m_default(defaultValue) {}

    const QString &key() const { return m_key; }

    T read(const QSettings &settings) const
    {
        const QVariant stored = settings.value(m_key);
        if (stored.isNull())
            return m_default;
        if constexpr (std::is_enum_v<T>)
            return enumFromKey(stored.toString());
        else
            return stored.value<T>();
    }

    void write(QSettings &settings, const T &value) const
    {
        if constexpr (std::is_enum_v<T>)
            settings.setValue(m_key, QString::fromLatin1(QMetaEnum::fromType<T>().valueToKey(int(value))));
        else
            settings.setValue(m_key, QVariant::fromValue(value));
    }

private:
    // An unknown key (a value removed from the enum, a hand-edited file) falls back to the
    // default rather than to whatever number it might have meant.
    T enumFromKey(const QString &key) const
    {
        bool ok = false;
        const int value = QMetaEnum::fromType<T>().keyToValue(key.toLatin1().constData(), &ok);
        return ok ? T(value) : m_default;
    }

    QString m_key;
    T m_default;
};

} // namespace liteops
