// SPDX-License-Identifier: Apache-2.0
#pragma once
// Driver and firmware versions as HDK_QUERY tasks report them ("Driver: 24.1.0.3 | Firmware:
// 7.5.0.5.220" and variations). One parser for the version drift view and the local store.
#include <QString>
#include <QStringView>
#include <optional>

namespace liteops {

struct VersionInfo
{
    QString driver;   // empty when the message names no driver version
    QString firmware; // empty when the message names no firmware version
    friend bool operator==(const VersionInfo &, const VersionInfo &) = default;
};

// Accepts "Driver: X | Firmware: Y" and its variations: any order, any case, "version"
// after the word, ':' or '=' or nothing before the value, separators '|', ',', ';' or new
// lines, "npu"/"hdk" prefixes. nullopt when neither version is present.
std::optional<VersionInfo> parseVersions(QStringView message);

} // namespace liteops
