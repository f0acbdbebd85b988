// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one list of bad values every bad-input sweep iterates (cloud calls, wizard fields,
// console dialogs, liteops-cli). Each value has a stable class name, used as the QtTest row
// name, so a failure says which kind of input broke which field.
//
// Whether a value must be refused is decided per field by the tests, from what the field is
// (an id in a URL path, a job name, free text, a URL, a header value), never by asking the
// product's own validator: a test that derives its answer from the code under test cannot
// fail.
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

namespace liteops::badinput {

struct BadValue
{
    const char *name; // row name: "empty", "ctl_nul", "emoji_zwj", ...
    QString value;
};

// Building blocks, by code point so the source stays plain ASCII.
inline QString chars(std::initializer_list<char32_t> codePoints)
{
    QString s;
    for (char32_t c : codePoints) {
        if (c > 0xFFFF) {
            s += QChar(QChar::highSurrogate(c));
            s += QChar(QChar::lowSurrogate(c));
        } else {
            s += QChar(char16_t(c));
        }
    }
    return s;
}

inline const QList<BadValue> &badValues()
{
    static const QList<BadValue> values = [] {
        const auto ctl = [](char16_t c) { return QStringLiteral("job") + QChar(c) + QStringLiteral("id"); };
        return QList<BadValue>{
            {"empty", QString()},
            {"whitespace_only", QStringLiteral("   ")},
            {"overlong_4097", QString(4097, QLatin1Char('a'))},
            {"overlong_65537", QString(65537, QLatin1Char('a'))},
            {"ctl_nul", QString(QChar(u'\0'))},
            {"ctl_tab", ctl(u'\t')},
            {"ctl_newline", ctl(u'\n')},
            {"ctl_cr", ctl(u'\r')},
            {"ctl_escape", QStringLiteral("job") + QChar(0x1b) + QStringLiteral("[31mid")},
            {"ctl_del", ctl(0x7f)},
            {"ctl_line_separator", ctl(0x2028)},
            {"slash", QStringLiteral("/")},
            {"dot_dot", QStringLiteral("..")},
            {"dot_dot_slash_x", QStringLiteral("../x")},
            {"pct_2f", QStringLiteral("a%2Fb")},
            {"pct_dot_dot", QStringLiteral("%2e%2e")},
            {"question_mark", QStringLiteral("a?b=c")},
            {"hash", QStringLiteral("a#b")},
            {"backslash", QStringLiteral("a\\b")},
            {"single_quote", QStringLiteral("job'id")},
            {"double_quote", QStringLiteral("job\"id")},
            {"script_tag", QStringLiteral("<script>")},
            // U+1F600: a surrogate pair in UTF-16.
            {"emoji_pair", QStringLiteral("job-") + chars({0x1F600})},
            // Man, ZWJ, woman, ZWJ, girl: one glyph, five code points.
            {"emoji_zwj", chars({0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467})},
            // Hebrew "mission" and Arabic "task": plain right-to-left letters.
            {"rtl_text", chars({0x05DE, 0x05E9, 0x05D9, 0x05DE, 0x05D4, 0x2D, 0x0645, 0x0647, 0x0645, 0x0629})},
            // U+202E RIGHT-TO-LEFT OVERRIDE: "abc<RLO>gpj.exe" displays as "abcexe.jpg".
            {"rlo_override", QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("gpj.exe")},
            {"lone_surrogate", QStringLiteral("job") + QChar(0xD800) + QStringLiteral("id")},
            {"nul_in_middle", ctl(u'\0')},
        };
    }();
    return values;
}

inline QStringList badValueNames()
{
    QStringList names;
    for (const BadValue &v : badValues())
        names << QLatin1String(v.name);
    return names;
}

// Value classes that are legal ids in a URL path (1-64 characters, no control or invisible
// character, no '/', not "." or ".."): they must be sent percent-encoded and arrive intact.
// Everything else must be refused before a request exists.
inline bool isLegalPathId(const char *name)
{
    static const QStringList legal = {QStringLiteral("pct_2f"),        QStringLiteral("pct_dot_dot"),
                                      QStringLiteral("question_mark"), QStringLiteral("hash"),
                                      QStringLiteral("backslash"),     QStringLiteral("single_quote"),
                                      QStringLiteral("double_quote"),  QStringLiteral("script_tag"),
                                      QStringLiteral("emoji_pair"),    QStringLiteral("rtl_text")};
    return legal.contains(QLatin1String(name));
}

// Legal one-line free text (a description, a parameter value): any script, emoji with
// joiners, quotes, '/', '%', markup, and nothing at all. Refused: overlong, control
// characters, line separators, direction overrides, unpaired surrogates.
inline bool isLegalFreeText(const char *name, int maxLength)
{
    static const QStringList illegal = {QStringLiteral("ctl_nul"),
                                        QStringLiteral("ctl_tab"),
                                        QStringLiteral("ctl_newline"),
                                        QStringLiteral("ctl_cr"),
                                        QStringLiteral("ctl_escape"),
                                        QStringLiteral("ctl_del"),
                                        QStringLiteral("ctl_line_separator"),
                                        QStringLiteral("rlo_override"),
                                        QStringLiteral("lone_surrogate"),
                                        QStringLiteral("nul_in_middle")};
    const QString n = QLatin1String(name);
    if (n == QLatin1String("overlong_4097"))
        return maxLength >= 4097;
    if (n == QLatin1String("overlong_65537"))
        return maxLength >= 65537;
    return !illegal.contains(n);
}

// `^[-_.a-zA-Z0-9]{1,64}$` (job names and item types): of the list only ".." passes.
inline bool isLegalJobName(const char *name)
{
    return QLatin1String(name) == QLatin1String("dot_dot");
}

// The data rows of a data-driven sweep: columns "value" and "valueClass", one row a value
// (only the values `keep` accepts, when given).
inline void addBadValueRows(bool (*keep)(const char *name) = nullptr)
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("valueClass");
    for (const BadValue &v : badValues()) {
        if (!keep || keep(v.name))
            QTest::newRow(v.name) << v.value << QString::fromLatin1(v.name);
    }
}

} // namespace liteops::badinput
