// SPDX-License-Identifier: Apache-2.0
#pragma once
// A private certificate authority made at test time with the openssl command (Debian package
// "openssl", installed by installer/bootstrap-debian.sh): nothing is committed, nothing
// outlives the test. One TestPki holds, in a temporary folder:
//   ca.pem / ca.key                 "LiteOps Test CA <random>", a self-signed root
//   other-ca.pem                    a second, unrelated root (trusted for nothing here)
//   server.pem / server.key         signed by ca, for localhost, 127.0.0.1 and ::1
//   wrong-host.pem / wrong-host.key signed by ca, for elsewhere.invalid only
//   expired.pem / expired.key       signed by ca, for localhost and 127.0.0.1, valid only
//                                   on 1-2 January 2020
//   ca.der                          the CA certificate in DER: a CA bundle that is not PEM
// Leaf certificates are EC P-256 with serverAuth; their validity starts a day back so that
// clock details never matter.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace liteops::test {

class TestPki
{
public:
    TestPki() = default;

    // Makes everything listed above; false with the reason (openssl missing or failing).
    bool generate(QString *error)
    {
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder: %1").arg(m_dir.errorString()));
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            return fail(error, QStringLiteral(
                                   "the openssl command is not installed (installer/bootstrap-debian.sh installs it)"));
        const QString tag = QString::number(QRandomGenerator::global()->generate(), 16);
        m_caName = QStringLiteral("LiteOps Test CA %1").arg(tag);
        if (!writeFile(QStringLiteral("ca.cnf"), caConfig()) || !writeFile(QStringLiteral("index.txt"), {})
            || !writeFile(QStringLiteral("serial"), "1000\n"))
            return fail(error, QStringLiteral("cannot write into %1").arg(m_dir.path()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString from = stamp(now.addDays(-1));
        const QString until = stamp(now.addDays(2));
        return makeRoot(QStringLiteral("ca"), m_caName, error)
               && makeRoot(QStringLiteral("other-ca"), QStringLiteral("LiteOps Other CA %1").arg(tag), error)
               && makeLeaf(QStringLiteral("server"), QStringLiteral("localhost"), QStringLiteral("server"), from, until,
                           error)
               && makeLeaf(QStringLiteral("wrong-host"), QStringLiteral("elsewhere.invalid"),
                           QStringLiteral("wrong_host"), from, until, error)
               && makeLeaf(QStringLiteral("expired"), QStringLiteral("localhost"), QStringLiteral("server"),
                           QStringLiteral("20200101000000Z"), QStringLiteral("20200102000000Z"), error)
               && run({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("ca.pem")),
                       QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                       path(QStringLiteral("ca.der"))},
                      error);
    }

    QString path(const QString &file) const { return m_dir.filePath(file); }
    QString caName() const { return m_caName; }

private:
    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    static QString stamp(const QDateTime &t) { return t.toString(QStringLiteral("yyyyMMddHHmmss'Z'")); }

    static QByteArray caConfig()
    {
        return "[ ca ]\n"
               "default_ca = test_ca\n"
               "[ test_ca ]\n"
               "database = index.txt\n"
               "new_certs_dir = .\n"
               "serial = serial\n"
               "default_md = sha256\n"
               "policy = policy_any\n"
               "unique_subject = no\n"
               "copy_extensions = none\n"
               "[ policy_any ]\n"
               "commonName = supplied\n"
               "[ server ]\n"
               "subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1\n"
               "basicConstraints = critical, CA:FALSE\n"
               "keyUsage = critical, digitalSignature\n"
               "extendedKeyUsage = serverAuth\n"
               "[ wrong_host ]\n"
               "subjectAltName = DNS:elsewhere.invalid\n"
               "basicConstraints = critical, CA:FALSE\n"
               "keyUsage = critical, digitalSignature\n"
               "extendedKeyUsage = serverAuth\n";
    }

    bool writeFile(const QString &name, const QByteArray &content) const
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }

    bool run(const QStringList &arguments, QString *error) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_openssl, arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            return fail(error, QStringLiteral("openssl %1 failed: %2")
                                   .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll())));
        }
        return true;
    }

    QStringList ecKey() const
    {
        return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    }

    bool makeRoot(const QString &name, const QString &subject, QString *error) const
    {
        return run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey()
                       + QStringList{QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                                     QStringLiteral("-out"), path(name + QStringLiteral(".pem")),
                                     QStringLiteral("-days"), QStringLiteral("3"), QStringLiteral("-subj"),
                                     QStringLiteral("/O=LiteOps tests/CN=") + subject, QStringLiteral("-addext"),
                                     QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                                     QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   error);
    }

    bool makeLeaf(const QString &name, const QString &commonName, const QString &extensions, const QString &from,
                  const QString &until, QString *error) const
    {
        const QString csr = path(name + QStringLiteral(".csr"));
        return run(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ecKey()
                       + QStringList{QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                                     QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                                     QStringLiteral("/CN=") + commonName},
                   error)
               && run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                       path(QStringLiteral("ca.cnf")), QStringLiteral("-cert"), path(QStringLiteral("ca.pem")),
                       QStringLiteral("-keyfile"), path(QStringLiteral("ca.key")), QStringLiteral("-in"), csr,
                       QStringLiteral("-out"), path(name + QStringLiteral(".pem")), QStringLiteral("-startdate"), from,
                       QStringLiteral("-enddate"), until, QStringLiteral("-extensions"), extensions,
                       QStringLiteral("-notext")},
                      error);
    }

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_caName;
};

} // namespace liteops::test
