// SPDX-License-Identifier: Apache-2.0
#include "file_capture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace liteops::secretscan {

namespace {
constexpr uint32_t kMask = IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO;
constexpr qint64 kMaxCopyBytes = 64LL << 20;
constexpr int kMaxHeld = 512; // descriptors held at once; the oldest is copied and closed
} // namespace

FileCapture::FileCapture(const QString &root, const QString &destination, QObject *parent)
    : QObject(parent), m_root(QDir(root).absolutePath()), m_destination(destination)
{
    m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) {
        m_problem = QStringLiteral("inotify unavailable: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &FileCapture::readEvents);
    watchTree(m_root);
}

FileCapture::~FileCapture()
{
    while (!m_held.isEmpty())
        release(0);
    if (m_fd >= 0)
        ::close(m_fd);
}

void FileCapture::drain()
{
    if (m_fd >= 0)
        readEvents();
    while (!m_held.isEmpty())
        release(0);
}

void FileCapture::watchTree(const QString &dir)
{
    const int wd = inotify_add_watch(m_fd, QFile::encodeName(dir).constData(), kMask | IN_ONLYDIR);
    if (wd < 0) {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("cannot watch %1: %2").arg(dir, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_dirs.insert(wd, dir);
    // What was created before the watch existed.
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                                          | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() && !entry.isSymLink())
            watchTree(entry.absoluteFilePath());
        else if (entry.isFile())
            hold(entry.absoluteFilePath());
    }
}

void FileCapture::readEvents()
{
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            return; // EAGAIN: nothing more queued
        for (ssize_t at = 0; at < n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
            at += ssize_t(sizeof(inotify_event) + event->len);
            if (event->mask & IN_Q_OVERFLOW) {
                m_overflowed = true;
                continue;
            }
            const QString dir = m_dirs.value(event->wd);
            if (dir.isEmpty() || event->len == 0)
                continue;
            const QString path = dir + QLatin1Char('/') + QFile::decodeName(event->name);
            if (event->mask & IN_ISDIR) {
                if (event->mask & (IN_CREATE | IN_MOVED_TO))
                    watchTree(path);
            } else if (event->mask & IN_CREATE) {
                hold(path);
            } else if (event->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) {
                copy(path);
            }
        }
    }
}

void FileCapture::copy(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        store(path, file.read(kMaxCopyBytes));
}

void FileCapture::hold(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return; // gone already, or not something to read (a socket)
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return;
    }
    m_held.append({path, fd});
    if (m_held.size() > kMaxHeld)
        release(0);
}

void FileCapture::release(int index)
{
    const Held held = m_held.takeAt(index);
    QByteArray content;
    char buffer[64 * 1024];
    for (off_t at = 0; content.size() < kMaxCopyBytes;) {
        const ssize_t n = ::pread(held.fd, buffer, sizeof buffer, at);
        if (n <= 0)
            break;
        content.append(buffer, qsizetype(n));
        at += n;
    }
    ::close(held.fd);
    store(held.path, content);
}

void FileCapture::store(const QString &path, const QByteArray &content)
{
    if (content.isEmpty())
        return;
    const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha1);
    QSet<QByteArray> &kept = m_digests[path];
    if (kept.contains(digest))
        return;
    kept.insert(digest);
    const int n = int(kept.size());
    const QString target = m_destination + QLatin1Char('/') + QDir(m_root).relativeFilePath(path)
                           + QStringLiteral("~%1").arg(n);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile out(target);
    if (out.open(QIODevice::WriteOnly) && out.write(content) == content.size()) {
        ++m_copies;
        m_bytes += content.size();
    }
}

} // namespace liteops::secretscan
