// SPDX-License-Identifier: Apache-2.0
#pragma once
// Which service an id the user pastes belongs to, when the id itself says so. ServiceStage
// job ids are "JOB" followed by a UUID ("JOB17cb1778-07b1-4c8f-a183-c86cffbe8f9e");
// ModelArts and IEF ids are bare UUIDs and cannot be told apart, so only ServiceStage is
// recognised. The console's Open Job dialog and the CLI can share the rule.
#include "types.h"

#include <QStringView>
#include <optional>

namespace liteops {

// The service an id unmistakably belongs to, or nothing when the id could be any.
std::optional<Provider> providerOfJobId(QStringView id);

// A correct example id for the service, for placeholders and help.
QString exampleJobId(Provider provider);

} // namespace liteops
