// SPDX-License-Identifier: Apache-2.0
#include "file_scan.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace liteops::secretscan {

namespace {

std::pair<qsizetype, qsizetype> lineBounds(const QByteArray &content, qsizetype offset)
{
    const qsizetype begin = content.lastIndexOf('\n', offset) + 1;
    qsizetype end = content.indexOf('\n', offset);
    if (end < 0)
        end = content.size();
    return {begin, end};
}

// The AK policy's allowed places (secret_scan_main.cpp): "<profile>\access_key=<AK>" in
// the [profiles] group of a settings file (QSettings' INI format; QSaveFile's temporary and
// capture copies count), and the profiles dialog's AK field in a screenshot text dump.
bool isAllowedAccessKey(const QString &path, const QByteArray &content, qsizetype offset, const Pattern &pattern,
                        const Needle &needle)
{
    if (pattern.encoding != QLatin1String("plain"))
        return false;
    const auto [begin, end] = lineBounds(content, offset);
    const QByteArray line = content.mid(begin, end - begin).trimmed();
    static const QRegularExpression screenText(QStringLiteral("/screenshots/[^/]+\\.txt(~\\d+)?$"));
    if (screenText.match(path).hasMatch())
        return line == "QLineEdit#accessKeyEdit text: " + needle.value;
    static const QRegularExpression settingsFile(QStringLiteral("\\.(conf|ini)(\\.[A-Za-z0-9]{6})?(~\\d+)?$"));
    if (!settingsFile.match(path).hasMatch())
        return false;
    static const QRegularExpression entry(QStringLiteral("^(?:[^=\\\\]+\\\\)?access_key=(.*)$"));
    const auto m = entry.match(QString::fromUtf8(line));
    if (!m.hasMatch() || m.captured(1).toUtf8() != needle.value)
        return false;
    // The group the line belongs to.
    qsizetype at = begin;
    while (at > 0) {
        const qsizetype prevBegin = content.lastIndexOf('\n', at - 2) + 1;
        const QByteArray prev = content.mid(prevBegin, at - 1 - prevBegin).trimmed();
        if (prev.startsWith('['))
            return prev == "[profiles]";
        at = prevBegin;
    }
    return false;
}

QString contextOf(const QByteArray &content, qsizetype offset, qsizetype length)
{
    const auto [begin, end] = lineBounds(content, offset);
    QByteArray line = content.mid(begin, end - begin);
    line.replace(offset - begin, length, "<secret>");
    QString text = QString::fromUtf8(line.left(240));
    for (QChar &ch : text) {
        if (!ch.isPrint())
            ch = QLatin1Char('.');
    }
    return text;
}

} // namespace

void scanFile(const QString &path, const QString &shownAs, const PatternSearch &search, const QList<Needle> &needles,
              QSet<QByteArray> *seenContents, ScanTotals *totals)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray content = file.readAll();
    ++totals->files;
    const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha1);
    if (seenContents->contains(digest))
        return; // the same bytes were searched already (a capture copy of a surviving file)
    seenContents->insert(digest);
    ++totals->distinctFiles;
    totals->bytes += content.size();
    const QList<Match> matches = search.findAll(foldCase(content));
    for (const Match &m : matches) {
        const Pattern &pattern = search.patterns().at(m.pattern);
        const Needle &needle = needles.at(pattern.needle);
        Hit hit{shownAs, int(content.left(m.offset).count('\n')) + 1, needle.label(), pattern.encoding,
                contextOf(content, m.offset, pattern.folded.size())};
        if (needle.isAccessKey() && isAllowedAccessKey(path, content, m.offset, pattern, needle))
            totals->allowedAccessKeys.append(hit);
        else
            totals->hits.append(hit);
    }
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace liteops::secretscan
