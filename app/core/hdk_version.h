// SPDX-License-Identifier: Apache-2.0
#pragma once
// The order of Ascend HDK (NPU driver and firmware) versions, e.g. "23.0.6" < "24.1.RC3.10"
// < "24.1.0.3" < "24.1.0.SPC1":
//  * dot-separated parts compare in order, numerically ("24.1.10" after "24.1.9");
//  * a missing part counts as 0 ("24.1" is "24.1.0");
//  * "RCn" (any case) comes before every number at its place, so a release candidate comes
//    before the release it precedes ("24.1.RC3" < "24.1.0" and < "24.1");
//  * "SPCn" (a service pack) comes after every number at its place ("24.1.0.SPC1" >
//    "24.1.0.99");
//  * RCs and SPCs compare by their number.
// A version of any other shape ("24.1.beta", "V100R001") cannot be ordered this way: it is
// compared as text (case-insensitively) and the comparison says so.
#include <QString>
#include <QStringView>

namespace liteops {

struct HdkVersionComparison
{
    int order = 0;       // < 0: a before b, 0: the same version, > 0: a after b
    bool asText = false; // one of them has an unknown shape: `order` is a text comparison
};

HdkVersionComparison compareHdkVersions(QStringView a, QStringView b);

// True when `version` has the shape above (so it orders numerically).
bool isHdkVersion(QStringView version);

} // namespace liteops
