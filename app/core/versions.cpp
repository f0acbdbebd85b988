// SPDX-License-Identifier: Apache-2.0
#include "versions.h"

#include <algorithm>

namespace liteops {

namespace {

bool isValueEnd(QChar c)
{
    return c.isSpace() || QStringView(u"|,;\"'()[]{}，；、（）").contains(c);
}

// The version after the first mention of one of the keywords that is followed by one.
QString versionAfter(QStringView text, std::initializer_list<QStringView> keywords)
{
    for (QStringView keyword : keywords) {
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.indexOf(keyword, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            from = at + keyword.size();
            // A word on its own: "NPU-Driver" yes, "mydriverx" no.
            if (at > 0 && text[at - 1].isLetter() && keyword[0].unicode() < 0x80)
                continue;
            qsizetype p = at + keyword.size();
            auto skipSpace = [&] {
                while (p < text.size()
                       && (text[p].isSpace() || text[p] == QLatin1Char('"') || text[p] == QLatin1Char('\'')))
                    ++p;
            };
            // Optional "version"/"ver"/"版本" and "s".
            auto skipWord = [&](QStringView w) {
                if (text.sliced(p).startsWith(w, Qt::CaseInsensitive)) {
                    p += w.size();
                    return true;
                }
                return false;
            };
            if (p < text.size() && text[p].isLetter() && keyword[0].unicode() < 0x80
                && !text.sliced(p).startsWith(u"version", Qt::CaseInsensitive)
                && !text.sliced(p).startsWith(u"ver", Qt::CaseInsensitive))
                continue; // "drivers", "firmwareupdate": another word
            skipSpace();
            if (!skipWord(u"versions") && !skipWord(u"version") && !skipWord(u"ver"))
                skipWord(u"版本");
            if (p < text.size() && text[p] == QLatin1Char('.'))
                ++p; // "ver."
            skipSpace();
            if (p < text.size() && QStringView(u":=：").contains(text[p]))
                ++p;
            skipSpace();
            qsizetype e = p;
            while (e < text.size() && !isValueEnd(text[e]))
                ++e;
            while (e > p && QStringView(u".:").contains(text[e - 1]))
                --e;
            const QStringView value = text.sliced(p, e - p);
            if (std::any_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); }))
                return value.toString();
        }
    }
    return {};
}

} // namespace

std::optional<VersionInfo> parseVersions(QStringView message)
{
    VersionInfo v;
    v.driver = versionAfter(message, {u"driver", u"驱动"});
    v.firmware = versionAfter(message, {u"firmware", u"固件"});
    if (v.driver.isEmpty() && v.firmware.isEmpty())
        return std::nullopt;
    return v;
}

} // namespace liteops
