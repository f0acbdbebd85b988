// SPDX-License-Identifier: Apache-2.0
#pragma once
// Process memory figures for the soak: resident set size from /proc/self/statm and the heap
// in use from mallinfo2(). Both are taken after malloc_trim(0), so memory that was freed but
// not yet handed back to the kernel does not count as growth.
#include <QFile>
#include <QList>

#include <malloc.h>
#include <unistd.h>

namespace liteops::test {

struct MemorySample
{
    qint64 rssBytes = -1;
    qint64 heapInUseBytes = -1;

    static MemorySample take()
    {
        ::malloc_trim(0);
        MemorySample s;
        QFile statm(QStringLiteral("/proc/self/statm"));
        if (statm.open(QIODevice::ReadOnly)) {
            // "size resident shared text lib data dt", in pages.
            const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
            if (fields.size() > 1)
                s.rssBytes = fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE);
        }
        const struct mallinfo2 info = ::mallinfo2();
        s.heapInUseBytes = qint64(info.uordblks) + qint64(info.hblkhd);
        return s;
    }
};

} // namespace liteops::test
