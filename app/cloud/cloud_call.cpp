#include "cloud_call.h"

namespace liteops {

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
