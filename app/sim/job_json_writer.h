// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writes ModelArts job JSON straight into bytes. Why not jobToJson() + QJsonDocument: for a
// 10,000-task job detail that path spends ~85% of the answer's time building and freeing
// QJsonObjects (230 ms on the reference machine), and the in-process sandbox answers on the
// GUI thread. The output is the same document as jobToJson() gives (checked by a test that
// compares the two), only faster.
#include "core/types.h"

#include <QByteArray>

namespace liteops::sim {

// Same fields and omission rules as liteops::jobToJson(job, withDetail).
void appendJobJson(QByteArray &out, const Job &job, bool withDetail);
QByteArray jobJson(const Job &job, bool withDetail);

// {"current","data":[jobs],"pages","size","total"}
QByteArray jobPageJson(const Page<Job> &page);

} // namespace liteops::sim
