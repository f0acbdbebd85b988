// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one place where transport failures, HTTP statuses and Huawei error bodies become a
// CloudError. Pure: takes the facts of a finished exchange, so it is unit-tested without a
// network.
#include "cloud_error.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QSslError>

namespace liteops {

struct ExchangeFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString; // QNetworkReply::errorString()
    int httpStatus = 0;         // 0 when no HTTP answer arrived
    QByteArray contentType;
    QByteArray requestIdHeader;  // X-Request-Id
    QByteArray retryAfterHeader; // Retry-After
    QByteArray body;             // what arrived (possibly partial)
    bool timedOut = false;       // our transfer timer fired
    bool tooLarge = false;       // the body cap was hit
    bool cancelled = false;
    bool redirectRefused = false;
    QList<QSslError> sslErrors; // certificate verification errors of a failed handshake
    QString host;               // the host asked for (named in a host-name mismatch)
    // A request that changes state (create) and may have reached the service: a timeout or
    // a reset then means the outcome is unknown.
    bool unsafeRequestSent = false;
    QDateTime nowUtc = QDateTime::currentDateTimeUtc(); // for Retry-After dates
};

// NoError with a 2xx status is not an error: callers check that first.
CloudError mapExchange(const ExchangeFacts &facts);

// A short plain-text excerpt of a non-JSON body (an HTML error page): tags, scripts, styles
// and entities removed, whitespace collapsed, at most `maxChars` characters.
QString plainExcerpt(const QByteArray &body, int maxChars = 200);

} // namespace liteops
