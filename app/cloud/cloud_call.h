// SPDX-License-Identifier: Apache-2.0
#pragma once
// Call objects returned by CloudClient: one per logical call (a listing of every page is one
// call; the retries and pages behind it are invisible to the caller).
//
// Contract:
//  * finished() is emitted exactly once, always from the event loop of the thread that made
//    the call, never from inside the CloudClient method that returned the call, so it is
//    safe to connect after the method returns. cancel() is the exception: it emits
//    finished() (with a Cancelled error) before it returns, unless the call had already
//    finished.
//  * Ownership: the call is a child of the CloudClient and deletes itself (deleteLater) right
//    after finished() has been delivered. A caller that wants to keep it past that (to read
//    result() later) calls setAutoDelete(false) and then owns it: delete it when done.
//    Deleting the CloudClient deletes its calls (unfinished ones are cancelled first,
//    without emitting finished()).
//  * Results are delivered on the caller's thread; big bodies are decoded off it.
#include "cloud_error.h"

#include <QObject>
#include <functional>
#include <optional>

namespace liteops {

// Whether a paged listing holds every row the service reported. A service that ignores
// limit/offset answers its default page every time; the pager notices (a page with no new
// ids, or a `current` that does not advance), stops, and says so here instead of passing
// the first page off as the whole list.
struct ListCompleteness
{
    bool complete = true;
    qint64 received = 0; // distinct rows in hand
    qint64 total = -1;   // rows the service said it has (`total`); -1 when not reported
    enum class Reason {
        None,
        PagingIgnored, // a later page brought no new rows, or `current` did not advance
        PagingRefused, // the first page was refused (400) with limit/offset; one unpaged page
    };
    Reason reason = Reason::None;

    // "incomplete: 10 of 1,234" (translated, with the locale's digit grouping); empty when
    // complete.
    QString summary() const;
    // Translated sentence for people: "The service returned 10 of 1,234 jobs: it ignored the
    // paging parameters, so the rest cannot be listed." `rowsNoun` is the plural
    // noun for the rows ("jobs", "templates", "tasks").
    QString explanation(const QString &rowsNoun) const;
};

class CloudCall : public QObject
{
    Q_OBJECT
public:
    ~CloudCall() override;

    // Aborts every request of this call. A create that was already sent is not undone: the
    // call then finishes with Kind::UnknownOutcome instead of Kind::Cancelled; reconcile by
    // listing jobs with that name.
    void cancel();
    bool isFinished() const { return m_finished; }
    // Null while running and on success; the error once failed.
    virtual const CloudError *error() const = 0;

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // What the call is, for logs and tests: "GET /v1/{project}/dev-servers/jobs".
    QString description() const { return m_description; }

    // For listings (jobs, templates, servers, a ServiceStage job's tasks): whether every
    // row the service reported is in the result. Valid once finished with a value; always
    // complete for calls that do not page.
    const ListCompleteness &completeness() const { return m_completeness; }

signals:
    void finished();
    // Pages (or attempts of a multi-request call) done of those known so far; total can grow
    // once the first page says how many there are.
    void progress(int done, int total);

protected:
    explicit CloudCall(QObject *parent = nullptr);

private:
    friend class CloudCallPrivateAccess;
    void setDescription(const QString &description) { m_description = description; }
    // Set by the client: aborts the work in flight (not emitting anything) and says whether a
    // state-changing request may already have reached the service (then the outcome of the
    // cancelled call is unknown, not merely cancelled).
    void setAbortHandler(std::function<bool()> handler);
    virtual void storeError(const CloudError &error) = 0;
    void finishNow(); // emits finished(), schedules deleteLater if autoDelete

    std::function<bool()> m_abort;
    QString m_description;
    ListCompleteness m_completeness;
    bool m_finished = false;
    bool m_autoDelete = true;
};

template <typename T>
class Call : public CloudCall
{
public:
    explicit Call(QObject *parent = nullptr) : CloudCall(parent) {}

    // Valid once isFinished(); before that it holds a Cancelled error saying so.
    const Result<T> &result() const
    {
        static const Result<T> notFinished(
            CloudError::make(CloudError::Kind::Cancelled, QStringLiteral("call not finished")));
        return m_result ? *m_result : notFinished;
    }
    const CloudError *error() const override { return m_result ? m_result->errorOrNull() : nullptr; }

    // Convenience: run `f(const Result<T> &)` when finished, in `context`'s thread; the
    // connection dies with `context`.
    template <typename F>
    QMetaObject::Connection then(QObject *context, F &&f)
    {
        return QObject::connect(this, &CloudCall::finished, context,
                                [this, fn = std::forward<F>(f)]() { fn(result()); });
    }

private:
    friend class CloudCallPrivateAccess;
    void storeError(const CloudError &e) override { m_result.emplace(e); }
    void storeValue(T value) { m_result.emplace(std::move(value)); }

    std::optional<Result<T>> m_result;
};

} // namespace liteops
