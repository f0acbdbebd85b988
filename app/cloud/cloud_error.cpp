// SPDX-License-Identifier: Apache-2.0
#include "cloud_error.h"

namespace liteops {

CloudError CloudError::make(Kind kind, const QString &errorMsg, int httpStatus)
{
    CloudError e;
    e.kind = kind;
    e.errorMsg = errorMsg;
    e.httpStatus = httpStatus;
    return e;
}

QString CloudError::authorizationHint() const
{
    if (encodedAuthorizationMessage.isEmpty())
        return {};
    return tr("A permission policy refused this request. The encoded authorization message "
              "says which one: IAM can decode it (STS DecodeAuthorizationMessage, "
              "POST /v5/decode-authorization-message, or ask your IAM administrator).");
}

QLatin1StringView CloudError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Network: return QLatin1StringView("network");
    case Kind::Timeout: return QLatin1StringView("timeout");
    case Kind::Tls: return QLatin1StringView("tls");
    case Kind::Auth: return QLatin1StringView("auth");
    case Kind::Throttled: return QLatin1StringView("throttled");
    case Kind::NotFound: return QLatin1StringView("not_found");
    case Kind::Client: return QLatin1StringView("client");
    case Kind::Server: return QLatin1StringView("server");
    case Kind::Decode: return QLatin1StringView("decode");
    case Kind::TooLarge: return QLatin1StringView("too_large");
    case Kind::Cancelled: return QLatin1StringView("cancelled");
    case Kind::UnknownOutcome: return QLatin1StringView("unknown_outcome");
    }
    return QLatin1StringView("network");
}

QLatin1StringView CloudError::tlsProblemKey(TlsProblem problem)
{
    switch (problem) {
    case TlsProblem::None: return {};
    case TlsProblem::IssuerUnknown: return QLatin1StringView("issuer_unknown");
    case TlsProblem::HostNameMismatch: return QLatin1StringView("hostname_mismatch");
    case TlsProblem::Expired: return QLatin1StringView("certificate_expired");
    case TlsProblem::NotYetValid: return QLatin1StringView("certificate_not_yet_valid");
    case TlsProblem::CaBundleUnreadable: return QLatin1StringView("ca_bundle_unreadable");
    case TlsProblem::CaBundleNotPem: return QLatin1StringView("ca_bundle_not_pem");
    case TlsProblem::Other: return QLatin1StringView("handshake_failed");
    }
    return {};
}

QString CloudError::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return tr("Network error");
    case Kind::Timeout: return tr("Timed out");
    case Kind::Tls: return tr("Secure connection failed");
    case Kind::Auth: return tr("Authentication failed");
    case Kind::Throttled: return tr("Too many requests");
    case Kind::NotFound: return tr("Not found");
    case Kind::Client: return tr("Request refused");
    case Kind::Server: return tr("Service error");
    case Kind::Decode: return tr("Unexpected answer");
    case Kind::TooLarge: return tr("Answer too large");
    case Kind::Cancelled: return tr("Cancelled");
    case Kind::UnknownOutcome: return tr("Outcome unknown");
    }
    return tr("Network error");
}

QString CloudError::message() const
{
    QString text = kindDisplayName(kind);
    QStringList facts;
    if (httpStatus > 0)
        facts << tr("HTTP %1").arg(httpStatus);
    if (!errorCode.isEmpty() && !errorCodeIsStatus())
        facts << errorCode;
    if (!facts.isEmpty())
        text += QLatin1String(" (") + facts.join(QLatin1String(", ")) + QLatin1Char(')');
    if (!errorMsg.isEmpty()) {
        text += QLatin1String(": ") + errorMsg;
        static const QString endings = QStringLiteral(".!?\u3002");
        if (!endings.contains(text.back()))
            text += QLatin1Char('.');
    }

    // What to do next, where there is something useful to say.
    switch (kind) {
    case Kind::Throttled:
        if (retryAfterSeconds >= 0)
            text += QLatin1Char(' ') + tr("Try again in %n second(s).", nullptr, retryAfterSeconds);
        break;
    case Kind::UnknownOutcome:
        text += QLatin1Char(' ')
                + tr("The job may have been created. List jobs with this name before "
                     "submitting again.");
        break;
    case Kind::Auth:
        if (errorCode == QLatin1String("APIGW.0303"))
            text += QLatin1Char(' ') + tr("Check that this computer's clock is correct.");
        else if (!encodedAuthorizationMessage.isEmpty())
            text += QLatin1Char(' ') + authorizationHint();
        else
            text += QLatin1Char(' ') + tr("Check the credentials of this profile.");
        break;
    case Kind::Tls:
        switch (tlsProblem) {
        case TlsProblem::IssuerUnknown:
            text += QLatin1Char(' ')
                    + tr("If the endpoint uses a private CA, give that CA's certificate "
                         "as the profile's CA bundle (--ca-file in liteops-cli).");
            break;
        case TlsProblem::HostNameMismatch:
            text += QLatin1Char(' ')
                    + tr("Check the endpoint's host name: the certificate was issued for "
                         "another one.");
            break;
        case TlsProblem::Expired:
        case TlsProblem::NotYetValid:
            text += QLatin1Char(' ')
                    + tr("Check that this computer's clock is correct; otherwise the "
                         "service's certificate must be renewed.");
            break;
        case TlsProblem::CaBundleUnreadable:
        case TlsProblem::CaBundleNotPem:
            text += QLatin1Char(' ')
                    + tr("Choose a readable PEM file (\"-----BEGIN CERTIFICATE-----\") "
                         "as the CA bundle. Nothing was sent.");
            break;
        case TlsProblem::None:
        case TlsProblem::Other:
            text += QLatin1Char(' ')
                    + tr("The connection was not secured, so nothing was sent or "
                         "received.");
            break;
        }
        break;
    default: break;
    }
    if (!hint.isEmpty())
        text += QLatin1Char(' ') + hint;
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + tr("Request id: %1").arg(requestId);
    if (!encodedAuthorizationMessage.isEmpty())
        text += QLatin1Char(' ') + tr("Encoded authorization message: %1").arg(encodedAuthorizationMessage);
    return text;
}

} // namespace liteops
