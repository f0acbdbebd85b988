// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the submission history lives. The console and liteops-cli both name their
// organisation and application "LiteOps", so QStandardPaths::AppDataLocation doubles the
// name (".../LiteOps/LiteOps/"); the history lives one level up, in ".../LiteOps/", and a
// file left in the doubled folder by an older version is moved there once.
#include <QString>

namespace liteops {

// <GenericDataLocation>/<application name>: ".../LiteOps" for the console and the CLI.
QString historyFolder();
// The folder older versions wrote the history to: AppDataLocation.
QString legacyHistoryFolder();

// Moves the history file `from` to `to` unless `to` exists already (then `from` is left
// alone: the newer file wins, nothing is merged). Returns whether a file was moved.
bool migrateHistoryFile(const QString &from, const QString &to);

// The default history file, after moving a legacy one there if needed.
QString migratedHistoryFile();

// The local sandbox's history: a file in the sandbox's own throw-away folder, so its runs
// (against jobs that vanish with the sandbox) never show up against a real profile.
QString sandboxHistoryFile(const QString &throwAwayFolder);

} // namespace liteops
