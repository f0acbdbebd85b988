// SPDX-License-Identifier: Apache-2.0
#include "state.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace liteops {

namespace {

// Status words are compared after dropping everything that is not a letter or digit and
// upper-casing ASCII, so "PARTIALLY_FAILED", "partially-failed" and "Partially Failed" are
// one word. The table holds every status of the three services' documents plus the common
// synonyms their SDKs and consoles use.
struct StatusWord
{
    std::string_view word;
    State state;
};

constexpr std::array kStatusWords{
    // Pending: accepted, not started.
    StatusWord{"PENDING", State::Pending},   // IEF
    StatusWord{"SUBMITTED", State::Pending}, // ServiceStage
    StatusWord{"SCHEDULED", State::Pending}, // ServiceStage
    StatusWord{"SCHEDULING", State::Pending},
    StatusWord{"QUEUED", State::Pending},
    StatusWord{"QUEUING", State::Pending},
    StatusWord{"WAITING", State::Pending},
    StatusWord{"INIT", State::Pending},
    StatusWord{"INITIAL", State::Pending},
    StatusWord{"INITIALIZING", State::Pending},
    StatusWord{"CREATED", State::Pending},
    StatusWord{"CREATING", State::Pending},
    StatusWord{"NEW", State::Pending},
    StatusWord{"NOTSTARTED", State::Pending},
    StatusWord{"TODO", State::Pending},
    // Running.
    StatusWord{"RUNNING", State::Running},     // ServiceStage, IEF
    StatusWord{"PROCESSING", State::Running},  // ModelArts job and task
    StatusWord{"ACTIVE", State::Running},      // ModelArts create answer
    StatusWord{"ROLLBACKING", State::Running}, // ServiceStage: still working
    StatusWord{"EXECUTING", State::Running},
    StatusWord{"INPROGRESS", State::Running},
    StatusWord{"STARTING", State::Running},
    StatusWord{"STARTED", State::Running},
    StatusWord{"DEPLOYING", State::Running},
    StatusWord{"UPGRADING", State::Running},
    StatusWord{"RETRYING", State::Running},
    // Succeeded.
    StatusWord{"SUCCEEDED", State::Succeeded},  // ServiceStage
    StatusWord{"SUCCESS", State::Succeeded},    // ModelArts task
    StatusWord{"SUCCESSFUL", State::Succeeded}, // IEF
    StatusWord{"SUCCEED", State::Succeeded},
    StatusWord{"SUCCESSED", State::Succeeded},
    StatusWord{"FINISHED", State::Succeeded}, // ModelArts job (see decoders: partial)
    StatusWord{"COMPLETED", State::Succeeded},
    StatusWord{"COMPLETE", State::Succeeded},
    StatusWord{"DONE", State::Succeeded},
    StatusWord{"OK", State::Succeeded},
    // Failed.
    StatusWord{"FAILED", State::Failed}, // all three
    StatusWord{"FAILURE", State::Failed},
    StatusWord{"FAIL", State::Failed},
    StatusWord{"ERROR", State::Failed},
    StatusWord{"ABNORMAL", State::Failed},
    StatusWord{"ROLLBACKED", State::Failed}, // ServiceStage: rolled back = did not apply
    StatusWord{"ROLLEDBACK", State::Failed},
    StatusWord{"TIMEOUT", State::Failed},
    StatusWord{"TIMEDOUT", State::Failed},
    // Skipped.
    StatusWord{"SKIPPED", State::Skipped}, // ModelArts task, ServiceStage
    StatusWord{"SKIP", State::Skipped},
    StatusWord{"IGNORED", State::Skipped},
    // Cancelled.
    StatusWord{"CANCELLED", State::Cancelled}, // ServiceStage
    StatusWord{"CANCELED", State::Cancelled},
    StatusWord{"CANCEL", State::Cancelled},
    StatusWord{"ABORTED", State::Cancelled},
    StatusWord{"TERMINATED", State::Cancelled},
    StatusWord{"STOPPED", State::Cancelled},
    // Partial.
    StatusWord{"PARTIALLYFAILED", State::Partial}, // ServiceStage
    StatusWord{"PARTIALFAILED", State::Partial},
    StatusWord{"PARTIALFAILURE", State::Partial},
    StatusWord{"PARTIALSUCCESS", State::Partial},
    StatusWord{"PARTIALLYSUCCEEDED", State::Partial},
    StatusWord{"PARTIALLYSUCCESSFUL", State::Partial},
    StatusWord{"PARTIAL", State::Partial},
    // Deleted.
    StatusWord{"DELETED", State::Deleted}, // ModelArts job
    StatusWord{"REMOVED", State::Deleted},
    // Unknown stays unknown (ServiceStage sends the word itself).
    StatusWord{"UNKNOWN", State::Unknown},
};

constexpr qsizetype kLongestWord = 24;

template <typename Char>
State lookup(const Char *data, qsizetype size)
{
    char folded[kLongestWord];
    qsizetype n = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<char32_t>(data[i]);
        if (c >= 'a' && c <= 'z') {
            if (n == kLongestWord)
                return State::Unknown;
            folded[n++] = char(c - 'a' + 'A');
        } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            if (n == kLongestWord)
                return State::Unknown;
            folded[n++] = char(c);
        } else if (c == '_' || c == '-' || c == ' ' || c == '.' || c == '\t') {
            continue; // separators
        } else {
            return State::Unknown; // anything else is not one of our words
        }
    }
    const std::string_view word(folded, size_t(n));
    for (const StatusWord &w : kStatusWords) {
        if (w.word == word)
            return w.state;
    }
    return State::Unknown;
}

constexpr std::array<std::string_view, kStateCount> kStateKeys{
    "pending", "running", "succeeded", "failed", "skipped", "cancelled", "partial", "deleted", "unknown",
};

} // namespace

State stateFromStatus(QStringView rawStatus)
{
    return lookup(rawStatus.utf16(), rawStatus.size());
}

State stateFromStatus(std::string_view rawStatusUtf8)
{
    // Non-ASCII bytes never match a word, so bytes are compared as they are.
    return lookup(reinterpret_cast<const unsigned char *>(rawStatusUtf8.data()), qsizetype(rawStatusUtf8.size()));
}

QLatin1StringView stateKey(State state)
{
    const std::string_view key = kStateKeys[size_t(state)];
    return QLatin1StringView(key.data(), qsizetype(key.size()));
}

std::optional<State> stateFromKey(QStringView key)
{
    for (size_t i = 0; i < kStateKeys.size(); ++i) {
        const std::string_view k = kStateKeys[i];
        if (key.compare(QLatin1StringView(k.data(), qsizetype(k.size())), Qt::CaseInsensitive) == 0)
            return State(i);
    }
    return std::nullopt;
}

QString stateDisplayName(State state)
{
    switch (state) {
    case State::Pending: return QCoreApplication::translate("liteops::State", "Pending");
    case State::Running: return QCoreApplication::translate("liteops::State", "Running");
    case State::Succeeded: return QCoreApplication::translate("liteops::State", "Succeeded");
    case State::Failed: return QCoreApplication::translate("liteops::State", "Failed");
    case State::Skipped: return QCoreApplication::translate("liteops::State", "Skipped");
    case State::Cancelled: return QCoreApplication::translate("liteops::State", "Cancelled");
    case State::Partial: return QCoreApplication::translate("liteops::State", "Partially failed");
    case State::Deleted: return QCoreApplication::translate("liteops::State", "Deleted");
    case State::Unknown: break;
    }
    return QCoreApplication::translate("liteops::State", "Unknown");
}

bool isFinalState(State state)
{
    switch (state) {
    case State::Succeeded:
    case State::Failed:
    case State::Skipped:
    case State::Cancelled:
    case State::Partial:
    case State::Deleted: return true;
    case State::Pending:
    case State::Running:
    case State::Unknown: // may still change: keep polling
        return false;
    }
    return false;
}

QLatin1StringView providerKey(Provider provider)
{
    switch (provider) {
    case Provider::ModelArts: return QLatin1StringView("modelarts");
    case Provider::ServiceStage: return QLatin1StringView("servicestage");
    case Provider::Ief: return QLatin1StringView("ief");
    }
    return QLatin1StringView("modelarts");
}

std::optional<Provider> providerFromKey(QStringView key)
{
    for (Provider p : {Provider::ModelArts, Provider::ServiceStage, Provider::Ief}) {
        if (key.compare(providerKey(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace liteops
