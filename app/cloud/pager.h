// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal: fetches every page of a limit/offset listing. The first page says how many rows
// there are (`total`); the remaining pages are then requested with up to
// CloudClient::kMaxPagesInFlight in flight (QNetworkAccessManager opens at most 6
// connections per host anyway). Rows are put back in offset order and de-duplicated by id,
// since a row can move to the next page when a job is created while we page.
//
// Tolerates services that answer everything on the first page, that cap the page size below
// what was asked (the step becomes the size they answer with), and that report no total
// (then pages are fetched one after another until a short page).
//
// Never hides rows: a service that ignores limit/offset answers its default page every time.
// A later page that brings no new id, or whose `current` does not advance past the first
// page's, stops the paging; the call's completeness() then says "incomplete: N of TOTAL".
// A 400 to the first page, sent with limit/offset, is retried once without them (a GET: it
// changed nothing) and that one page is the answer, complete or marked incomplete.
#include "call_access.h"
#include "client_private.h"
#include "decode_async.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace liteops {

template <typename V, typename R>
class Pager : public QObject
{
public:
    using Decoder = Decoded<V> (*)(QByteArrayView);
    struct Rows
    {
        QList<R> rows;
        qint64 total = -1;   // -1: not reported
        qint64 current = -1; // the page number the service says this is; -1: not reported
    };
    using Extract = std::function<Rows(const V &)>;
    // limit <= 0: the same request without paging parameters.
    using MakeSpec = std::function<RequestSpec(qint64 offset, int limit)>;
    using Key = std::function<QString(const R &)>;
    using Done = std::function<void(const V &first, QList<R> rows)>;
    using Fail = std::function<void(const CloudError &)>;

    Pager(CloudClientPrivate *client, CloudCall *call, int limit, MakeSpec makeSpec, Decoder decoder, Extract extract,
          Key key, Done done, Fail fail)
        : QObject(call), m_client(client), m_call(call), m_limit(std::max(1, limit)), m_makeSpec(std::move(makeSpec)),
          m_decoder(decoder), m_extract(std::move(extract)), m_key(std::move(key)), m_done(std::move(done)),
          m_fail(std::move(fail))
    {
    }

    // Stop after this many rows (0: every row).
    void setMaxRows(qint64 maxRows) { m_maxRows = maxRows; }

    void start() { launch(0); }

    void abortAll()
    {
        m_stopped = true;
        for (const QPointer<Exchange> &e : std::as_const(m_exchanges)) {
            if (e)
                e->abort();
        }
    }

private:
    static constexpr qint64 kMaxPages = 100000;

    void launch(qint64 offset, bool paged = true)
    {
        ++m_outstanding;
        auto *exchange = new Exchange(m_client, m_makeSpec(offset, paged ? m_limit : 0), nullptr, this);
        exchange->setCallback([this, offset, paged, exchange](const Result<HttpAnswer> &r) {
            exchange->deleteLater();
            if (m_stopped)
                return;
            if (!r.ok()) {
                // The service may not know limit/offset (the job and template lists document
                // none): ask once more for its first page without them.
                if (offset == 0 && paged && r.error().httpStatus == 400) {
                    --m_outstanding;
                    m_unpaged = true;
                    launch(0, false);
                    return;
                }
                stop(r.error());
                return;
            }
            decodeAsync<V>(this, r.value().body, m_decoder, [this, offset](const Decoded<V> &d) {
                if (m_stopped)
                    return;
                if (!d.ok()) {
                    stop(CloudError::make(CloudError::Kind::Decode, d.error().toString()));
                    return;
                }
                onPage(offset, d.value());
            });
        });
        m_exchanges.append(exchange);
        exchange->start();
    }

    void stop(const CloudError &error)
    {
        abortAll();
        m_fail(error);
    }

    // Ids of this page not seen on an earlier one (rows without an id count as new).
    qsizetype noteNewIds(const QList<R> &rows)
    {
        qsizetype fresh = 0;
        for (const R &row : rows) {
            const QString key = m_key(row);
            if (key.isEmpty() || !m_seen.contains(key)) {
                ++fresh;
                if (!key.isEmpty())
                    m_seen.insert(key);
            }
        }
        return fresh;
    }

    // The service answers the same page whatever we ask: keep what we have, say so.
    void stopIncomplete(ListCompleteness::Reason reason)
    {
        m_reason = reason;
        m_queue.clear();
        for (const QPointer<Exchange> &e : std::as_const(m_exchanges)) {
            if (e)
                e->abort();
        }
        m_outstanding = 0;
        finish();
    }

    void onPage(qint64 offset, const V &value)
    {
        --m_outstanding;
        Rows page = m_extract(value);
        const qsizetype got = page.rows.size();
        const qsizetype fresh = noteNewIds(page.rows);
        if (offset > 0 && got > 0
            && (fresh == 0 || (m_firstCurrent > 0 && page.current > 0 && page.current <= m_firstCurrent))) {
            stopIncomplete(ListCompleteness::Reason::PagingIgnored);
            return;
        }
        if (offset == 0 && m_unpaged) {
            // The answer to the request without paging parameters: all there is to have.
            m_first = value;
            m_total = page.total;
            if (m_maxRows > 0 && m_total >= 0)
                m_total = std::min(m_total, m_maxRows);
            m_pages.insert(offset, std::move(page.rows));
            m_pagesDone = m_pageCount = 1;
            CloudCallPrivateAccess::emitProgress(m_call, 1, 1);
            if (m_total > got)
                m_reason = ListCompleteness::Reason::PagingRefused;
            finish();
            return;
        }
        if (offset == 0) {
            m_first = value;
            m_firstCurrent = page.current;
            m_total = page.total;
            // The service may cap the page size below what we asked for: step by what it gives.
            m_step = (got > 0 && got < m_limit) ? got : m_limit;
            if (m_maxRows > 0 && m_total >= 0)
                m_total = std::min(m_total, m_maxRows);
            if (m_total >= 0 && got > 0) {
                for (qint64 next = got; next < m_total && m_queue.size() < kMaxPages; next += m_step)
                    m_queue.append(next);
                m_pageCount = int(std::min<qint64>(1 + m_queue.size(), kMaxPages));
            } else if (m_total < 0 && got >= m_limit) {
                m_queue.append(got); // no total: walk on until a short page
                m_pageCount = 2;
            } else {
                m_pageCount = 1;
            }
        } else if (m_total < 0 && got >= m_step && m_pagesDone < kMaxPages
                   && (m_maxRows <= 0 || offset + got < m_maxRows)) {
            m_queue.append(offset + got);
            ++m_pageCount;
        }
        if (got == 0 && offset > 0)
            m_queue.clear(); // rows went away while paging: what we have is all there is
        m_pages.insert(offset, std::move(page.rows));
        ++m_pagesDone;
        CloudCallPrivateAccess::emitProgress(m_call, m_pagesDone, std::max(m_pageCount, m_pagesDone));
        pump();
    }

    void pump()
    {
        while (!m_queue.isEmpty() && m_outstanding < CloudClient::kMaxPagesInFlight)
            launch(m_queue.takeFirst());
        if (m_outstanding == 0 && m_queue.isEmpty())
            finish();
    }

    void finish()
    {
        QList<R> rows;
        QSet<QString> seen;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            for (const R &row : it.value()) {
                const QString key = m_key(row);
                if (!key.isEmpty()) {
                    if (seen.contains(key))
                        continue;
                    seen.insert(key);
                }
                rows.append(row);
            }
        }
        if (m_maxRows > 0 && rows.size() > m_maxRows)
            rows.resize(m_maxRows);
        m_stopped = true;
        ListCompleteness completeness;
        completeness.received = rows.size();
        completeness.total = m_total;
        completeness.reason = m_reason;
        completeness.complete = m_reason == ListCompleteness::Reason::None
                                || (m_maxRows > 0 && rows.size() >= m_maxRows);
        if (completeness.complete)
            completeness.reason = ListCompleteness::Reason::None;
        CloudCallPrivateAccess::setCompleteness(m_call, completeness);
        m_done(*m_first, std::move(rows));
    }

    CloudClientPrivate *m_client;
    CloudCall *m_call;
    int m_limit;
    MakeSpec m_makeSpec;
    Decoder m_decoder;
    Extract m_extract;
    Key m_key;
    Done m_done;
    Fail m_fail;

    std::optional<V> m_first;
    QSet<QString> m_seen;
    qint64 m_firstCurrent = -1;
    ListCompleteness::Reason m_reason = ListCompleteness::Reason::None;
    bool m_unpaged = false; // the first page was asked for again without limit/offset
    qint64 m_total = -1;
    qint64 m_maxRows = 0;
    qint64 m_step = 1;
    QList<qint64> m_queue;
    QMap<qint64, QList<R>> m_pages;
    QList<QPointer<Exchange>> m_exchanges;
    int m_outstanding = 0;
    int m_pagesDone = 0;
    int m_pageCount = 1;
    bool m_stopped = false;
};

} // namespace liteops
