// SPDX-License-Identifier: Apache-2.0
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

// Ids (job, template, project, ServiceStage/IEF job, instance): 1-64 characters, not only
// spaces, no control or invisible formatting characters (U+200D, U+202E, ...), no unpaired
// UTF-16 surrogate, no '/', not "." or ".." (a path step, not a name). Returns a Client error
// naming `what` (translated), or nullopt. Anything else (quotes, '%', '?', '#', emoji,
// right-to-left letters) is a legal id and is sent percent-encoded.
std::optional<CloudError> validateId(const QString &what, const QString &id);

// A project id as the API documents it: 1-64 letters, digits and '-' (stricter than
// validateId, which it applies first).
std::optional<CloudError> validateProjectId(const QString &what, const QString &id);

// Percent-encodes one path segment: unreserved A-Za-z0-9-_.~ kept, everything else %XX of
// its UTF-8 bytes (the same rule the signer uses for the canonical URI).
QByteArray encodePathSegment(const QString &segment);

// base + "/" + each segment encoded; `query` appended in order with its values encoded.
// The path of `base` (a gateway prefix) is kept. The returned URL is fully encoded
// (QUrl::StrictMode), so QNetworkAccessManager sends exactly these bytes.
QUrl buildUrl(const QUrl &base, const QStringList &segments, const QList<std::pair<QString, QString>> &query = {});

} // namespace liteops
