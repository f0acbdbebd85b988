// SPDX-License-Identifier: Apache-2.0
#include "job_ref.h"

#include "request_path.h"

#include <QCoreApplication>

namespace liteops {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(liteops::JobRef)
};

} // namespace

QString jobIdProblem(const QString &id)
{
    const QString t = id.trimmed();
    if (t.isEmpty())
        return Tr::tr("Enter a job id.");
    if (t.size() > 64)
        return Tr::tr("A job id has at most 64 characters.");
    for (QChar c : t) {
        if (c.category() == QChar::Other_Control || c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return Tr::tr("A job id cannot contain '/', '\\' or control characters.");
    }
    // Then every rule the cloud layer applies ("..", invisible characters such as U+202E,
    // line separators, unpaired surrogates), so the dialog never accepts an id the call
    // would refuse afterwards.
    if (const auto e = validateId(Tr::tr("The id"), t))
        return e->errorMsg;
    return {};
}

} // namespace liteops
