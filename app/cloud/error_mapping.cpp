// SPDX-License-Identifier: Apache-2.0
#include "error_mapping.h"

#include "core/decode.h"
#include "retry_policy.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslCertificate>

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
           || e == QNetworkReply::ProxyConnectionRefusedError || e == QNetworkReply::ProxyNotFoundError
           || e == QNetworkReply::SslHandshakeFailedError || e == QNetworkReply::ProtocolUnknownError;
}

// Which verification error explains a failed handshake best: an untrusted issuer first (the
// rest are moot when the chain is not trusted), then the validity dates, then the host name.
int tlsRank(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted: return 0;
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid: return 1;
    case QSslError::HostNameMismatch: return 2;
    default: return 3;
    }
}

QString certificateNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names.isEmpty() ? Tr::tr("no host name") : names.join(QLatin1String(", "));
}

// A certificate verification failure in words: the problem, the facts that show it, and the
// TlsProblem that picks the advice (CloudError::message()).
void describeTlsFailure(const ExchangeFacts &f, CloudError *e)
{
    using Problem = CloudError::TlsProblem;
    if (f.sslErrors.isEmpty()) {
        e->tlsProblem = Problem::Other;
        e->errorMsg = Tr::tr("The secure connection could not be set up: %1").arg(f.networkErrorString);
        return;
    }
    const QSslError *worst = &f.sslErrors.first();
    for (const QSslError &error : f.sslErrors) {
        if (tlsRank(error.error()) < tlsRank(worst->error()))
            worst = &error;
    }
    const QSslCertificate certificate = worst->certificate();
    const auto utc = [](const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")); };
    switch (tlsRank(worst->error())) {
    case 0: {
        e->tlsProblem = Problem::IssuerUnknown;
        QString issuer = certificate.isNull() ? QString() : certificate.issuerDisplayName();
        if (issuer.isEmpty())
            issuer = Tr::tr("unnamed");
        e->errorMsg = Tr::tr("The server's certificate was issued by a certificate authority this "
                             "computer does not trust (issuer unknown: %1).")
                          .arg(issuer);
        return;
    }
    case 1:
        if (worst->error() == QSslError::CertificateExpired) {
            e->tlsProblem = Problem::Expired;
            e->errorMsg = Tr::tr("The server's certificate expired on %1.").arg(utc(certificate.expiryDate()));
        } else {
            e->tlsProblem = Problem::NotYetValid;
            e->errorMsg =
                Tr::tr("The server's certificate is not valid before %1.").arg(utc(certificate.effectiveDate()));
        }
        return;
    case 2:
        e->tlsProblem = Problem::HostNameMismatch;
        e->errorMsg = Tr::tr("The server's certificate is for %1, not for %2 (host name mismatch).")
                          .arg(certificateNames(certificate), f.host);
        return;
    default: {
        e->tlsProblem = Problem::Other;
        QStringList reasons;
        for (const QSslError &error : f.sslErrors)
            reasons << error.errorString();
        reasons.removeDuplicates();
        e->errorMsg = Tr::tr("The server's certificate was refused: %1").arg(reasons.join(QLatin1String("; ")));
        return;
    }
    }
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
    static const QRegularExpression blocks(QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
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

namespace {

// What happened on our side: cancelled, cut off at the size cap, a refused redirect, our own
// timeout. False when none of these applies.
bool mapLocalOutcome(const ExchangeFacts &f, CloudError *e)
{
    if (f.cancelled) {
        e->kind = Kind::Cancelled;
        e->errorMsg = Tr::tr("Cancelled by the user.");
        if (f.unsafeRequestSent) {
            e->kind = Kind::UnknownOutcome;
            e->errorMsg = Tr::tr("Cancelled after the request was sent.");
        }
        return true;
    }
    if (f.tooLarge) {
        e->kind = Kind::TooLarge;
        e->errorMsg = Tr::tr("The answer is larger than the limit and was cut off.");
        return true;
    }
    if (f.redirectRefused) {
        e->kind = Kind::Network;
        e->errorMsg = Tr::tr("The service redirected to another host or to plain http; the "
                             "redirect was not followed.");
        return true;
    }
    if (f.timedOut) {
        e->kind = f.unsafeRequestSent ? Kind::UnknownOutcome : Kind::Timeout;
        e->retryable = !f.unsafeRequestSent;
        e->errorMsg = Tr::tr("No answer within the time limit.");
        return true;
    }
    return false;
}

// An HTTP answer of 300 or more: the status decides, the body adds the Huawei error code.
void mapHttpAnswer(const ExchangeFacts &f, CloudError *e)
{
    e->kind = kindForStatus(f.httpStatus);
    e->retryable = isRetryableStatus(f.httpStatus);
    if (e->retryable)
        e->retryAfterSeconds = parseRetryAfter(f.retryAfterHeader, f.nowUtc);
    if (const auto body = decodeErrorBody(f.body)) {
        e->errorCode = body->errorCode;
        e->errorMsg = body->errorMsg;
        e->encodedAuthorizationMessage = body->encodedAuthorizationMessage;
        if (e->requestId.isEmpty())
            e->requestId = body->requestId;
        // The gateway says "backend timeout": for a create, the service may have done it.
        if (f.unsafeRequestSent && e->errorCode == QLatin1String("APIG.0203"))
            e->kind = Kind::UnknownOutcome;
    } else if (!f.body.trimmed().isEmpty()) {
        e->errorMsg = plainExcerpt(f.body);
    } else {
        e->errorMsg = f.networkErrorString;
    }
    // No code in the body: the HTTP status stands in, as in the official SDKs.
    if (e->errorCode.isEmpty())
        e->errorCode = QString::number(f.httpStatus);
    if (f.unsafeRequestSent && f.httpStatus == 504)
        e->kind = Kind::UnknownOutcome;
    if (e->kind == Kind::UnknownOutcome)
        e->retryable = false;
}

// No HTTP error answer: TLS, timeouts, cancels and network failures, or a 2xx the caller still
// calls a failure.
void mapNetworkFailure(const ExchangeFacts &f, CloudError *e)
{
    if (f.networkError == QNetworkReply::NoError) {
        // A 2xx that the caller still calls a failure (e.g. a 1xx or a missing status).
        e->kind = Kind::Decode;
        e->errorMsg = Tr::tr("The answer had no usable HTTP status.");
        return;
    }
    if (isTlsError(f.networkError)) {
        e->kind = Kind::Tls;
        describeTlsFailure(f, e);
        return;
    }
    if (f.networkError == QNetworkReply::TimeoutError) {
        e->kind = f.unsafeRequestSent ? Kind::UnknownOutcome : Kind::Timeout;
        e->retryable = !f.unsafeRequestSent;
        e->errorMsg = Tr::tr("No answer within the time limit.");
        return;
    }
    if (f.networkError == QNetworkReply::OperationCanceledError) {
        e->kind = f.unsafeRequestSent ? Kind::UnknownOutcome : Kind::Cancelled;
        e->errorMsg = f.networkErrorString;
        return;
    }
    e->kind = (f.unsafeRequestSent && !neverSent(f.networkError)) ? Kind::UnknownOutcome : Kind::Network;
    e->retryable = e->kind == Kind::Network;
    // A 2xx whose body broke off (a truncated transfer) says so; others give Qt's reason.
    if (f.httpStatus >= 200 && f.httpStatus < 300)
        e->errorMsg = Tr::tr("The connection broke while the answer was arriving (%1).").arg(f.networkErrorString);
    else
        e->errorMsg = f.networkErrorString;
}

} // namespace

CloudError mapExchange(const ExchangeFacts &f)
{
    CloudError e;
    e.httpStatus = f.httpStatus;
    e.requestId = QString::fromLatin1(f.requestIdHeader).trimmed();
    e.detail = f.networkErrorString;
    if (mapLocalOutcome(f, &e))
        return e;
    if (f.httpStatus >= 300)
        mapHttpAnswer(f, &e);
    else
        mapNetworkFailure(f, &e);
    return e;
}

} // namespace liteops
