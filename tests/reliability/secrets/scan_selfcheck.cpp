// SPDX-License-Identifier: Apache-2.0
#include "scan_selfcheck.h"

#include "file_scan.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace liteops::secretscan {

namespace {

bool plant(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray utf16le(const QByteArray &utf8)
{
    const QString s = QString::fromUtf8(utf8);
    QByteArray out;
    for (QChar ch : s) {
        out += char(ch.unicode() & 0xff);
        out += char(ch.unicode() >> 8);
    }
    return out;
}

} // namespace

QStringList selfCheck(const QString &dir, const CanaryValues &c, const PatternSearch &search,
                      const QList<Needle> &needles)
{
    QStringList problems;
    if (!QDir().mkpath(dir + QStringLiteral("/screenshots")))
        return {QStringLiteral("self-check: cannot create %1").arg(dir)};
    const QDir d(dir);
    // Leaks: each file must give at least one hit.
    QList<std::pair<QString, QByteArray>> leaks{
        {QStringLiteral("auth-header.log"),
         "GET /v1/jobs\nAuthorization: SDK-HMAC-SHA256 Access=" + c.ak + ", SignedHeaders=host, Signature=00\n"},
        {QStringLiteral("url.txt"),
         "https://example.invalid/x?sk=" + QUrl::toPercentEncoding(QString::fromUtf8(c.sk)) + "&a=1\n"},
        {QStringLiteral("token-upper.txt"), "X-Auth-Token: " + c.token.toUpper() + "\n"},
        {QStringLiteral("password.hex"), c.password.toHex().toUpper()},
        {QStringLiteral("token.utf16"), utf16le("token=" + c.securityToken)},
        {QStringLiteral("body.json"),
         QJsonDocument(QJsonObject{{QStringLiteral("auth"), QString::fromUtf8(c.password)}}).toJson()},
        {QStringLiteral("other-settings.conf"), "[general]\naccess_key=" + c.ak + "\n"},
        {QStringLiteral("profiles-secret.conf"), "[profiles]\nlab\\secret_key=" + c.sk + "\n"},
        {QStringLiteral("screenshots/status.txt"), "QLabel#statusLabel text: signed as " + c.ak + "\n"},
    };
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray blob = QByteArray(shift, 'x') + "{\"sk\":\"" + c.sk + "\"}";
        leaks.append({QStringLiteral("body-%1.b64").arg(shift), blob.toBase64()});
        leaks.append({QStringLiteral("token-%1.b64url").arg(shift),
                      (QByteArray(shift, 'y') + c.token).toBase64(QByteArray::Base64UrlEncoding)});
    }
    for (const auto &[name, content] : std::as_const(leaks)) {
        if (!plant(d.filePath(name), content)) {
            problems << QStringLiteral("self-check: cannot write %1").arg(name);
            continue;
        }
        ScanTotals totals;
        QSet<QByteArray> seen;
        scanFile(d.filePath(name), name, search, needles, &seen, &totals);
        if (totals.hits.isEmpty())
            problems << QStringLiteral("self-check: the planted leak in %1 was not found").arg(name);
    }
    // The AK policy's allowed places: the profile store's own record of the AK and the
    // profiles dialog's AK field on screen. Allowed, and not hits.
    const QList<std::pair<QString, QByteArray>> allowed{
        {QStringLiteral("profiles.conf"),
         "[General]\nx=1\n\n[profiles]\nlab\\access_key=" + c.ak + "\nlab\\region=cn-north-4\n"},
        {QStringLiteral("screenshots/dialog.txt"), "QLabel# text: AK:\nQLineEdit#accessKeyEdit text: " + c.ak + "\n"},
    };
    for (const auto &[name, content] : allowed) {
        if (!plant(d.filePath(name), content)) {
            problems << QStringLiteral("self-check: cannot write %1").arg(name);
            continue;
        }
        ScanTotals totals;
        QSet<QByteArray> seen;
        scanFile(d.filePath(name), name, search, needles, &seen, &totals);
        if (!totals.hits.isEmpty() || totals.allowedAccessKeys.size() != 1)
            problems << QStringLiteral("self-check: the allowed AK in %1 gave %2 hits and %3 allowed "
                                       "occurrences (expected 0 and 1)")
                            .arg(name)
                            .arg(totals.hits.size())
                            .arg(totals.allowedAccessKeys.size());
    }
    return problems;
}

} // namespace liteops::secretscan
