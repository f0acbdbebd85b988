// SPDX-License-Identifier: Apache-2.0
#pragma once
// A job the console can open: which service and which id (IEF with an optional instance id),
// and the check an id passes before anything is sent for it.
#include "core/types.h"

#include <QString>

namespace liteops {

struct JobRef
{
    Provider provider = Provider::ModelArts;
    QString id;
    QString iefInstanceId; // IEF only, optional
    friend bool operator==(const JobRef &, const JobRef &) = default;
};

// Checks an id the way the cloud layer does (1-64 characters, no control characters, no
// '/'); a translated problem or empty.
QString jobIdProblem(const QString &id);

} // namespace liteops
