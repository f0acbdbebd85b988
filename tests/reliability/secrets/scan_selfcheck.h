// SPDX-License-Identifier: Apache-2.0
#pragma once
// Proves the search can fail: before trusting a clean result, the scan plants leaks of its
// canaries in a folder of its own, each written the way real code would write it (a log
// line, a percent-encoded URL, base64 of a JSON body at every alignment, hex, UTF-16, a
// QJsonDocument, upper case, a settings entry outside the profiles group, the AK in other
// screen text) and checks each one is found, while the AK policy's two allowed places are
// not reported as hits.
#include "pattern_search.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace liteops::secretscan {

struct CanaryValues
{
    QByteArray ak, sk, securityToken, token, password;
};

// Problems found (empty: the search finds every planted leak and nothing else).
QStringList selfCheck(const QString &dir, const CanaryValues &canaries, const PatternSearch &search,
                      const QList<Needle> &needles);

} // namespace liteops::secretscan
