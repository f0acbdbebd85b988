// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the secret-leak scan looks for: each secret value ("needle") in every form a leak could
// take, as byte patterns. Matching is ASCII case-insensitive (patterns and files are folded
// the same way), which also covers upper/lower-case hex and %xx escapes.
#include <QByteArray>
#include <QList>
#include <QString>

namespace liteops::secretscan {

struct Needle
{
    QString kind;   // "ak", "sk", "security-token", "token", "password"
    QString origin; // "canary", "sandbox" (the console's random keys), "fixed" (a test's own)
    QByteArray value;
    // Access keys are identifiers: allowed as a profile's access_key in a settings file only
    // (see the policy in secret_scan_main.cpp).
    bool isAccessKey() const { return kind == QLatin1String("ak"); }
    QString label() const { return origin + QLatin1Char(' ') + kind; }
};

struct Pattern
{
    QByteArray folded; // the bytes, ASCII-lower-cased
    int needle = 0;    // index into the needle list
    QString encoding;  // "plain", "base64+1", "percent", "hmac-ipad", ...
};

// Patterns shorter than this are not searched (the index is keyed on this many bytes).
inline constexpr int kMinPatternLength = 8;

QByteArray foldCase(QByteArray bytes);

// Every form of `needle` worth searching for: plain, UTF-16 (both byte orders), percent-
// and form-encoded, JSON-escaped, hex, base64 and base64url at each of the three byte
// alignments it can have inside a longer encoded blob, its longest alphanumeric run (any
// encoding that leaves letters and digits alone), and for a secret key also the forms an
// HMAC key takes (the ipad/opad-masked key, its SHA-256).
QList<Pattern> patternsFor(const Needle &needle, int index);

} // namespace liteops::secretscan
