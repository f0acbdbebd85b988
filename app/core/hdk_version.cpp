// SPDX-License-Identifier: Apache-2.0
#include "hdk_version.h"

#include <QList>
#include <optional>

namespace liteops {

namespace {

struct Part
{
    enum Kind { Rc = 0, Number = 1, Spc = 2 }; // the order of kinds at one place
    Kind kind = Number;
    qulonglong value = 0;
};

std::optional<qulonglong> digits(QStringView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qulonglong v = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        v = v * 10 + qulonglong(c.unicode() - u'0');
    }
    return v;
}

std::optional<QList<Part>> parse(QStringView version)
{
    const QStringView trimmed = version.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QList<Part> parts;
    for (QStringView piece : trimmed.split(u'.')) {
        Part p;
        QStringView number = piece;
        if (piece.startsWith(u"rc", Qt::CaseInsensitive)) {
            p.kind = Part::Rc;
            number = piece.mid(2);
        } else if (piece.startsWith(u"spc", Qt::CaseInsensitive)) {
            p.kind = Part::Spc;
            number = piece.mid(3);
        }
        const std::optional<qulonglong> value = digits(number);
        if (!value)
            return std::nullopt;
        p.value = *value;
        parts.append(p);
    }
    return parts;
}

int compareParts(const Part &a, const Part &b)
{
    if (a.kind != b.kind)
        return a.kind < b.kind ? -1 : 1;
    if (a.value != b.value)
        return a.value < b.value ? -1 : 1;
    return 0;
}

} // namespace

HdkVersionComparison compareHdkVersions(QStringView a, QStringView b)
{
    const std::optional<QList<Part>> pa = parse(a);
    const std::optional<QList<Part>> pb = parse(b);
    if (!pa || !pb) {
        const int c = a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive);
        return {c < 0 ? -1 : c > 0 ? 1 : 0, true};
    }
    const qsizetype n = std::max(pa->size(), pb->size());
    for (qsizetype i = 0; i < n; ++i) {
        // A missing part is 0: "24.1" is "24.1.0".
        const Part x = i < pa->size() ? pa->at(i) : Part{};
        const Part y = i < pb->size() ? pb->at(i) : Part{};
        if (const int c = compareParts(x, y))
            return {c, false};
    }
    return {0, false};
}

bool isHdkVersion(QStringView version)
{
    return parse(version).has_value();
}

} // namespace liteops
