// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where a profile's store lives: one *.sqlite file per (endpoint, project) under
// QStandardPaths::AppDataLocation, so XDG_DATA_HOME moves it and the console and the CLI
// share it.
#include <QString>
#include <QUrl>

namespace liteops::store {

// "<AppDataLocation>/store/<project>-<hash of endpoint and project>.sqlite". The name holds
// no secret: the project id is an identifier and the endpoint goes in hashed.
QString storeFilePath(const QUrl &endpoint, const QString &projectId);
// The folder every store file lives in.
QString storeFolder();

} // namespace liteops::store
