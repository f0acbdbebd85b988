// SPDX-License-Identifier: Apache-2.0
#include "cloud_call.h"

#include <QCoreApplication>
#include <QLocale>

namespace liteops {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(liteops::ListCompleteness)
};
} // namespace

QString ListCompleteness::summary() const
{
    if (complete)
        return {};
    const QLocale locale;
    if (total < 0)
        return Tr::tr("incomplete: %1 rows, total unknown").arg(locale.toString(received));
    return Tr::tr("incomplete: %1 of %2").arg(locale.toString(received), locale.toString(total));
}

QString ListCompleteness::explanation(const QString &rowsNoun) const
{
    if (complete)
        return {};
    const QLocale locale;
    const QString count = total < 0 ? Tr::tr("The service returned %1 %2 (it did not say how many there are)")
                                          .arg(locale.toString(received), rowsNoun)
                                    : Tr::tr("The service returned %1 of %2 %3")
                                          .arg(locale.toString(received), locale.toString(total), rowsNoun);
    const QString why = reason == Reason::PagingRefused
                            ? Tr::tr("it refused the paging parameters, so only its first page could be read.")
                            : Tr::tr("it ignored the paging parameters and answered the same page again, so the "
                                     "rest cannot be listed.");
    return count + QLatin1String(": ") + why;
}

CloudCall::CloudCall(QObject *parent) : QObject(parent) {}

CloudCall::~CloudCall()
{
    // Destroyed while running (the client went away, or an owner deleted it): stop the work
    // quietly; nobody is listening any more.
    if (!m_finished && m_abort) {
        auto abort = std::move(m_abort);
        abort();
    }
}

void CloudCall::setAbortHandler(std::function<bool()> handler)
{
    m_abort = std::move(handler);
}

void CloudCall::cancel()
{
    if (m_finished)
        return;
    bool mayHaveReachedService = false;
    if (m_abort) {
        auto abort = std::move(m_abort);
        mayHaveReachedService = abort();
    }
    if (mayHaveReachedService) {
        storeError(CloudError::make(CloudError::Kind::UnknownOutcome,
                                    tr("Cancelled after the request was sent; the service may "
                                       "have carried it out.")));
    } else {
        storeError(CloudError::make(CloudError::Kind::Cancelled, tr("Cancelled by the user.")));
    }
    finishNow();
}

void CloudCall::finishNow()
{
    if (m_finished)
        return;
    m_finished = true;
    m_abort = {};
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace liteops
