#pragma once
// Building request URLs safely: ids are validated before they go anywhere near a URL, and
// every path segment is percent-encoded, so an id like "../x" or "a%2Fb" can never change
// which resource a request addresses.
#include "cloud_error.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>
#include <utility>

namespace liteops {

// Ids (job, template, project, ServiceStage/IEF job, instance): 1-64 characters, no control
// characters, no '/', not "." or ".." (a path step, not a name). Returns a Client error naming `what` (translated), or nullopt.
std::optional<CloudError> validateId(const QString &what, const QString &id);

// Percent-encodes one path segment: unreserved A-Za-z0-9-_.~ kept, everything else %XX of
// its UTF-8 bytes (the same rule the signer uses for the canonical URI).
QByteArray encodePathSegment(const QString &segment);

// base + "/" + each segment encoded; `query` appended in order with its values encoded.
// The path of `base` (a gateway prefix) is kept. The returned URL is fully encoded
// (QUrl::StrictMode), so QNetworkAccessManager sends exactly these bytes.
QUrl buildUrl(const QUrl &base, const QStringList &segments,
              const QList<std::pair<QString, QString>> &query = {});

} // namespace liteops
