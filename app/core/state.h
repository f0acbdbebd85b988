// SPDX-License-Identifier: Apache-2.0
#pragma once
// Normalised job/task state shared by every provider. The raw status string is always kept
// beside it (users search for the raw words), this enum is what views colour and filter on.
#include <QString>
#include <QStringView>
#include <optional>
#include <string_view>

namespace liteops {

enum class State : quint8 {
    Pending,
    Running,
    Succeeded,
    Failed,
    Skipped,
    Cancelled,
    Partial,
    Deleted,
    Unknown,
};
inline constexpr int kStateCount = 9;

enum class Provider : quint8 { ModelArts, ServiceStage, Ief };

// Maps any status word of ModelArts, ServiceStage or IEF (case and separators ignored) to a
// state; anything unrecognised is State::Unknown.
State stateFromStatus(QStringView rawStatus);
// The same for UTF-8 bytes straight from a JSON parser (no QString needed).
State stateFromStatus(std::string_view rawStatusUtf8);

// Stable lower-case key ("pending", "running", ...): used in JSON output and settings.
QLatin1StringView stateKey(State state);
std::optional<State> stateFromKey(QStringView key);

// Translated name for display ("Failed", "失败").
QString stateDisplayName(State state);

// True once the state can no longer change on its own (succeeded, failed, skipped, ...).
bool isFinalState(State state);

QLatin1StringView providerKey(Provider provider); // "modelarts", "servicestage", "ief"
std::optional<Provider> providerFromKey(QStringView key);

} // namespace liteops
