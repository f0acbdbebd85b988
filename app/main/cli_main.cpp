// SPDX-License-Identifier: Apache-2.0
// liteops-cli: scripting access to the cloud layer. All logic is in app/cli.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Profiles are shared with the console: same organisation and application names.
    QCoreApplication::setOrganizationName(QStringLiteral("LiteOps"));
    QCoreApplication::setApplicationName(QStringLiteral("LiteOps"));
    return liteops::cli::run(QCoreApplication::arguments());
}
