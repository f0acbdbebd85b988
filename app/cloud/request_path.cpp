// SPDX-License-Identifier: Apache-2.0
#include "request_path.h"

#include "signing.h"

#include <QCoreApplication>

namespace liteops {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestPath)
};
} // namespace

std::optional<CloudError> validateId(const QString &what, const QString &id)
{
    QString problem;
    if (id.isEmpty())
        problem = Tr::tr("%1 is empty.").arg(what);
    else if (id.size() > 64)
        problem = Tr::tr("%1 is longer than 64 characters.").arg(what);
    else if (id.trimmed().isEmpty())
        // Only spaces: nothing a user meant as an id (and "%20%20" would be sent).
        problem = Tr::tr("%1 contains only spaces.").arg(what);
    else if (id == QLatin1String(".") || id == QLatin1String(".."))
        problem = Tr::tr("%1 cannot be \"%2\".").arg(what, id);
    else if (id.contains(QLatin1Char('/')))
        problem = Tr::tr("%1 must not contain '/'.").arg(what);
    else if (!QStringView(id).isValidUtf16())
        // An unpaired surrogate has no UTF-8 form: toUtf8() would send a replacement
        // character, i.e. a different id than the one given.
        problem = Tr::tr("%1 contains a broken character (an unpaired UTF-16 surrogate).").arg(what);
    else {
        for (QChar c : id) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph) {
                // The code point is named: an invisible character (a zero-width joiner inside
                // an emoji, a right-to-left override) is otherwise impossible to find.
                problem = Tr::tr("%1 contains the control or invisible character U+%2.")
                              .arg(what, QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
                break;
            }
        }
    }
    if (problem.isEmpty())
        return std::nullopt;
    return CloudError::make(CloudError::Kind::Client, problem);
}

std::optional<CloudError> validateProjectId(const QString &what, const QString &id)
{
    if (auto e = validateId(what, id))
        return e;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'))
            return CloudError::make(CloudError::Kind::Client,
                                    Tr::tr("%1 may contain only letters, digits and '-'.").arg(what));
    }
    return std::nullopt;
}

QByteArray encodePathSegment(const QString &segment)
{
    return signing::percentEncode(segment.toUtf8());
}

QUrl buildUrl(const QUrl &base, const QStringList &segments, const QList<std::pair<QString, QString>> &query)
{
    QByteArray path = base.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    for (const QString &segment : segments)
        path += '/' + encodePathSegment(segment);
    QByteArray text = base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    text += path;
    if (!query.isEmpty()) {
        QByteArray q;
        for (const auto &[name, value] : query) {
            if (!q.isEmpty())
                q += '&';
            q += signing::percentEncode(name.toUtf8()) + '=' + signing::percentEncode(value.toUtf8());
        }
        text += '?' + q;
    }
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

} // namespace liteops
