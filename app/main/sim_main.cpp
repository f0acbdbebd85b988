// SPDX-License-Identifier: Apache-2.0
// liteops-sim: the local cloud simulator as a program. All logic is in liteops_sim.
#include "simulator.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = {-1, -1};

// Async-signal-safe: only write() a byte; the event loop does the rest.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &byte, 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("liteops-sim"));
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << liteops::sim::helpText();
        return 0;
    }
    liteops::sim::SimOptions options;
    QString error;
    QStringList warnings;
    if (!liteops::sim::parseArguments(args, QProcessEnvironment::systemEnvironment(), &options, &error, &warnings)) {
        err << "liteops-sim: " << error << '\n';
        return 2;
    }
    for (const QString &warning : std::as_const(warnings))
        err << "liteops-sim: " << warning << '\n';
    err.flush();

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        err << "liteops-sim: " << QCoreApplication::translate("liteops-sim", "cannot set up signal handling") << '\n';
        return 1;
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&notifier]() {
        notifier.setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    liteops::sim::Simulator simulator(options);
    if (!simulator.start(&error)) {
        err << "liteops-sim: " << error << '\n';
        return 1;
    }
    out << "listening on " << simulator.baseUrl().toString() << '\n';
    for (const QString &line : liteops::sim::Simulator::sampleJobLines(options))
        out << line << '\n'; // ids to open: ServiceStage and IEF have no list call
    out.flush();
    std::fflush(stdout);
    const int rc = app.exec();
    ::close(g_signalFds[0]);
    ::close(g_signalFds[1]);
    return rc;
}
