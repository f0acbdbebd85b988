// SPDX-License-Identifier: Apache-2.0
#pragma once
// Keeps a copy of every file written under a folder while tests run (Linux inotify), so
// files a test deletes before it exits (QTemporaryDir settings, a draft cleared between test
// functions, QSaveFile's temporary) are still searched. Each new file is opened for reading
// as soon as it appears and held open, so its contents stay readable after it is deleted
// (the inode lives while a descriptor refers to it); a copy is also taken whenever the
// writer closes the file or renames it into place. Identical contents are kept once per path.
//
// Best effort by nature: a file created and deleted before its creation event is read can
// be missed. That weakens the search, never fails it falsely; the scan reports how many
// files were copied and whether the kernel's event queue overflowed.
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QSocketNotifier;

namespace liteops::secretscan {

class FileCapture : public QObject
{
    Q_OBJECT
public:
    // Watches `root` (recursively, including folders created later); copies go under
    // `destination`, at the same relative path plus "~N".
    FileCapture(const QString &root, const QString &destination, QObject *parent = nullptr);
    ~FileCapture() override;

    bool isActive() const { return m_fd >= 0; }
    QString problem() const { return m_problem; }
    // Reads the events already queued and copies every file still held open (call once a
    // test process has exited).
    void drain();

    int copies() const { return m_copies; }
    qint64 bytesCopied() const { return m_bytes; }
    bool overflowed() const { return m_overflowed; }

private:
    void readEvents();
    void watchTree(const QString &dir);
    void copy(const QString &path);
    void hold(const QString &path);
    void release(int index);
    void store(const QString &path, const QByteArray &content);

    struct Held
    {
        QString path;
        int fd;
    };

    QString m_root;
    QString m_destination;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QHash<int, QString> m_dirs;                 // watch descriptor -> folder
    QList<Held> m_held;                         // files opened on creation, oldest first
    QHash<QString, QSet<QByteArray>> m_digests; // path -> digests of the copies kept
    QHash<QString, int> m_copyCount;
    QString m_problem;
    int m_copies = 0;
    qint64 m_bytes = 0;
    bool m_overflowed = false;
};

} // namespace liteops::secretscan
