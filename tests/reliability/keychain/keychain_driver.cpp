// SPDX-License-Identifier: Apache-2.0
// keychain_driver: LiteOps's SecretStore (QtKeychain, the OS keychain backend) in a process
// of its own, so the keychain test can restart "the app" between a write and a read, and run
// it against a Secret Service in any state (running, locked, absent, no bus at all).
//
//   keychain_driver PROFILE OP [OP...]      OP: write | read | remove
//
// Each write takes the next line of stdin: the credentials as JSON, {"access_key": ...,
// "secret_key": ..., "security_token": ..., "iam_password": ..., "token": ...} (stdin, so
// that no secret is ever on a command line). Each OP prints one JSON line on stdout:
//   {"op": "read", "status": "ok" | "not_found" | "failed", "session_only": bool,
//    "error": "...", "credentials": {...}}
// and after the last, one line {"notices": [...], "session_only": bool}: every
// sessionOnlyNotice() the store emitted, and its final state.
#include "secret_store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace liteops;

namespace {

QJsonObject toJson(const Credentials &c)
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("access_key", c.accessKey);
    put("secret_key", c.secretKey);
    put("security_token", c.securityToken);
    put("iam_password", c.iamPassword);
    put("token", c.token);
    return o;
}

Credentials fromJson(const QJsonObject &o)
{
    Credentials c;
    c.accessKey = o.value(QStringLiteral("access_key")).toString();
    c.secretKey = o.value(QStringLiteral("secret_key")).toString();
    c.securityToken = o.value(QStringLiteral("security_token")).toString();
    c.iamPassword = o.value(QStringLiteral("iam_password")).toString();
    c.token = o.value(QStringLiteral("token")).toString();
    return c;
}

QString statusKey(SecretJob::Status s)
{
    switch (s) {
    case SecretJob::Status::Ok: return QStringLiteral("ok");
    case SecretJob::Status::NotFound: return QStringLiteral("not_found");
    case SecretJob::Status::Failed: return QStringLiteral("failed");
    case SecretJob::Status::Running: break;
    }
    return QStringLiteral("running");
}

void print(const QJsonObject &o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: keychain_driver PROFILE write|read|remove...\n", stderr);
        return 2;
    }
    const QString profile = args.at(1);
    SecretStore store; // Backend::Auto, service "LiteOps": exactly what the console uses
    QJsonArray notices;
    QObject::connect(&store, &SecretStore::sessionOnlyNotice, &app,
                     [&notices](const QString &message) { notices.append(message); });
    QTextStream in(stdin);
    int failures = 0;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString op = args.at(i);
        SecretJob *job = nullptr;
        if (op == QLatin1String("write")) {
            const QJsonObject given = QJsonDocument::fromJson(in.readLine().toUtf8()).object();
            job = store.write(profile, fromJson(given));
        } else if (op == QLatin1String("read")) {
            job = store.read(profile);
        } else if (op == QLatin1String("remove")) {
            job = store.remove(profile);
        } else {
            std::fprintf(stderr, "unknown operation %s\n", qPrintable(op));
            return 2;
        }
        QJsonObject result{{QStringLiteral("op"), op}};
        QEventLoop loop;
        QObject::connect(job, &SecretJob::finished, &loop, [&] {
            result.insert(QStringLiteral("status"), statusKey(job->status()));
            result.insert(QStringLiteral("session_only"), job->sessionOnly());
            if (!job->errorString().isEmpty())
                result.insert(QStringLiteral("error"), job->errorString());
            if (op == QLatin1String("read") && job->ok())
                result.insert(QStringLiteral("credentials"), toJson(job->credentials()));
            loop.quit();
        });
        loop.exec();
        failures += result.value(QStringLiteral("status")).toString() == QLatin1String("failed") ? 1 : 0;
        print(result);
    }
    QCoreApplication::processEvents(); // a notice queued by the last job
    print({{QStringLiteral("notices"), notices}, {QStringLiteral("session_only"), store.sessionOnly()}});
    return failures == 0 ? 0 : 1;
}
