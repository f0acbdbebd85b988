#include "error_mapping.h"

#include "decode.h"
#include "retry_policy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace liteops {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CloudError)
};

using Kind = CloudError::Kind;

bool isTlsError(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::SslHandshakeFailedError;
}

// Errors where the request certainly did not reach the service.
bool neverSent(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
           || e == QNetworkReply::ProxyConnectionRefusedError
           || e == QNetworkReply::ProxyNotFoundError || e == QNetworkReply::SslHandshakeFailedError
           || e == QNetworkReply::ProtocolUnknownError;
}

Kind kindForStatus(int status)
{
    if (status == 401 || status == 403)
        return Kind::Auth;
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::Throttled;
    if (status == 413)
        return Kind::TooLarge;
    if (status >= 500)
        return Kind::Server;
    return Kind::Client;
}
} // namespace

QString plainExcerpt(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression blocks(
        QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>?"));
    text.remove(blocks);
    text.remove(comments);
    // Keep the title's words: they are usually the useful part ("502 Bad Gateway").
    text.replace(tags, QStringLiteral(" "));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("‹"));
    text.replace(QLatin1String("&gt;"), QLatin1String("›"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    // Whatever markup characters survive (a stray '<' of a broken page) are not shown as such.
    text.replace(QLatin1Char('<'), QLatin1Char(' ')).replace(QLatin1Char('>'), QLatin1Char(' '));
    QString plain;
    plain.reserve(text.size());
    for (QChar c : std::as_const(text))
        plain += (c.isPrint() || c.isSpace()) ? c : QChar(QLatin1Char(' '));
    plain = plain.simplified();
    if (plain.size() > maxChars)
        plain = plain.left(maxChars - 1).trimmed() + QChar(0x2026);
    return plain;
}

CloudError mapExchange(const ExchangeFacts &f)
{
    CloudError e;
    e.httpStatus = f.httpStatus;
    e.requestId = QString::fromLatin1(f.requestIdHeader).trimmed();
    e.detail = f.networkErrorString;

    if (f.cancelled) {
        e.kind = Kind::Cancelled;
        e.errorMsg = Tr::tr("Cancelled by the user.");
        if (f.unsafeRequestSent) {
            e.kind = Kind::UnknownOutcome;
            e.errorMsg = Tr::tr("Cancelled after the request was sent.");
        }
        return e;
    }
    if (f.tooLarge) {
        e.kind = Kind::TooLarge;
        e.errorMsg = Tr::tr("The answer is larger than the limit and was cut off.");
        return e;
    }
    if (f.redirectRefused) {
        e.kind = Kind::Network;
        e.errorMsg = Tr::tr("The service redirected to another host or to plain http; the "
                            "redirect was not followed.");
        return e;
    }
    if (f.timedOut) {
        e.kind = f.unsafeRequestSent ? Kind::UnknownOutcome : Kind::Timeout;
        e.retryable = !f.unsafeRequestSent;
        e.errorMsg = Tr::tr("No answer within the time limit.");
        return e;
    }

    // An HTTP answer: the status decides, the body adds the Huawei error code.
    if (f.httpStatus >= 300) {
        e.kind = kindForStatus(f.httpStatus);
        e.retryable = isRetryableStatus(f.httpStatus);
        if (e.retryable)
            e.retryAfterSeconds = parseRetryAfter(f.retryAfterHeader, f.nowUtc);
        if (const auto body = decodeErrorBody(f.body)) {
            e.errorCode = body->errorCode;
            e.errorMsg = body->errorMsg;
            e.encodedAuthorizationMessage = body->encodedAuthorizationMessage;
            if (e.requestId.isEmpty())
                e.requestId = body->requestId;
            // The gateway says "backend timeout": for a create, the service may have done it.
            if (f.unsafeRequestSent && e.errorCode == QLatin1String("APIG.0203"))
                e.kind = Kind::UnknownOutcome;
        } else if (!f.body.trimmed().isEmpty()) {
            e.errorMsg = plainExcerpt(f.body);
        } else {
            e.errorMsg = f.networkErrorString;
        }
        // No code in the body: the HTTP status stands in, as in the official SDKs.
        if (e.errorCode.isEmpty())
            e.errorCode = QString::number(f.httpStatus);
        if (f.unsafeRequestSent && f.httpStatus == 504)
            e.kind = Kind::UnknownOutcome;
        if (e.kind == Kind::UnknownOutcome)
            e.retryable = false;
        return e;
    }

    if (f.networkError == QNetworkReply::NoError) {
        // A 2xx that the caller still calls a failure (e.g. a 1xx or a missing status).
        e.kind = Kind::Decode;
        e.errorMsg = Tr::tr("The answer had no usable HTTP status.");
        return e;
    }
    if (isTlsError(f.networkError)) {
        e.kind = Kind::Tls;
        e.errorMsg = f.networkErrorString;
        return e;
    }
    if (f.networkError == QNetworkReply::TimeoutError) {
        e.kind = f.unsafeRequestSent ? Kind::UnknownOutcome : Kind::Timeout;
        e.retryable = !f.unsafeRequestSent;
        e.errorMsg = Tr::tr("No answer within the time limit.");
        return e;
    }
    if (f.networkError == QNetworkReply::OperationCanceledError) {
        e.kind = f.unsafeRequestSent ? Kind::UnknownOutcome : Kind::Cancelled;
        e.errorMsg = f.networkErrorString;
        return e;
    }
    e.kind = (f.unsafeRequestSent && !neverSent(f.networkError)) ? Kind::UnknownOutcome
                                                                  : Kind::Network;
    e.retryable = e.kind == Kind::Network;
    // A 2xx whose body broke off (a truncated transfer) says so; others give Qt's reason.
    if (f.httpStatus >= 200 && f.httpStatus < 300)
        e.errorMsg = Tr::tr("The connection broke while the answer was arriving (%1).")
                         .arg(f.networkErrorString);
    else
        e.errorMsg = f.networkErrorString;
    return e;
}

} // namespace liteops
