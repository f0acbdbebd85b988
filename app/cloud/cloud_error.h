// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one error type of the cloud layer, and Result<T> (a value or a CloudError).
//
// Every failure (transport, TLS, HTTP status, Huawei error body, decode error, body cap,
// cancellation, an ambiguous create) is mapped to a CloudError in one place
// (error_mapping.h), so the console, the wizard and liteops-cli all show the same facts:
// kind, HTTP status, error_code, error_msg and the request id users quote to support.
#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>
#include <utility>
#include <variant>

namespace liteops {

struct CloudError
{
    Q_DECLARE_TR_FUNCTIONS(CloudError)

public:
    enum class Kind {
        Network,        // connection refused/reset, DNS, a reset before an answer
        Timeout,        // the transfer timeout elapsed
        Tls,            // certificate or handshake failure (always fatal: fail closed)
        Auth,           // 401/403, bad or expired credentials, clock skew (APIGW.0301/0303)
        Throttled,      // 429 (APIGW.0308); retryAfterSeconds says how long to wait
        NotFound,       // 404
        Client,         // other 4xx, or a request refused before sending (bad id, bad input)
        Server,         // 5xx
        Decode,         // the body is not what the API documents; errorMsg names the path
        TooLarge,       // the body went over ClientConfig::maxBodyBytes and was cut off
        Cancelled,      // cancel() was called
        UnknownOutcome, // a create may have reached the service but no answer came back:
                        // reconcile by listing jobs with that name before sending again
    };

    // For Kind::Tls: which check failed, so that the text and the advice fit the problem.
    enum class TlsProblem {
        None,
        IssuerUnknown,      // the chain does not lead to a trusted CA (a private CA not given)
        HostNameMismatch,   // the certificate was issued for other host names
        Expired,            // its validity ended (or this computer's clock is wrong)
        NotYetValid,        // its validity has not begun (or the clock is wrong)
        CaBundleUnreadable, // the configured CA bundle file cannot be read; nothing was sent
        CaBundleNotPem,     // the CA bundle holds no PEM certificate; nothing was sent
        Other,              // another verification or handshake failure
    };

    Kind kind = Kind::Network;
    TlsProblem tlsProblem = TlsProblem::None;
    int httpStatus = 0;         // 0 when there was no HTTP answer
    QString errorCode;          // Huawei error_code, e.g. "ModelArts.6404"; empty when none
    QString errorMsg;           // Huawei error_msg, a decode path, or a plain excerpt of a page
    QString requestId;          // X-Request-Id of the answer (or request_id of the body)
    bool retryable = false;     // true when trying the same request again later can succeed
    int retryAfterSeconds = -1; // from Retry-After (capped at 60), -1 when not given
    QString detail;             // transport detail (QNetworkReply::errorString()), for logs
    // A 403 policy denial's encoded_authorization_message: the only text saying which policy
    // refused. Shown copyable; IAM can decode it (STS DecodeAuthorizationMessage).
    QString encodedAuthorizationMessage;
    QString hint; // translated extra guidance (e.g. a refused create's field rules)

    // Translated one-line text for people: what went wrong and what to do, with the
    // status, error code and request id when known. Never contains markup or secrets.
    QString message() const;
    // Translated short name of the kind ("Network error", "Throttled", ...).
    static QString kindDisplayName(Kind kind);
    // Stable lower-case key ("network", "unknown_outcome", ...) for JSON and logs.
    static QLatin1StringView kindKey(Kind kind);
    // Stable key of a TLS problem ("issuer_unknown", "hostname_mismatch", ...); empty for None.
    static QLatin1StringView tlsProblemKey(TlsProblem problem);

    static CloudError make(Kind kind, const QString &errorMsg = {}, int httpStatus = 0);
    // Translated: what to do with encodedAuthorizationMessage (empty when there is none).
    QString authorizationHint() const;
    // True when errorCode is only the HTTP status standing in for a missing body code (the
    // SDKs do the same): not worth repeating next to "HTTP 404".
    bool errorCodeIsStatus() const { return httpStatus > 0 && errorCode == QString::number(httpStatus); }
};

// A value or a CloudError. Cheap to copy when T is (Qt containers are shared).
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(CloudError error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_data); }          // only when ok()
    T takeValue() { return std::get<0>(std::move(m_data)); }        // only when ok()
    const CloudError &error() const { return std::get<1>(m_data); } // only when !ok()
    // Null on success: convenient for `if (const CloudError *e = r.errorOrNull())`.
    const CloudError *errorOrNull() const { return std::get_if<1>(&m_data); }

private:
    std::variant<T, CloudError> m_data;
};

} // namespace liteops
