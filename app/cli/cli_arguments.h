// SPDX-License-Identifier: Apache-2.0
#pragma once
// The liteops-cli command line: `liteops-cli [global options] GROUP COMMAND [args] [options]`.
// A small parser of our own rather than QCommandLineParser, because options depend on the
// command and `--timeout` means two things: the transfer timeout before the command words,
// the wait limit after `jobs wait`.
#include <QHash>
#include <QString>
#include <QStringList>

namespace liteops::cli {

struct GlobalOptions
{
    QString profile;
    QString endpoint; // ModelArts
    QString serviceStageEndpoint;
    QString iefEndpoint;
    QString iamEndpoint;
    QString region;
    QString projectId;
    QString caFile;
    int timeoutSeconds = 0; // 0: the profile's or 30 s
    bool help = false;
    bool version = false;
};

struct CommandLine
{
    GlobalOptions global;
    QString group;   // "jobs", "templates", "servers", "servicestage", "ief"
    QString command; // "list", "get", "create", "wait", "delete", "job"
    QStringList positionals;
    QHash<QString, QStringList> options; // command options by name without "--"; flags -> {""}

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const
    {
        const QStringList v = options.value(name);
        return v.isEmpty() ? QString() : v.constLast();
    }
    QStringList values(const QString &name) const { return options.value(name); }
};

// Parses `arguments` (program name first). False with a translated message on bad input
// (unknown command or option, missing value, bad number).
bool parseCommandLine(const QStringList &arguments, CommandLine *out, QString *errorMessage);

// The full --help text (commands, options, formats, environment, exit codes).
QString helpText();
QString versionText();

} // namespace liteops::cli
