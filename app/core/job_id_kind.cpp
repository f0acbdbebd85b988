// SPDX-License-Identifier: Apache-2.0
#include "job_id_kind.h"

#include <QRegularExpression>

namespace liteops {

std::optional<Provider> providerOfJobId(QStringView id)
{
    static const QRegularExpression serviceStage(
        QStringLiteral("^JOB[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (serviceStage.match(id.trimmed().toString()).hasMatch())
        return Provider::ServiceStage;
    return std::nullopt;
}

QString exampleJobId(Provider provider)
{
    switch (provider) {
    case Provider::ServiceStage: return QStringLiteral("JOB17cb1778-07b1-4c8f-a183-c86cffbe8f9e");
    case Provider::Ief: return QStringLiteral("66273c66-f72e-4607-8769-3663d255fb83");
    case Provider::ModelArts: break;
    }
    return QStringLiteral("3b3c4b5e-1f2a-4c8d-9e0f-123456789abc");
}

} // namespace liteops
